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
    """A figure on a results-table line takes the line's label as ``about``."""
    if fact.kind in _NO_ABOUT:
        return None
    m = results_line(text, fact.start)
    if m is None or m.end("label") > fact.start:
        return None
    return replace(
        fact, about=m.group("label"), about_start=m.start("label"), about_end=m.end("label")
    )


_SHARES = re.compile(r"\b(?:shrs|shs|shares)\b", re.IGNORECASE)


def _on_results_line(text: str, fact: NumberFact) -> re.Match | None:
    m = results_line(text, fact.start)
    return m if m is not None and m.end("label") <= fact.start else None


def table_units(text: str, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with the bare figures of results-table lines given the table's unit: shares on
    a line whose label names shares, else the currency of the closest money figure of a results
    line (the one before it, else the one after it)."""
    lines = [_on_results_line(text, f) for f in facts]
    money = [i for i, f in enumerate(facts) if lines[i] and f.kind == "money" and f.unit]
    if not money:
        return facts
    out = list(facts)
    for i, f in enumerate(facts):
        m = lines[i]
        if m is None or f.kind != "count" or f.unit is not None or f.value is None:
            continue
        if _SHARES.search(m.group("label")):
            out[i] = replace(f, unit="share")
            continue
        before = [j for j in money if j < i]
        lender = facts[before[-1] if before else next(j for j in money if j > i)]
        out[i] = replace(f, kind="money", unit=lender.unit)
    return out
