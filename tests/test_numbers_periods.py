"""Durations that say when, not how long (``transforms.numbers.periods``): invented sentences,
exact rows (text, value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

WHEN = [
    # the span a record or a first holds over
    ("House prices rose at their fastest rate in 12 years.", [("12 years", 12.0, None, "year", "duration", None, None)]),
    ("The pound had its biggest fall in four months.", [("four months", 4.0, None, "month", "duration", None, None)]),
    ("Inflation was the lowest for 25 years.", [("25 years", 25.0, None, "year", "duration", None, None)]),
    ("It was the first strike in more than two decades.", [("first", 1.0, None, None, "ordinal", None, None), ("two decades", 2.0, None, "decade", "duration", None, None)]),
    # a period bounded by an event or a clause, or the opening part of a period
    ("Sales fell 5% in the two years after the merger.", [("5%", 5.0, None, "%", "percent", "down", "Sales"), ("two years", 2.0, None, "year", "duration", None, None)]),
    ("Growth was strong in the first three months of the year.", [("first", 1.0, None, None, "ordinal", None, None), ("three months", 3.0, None, "month", "duration", None, None)]),
    # a wait from now, or a period something happens in
    ("The teams meet again in three weeks' time.", [("three weeks", 3.0, None, "week", "duration", None, None)]),
    ("The plant will be ready in three years.", [("three years", 3.0, None, "year", "duration", None, None)]),
    ("Most offenders are reconvicted within two years of release.", [("two years", 2.0, None, "year", "duration", None, None)]),
    # a duration nothing places takes no noun nearby ("I" is no about)
    ("In only 72 hours, he found a buyer.", [("72 hours", 72.0, None, "hour", "duration", None, None)]),
]  # fmt: skip

HOW_LONG = [
    # how long something lasts keeps who or what lasts
    ("The firm has employed him for 12 years.", [("12 years", 12.0, None, "year", "duration", None, "firm")]),
    ("The plant was closed for three months.", [("three months", 3.0, None, "month", "duration", None, "plant")]),
    ("Banks offered loans in 91-day bills.", [("91-day", 91.0, None, "day", "duration", None, "bills")]),
    # a superlative before a time in minutes is the time taken, not the span of a record
    ("Her best run took her to the top in 54 minutes.", [("54 minutes", 54.0, None, "minute", "duration", None, "best run")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WHEN + HOW_LONG)
def test_periods(nlp, text, expected):
    _check(rows(nlp, text), expected)
