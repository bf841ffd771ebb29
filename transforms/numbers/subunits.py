"""Cents and pence as money in their major unit: "22 cts" -> 0.22 USD, "310p" -> 3.10 GBP,
"18 sen" -> 0.18 MYR.

A sum over ``value`` of the rows of one ISO unit is then a sum of like amounts ("1.19 dlrs" and
"34 cts" add up to 1.53 USD); the row's ``text`` keeps the amount as written. A cent is a cent of
the currency of the closest money amount before it in the article when that currency divides
into cents (euro, Canadian or Australian dollar ...), else of the US dollar; a penny is a
hundredth of a pound sterling, or of the US or Canadian dollar after an amount in those (a US
"penny a share"); a sen (ISO 4217's hundredth of the ringgit and the rupiah) is a hundredth of
the currency before it when that is one of those, else of the ringgit, where share prices move in
sen.
"""

from __future__ import annotations

from dataclasses import replace

from transforms.types import NumberFact

SUBUNITS = frozenset({"cent", "penny", "sen"})
# currencies whose hundredth is called a cent in English
CENT_CURRENCIES = frozenset(
    {"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "ZAR", "KES", "JMD", "TTD"}
)
_PENNY_CURRENCIES = frozenset({"GBP", "USD", "CAD", "IEP"})
_SEN_CURRENCIES = frozenset({"MYR", "IDR"})


def _major(subunit: str, before: str | None) -> str:
    if subunit == "cent":
        return before if before in CENT_CURRENCIES else "USD"
    if subunit == "sen":
        return before if before in _SEN_CURRENCIES else "MYR"
    return before if before in _PENNY_CURRENCIES else "GBP"


def _hundredth(value: float | None) -> float | None:
    return None if value is None else round(value / 100, 12)


def in_major_units(facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` (in text order) with every cent and penny amount in its currency's major unit."""
    before: str | None = None
    out: list[NumberFact] = []
    for f in facts:
        if f.kind == "money" and f.unit in SUBUNITS:
            f = replace(
                f,
                unit=_major(f.unit, before),
                value=_hundredth(f.value),
                value_max=_hundredth(f.value_max),
            )
        elif f.kind == "money" and f.unit is not None and len(f.unit) == 3 and f.unit.isupper():
            before = f.unit
        out.append(f)
    return out
