"""Direction of change, round 13 (issue #15): a "by" phrase whose verb is left out after the change
before it, a figure compared with a change, levels after "by X to" and "went up to", "as much as"
before a figure the parse hung elsewhere, and nouns of a move that size it only as a share.
Invented sentences, exact rows: (text, value, value_max, unit, kind, change)."""

from __future__ import annotations

import pytest

from tests.test_numbers_change import rows
from tests.test_numbers_facts import _check, cases
from transforms.numbers import extract_numbers

GAPPED_BY = [
    # "and by", "but by", "as well as by": the verb of the first "by" phrase is left out
    ("Rents rose by 6% in Leeds and by 11% in Bristol.", [("6%", 6.0, None, "%", "percent", "up"), ("11%", 11.0, None, "%", "percent", "up")]),
    ("Fares went up by 0.3% on the month and by 9.1% on the year.", [("0.3%", 0.3, None, "%", "percent", "up"), ("9.1%", 9.1, None, "%", "percent", "up")]),
    ("The rand has fallen by 20% against the euro - as well as by 15% against the yen.", [("20%", 20.0, None, "%", "percent", "down"), ("15%", 15.0, None, "%", "percent", "down")]),
    # a verb of its own between: its "by" is no conjunct of the change
    ("Rents rose by 6%, helped by 3% inflation.", [("6%", 6.0, None, "%", "percent", "up"), ("3%", 3.0, None, "%", "percent", None)]),
    # the parse hangs "by" on a participle describing the change verb's object
    ("The supplier agreed to lower the fee charged by $3 a tonne.", [("$3 a tonne", 3.0, None, "USD", "money", "down")]),
    ("The plan cuts the amount of funding needed by £90m.", [("£90m", 90e6, None, "GBP", "money", "down")]),
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

LEVELS_AND_BOUNDS = [
    # "by X to Y" in bare counts: with "by", a level more than three times the move is split off
    ("Deaths rose by 15 to 95 on Sunday.", [("15", 15.0, None, None, "count", "up"), ("95", 95.0, None, None, "count", None)]),
    ("The tally rose by 3 to 4.", [("3 to 4", 3.0, 4.0, None, "count", "up")]),
    # "went up to", "shot up to" in the past: the level reached; a possible rise keeps the bound
    ("Bus fares went up to 4% last spring.", [("4%", 4.0, None, "%", "percent", None)]),
    ("The gauge shot up to 740 from 610.", [("740", 740.0, None, None, "count", None), ("610", 610.0, None, None, "count", None)]),
    ("Fares could go up to 20%.", [("20%", 20.0, None, "%", "percent", None)]),
    # "as much as" before a figure the parse hung on a preposition after it: the verb's amount
    ("Shares rose as much as 3% after the announcement.", [("3%", 3.0, None, "%", "percent", "up")]),
    ("Poverty could fall as low as 15% by 2030.", [("15%", 15.0, None, "%", "percent", None)]),
]  # fmt: skip

SHARE_MOVES = [
    # nouns of a currency's or an economy's move size a change only as a share
    ("The bank ordered a 12% devaluation of the peso.", [("12%", 12.0, None, "%", "percent", "down")]),
    ("Economists expect an expansion of 1.8% next year.", [("1.8%", 1.8, None, "%", "percent", "up")]),
    ("The franc's 6% appreciation hurt exporters.", [("6%", 6.0, None, "%", "percent", "up")]),
    ("The group plans a $40m expansion of its port.", [("$40m", 40e6, None, "USD", "money", None)]),
    ("Profit was cut by depreciation of $8m.", [("$8m", 8e6, None, "USD", "money", None)]),
    # market verbs of a fall
    ("The shares skidded 4% on Monday.", [("4%", 4.0, None, "%", "percent", "down")]),
    ("The stock cratered 30% in a week.", [("30%", 30.0, None, "%", "percent", "down")]),
    # "up" or "down" a way is a place along it, not a move
    ("The depot is 12 miles down the road.", [("12 miles", 12.0, None, "mile", "quantity", None)]),
    ("Shares closed 4% down on the day.", [("4%", 4.0, None, "%", "percent", "down")]),
    # a plus sign glued to a figure in brackets after a level: its own rise, no restatement
    ("Sales rose to $3.1bn (+9%) in 2021.", [("$3.1bn", 3.1e9, None, "USD", "money", None), ("9%", 9.0, None, "%", "percent", "up")]),
    # the periods a comparative is set against are a time, no move
    ("Margins were lower than in the preceding four quarters.", [("four quarters", 4.0, None, "quarter", "count", None)]),
    # an accounting gain on a sale however the parse hangs "on"; the level after "up on" a bound
    ("For 2019, the group posted a gain of 12.1 mln dlrs on the sale of its unit.", [("12.1 mln dlrs", 12.1e6, None, "USD", "money", None)]),
    ("Exports will reach 9,000 tonnes, up on just over 8,000 tonnes last season.", [("9,000 tonnes", 9000.0, None, "tonne", "quantity", None), ("8,000 tonnes", 8000.0, None, "tonne", "quantity", None)]),
]  # fmt: skip

NEGATED_FORECASTS = [
    # a change foreseen by a negated verb of foreseeing did not happen; a forecast change did not yet
    ("Fares are not expected to rise 4% this year.", [("4%", 4.0, None, "%", "percent", None)]),
    ("Brokers do not expect rents to fall 6%.", [("6%", 6.0, None, "%", "percent", None)]),
    ("Brokers expect rents to fall 6%.", [("6%", 6.0, None, "%", "percent", "down")]),
]  # fmt: skip

TABLES = {
    "gapped_by": GAPPED_BY,
    "compared": COMPARED,
    "levels_and_bounds": LEVELS_AND_BOUNDS,
    "share_moves": SHARE_MOVES,
    "negated_forecasts": NEGATED_FORECASTS,
}
CASES = cases(TABLES)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_change_references(nlp, text, expected):
    """Rows (text, value, value_max, unit, kind, change) of invented sentences, exactly."""
    _check(rows(nlp, text), expected)


QUALIFIERS = [
    # (text, figure, qualifier): a level reached after a past "went up to" is exact
    ("Bus fares went up to 4% last spring.", "4%", "exact"),
    ("Bills have gone up to £2,500 a year.", "£2,500 a year", "exact"),
    ("Fares could go up to 20%.", "20%", "at_most"),
    ("Shares rose as much as 3% after the announcement.", "3%", "at_most"),
]


@pytest.mark.parametrize(("text", "figure", "qualifier"), QUALIFIERS)
def test_up_to_qualifiers(nlp, text, figure, qualifier):
    """The qualifier of the one row with ``figure`` as its text."""
    got = [f.qualifier for f in extract_numbers(nlp(text)) if f.text == figure]
    assert got == [qualifier]
