"""What a number measures (``about``) by construction, round 5 of issue #15: invented sentences,
one per construction, exact rows (text, value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

ACTS = [
    # a measured act (a run, a flight) is done by the subject of its verb, or by its possessor
    ("The winger had a 60-yard run before scoring.", [("60-yard", 60.0, None, "yard", "quantity", None, "winger")]),
    ("The astronaut made a seven-hour spacewalk on Tuesday.", [("seven-hour", 7.0, None, "hour", "duration", None, "astronaut")]),
    ("Kim ended Leeds's 12-game winning run.", [("12", 12.0, None, "game", "count", None, "Leeds")]),
    # an object that is no act keeps the measure; an act in a prepositional phrase is done by the
    # subject of the verb it hangs on
    ("The phone has a 6.1-inch screen.", [("6.1-inch", 6.1, None, "inch", "quantity", None, "screen")]),
    ("The probe landed after a 12-hour flight.", [("12-hour", 12.0, None, "hour", "duration", None, "probe")]),
]  # fmt: skip


LINKS = [
    # a figure in an apposition restates the figure before it
    ("The economy grew 0.4% in the quarter, an annual rate of 1.6%.", [("0.4%", 0.4, None, "%", "percent", "up", "economy"), ("1.6%", 1.6, None, "%", "percent", None, "economy")]),
    ("Revenue rose to $3bn, a rise of 12%.", [("$3bn", 3e9, None, "USD", "money", None, "Revenue"), ("12%", 12.0, None, "%", "percent", "up", "Revenue")]),
    # a conjunct whose verb is left out measures the noun phrase before its figure
    ("Rents are expected to rise by 3% this year and house prices by 5%.", [("3%", 3.0, None, "%", "percent", "up", "Rents"), ("5%", 5.0, None, "%", "percent", "up", "house prices")]),
    # "N worth $X" after a verb: the noun before "worth" is valued
    ("The fund manages assets worth £12bn.", [("£12bn", 1.2e10, None, "GBP", "money", None, "assets")]),
    # "which" names no person: the noun the person's phrase hangs on
    ("Shareholders rejected a bonus for the finance director, Jane Smith, which was worth £1.2m.", [("£1.2m", 1.2e6, None, "GBP", "money", None, "bonus")]),
    ("Beef prices could climb between 2% and 3% and pork between 4% and 5%.", [("between 2% and 3%", 2.0, 3.0, "%", "percent", "up", "Beef prices"), ("between 4% and 5%", 4.0, 5.0, "%", "percent", "up", "pork")]),
]  # fmt: skip


PARSE = [
    # a share of a counted whole measures the counted noun
    ("About 30% of the 2,000 workers were laid off.", [("30%", 30.0, None, "%", "percent", None, "workers"), ("2,000", 2000.0, None, "worker", "count", None, None)]),
    # minutes and seconds on a clock say when: no about
    ("Jones scored after 45 seconds and Smith two minutes into extra time.", [("45 seconds", 45.0, None, "second", "duration", None, None), ("two minutes", 2.0, None, "minute", "duration", None, None)]),
    ("The talks ended after 90 minutes of debate.", [("90 minutes", 90.0, None, "minute", "duration", None, "debate")]),
    # a list of counts reads as its first count
    ("Smith finished with 28 points, 10 rebounds and 7 assists.", [("28", 28.0, None, "point", "count", None, "Smith"), ("10", 10.0, None, "rebound", "count", None, "Smith"), ("7", 7.0, None, "assist", "count", None, "Smith")]),
    # a time as the subject measures nothing: the phrase of the figure does
    ("The first quarter showed annual growth of 6.3%.", [("first", 1.0, None, None, "ordinal", None, None), ("6.3%", 6.3, None, "%", "percent", "up", "annual growth")]),
    # an amount taken "off" something measures that thing
    ("The strike wiped £2bn off the value of the firm.", [("£2bn", 2e9, None, "GBP", "money", "down", "value of the firm")]),
    # a noun the parse tags as an adjective still takes the amount that modifies it
    ("It blamed an $850m payout to settle a lawsuit.", [("$850m", 8.5e8, None, "USD", "money", None, "payout")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACTS + LINKS + PARSE)
def test_about_by_construction(nlp, text, expected):
    _check(rows(nlp, text), expected)
