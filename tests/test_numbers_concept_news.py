"""What a number measures (``about``) by construction, round 11 of issue #15 (error classes read
on unfitted BBC news): invented sentences, one per construction, exact rows (text, value,
value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

OBJECTS = [
    # a sum spent, paid or given is about what it is spent on, paid for or given to
    ("The council will spend £2bn on new hospitals.", [("£2bn", 2e9, None, "GBP", "money", None, "new hospitals")]),
    ("The charity provided $300,000 for legal advice.", [("$300,000", 300000.0, None, "USD", "money", None, "legal advice")]),
    # a price "at N each" is the price of the object
    ("The bank sold 3 million shares at 450p each.", [("3 million", 3e6, None, "share", "count", None, "bank"), ("450p", 4.5, None, "GBP", "money", None, "shares")]),
    # "with X on N%": X stands at that level
    ("The count ended with the Greens on 12%.", [("12%", 12.0, None, "%", "percent", None, "Greens")]),
    # a participle of price after a noun and a comma measures that noun
    ("To join, members buy a licence, costing £60, from the club.", [("£60", 60.0, None, "GBP", "money", None, "licence")]),
    # a sum before a possessive noun is the possessed thing's
    ("The move cost him his £9,000 director's fee.", [("£9,000", 9000.0, None, "GBP", "money", None, "director's fee")]),
    # a spaced dash ends the phrase before it
    ("Retailers did well - Acme sales rose 8%.", [("8%", 8.0, None, "%", "percent", "up", "Acme sales")]),
    # "$N worth of X" is about X
    ("The country imported $4bn worth of steel last year.", [("$4bn", 4e9, None, "USD", "money", None, "steel")]),
    # "with $N" on a verb is what the subject had; a verb of providing hands it to its object
    ("The film topped the chart with $12m.", [("$12m", 12e6, None, "USD", "money", None, "film")]),
    ("The ministry provided the hospital with £3m.", [("£3m", 3e6, None, "GBP", "money", None, "hospital")]),
    # a year before a noun with its possessive is a date, not a count: the object is what is cut
    ("The fund is to cut its 2006 growth forecast from 2.1% to 1.5%.", [("2006", 2006.0, None, None, "year", None, None), ("2.1% to 1.5%", 1.5, 2.1, "%", "percent", None, "growth forecast")]),
    # "compared with N for X" after a figure of a named holder: X holds it; else the same noun
    ("Brazil accounted for 31% of the exports, compared with 22% for Chile.", [("31%", 31.0, None, "%", "percent", None, "Brazil"), ("22%", 22.0, None, "%", "percent", None, "Chile")]),
    ("Unemployment in Spain is 12%, against 9% for France.", [("12%", 12.0, None, "%", "percent", None, "Unemployment"), ("9%", 9.0, None, "%", "percent", None, "Unemployment")]),
    # "worth a record $N": "record" only marks the level; what is worth it
    ("The UK market for toys grew by 50% and was worth a record £800m in 2004, a report said.", [("50%", 50.0, None, "%", "percent", "up", "UK market"), ("£800m", 8e8, None, "GBP", "money", None, "UK market"), ("2004", 2004.0, None, None, "year", None, None)]),
    # "a personal best of N": the parse's adjective in a noun's place still has its "of" figure
    ("The sprinter set a personal best of 7.10m in the long jump.", [("7.10m", 7.1, None, "metre", "quantity", None, "personal best")]),
    # a hyphened noun is one word of the phrase
    ("The bank survived thanks to a $3bn bail-out.", [("$3bn", 3e9, None, "USD", "money", None, "bail-out")]),
    # "a total of $N" spent is about what it is spent on; a total of anything else stays framed
    ("A total of £40m was earmarked for new schools.", [("£40m", 4e7, None, "GBP", "money", None, "new schools")]),
    ("A total of 2,000 adults were polled.", [("2,000", 2000.0, None, "adult", "count", None, None)]),
    # the "in" phrase the parse hangs on the size of a change noun's "of" figure
    ("The firm reported a rise of 5% in sales.", [("5%", 5.0, None, "%", "percent", "up", "sales")]),
    # a share of a counted collective noun ("the 400 staff")
    ("Two-thirds of the 400 staff will go.", [("Two-thirds", 2 / 3, None, None, "fraction", None, "staff"), ("400", 400.0, None, "staff", "count", None, None)]),
    # a count's unit hyphened to it is no part of the noun it describes
    ("The coach named a 23-man squad for the tour.", [("23", 23.0, None, "man", "count", None, "squad")]),
    # ", or N" restates the figure before in another unit; a share with its own whole keeps it
    ("Acme reported profits of 3.1 mln dlrs, or 37 cts a share, for the quarter.", [("3.1 mln dlrs", 3.1e6, None, "USD", "money", None, "profits"), ("37 cts a share", 0.37, None, "USD", "money", None, "profits")]),
    ("The state will provide $50m, or 25% of the budget, to the town.", [("$50m", 5e7, None, "USD", "money", None, "state"), ("25%", 25.0, None, "%", "percent", None, "budget")]),
    # a change noun whose "of" object is the sum itself: the change noun
    ("The loss will be offset by a one-off gain of about 60 mln stg on the sale.", [("60 mln stg", 6e7, None, "GBP", "money", None, "one-off gain")]),
    # a bound word right after a noun sets the bound on that noun; a figure with its own whole keeps it
    ("The party plans to impose a 45% tax rate on earnings over £150,000 a year.", [("45%", 45.0, None, "%", "percent", None, "tax rate"), ("£150,000 a year", 150000.0, None, "GBP", "money", None, "earnings")]),
    ("The plants export over 70 per cent of their output.", [("70 per cent", 70.0, None, "%", "percent", None, "output")]),
    # a weekday measures nothing
    ("Acme shares rose 2% on the news before ending Friday 0.3% lower.", [("2%", 2.0, None, "%", "percent", "up", "Acme shares"), ("0.3%", 0.3, None, "%", "percent", "down", "Acme shares")]),
    # a sum before hyphened words modifies the noun after them
    ("Last month the airline struck a $2bn cost-cutting deal with its crews.", [("$2bn", 2e9, None, "USD", "money", None, "cost-cutting deal")]),
    # "up to" or "at least" right after a noun bounds that noun
    ("The radio works over a range up to 10 metres.", [("10 metres", 10.0, None, "metre", "quantity", None, "range")]),
    ("The service offers speeds up to 50 megabits per second.", [("50 megabits per second", 50.0, None, "megabit per second", "quantity", None, "speeds")]),
    ("The December meeting which pushed rates up to 2.5% was tense.", [("2.5%", 2.5, None, "%", "percent", None, "rates")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OBJECTS)
def test_about_by_construction(nlp, text, expected):
    _check(rows(nlp, text), expected)
