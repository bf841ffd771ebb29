"""Direction of change, round 13 (issue #15): a "by" phrase whose verb is left out after the change
before it, and a figure compared with a change. Invented sentences, exact rows: (text, value,
value_max, unit, kind, change)."""

from __future__ import annotations

import pytest

from tests.test_numbers_change import rows
from tests.test_numbers_facts import _check, cases

GAPPED_BY = [
    # "and by", "but by", "as well as by": the verb of the first "by" phrase is left out
    ("Rents rose by 6% in Leeds and by 11% in Bristol.", [("6%", 6.0, None, "%", "percent", "up"), ("11%", 11.0, None, "%", "percent", "up")]),
    ("Fares went up by 0.3% on the month and by 9.1% on the year.", [("0.3%", 0.3, None, "%", "percent", "up"), ("9.1%", 9.1, None, "%", "percent", "up")]),
    ("The rand has fallen by 20% against the euro - as well as by 15% against the yen.", [("20%", 20.0, None, "%", "percent", "down"), ("15%", 15.0, None, "%", "percent", "down")]),
    # a verb of its own between: its "by" is no conjunct of the change
    ("Rents rose by 6%, helped by 3% inflation.", [("6%", 6.0, None, "%", "percent", "up"), ("3%", 3.0, None, "%", "percent", None)]),
]  # fmt: skip

COMPARED = [
    # a figure compared with a change in the same unit sizes a change too
    ("Retail sales rose 1.4% in the month, compared with 0.2% a month earlier.", [("1.4%", 1.4, None, "%", "percent", "up"), ("0.2%", 0.2, None, "%", "percent", "up")]),
    ("Output fell 2.1% versus 1.5% for the sector.", [("2.1%", 2.1, None, "%", "percent", "down"), ("1.5%", 1.5, None, "%", "percent", "down")]),
    # compared with a level, a share of a whole or after a verb of its own: no direction
    ("Revenue fell 9% to $31m, against $34m in 2020.", [("9%", 9.0, None, "%", "percent", "down"), ("$31m", 31e6, None, "USD", "money", None), ("$34m", 34e6, None, "USD", "money", None)]),
    ("Inflation rose to 3.1% compared with 2.4% in May.", [("3.1%", 3.1, None, "%", "percent", None), ("2.4%", 2.4, None, "%", "percent", None)]),
    ("Profits climbed 8% compared with 40% of the firms surveyed.", [("8%", 8.0, None, "%", "percent", "up"), ("40%", 40.0, None, "%", "percent", None)]),
]  # fmt: skip

TABLES = {"gapped_by": GAPPED_BY, "compared": COMPARED}
CASES = cases(TABLES)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_change_references(nlp, text, expected):
    """Rows (text, value, value_max, unit, kind, change) of invented sentences, exactly."""
    _check(rows(nlp, text), expected)
