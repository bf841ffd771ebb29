"""Cheap access to a Doc's text and to the tokens under a character span.

``Doc.text`` is not stored: spaCy joins every token's text each time it is read, so reading it
once per fact costs time in proportion to facts x tokens (quadratic on a long article).
:func:`doc_text` joins once per Doc and keeps the string in ``doc.user_data``. :func:`overlapping`
finds the tokens that overlap a character span by binary search instead of a scan of the Doc.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span

_KEY = "newsfacts.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc (later calls return the same string)."""
    text = doc.user_data.get(_KEY)
    if text is None:  # a Doc's text never changes (retokenizing keeps it)
        text = doc.user_data[_KEY] = doc.text
    return text


def overlapping(doc: Doc, start: int, end: int) -> Span:
    """The tokens of ``doc`` that overlap the characters ``[start, end)`` (maybe none)."""
    first = bisect_right(doc, start, key=lambda t: t.idx + len(t.text))
    last = bisect_left(doc, end, key=lambda t: t.idx)
    return doc[first : max(first, last)]
