"""Results-table lines of wire copy: a label, then figures compared with "vs".

"Shr 22 cts vs 13 cts", "Net 3,166,000 vs 1,780,000": every figure on such a line takes the label
as ``about``, and digits after the label are never read as a name ("Net 3,166,000"). The bare
figures of a table whose per-share line is money are money in that currency ("Net 3,166,000"
is 3,166,000 USD under "Shr 22 cts vs 13 cts"), or shares on a line of shares ("Avg shrs 4.1
mln vs 3.9 mln": unit ``share``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.types import NumberFact

_NO_ABOUT = frozenset({"date", "year", "ordinal"})

# a results-table line: a label, then figures compared with "vs" ("Shr 22 cts vs 13 cts")
_RESULT_LINE = re.compile(r"[ \t]*(?P<label>[A-Za-z][A-Za-z.'&/ -]{0,40}?)[ \t]+[-$(\d].*\bvs\b")


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, (len(text) if le < 0 else le)


def results_line(text: str, pos: int) -> re.Match | None:
    """The match of a results-table line around ``pos`` (at most 100 characters), or None."""
    ls, le = _line_bounds(text, pos, pos)
    return _RESULT_LINE.match(text, ls, le) if le - ls <= 100 else None


def labelled(text: str, fact: NumberFact) -> NumberFact | None:
    """A figure on a results-table row takes the row's label as ``about``."""
    if fact.kind in _NO_ABOUT:
        return None
    m = _table_row(text, fact)
    if m is None:
        return None
    return replace(
        fact, about=m.group("label"), about_start=m.start("label"), about_end=m.end("label")
    )


_SHARES = re.compile(r"\b(?:shrs|shs|shares)\b", re.IGNORECASE)


# a row of one figure ("Net loss 1,364,453", "Revs 11.8 mln", "Shr loss 11 cts"), a table row
# when a row of either kind stands next to it
_ROW_LINE = re.compile(
    r"[ \t]*(?P<label>[A-Za-z][A-Za-z.'&/ -]{0,40}?)[ \t]+[-$(]?\d[\d,.]*"
    r"(?:[ \t]+(?:mln|billion|dlrs?|cts?|pct))?[ \t]*"
)
_VS = re.compile(r"\bvs\b")
# a per-share row with its figures in words ("Shr profit two cts vs loss four cts")
_VS_LINE = re.compile(r"[ \t]*[A-Za-z][A-Za-z.'&/ -]{0,40}?[ \t]+.*\bvs\b")


def _row(text: str, ls: int, le: int) -> re.Match | None:
    """The match of a table row on the line ``text[ls:le]``: a results line or a one-figure row."""
    if le - ls > 100:
        return None
    m = _RESULT_LINE.match(text, ls, le) or _ROW_LINE.fullmatch(text, ls, le)
    return None if m is None or _VS.search(m.group("label")) else m  # "five cts vs loss 24 cts"


def _neighbour_lines(text: str, ls: int, le: int) -> list[tuple[int, int]]:
    """The lines before and after ``text[ls:le]``, over one blank line (cleaning puts the
    indented rows of wire tables in paragraphs of their own)."""
    out = []
    a = ls - 1
    while a > 0 and a >= ls - 2 and text[a - 1] == "\n":
        a -= 1
    if a > 0:
        out.append(_line_bounds(text, a - 1, a - 1))
    b = le + 1
    while b < len(text) and b <= le + 2 and text[b] == "\n":
        b += 1
    if b < len(text):
        out.append(_line_bounds(text, b, b))
    return out


def _table_row(text: str, fact: NumberFact) -> re.Match | None:
    """The row match of ``fact``'s line when it is a row of a results table, its figure after the
    label: a results line, or a one-figure row beside another row."""
    ls, le = _line_bounds(text, fact.start, fact.end)
    m = _row(text, ls, le)
    if m is None or m.end("label") > fact.start:
        return None
    if m.re is _RESULT_LINE or any(_row(text, a, b) for a, b in _neighbour_lines(text, ls, le)):
        return m
    return None


def _lends(text: str, fact: NumberFact) -> bool:
    """``fact`` is money on a row of a results table (figures in words too)."""
    if fact.kind != "money" or not fact.unit:
        return False
    ls, le = _line_bounds(text, fact.start, fact.end)
    return _table_row(text, fact) is not None or (
        le - ls <= 100 and _VS_LINE.match(text, ls, le) is not None
    )


def table_units(text: str, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with the bare figures of results-table rows given the table's unit: shares on
    a row whose label names shares, else the currency of the closest money figure of a row
    (the one before it, else the one after it)."""
    money = [i for i, f in enumerate(facts) if _lends(text, f)]
    if not money:
        return facts
    out = list(facts)
    for i, f in enumerate(facts):
        if f.kind != "count" or f.unit is not None or f.value is None:
            continue
        m = _table_row(text, f)
        if m is None:
            continue
        if _SHARES.search(m.group("label")):
            out[i] = replace(f, unit="share")
            continue
        before = [j for j in money if j < i]
        lender = facts[before[-1] if before else next(j for j in money if j > i)]
        out[i] = replace(f, kind="money", unit=lender.unit)
    return out
