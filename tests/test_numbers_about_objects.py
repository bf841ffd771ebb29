"""What a number measures (``about``), round 6 of issue #15: constructions found on unfitted
corpus text; invented sentences, exact rows (text, value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

MADE_OF = [
    # a bare noun after "in" right after a sum says what the sum is made of
    ("The charity has pledged $40m in food aid.", [("$40m", 4e7, None, "USD", "money", None, "food aid")]),
    ("The club holds about 9 mln dlrs in cash and another 2 mln dlrs in bonds.", [("9 mln dlrs", 9e6, None, "USD", "money", None, "cash"), ("2 mln dlrs", 2e6, None, "USD", "money", None, "bonds")]),
    ("The ruling covers roughly £3bn in loans.", [("£3bn", 3e9, None, "GBP", "money", None, "loans")]),
    ("The ferry line paid $12m (£9m) in fines.", [("$12m", 1.2e7, None, "USD", "money", None, "fines"), ("£9m", 9e6, None, "GBP", "money", None, "fines")]),
    # not a time, a place, a name or a noun with a determiner: where or when, not what
    ("The bakery earned $2m in March.", [("$2m", 2e6, None, "USD", "money", None, "bakery")]),
    ("The bakery earned $2m in Leeds.", [("$2m", 2e6, None, "USD", "money", None, "bakery")]),
    ("The bakery earned $2m in the deal.", [("$2m", 2e6, None, "USD", "money", None, "bakery")]),
    ("The bakery earned $2m in total.", [("$2m", 2e6, None, "USD", "money", None, "bakery")]),
    # a price paid in some form measures what is bought
    ("The mill sold the barn for $3m in cash.", [("$3m", 3e6, None, "USD", "money", None, "barn")]),
]  # fmt: skip

SEQUENCE = [
    # a change noun after "after", "following", "to" or "from" on a verb: the change of its subject
    ("Ferry bookings rose 3 pct after a 2 pct fall in May.", [("3 pct", 3.0, None, "%", "percent", "up", "Ferry bookings"), ("2 pct", 2.0, None, "%", "percent", "down", "Ferry bookings")]),
    ("Bread sales gained 4% in June, following a 1% drop in May.", [("4%", 4.0, None, "%", "percent", "up", "Bread sales"), ("1%", 1.0, None, "%", "percent", "down", "Bread sales")]),
    ("Ticket sales were revised to a 6% gain from a 5% gain.", [("6%", 6.0, None, "%", "percent", "up", "Ticket sales"), ("5%", 5.0, None, "%", "percent", "up", "Ticket sales")]),
    # the change noun's own "in" phrase still wins
    ("Rents rose 2% after a 5% rise in fees.", [("2%", 2.0, None, "%", "percent", "up", "Rents"), ("5%", 5.0, None, "%", "percent", "up", "fees")]),
]  # fmt: skip


LISTS_AND_LEVELS = [
    # a figure listed after another figure reads as the first ("compared with A, B and C")
    ("The tax rate rose to 6%, compared with 9% in Oslo, 8% in Bergen and 7% in Molde.", [("6%", 6.0, None, "%", "percent", None, "tax rate"), ("9%", 9.0, None, "%", "percent", None, "tax rate"), ("8%", 8.0, None, "%", "percent", None, "tax rate"), ("7%", 7.0, None, "%", "percent", None, "tax rate")]),
    # a noun that marks a level (a range, "the N mark") passes to what reached it
    ("The repair bill could be in the range of $2m.", [("$2m", 2e6, None, "USD", "money", None, "repair bill")]),
    ("Its share of viewers has stayed near the 40% mark.", [("40%", 40.0, None, "%", "percent", None, "share of viewers")]),
    ("The town funds the museum to the tune of £90,000 a year.", [("£90,000 a year", 9e4, None, "GBP", "money", None, "museum")]),
    # a figure after "up from" or "down from" measures the noun whose "of" phrase holds the first
    ("The bakery posted a profit of $2.4m, up from $1.9m.", [("$2.4m", 2.4e6, None, "USD", "money", None, "profit"), ("$1.9m", 1.9e6, None, "USD", "money", None, "profit")]),
    ("The mill reported annual output of 900 tonnes, down from 950 tonnes.", [("900 tonnes", 900.0, None, "tonne", "quantity", None, "annual output"), ("950 tonnes", 950.0, None, "tonne", "quantity", None, "annual output")]),
    # a share of "those" with the clause that says who they are
    ("Only 37% of those surveyed owned a bicycle.", [("37%", 37.0, None, "%", "percent", None, "those surveyed")]),
    ("About 60% of those who replied liked the design.", [("60%", 60.0, None, "%", "percent", None, "those who replied")]),
    # a verb of share says what share of the whole its subject is, as a copula does
    ("Tourism accounts for 12% of the island's income.", [("12%", 12.0, None, "%", "percent", None, "Tourism")]),
    ("Coal represents 30% of the power supply.", [("30%", 30.0, None, "%", "percent", None, "Coal")]),
    ("Rent, which makes up a third of their spending, rose.", [("a third", 1 / 3, None, None, "fraction", None, "Rent")]),
    # a bare share in the sentence of a share with its whole is taken of the same whole
    ("The survey found 62% of drivers wanted tolls cut, while 20% wanted them kept.", [("62%", 62.0, None, "%", "percent", None, "drivers"), ("20%", 20.0, None, "%", "percent", None, "drivers")]),
    # counted levels of a game are no threshold
    ("Players fight through five levels of the castle.", [("five", 5.0, None, "level", "count", None, "castle")]),  # the castle has them
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MADE_OF + SEQUENCE + LISTS_AND_LEVELS)
def test_about_objects(nlp, text, expected):
    _check(rows(nlp, text), expected)
