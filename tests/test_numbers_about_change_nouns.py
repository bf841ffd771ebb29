"""What the size of a change written as a noun measures (``about``), round 8 of issue #15: a
change noun compared with the clause's own change, one after a change noun subject, and a unit
word between the figure and the change noun. Invented sentences, exact rows (text, value,
value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

CHANGE_NOUNS = [
    # "compared with a N% increase": the change of the clause's subject
    ("Bank loans rose by 13.8 pct in 1986, compared with a 4.5 pct increase in 1985.", [("13.8 pct", 13.8, None, "%", "percent", "up", "Bank loans"), ("1986", 1986.0, None, None, "year", None, None), ("4.5 pct", 4.5, None, "%", "percent", "up", "Bank loans"), ("1985", 1985.0, None, None, "year", None, None)]),
    # a bare change noun compared with a figure before it: what that figure measures
    ("The chain saw a 3% rise in winter sales, less than the 4.2% rise seen a year earlier.", [("3%", 3.0, None, "%", "percent", "up", "winter sales"), ("4.2%", 4.2, None, "%", "percent", "up", "winter sales")]),
    ("Its online sales were 5% higher, compared to a 6% rise last year.", [("5%", 5.0, None, "%", "percent", "up", "online sales"), ("6%", 6.0, None, "%", "percent", "up", "online sales")]),
    # not one framed as a pace: the clause's own subject
    ("Rents rose at an annual rate of 6.1% in May, less than the 7.4% rise the month before.", [("6.1%", 6.1, None, "%", "percent", "up", "annual rate"), ("7.4%", 7.4, None, "%", "percent", "up", "Rents")]),
    # one with its own phrase of what changed keeps it
    ("Exports rose 3%, compared with a 5% rise in imports.", [("3%", 3.0, None, "%", "percent", "up", "Exports"), ("5%", 5.0, None, "%", "percent", "up", "imports")]),
    # a change noun after a change noun subject: what the subject's change applies to
    ("The rise in energy costs followed a 3.0 pct rise in January.", [("3.0 pct", 3.0, None, "%", "percent", "up", "energy costs")]),
    # the unit word between the figure and the change noun is not what changes
    ("Exports posted a 5 pct drop.", [("5 pct", 5.0, None, "%", "percent", "down", "Exports")]),
    # a noun before the change noun still is
    ("The firm reported an export drop of 3%.", [("3%", 3.0, None, "%", "percent", "down", "export")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHANGE_NOUNS)
def test_about_change_nouns(nlp, text, expected):
    _check(rows(nlp, text), expected)


# a money amount of a gain in the accounting sense (a profit item, not a rise) is about the gain
REALISED_GAINS = [
    ("The brewer had an extraordinary gain of 7.2 mln dlrs in 1984.", [("7.2 mln dlrs", 7200000.0, None, "USD", "money", None, "extraordinary gain"), ("1984", 1984.0, None, None, "year", None, None)]),
    ("Quarter results exclude a net gain of 310,000 dlrs from the sale of a plant.", [("310,000 dlrs", 310000.0, None, "USD", "money", None, "net gain")]),
    ("Operating profit excludes gains of 412,000 dlrs.", [("412,000 dlrs", 412000.0, None, "USD", "money", None, "gains")]),
    # the rise of a share price keeps its holder
    ("Acme shares closed with a gain of 30 cents.", [("30 cents", 0.3, None, "USD", "money", "up", "Acme shares")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REALISED_GAINS)
def test_about_realised_gains(nlp, text, expected):
    _check(rows(nlp, text), expected)


# a move hung on a figure by "up" or "down": what that figure measures
MOVES_OF_FIGURES = [
    ("Sales in 1988 are estimated at 14,200 mln yen, up 3.1 pct from a year earlier.", [("1988", 1988.0, None, None, "year", None, None), ("14,200 mln yen", 1.42e10, None, "JPY", "money", None, "Sales"), ("3.1 pct", 3.1, None, "%", "percent", "up", "Sales")]),
    ("The unit is expected to earn 250 mln dlrs, up 12 pct from 1985.", [("250 mln dlrs", 2.5e8, None, "USD", "money", None, "unit"), ("12 pct", 12.0, None, "%", "percent", "up", "unit"), ("1985", 1985.0, None, None, "year", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MOVES_OF_FIGURES)
def test_about_moves_of_figures(nlp, text, expected):
    _check(rows(nlp, text), expected)
