"""Issue #15, round 5: house numbers, spaced codes, averages, "by X to Y" after an object, counts
after "by", years before levels and "by a quarter point".
Invented sentences, exact rows: (text, value, value_max, unit, kind, qualifier, change); years and
ordinals left out."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, cases
from transforms.numbers import extract_numbers

_SKIP = frozenset({"year", "ordinal"})


def rows(nlp, text: str, *, skip: frozenset[str] = _SKIP) -> list[tuple]:
    """(text, value, value_max, unit, kind, qualifier, change) of every number of a kind not in
    ``skip``."""
    doc = nlp(text)
    return [
        (f.text, f.value, f.value_max, f.unit, f.kind, f.qualifier, f.change)
        for f in extract_numbers(doc, published="2024-03-05")
        if f.kind not in skip
    ]


HOUSE_NUMBERS = [
    # digits before a street name: part of the address
    ("She sold 49 Oak Tree Road and 22 Rue Cler last year.", []),
    ("He lived at 12 Mill Lane for years.", []),
    ("Tourists queued outside 7 Harbour St on Sunday.", []),
    ("The embassy moved to 5 Avenue Kleber, Paris.", []),
    ("The office at 1600 Maple Avenue was sold.", []),
    # capitals that modify a common noun, or a year, still count
    ("Astronomers found 2 Milky Way satellites.", [("2", 2.0, None, "satellite", "count", "exact", None)]),
    ("In 2008 Wall Street slumped.", []),
    ("The council has 40 Park Road residents on its list.", [("40", 40.0, None, "resident", "count", "exact", None)]),
]  # fmt: skip

CODES = [
    # an upper-case name and a spaced hyphen before digits: a code, not a negative number
    ("The clinic ran 300 COVID -19 tests a day.", [("300", 300.0, None, "test", "count", "exact", None)]),
    ("Temperatures fell to -19 overnight.", [("-19", -19.0, None, None, "count", "exact", None)]),
]  # fmt: skip

AVERAGES = [
    # a figure the verb "average" gives stands for values around it; the noun gives an exact one
    ("He has averaged 12.5 points per game this season.", [("12.5", 12.5, None, "point", "count", "approximately", None)]),
    ("Prices averaged $3.40 a gallon last month.", [("$3.40 a gallon", 3.4, None, "USD", "money", "approximately", None)]),
    ("The team is averaging about 80 yards a game.", [("80 yards", 80.0, None, "yard", "quantity", "approximately", None)]),
    ("Homes stay on the market an average of 70 days.", [("70 days", 70.0, None, "day", "duration", "exact", None)]),
    ("Over than 40% of the members voted.", [("40%", 40.0, None, "%", "percent", "more_than", None)]),
]  # fmt: skip

BY_THEN_TO = [
    # after a change verb's object, "by X to Y" with Y far above X: the change, then the level
    ("The bank raised its dividend by $0.10 to $1 a share.", [("$0.10", 0.1, None, "USD", "money", "exact", "up"), ("$1 a share", 1.0, None, "USD", "money", "exact", None)]),
    ("The miner cut its copper price by 2 cents to 60 cents a pound.", [("2 cents", 0.02, None, "USD", "money", "exact", "down"), ("60 cents a pound", 0.6, None, "USD", "money", "exact", None)]),
    ("The deal cut the working week by two hours to 37 hours.", [("two hours", 2.0, None, "hour", "duration", "exact", "down"), ("37 hours", 37.0, None, "hour", "duration", "exact", None)]),
    # close bounds stay a range of the change
    ("The company cut its forecast by $3.8m to $4.9m.", [("$3.8m to $4.9m", 3.8e6, 4.9e6, "USD", "money", "exact", "down")]),
    ("The firm will trim its workforce by 5% to 10%.", [("5% to 10%", 5.0, 10.0, "%", "percent", "exact", "down")]),
    # a count after "by" on a change verb is the size of the change, not a range with the level
    ("Vacancies rose by 1,900 to 26,300 in March.", [("1,900", 1900.0, None, None, "count", "exact", "up"), ("26,300", 26300.0, None, None, "count", "exact", None)]),
    ("The bank cut its staff by 500 and 300 more left.", [("500", 500.0, None, None, "count", "exact", "down"), ("300", 300.0, None, None, "count", "exact", None)]),
    # the change read through "by" when the verb is further back
    ("The stores raised sales by 31% and profit by 37%.", [("31%", 31.0, None, "%", "percent", "exact", "up"), ("37%", 37.0, None, "%", "percent", "exact", "up")]),
]  # fmt: skip

YEARS_AND_FRACTIONS = [
    # a year before the levels, prices or figures it dates is a year, not a count of them
    ("Visitor numbers are down 40% on 2019 levels.", [("40%", 40.0, None, "%", "percent", "exact", "down")]),
    ("The firm will publish its 1998 figures on Monday.", []),
    ("The army sent 2000 soldiers to the border.", [("2000", 2000.0, None, "soldier", "count", "exact", None)]),
    # "by a quarter point": a fraction of a point, not a period
    ("The bank lifted rates by a quarter percentage point to 5.5%.", [("a quarter percentage point", 0.25, None, "percentage point", "percent", "exact", "up"), ("5.5%", 5.5, None, "%", "percent", "exact", None)]),
    ("The pension paid its fees a quarter in advance.", []),
]  # fmt: skip

TABLES = dict(
    houses=HOUSE_NUMBERS,
    codes=CODES,
    averages=AVERAGES,
    by_to=BY_THEN_TO,
    years=YEARS_AND_FRACTIONS,
)


@pytest.mark.parametrize(("text", "expected"), cases(TABLES))
def test_round5_rows(nlp, text, expected):
    """Rows (text, value, value_max, unit, kind, qualifier, change) of invented sentences."""
    _check(rows(nlp, text), expected)
