"""Word lists that more than one extractor uses, and ``ascii_fold``: one home for each.

Plain English words (months, weekdays, verbs of saying); nothing here comes from any particular
article. A list used by one extractor only stays in that extractor's package (e.g.
``transforms/quotes/lexicon.py`` for nouns naming works).

To add a word: add it to the list here; every extractor that imports the list gets it. Adding a
word changes outputs, so it changes the pipeline version (``flows.version``) and the next run
reprocesses; check the golden files (``tests/golden/``) and the eval figures.
"""

from __future__ import annotations

import unicodedata

# -- calendar --------------------------------------------------------------------------------

MONTH_NAMES: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
# abbreviations written with a dot ("Sept."); "may", "june", "july" have none
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS: dict[str, int] = {**MONTH_NAMES, **MONTH_ABBREVIATIONS}  # casefolded word -> 1..12
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

# -- verbs of saying -------------------------------------------------------------------------

# Lemmas of reporting verbs that attribute a quotation (the quote extractor's cues).
CUE_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "write",
        "tweet",
        "retweet",
        "post",
        "warn",
        "argue",
        "claim",
        "declare",
        "state",
        "explain",
        "note",
        "ask",
        "reply",
        "respond",
        "answer",
        "insist",
        "recall",
        "remember",
        "announce",
        "observe",
        "remark",
        "acknowledge",
        "admit",
        "concede",
        "conclude",
        "joke",
        "quip",
        "predict",
        "shout",
        "yell",
        "scream",
        "chant",
        "exclaim",
        "urge",
        "stress",
        "emphasize",
        "emphasise",
        "testify",
        "assert",
        "contend",
        "maintain",
        "mention",
        "comment",
        "caution",
        "wonder",
        "counter",
        "retort",
        "boast",
        "lament",
        "plead",
        "recount",
        "muse",
        "whisper",
        "reiterate",
        "inform",
        "scoff",
        "snap",
        "interject",
        "protest",
        "reason",
        "speculate",
        "text",
        "email",
        "opine",
        "proclaim",
        "grumble",
        "bemoan",
        "decry",
        "summarize",
        "summarise",
        "elaborate",
        "clarify",
        "sum",
        "explain",
        "marvel",
        "complain",
        "point",
    ]
)
# Verbs that report speech only when they stand right next to the quotation ("…," she agreed).
# Verbs that report speech only when they stand right next to the quotation ("…," she agreed).
WEAK_CUE_LEMMAS = frozenset(
    [
        "agree",
        "continue",
        "begin",
        "offer",
        "describe",
        "read",
        "put",
        "report",
        "quote",
        "hail",
        "praise",
        "blast",
        "slam",
        "criticize",
        "criticise",
        "accuse",
        "charge",
        "mock",
        "tease",
        "laugh",
        "sigh",
        "cry",
        "thunder",
        "fume",
        "rail",
        "gush",
        "huff",
        "groan",
        "promise",
        "vow",
        "pledge",
        "demand",
        "order",
        "deny",
        "confirm",
        "estimate",
        "suggest",
        "call",
        "repeat",
        "assure",
        "mutter",
        "murmur",
        "sneer",
        "sing",
        "cheer",
    ]
)


# Word forms that show reported speech in a line of text (the boilerplate rules keep such a
# line: a caption or footer does not quote anyone).
REPORTED_SPEECH = ("said", "says", "told", "added", "according to")

# Verbs of saying whose subject is a speaker ("X said"), hence a person or an organisation,
# not a place (the place rules of the entity extractor).
SPEECH_VERB_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "ask",
        "reply",
        "answer",
        "explain",
        "insist",
        "claim",
        "argue",
        "warn",
        "note",
        "write",
        "comment",
        "announce",
        "state",
        "declare",
        "admit",
        "deny",
        "confirm",
        "acknowledge",
        "recall",
        "suggest",
        "urge",
        "complain",
    ]
)


# -- companies -------------------------------------------------------------------------------

# Legal forms that end a company's name ("Acme Widget Corp", "Kelm Co", "Norsk ASA"), lower-case,
# with and without their full stops.
LEGAL_SUFFIXES = frozenset(
    """
    inc inc. corp corp. ltd ltd. plc llc ag sa s.a. nv n.v. gmbh spa s.p.a. bv b.v. co co.
    pty ab asa oy
    """.split()  # noqa: SIM905 - a word block, as the other lexicons
)

# -- text ------------------------------------------------------------------------------------


def ascii_fold(text: str, *, casefold: bool = False) -> str:
    """``text`` without diacritics ("Malmö" -> "Malmo"), casefolded first when asked."""
    if casefold:
        text = text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
