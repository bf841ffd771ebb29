"""Cheap access to a Doc's text and to the tokens under a character span.

``Doc.text`` is not stored: spaCy joins every token's text each time it is read, so reading it
once per fact costs time in proportion to facts x tokens (quadratic on a long article).
:func:`doc_text` joins once per Doc and keeps the string in ``doc.user_data``. :func:`overlapping`
finds the tokens that overlap a character span by binary search over the tokens' start and end
offsets, read once per Doc (one array call) and kept there too, instead of a scan of the Doc.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

_KEY = "newsfacts.text"
_BOUNDS = "newsfacts.bounds"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc (later calls return the same string)."""
    text = doc.user_data.get(_KEY)
    if text is None:  # a Doc's text never changes (retokenizing keeps it)
        text = doc.user_data[_KEY] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> str:
    """Keep ``text``, the caller's join of every token's text and trailing white space (what
    ``doc.text`` returns), as the Doc's text unless one is kept already; return the kept one."""
    return doc.user_data.setdefault(_KEY, text)


def overlapping(doc: Doc, start: int, end: int) -> Span:
    """The tokens of ``doc`` that overlap the characters ``[start, end)`` (maybe none)."""
    starts, ends = _bounds(doc)
    first = bisect_right(ends, start)
    last = bisect_left(starts, end)
    return doc[first : max(first, last)]


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The start and end offsets of every token, read once per Doc (again if its tokens change)."""
    kept = doc.user_data.get(_BOUNDS)
    if kept is None or len(kept[0]) != len(doc):
        arr = doc.to_array([IDX, LENGTH])
        starts = arr[:, 0].tolist()
        ends = [s + n for s, n in zip(starts, arr[:, 1].tolist(), strict=True)]
        kept = doc.user_data[_BOUNDS] = (starts, ends)
    return kept
