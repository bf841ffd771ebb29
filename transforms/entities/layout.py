"""Line-level layout cues of a news text: all-caps headlines, datelines, results tables and
wire comparison rows.

Computed once per document with regular expressions over ``doc.text`` (no token loop).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMBER = re.compile(r"(?<![\w.])[-+]?\d[\d.,:/-]*(?![\w])")
# A wire comparison row: a label in words, a figure, "vs" and the figure it is compared with
# ("Net 4,210,000 vs 3,980,000", "Oper shr loss 12 cts vs loss 1.05 dlrs", "Avg shrs 9.2 mln vs
# 8.8 mln"): the label names a line item, never a team or a company.
_VS_ROW = re.compile(
    r"^[^\W\d_][\w.'’&/-]*(?: [a-z][\w.'’&/-]*){0,3}\s+(?=[-+(]?\$?\d[\d.,]*(?:\s+[a-z]+){0,2}"
    r"\s+vs\.?\s+(?:[a-z]+\s+)?[-+(]?\$?\d[\d.,]*\)?(?:\s+[a-z]+){0,2}\s*$)"
)
_SLUG = re.compile(r"^([A-Z]+(?: [A-Z]+)?) [-–—] ")
# Newswire dateline: "PLACE[, Region] <date | (Agency)>" at the start of a line. (A dash alone
# is not enough: "IPO FILING -- X" and "SOCCER - X" are headlines.)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?: ?, (?P<region>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}))?"
    r"(?= ?(?:\d{4}-\d\d-\d\d|\([A-Z][\w ]*\)|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}\b))"
)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the document and the cues that matter for entity labels."""

    start: int
    end: int
    all_caps: bool  # headline or table header written in capitals
    table: bool  # most tokens are numbers: a results table or standings row
    dateline: tuple[tuple[int, int], ...]  # character spans of dateline places
    slug_end: int = -1  # end of a section slug ("SOCCER - ...") of an all-caps headline
    row_label_end: int = -1  # end of the label of a wire comparison row ("Net 4.2 mln vs ...")


def _line_cues(text: str, start: int, end: int) -> Line:
    seg = text[start:end]
    words = _WORD.findall(seg)
    letters = [w for w in words if w.isalpha() or any(c.isalpha() for c in w)]
    all_caps = len(letters) >= 2 and all(w.isupper() for w in letters)
    n_tok = len(seg.split())  # the \S+ runs: str.split and re's \s agree on white space
    n_num = len(_NUMBER.findall(seg))
    table = n_num >= 2 and n_num * 2 >= n_tok - n_num
    places: list[tuple[int, int]] = []
    m = None if all_caps else _DATELINE.match(seg)  # "SOCCER - X WIN" is a headline slug
    if m and (len(m.group("place")) >= 3):
        places.append((start + m.start("place"), start + m.end("place")))
        if m.group("region"):
            places.append((start + m.start("region"), start + m.end("region")))
    slug = _SLUG.match(seg) if all_caps else None
    slug_end = start + slug.end(1) if slug else -1
    row = _VS_ROW.match(seg)
    row_end = start + row.end() if row else -1
    return Line(start, end, all_caps, table, tuple(places), slug_end, row_end)


class Layout:
    """The lines of a text with their cues; ``line_at(offset)`` finds the line of a character."""

    def __init__(self, text: str) -> None:
        self.lines = [_line_cues(text, m.start(), m.end()) for m in _LINE.finditer(text)]
        self._starts = [ln.start for ln in self.lines]

    def line_at(self, offset: int) -> Line | None:
        """The line containing ``offset`` (None in white space between lines)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        ln = self.lines[i]
        return ln if offset < ln.end else None
