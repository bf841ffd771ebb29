"""Token-level boundary repair of one entity span: split, trim, split off titles, filter.

Works on token indices of a parsed ``Doc`` through a ``TokenView`` (token texts and tags read
once per document), so the rules cost a few dictionary look-ups per entity token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from transforms.doctext import keep_text
from transforms.entities.titles import is_title_head, is_title_word, strip_title_prefix
from transforms.lexicon import MONTHS, WEEKDAYS

# Standalone punctuation that never sits inside a name.
_SPLIT_PUNCT = frozenset('()[]{},;:"“”|/<>«»') | {"--", "—", "–", "...", "…", "''", "``"}
# Words that join two names but are never inside one ("Leeds v Hull", "A or B").
_SPLIT_WORDS = frozenset({"v", "v.", "vs", "vs.", "versus", "or"})
_DASHES = frozenset({"-", "–", "—", "--"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "'S", "’S"})
_DETERMINERS = frozenset({"the", "a", "an", "The", "A", "An", "THE"})
_HAS_DIGIT = re.compile(r"\d")
_HAS_ALPHA = re.compile(r"[^\W\d_]")
_DEMONYM = re.compile(r"(?:an|ian|ese|ish|ch|i|ic)$")


@dataclass(slots=True)
class Cand:
    """A candidate mention over tokens ``[start, end)`` of the document."""

    start: int
    end: int
    label: str
    title: str | None = None
    source: str = "ner"  # ner, split, dateline, table, propagated


class TokenView:
    """Per-document token arrays read once: texts, trailing white space, tags, sentence starts."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = list(doc)  # one Token object per token, reused by every rule
        self.text = [t.text for t in self.tokens]
        self._ws = [t.whitespace_ for t in self.tokens]
        self.n = len(self.text)
        # Doc.text re-creates every Token on each access: join the arrays read above instead,
        # and keep the join for the other extractors' doc_text
        self.full_text = keep_text(
            doc, "".join([a + b for a, b in zip(self.text, self._ws, strict=True)])
        )
        # read once: Token.is_sent_start re-checks the annotation of the whole doc on every call
        self.sent_start = doc.to_array("SENT_START").tolist() if self.n else []
        self._lower: frozenset[str] | None = None

    @property
    def lower_words(self) -> frozenset[str]:
        """Words that occur written in lower case somewhere in the document."""
        if self._lower is None:
            self._lower = frozenset(t for t in self.text if t.islower() and t.isalpha())
        return self._lower

    def starts_sentence(self, i: int) -> bool:
        """True for the first token of a sentence or of a line."""
        return i == 0 or self.sent_start[i] == 1 or "\n" in self.text[i - 1]

    def ws(self, i: int) -> bool:
        """True when token ``i`` is followed by white space."""
        return bool(self._ws[i])

    def tag(self, i: int) -> str:
        """Penn Treebank tag of token ``i`` ("" without a tagger)."""
        return self.tokens[i].tag_

    def is_numeric(self, i: int) -> bool:
        """A token made of digits and number punctuation only ("3", "108-3", "4:07.2")."""
        t = self.text[i]
        return bool(_HAS_DIGIT.search(t)) and not _HAS_ALPHA.search(t)

    def is_possessive(self, i: int) -> bool:
        """A possessive ending token ("'s", "’s", or a lone apostrophe tagged POS)."""
        return self.text[i] in _POSSESSIVE and (self.text[i] != "'" or self.tag(i) == "POS")


def _is_boundary(v: TokenView, i: int, s: int) -> bool:
    t = v.text[i]
    if t.isspace() or t in _SPLIT_PUNCT or t in _SPLIT_WORDS or v.is_numeric(i):
        return True
    if t in _DASHES and i > s and v.ws(i - 1) and v.ws(i):  # " - " separates, "Anne-Marie" not
        return True
    return i > s and v.sent_start[i] == 1


def _owner_cut(v: TokenView, c: Cand, i: int) -> bool:
    """Cut at possessive ``i``: always in a PERSON, elsewhere before a common noun ("X's Wounds")."""
    if c.label == "PERSON":
        return True
    return i + 1 < c.end and v.tag(i + 1) in {"NN", "NNS"}


def split_span(v: TokenView, c: Cand) -> list[Cand]:
    """Split a span at line breaks, sentence starts, separating punctuation and numbers.

    A PERSON span is cut at its first possessive ("X's Wounds" keeps only the owner "X"), other
    spans when a common noun follows the possessive.
    """
    pieces: list[Cand] = []
    s = c.start
    i = c.start
    while i < c.end:
        if _is_boundary(v, i, c.start):
            if i > s:
                pieces.append(Cand(s, i, c.label, c.title, c.source))
            s = i + 1
        elif v.is_possessive(i) and i > s and _owner_cut(v, c, i):
            pieces.append(Cand(s, i, c.label, c.title, c.source))
            break
        i += 1
    else:
        if c.end > s:
            pieces.append(Cand(s, c.end, c.label, c.title, c.source))
    if len(pieces) > 1:
        for p in pieces:
            p.source = "split"
    return pieces


def trim_span(v: TokenView, c: Cand) -> Cand | None:
    """Drop leading determiners and punctuation; trailing punctuation, possessives, numbers and
    titles; and spans that start with a possessive pronoun."""
    s, e = c.start, c.end
    t = v.text
    while s < e and (
        t[s] in _DETERMINERS
        or v.is_numeric(s)
        or not _HAS_ALPHA.search(t[s])
        or t[s].lower() in _CALENDAR
        # a lower-case word before a name ("pro-government X" aside), unless a name particle
        or (t[s].islower() and v.ws(s) and t[s] not in _PARTICLES)
    ):
        s += 1
    while e > s and (
        v.is_possessive(e - 1)
        or v.is_numeric(e - 1)
        or not _HAS_ALPHA.search(t[e - 1])
        # a trailing title belongs to the next name ("[the Army] Lt. X")
        or (c.label != "PERSON" and e - s > 1 and is_title_word(t[e - 1]))
        # trailing common nouns: "Interfax [news agency]", "Dutch [transport ministry]"
        or (e - s > 1 and t[e - 1].islower() and v.ws(e - 2))
    ):
        e -= 1
    if s < e and v.tag(s) == "PRP$":  # "Their Own Country": names do not start with "their"
        return None
    # "Broker John Smith" at a sentence start: a common noun the document also writes in
    # lower case is not part of a three-word name
    if (
        c.label == "PERSON"
        and e - s >= 3
        and v.starts_sentence(s)
        and t[s].lower() in v.lower_words
    ):
        s += 1
    if s >= e:
        return None
    c.start, c.end = s, e
    return c


def split_title(v: TokenView, c: Cand) -> Cand:
    """Move a title at the start of a PERSON span ("President X", "Lt. Gen. X") to ``title``."""
    if c.end - c.start < 2:
        return c
    s = c.start
    if s >= 2 and v.text[s - 1] == "of" and is_title_head(v.text[s - 2]):
        rest = v.text[s + 1 : c.end]
        if len(rest) <= 3 and all(t[:1].isupper() and t.isalpha() for t in rest):
            c.start += 1  # "Secretary of [State X]": the title is completed by add_titles
            c.label = "PERSON"
        return c
    if c.label != "PERSON":
        return c
    j = strip_title_prefix(v.text, c.start, c.end)
    if j > c.start:
        c.title = " ".join(v.text[c.start : j])
        c.start = j
    return c


def split_demonym(v: TokenView, c: Cand) -> list[Cand]:
    """ "American John Smith" (one span) -> NORP "American" + the name after it."""
    if c.label not in {"PERSON", "ORG"} or c.end - c.start < 3:
        return [c]
    first = v.text[c.start]
    if not (first[:1].isupper() and v.tag(c.start) == "JJ" and _DEMONYM.search(first)):
        return [c]
    rest = [v.text[i] for i in range(c.start + 1, c.end)]
    if not all(t[:1].isupper() and t.isalpha() for t in rest) or len(rest) > 3:
        return [c]
    return [Cand(c.start, c.start + 1, "NORP", None, "split"), Cand(c.start + 1, c.end, "PERSON")]


def keep_span(v: TokenView, c: Cand, *, is_stop: set[str] | frozenset[str]) -> bool:
    """False for obvious non-names: only lower-case words, a stop word, a bare title, no letters."""
    words = v.text[c.start : c.end]
    if not any(any(ch.isupper() for ch in w) for w in words):
        return False
    if not any(_HAS_ALPHA.search(w) for w in words):
        return False
    if len(words) == 1:
        w = words[0]
        if w.lower() in is_stop or is_title_word(w) or is_title_head(w):
            return False
        if len(w) == 1 or w.lower() in _CALENDAR:
            return False
        # a capitalised common word at a sentence start that the document also writes in
        # lower case ("Sales rose ..." / "... sales")
        if (
            c.label not in {"NORP", "LANGUAGE"}
            and v.starts_sentence(c.start)
            and w.lower() in v.lower_words
        ):
            return False
        # a common noun, verb or adverb written with a capital (sentence start, headline)
        if (
            c.label not in {"NORP", "LANGUAGE"}
            and not w.isupper()
            and v.tag(c.start) in _COMMON_TAGS
        ):
            return False
    return True


# Lower-case particles that begin names ("van Gogh", "de Silva", "al Qaeda").
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "der",
        "den",
        "ter",
        "dos",
        "das",
        "des",
        "st",
    ]
)
_CALENDAR = frozenset(MONTHS) | WEEKDAYS
_COMMON_TAGS = frozenset(
    {
        "NN",
        "NNS",
        "VB",
        "VBD",
        "VBG",
        "VBN",
        "VBP",
        "VBZ",
        "RB",
        "RBR",
        "RBS",
        "IN",
        "DT",
        "PRP",
        "WRB",
        "WP",
        "WDT",
        "MD",
        "CC",
        "UH",
    }
)
