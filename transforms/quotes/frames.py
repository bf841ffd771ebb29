"""Token lookups and the frame of a quotation: the words of its sentence around the marks.

The frame before a quotation runs back to a sentence end, the previous quotation or the paragraph
start; the frame after it runs on to a sentence end, the next quotation or the paragraph end.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import numpy
from spacy.attrs import IDX, LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from transforms.quotes.lexicon import CUE_LEMMAS

# a set of ints: membership per token is about 4 times faster than numpy.isin on a doc's array
_CUE_HASHES = frozenset(
    {hash_string(w) for w in CUE_LEMMAS} | {hash_string(w.title()) for w in CUE_LEMMAS}
)
_ACCORDING = hash_string("according")

_NP_LEFT = frozenset(("det", "amod", "compound", "poss", "nmod", "nummod", "case"))
SENT_END = frozenset((".", "!", "?"))
FRAME_TOKENS = 40


class TokenIndex:
    """Char offset -> token lookups on one ``Doc`` (built once per document)."""

    def __init__(self, doc: Doc, quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.doc = doc
        arr = doc.to_array([IDX, LEMMA, LOWER])  # one C call instead of a Token per word
        self.starts = arr[:, 0].tolist()
        # one flat list per column: a list of pairs costs twice as much to build
        cues = [i for i, lemma in enumerate(arr[:, 1].tolist()) if lemma in _CUE_HASHES]
        according = numpy.flatnonzero(arr[:, 2] == _ACCORDING).tolist()
        self.cue_candidates = sorted({*cues, *according}) if according else cues
        self._quoted = list(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]

    def first_at_or_after(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self.starts, char)

    def last_before(self, char: int) -> int:
        """Index of the last token starting before ``char`` (-1 if none)."""
        return bisect.bisect_left(self.starts, char) - 1

    def quoted(self, char: int) -> bool:
        """Whether ``char`` lies inside a quotation (marks included)."""
        i = bisect.bisect_right(self._quoted_starts, char) - 1
        return i >= 0 and char < self._quoted[i][1]


def frame_after(index: TokenIndex, close_end: int, limit: int, quote_opens: set[int]) -> range:
    """Token indices after a quotation up to a sentence end, the next quotation or ``limit``."""
    doc = index.doc
    i0 = index.first_at_or_after(close_end)
    while i0 < len(doc) and doc[i0].is_space and doc[i0].idx < limit and "\n" not in doc[i0].text:
        i0 += 1
    i = i0
    while i < len(doc) and i - i0 < FRAME_TOKENS:
        t = doc[i]
        if t.idx >= limit or t.idx in quote_opens:
            break
        i += 1
        if t.text in SENT_END:
            break
    return range(i0, i)


def frame_before(index: TokenIndex, open_start: int, floor: int) -> range:
    """Token indices before a quotation back to a sentence end, a quotation end or ``floor``."""
    doc = index.doc
    i1 = index.last_before(open_start) + 1
    while i1 > 0 and doc[i1 - 1].is_space and doc[i1 - 1].idx >= floor:
        i1 -= 1
    i = i1
    while i > 0 and i1 - i < FRAME_TOKENS:
        t = doc[i - 1]
        if t.idx < floor or t.text in SENT_END:
            break
        i -= 1
    return range(i, i1)


def elided_cue_speaker(index: TokenIndex, after: range) -> tuple[int, int] | None:
    """``"…," Jane Roe, a former official.`` or ``"…" ― Jane Roe``: a short noun phrase right
    after the quotation with no verb; returns its char span (the caller checks it is a name)."""
    doc = index.doc
    start = end = None
    for i in after:
        t = doc[i]
        if start is None and (t.is_punct or t.is_space):
            continue
        if t.text in (",", ".", "(") or t.is_space:
            break
        if t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "NUM") and not t.is_title:
            return None
        if i - after.start > 7:
            return None
        if start is None:
            start = t.idx
        end = t.idx + len(t)
    return (start, end) if start is not None and end is not None else None


def noun_phrase(tok: Token) -> tuple[int, int]:
    """Char span of ``tok`` with its left determiners, modifiers and compounds (the leftmost
    of them that is not a verb form), e.g. "the new minister"."""
    start = tok.idx
    for c in tok.lefts:
        if c.dep_ in _NP_LEFT and c.pos_ != "VERB":
            start = c.left_edge.idx if c.left_edge.pos_ != "VERB" else c.idx
            break
    return start, tok.idx + len(tok)


_NP_WORDS = frozenset(("DET", "NUM", "ADJ", "NOUN", "PROPN"))
_AFTER_CUE = frozenset(("ADP", "ADV", "PUNCT"))
NOUN_CUE_MAX = 5


def noun_tagged_cue(index: TokenIndex, after: range) -> tuple[Token, Token] | None:
    """``"…," the two write.`` / ``"…," the ministers state in a report``: a verb of saying the
    tagger read as a noun, closing a short noun phrase right after the quotation and followed
    only by a preposition, an adverb or the sentence end; returns (cue, the word before it)."""
    doc = index.doc
    i = after.start
    while i < after.stop and (doc[i].is_punct or doc[i].is_space):
        i += 1
    first = i
    while i < after.stop and doc[i].pos_ in _NP_WORDS and i - first < NOUN_CUE_MAX:
        t = doc[i]
        if i > first and t.pos_ == "NOUN" and t.lemma_.lower() in CUE_LEMMAS:
            nxt = doc[i + 1] if i + 1 < after.stop else None
            if nxt is None or nxt.pos_ in _AFTER_CUE:
                return t, doc[i - 1]
            return None
        i += 1
    return None
