"""A bare figure that leaves its unit to a figure beside it: "rose to 120 mln dlrs from 98 mln"
(98 mln is dollars), "profit 5.2 billion euros vs 4.8 billion", "raised 300 million of the 2
billion rand", "shares rose by 2 percent but bonds fell by 1" (1 is a percentage), also across a
phrase of time ("6.2 billion dlrs in the second quarter of 1985 from 5.1 billion"); a figure
whose hyphened unit is left to the last of a list ("two-, three- and four-door cars": two and
three are doors too, of the cars).

Only a bare count takes a unit (no counted noun of its own, no range, a whole or decimal figure),
and only from money, a percentage or a measured quantity in the same sentence, linked by words
that compare the two figures as amounts of one thing. A sum in cents or pence lends nothing: the
bare figure's scale is unknown ("rose 4p to 310p from 300"); nor does a percentage change to the
level it left ("the index fell 2% from 6,000").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from transforms.doctext import doc_text
from transforms.types import NumberFact

_LENDERS = frozenset({"money", "percent", "quantity"})
# between a figure with a unit and the bare figure after it
_COMPARED = re.compile(
    r"(?:\s+(?:[A-Za-z']+|(?:19|20)\d\d)){0,6}?[,;]?\s+(?:(?:up|down)\s+)?"
    r"(?:from|vs\.?|versus|against|compared\s+(?:with|to))\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:revised|adjusted|restated)\s+)?"
)
# a further bare figure listed after one that took a unit: "from 8.3 mln in May and 22.6 mln"
_LISTED = re.compile(r"(?:\s+[A-Za-z']+){0,4},?\s+(?:and|or)\s+")
# between the bare figure and the figure with a unit after it: "300 million of the 2 billion"
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|our)\s+")
# a parallel "by": "rose by 2 percent but bonds fell by 1"
_BY_BEFORE = re.compile(r"\bby\s+$")
_PARALLEL = re.compile(r"[^\d.!?;]{0,60}\b(?:but|and|while|whereas)\b[^\d.!?;]{0,40}\bby\s+")
_SUBUNIT = re.compile(r"(?<![a-z])(?:cents?|cts?|pence|p)\.?$", re.IGNORECASE)


def _bare(f: NumberFact) -> bool:
    return f.kind == "count" and f.unit is None and f.value_max is None and f.value is not None


def _lends(f: NumberFact) -> bool:
    return f.kind in _LENDERS and f.unit is not None and not _SUBUNIT.search(f.text)


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _take(f: NumberFact, lender: NumberFact) -> NumberFact:
    """``f`` with the lender's kind and unit, and its scale word when ``f`` is written bare and
    near the lender's figure ("27.77 mln tonnes, vs 27.62 last month": 27.62 mln)."""
    out = replace(f, kind=lender.kind, unit=lender.unit)
    m, mf = _FIGURE.match(lender.text), _FIGURE.fullmatch(f.text)
    if m is None or mf is None or f.value is None or lender.value is None:
        return out
    mantissa = float(m.group().replace(",", ""))
    scale = lender.value / mantissa if mantissa else 1.0
    if scale >= 1e3 and 0.1 <= f.value / mantissa <= 10:
        return replace(out, value=f.value * scale)
    return out


# between a figure whose hyphened unit is left out and the next figure of the list
_SUSPENDED = re.compile(r"-\s*,?\s*(?:(?:and|or|to)\s+)?")


def _suspended(text: str, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with "two-, three- and four-door": the unit, kind and ``about`` of the last."""
    out = list(facts)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        hyphened = "-" in b.text or text[b.end : b.end + 1] == "-"
        if (
            _bare(a)
            and b.unit is not None
            and hyphened
            and _SUSPENDED.fullmatch(text, a.end, b.start)
        ):
            out[i] = replace(
                a,
                kind=b.kind,
                unit=b.unit,
                about=b.about,
                about_start=b.about_start,
                about_end=b.about_end,
            )
    return out


def shared_units(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with a bare figure given the unit of the figure it is compared with."""
    text = doc_text(doc)
    out = _suspended(text, facts)
    facts = list(out)
    for i in range(len(facts) - 1):
        a, b = out[i], out[i + 1]
        if _lends(a) and _bare(b):
            gap = text[a.end : b.start]
            by_pair = _BY_BEFORE.search(text, max(0, a.start - 4), a.start) is not None
            moved = a.kind == "percent" and a.change is not None  # "fell 2% from 6,000": a level
            listed = _bare(facts[i]) and _LISTED.fullmatch(gap)  # "from 8.3 mln ... and 22.6 mln"
            if (
                (_COMPARED.fullmatch(gap) and not moved)
                or (by_pair and _PARALLEL.fullmatch(gap))
                or listed
            ):
                out[i + 1] = _take(b, a)
        elif _bare(a) and _lends(b) and _PART_OF.fullmatch(text, a.end, b.start):
            out[i] = _take(a, b)
    return _across_times(text, facts, out)


_TIMES = frozenset({"ordinal", "year", "date"})


def _across_times(text: str, facts: list[NumberFact], out: list[NumberFact]) -> list[NumberFact]:
    """``out`` with a bare figure compared with a figure that has a unit across a phrase of
    time between them ("7.3 billion dlrs in the fourth quarter of 1986 from 4.3 billion"): the
    ordinals, years and dates of the phrase are skipped."""
    for k in range(2, len(facts)):
        i = k - 1
        while i >= 0 and facts[i].kind in _TIMES:
            i -= 1
        if i < 0 or i == k - 1 or not _bare(out[k]):
            continue
        a, b = out[i], out[k]
        gap = text[a.end : b.start]
        moved = a.kind == "percent" and a.change is not None
        listed = _bare(facts[i]) and _LISTED.fullmatch(gap)
        if _lends(a) and ((_COMPARED.fullmatch(gap) and not moved) or listed):
            out[k] = _take(b, a)
    return out
