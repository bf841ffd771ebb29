"""Wire copy, round 19: multipliers of a change ("rose by a factor of 4", "three-fold") and
accounting gains that a results note books ("includes gains of 2,150,000 and 1,870,000",
"including a gain of $700,000 from ..."). Invented sentences, exact rows (text, value, value_max,
unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, cases, rows

# a multiplier sizes the change it hangs on: a quantity in the unit "factor"
FACTORS = [
    ("Traffic on the line rose by a factor of four after the fares were cut.", [("four", 4.0, None, "factor", "quantity", "up", "Traffic")]),
    ("The price of the bonds fell by a factor of two.", [("two", 2.0, None, "factor", "quantity", "down", "price of the bonds")]),
    ("Orders climbed three-fold to 900 units.", [("three", 3.0, None, "factor", "quantity", "up", "Orders"), ("900", 900.0, None, "unit", "count", None, "Orders")]),
    # no change word: a difference, no direction
    ("The error was smaller by a factor of ten.", [("ten", 10.0, None, "factor", "quantity", None, "error")]),
    # a verb that multiplies gives no row; its figures are levels
    ("Net income doubled to 8 mln dlrs from 4 mln dlrs.", [("8 mln dlrs", 8e6, None, "USD", "money", None, "Net income"), ("4 mln dlrs", 4e6, None, "USD", "money", None, "Net income")]),
    # times of an event are no multiplier
    ("The central bank raised rates three times this year.", [("three", 3.0, None, "time", "count", None, "rates")]),
]  # fmt: skip

# a gain a results note books is an amount, not a rise
BOOKED_GAINS = [
    ("NOTE: Year net excludes securities gains of 2,150,000 and 1,870,000.", [("2,150,000", 2150000.0, None, None, "count", None, "securities"), ("1,870,000", 1870000.0, None, None, "count", None, "Year net")]),
    ("Profit was 2 mln dlrs, including a gain of 300,000 dlrs.", [("2 mln dlrs", 2e6, None, "USD", "money", None, "Profit"), ("300,000 dlrs", 3e5, None, "USD", "money", None, "gain")]),
    ("The firm expects profit of 4 mln dlrs, including a gain of 300,000 dlrs from the resolution of a tax case with the state.", [("4 mln dlrs", 4e6, None, "USD", "money", None, "profit"), ("300,000 dlrs", 3e5, None, "USD", "money", None, "gain")]),
    ("Earnings of 3 mln dlrs, excluding a gain of 200,000 dlrs, were in line.", [("3 mln dlrs", 3e6, None, "USD", "money", None, "Earnings"), ("200,000 dlrs", 2e5, None, "USD", "money", None, "gain")]),
    # a gain in a price is a rise
    ("The shares posted a gain of 2 dlrs on Friday.", [("2 dlrs", 2.0, None, "USD", "money", "up", "shares")]),
]  # fmt: skip

CASES = cases({"factors": FACTORS, "booked_gains": BOOKED_GAINS})


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round19_constructions(nlp, text, expected):
    """Rows of invented sentences, exactly."""
    _check(rows(nlp, text), expected)
