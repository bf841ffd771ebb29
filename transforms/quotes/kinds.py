"""Kind of a quotation: ``direct`` (a statement of its own), ``partial`` (a fragment inside the
reporter's sentence) or ``scare`` (a short quoted phrase nobody is credited with, or a title)."""

from __future__ import annotations

from transforms.quotes.frames import TokenIndex
from transforms.quotes.lexicon import CUE_LEMMAS, WEAK_CUE_LEMMAS, WORK_NOUNS
from transforms.quotes.spans import QuoteSpan

_END_PUNCT = frozenset(".!?")
_REPORTING = CUE_LEMMAS | WEAK_CUE_LEMMAS
_SOFT_END = frozenset(",?!—–-…:;")
_START_OK = frozenset(".!?:;,—–-(…")
_SAYING = CUE_LEMMAS | {"cry", "read"}
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
SCARE_MAX_WORDS = 4
FULL_SENTENCE_WORDS = 5


def _verb_before(index: TokenIndex, q: QuoteSpan, *, through_object: bool = False) -> bool:
    """Whether the quotation is the object of the word before it: a verb or "that".

    ``through_object``: also across a short object or "as" ("called the move "…"",
    "described as "…"", "call them "…"").
    """
    i = index.last_before(q.open_start)
    doc = index.doc
    while i >= 0 and doc[i].idx >= q.para_start and doc[i].text in (",", ":"):
        i -= 1
    if i < 0 or doc[i].idx < q.para_start:
        return False
    t = doc[i]
    if t.pos_ == "AUX":
        return t.dep_ not in ("aux", "auxpass")
    if t.pos_ == "VERB" or t.lower_ == "that":
        return True
    if not through_object:
        return False
    for k in range(i, max(-1, i - 4), -1):
        t = doc[k]
        if t.idx < q.para_start:
            return False
        if t.pos_ == "VERB":
            return k < i and t.lemma_.lower() in _REPORTING
        if t.pos_ not in ("DET", "PRON", "NOUN", "PROPN") and t.lower_ not in ("as", "of"):
            return False
    return False


def is_title(text: str, q: QuoteSpan, index: TokenIndex) -> bool:
    """A quoted title of a work: 'her memoir, "Tough Choices."', 'a play called "Sons of X"'."""
    doc = index.doc
    i = index.last_before(q.open_start)
    while i >= 0 and doc[i].text in (",", ":") and doc[i].idx >= q.para_start:
        i -= 1
    if i < 0 or doc[i].idx < q.para_start:
        return False
    t = doc[i]
    if t.lemma_.lower() in WORK_NOUNS or t.lower_ in ("titled", "entitled"):
        return True
    if t.lower_ in ("called", "named", "dubbed"):
        words = [w for w in text[q.start : q.end].split() if w[:1].isalpha()]
        return bool(words) and all(w[0].isupper() for w in words) and t.head.pos_ == "NOUN"
    if t.lower_ in ("'s", "’s") or (t.lower_ in ("on", "of") and t.dep_ == "prep"):
        # 'said on NBC's "Meet the Press"', 'the author of "Hard Times"': a programme or work
        return title_case(text[q.start : q.end]) and not title_case(doc[i].sent.text)
    return _named_thing(text, q, index)


TITLE_MAX_WORDS = 6
LABEL_MAX_WORDS = 2


def is_label(text: str, q: QuoteSpan) -> bool:
    """A quoted label of a word or two ending with a colon ('"Related:"', '"Update:"'): a
    heading of the page, not speech."""
    quoted = text[q.start : q.end].rstrip("'’\"”")
    return quoted.endswith(":") and len(quoted.split()) <= LABEL_MAX_WORDS


def _named_thing(text: str, q: QuoteSpan, index: TokenIndex) -> bool:
    """A short title-case quotation used as a name in the sentence: apposed to a noun ('his
    radio show, “Morning Line,”', 'One ad, “Fresh Start,” shows …'), or a noun phrase the
    sentence goes on from ('“Night Shift,” which opens today, …' with the comma inside or
    outside the marks, '“Night Shift” star …',
    'the “Night Shift” cast'; not a nickname: 'Ann “Night” Roe')."""
    quoted = text[q.start : q.end]
    if len(quoted.split()) > TITLE_MAX_WORDS or not title_case(quoted):
        return False
    if last_char(text, q) in _END_PUNCT:
        return False
    doc = index.doc
    i = index.last_before(q.open_start)
    if (
        i >= 1
        and doc[i].idx >= q.para_start
        and doc[i].text == ","
        and doc[i - 1].pos_ == "NOUN"
        and doc[i - 1].idx >= q.para_start
    ):
        return True
    after = text[q.close_end : q.para_end]
    rest = after.lstrip(" ,")
    if rest.startswith(("which ", "who ")) and (after[:1] == "," or last_char(text, q) == ","):
        return True
    if i >= 0 and doc[i].idx >= q.para_start and doc[i].is_alpha and doc[i].pos_ != "DET":
        return False  # 'Marcia “Cia” Price': a nickname inside a name
    j = index.first_at_or_after(q.close_end)
    if (
        after[:1] == " "
        and last_char(text, q) not in _SOFT_END
        and j < len(doc)
        and doc[j].idx < q.para_end
    ):
        nxt = doc[j]
        return (
            nxt.is_alpha and nxt.pos_ in ("NOUN", "PROPN") and nxt.lemma_.lower() not in _REPORTING
        )
    return False


_SMALL_WORDS = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by", "from", "as"]
)


def title_case(text: str) -> bool:
    """Whether every word but short function words starts with a capital letter."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() or w in _SMALL_WORDS for w in words)


def quote_kind(
    text: str, q: QuoteSpan, has_speaker: bool, index: TokenIndex, *, cue_after: bool = False
) -> str:
    """direct (a statement of its own), partial (a fragment in the reporter's sentence) or scare."""
    i = q.open_start - 1
    while i >= q.para_start and text[i] == " ":
        i -= 1
    before = text[i] if i >= q.para_start else ""
    j = q.close_end
    while j < q.para_end and text[j] == " ":
        j += 1
    after = text[j] if j < q.para_end else ""
    last = last_char(text, q)
    starts_free = (
        before == ""
        or before in _START_OK
        or before in "\"“”'‘’"
        or _verb_before(index, q, through_object=has_speaker)
    )
    ends_free = (
        last in _END_PUNCT
        or last in _SOFT_END
        or after == ""
        or after in _END_PUNCT
        or after in ",;:—–―-["
        or cue_after  # '"… too" Roe said'
    )
    words = len(text[q.start : q.end].split())
    if last in _END_PUNCT and text[q.start].isupper() and words >= FULL_SENTENCE_WORDS:
        return "direct"  # a whole quoted sentence stands on its own wherever it sits
    if _lower_inside(text, q, before, index):
        starts_free = False  # 'told them that “this is not who we are.”': the reporter's clause
    if starts_free and ends_free and (has_speaker or words > SCARE_MAX_WORDS or last in _END_PUNCT):
        return "direct"
    if has_speaker or words > SCARE_MAX_WORDS:
        return "partial"
    return "scare"


def _lower_inside(text: str, q: QuoteSpan, before: str, index: TokenIndex) -> bool:
    """Whether the quotation opens in lower case right after a word of the sentence around it
    (no punctuation between): a fragment carrying the reporter's clause on, not a statement of its
    own ('called it “a disaster.”', 'said the plan was “dead.”'). A clause right after a verb of
    saying or "that" is a statement ('she says “we worked hard.”', 'said that “we will win.”';
    the quotation row stands for the report)."""
    first = next((c for c in text[q.start : q.end] if c.isalpha()), "")
    if not (first.islower() and before.isalnum()):
        return False
    doc = index.doc
    i = index.last_before(q.open_start)
    if i < 0:
        return True
    t = doc[i]
    if t.lower_ != "that" and (t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in _SAYING):
        return True
    k = index.first_at_or_after(q.start)
    while k < len(doc) and doc[k].idx < q.end:
        if doc[k].tag_ in _FINITE:
            return False
        k += 1
    return True


def last_char(text: str, q: QuoteSpan) -> str:
    """The last character of the quotation, ignoring nested closing marks (‘…,’” -> ",")."""
    k = q.end - 1
    while k > q.start and text[k] in "'’\"”":
        k -= 1
    return text[k]


def prefer_after(text: str, q: QuoteSpan) -> bool | None:
    """Whether the cue is expected after the quotation; None when the after-frame is a new sentence."""
    last = last_char(text, q)
    j = q.close_end
    while j < q.para_end and text[j] == " ":
        j += 1
    after = text[j] if j < q.para_end else ""
    if last in _END_PUNCT and last != "?" and last != "!":
        return None if not after.islower() else True
    return last in _SOFT_END or after == ","
