"""What a number measures (``about``) where the parse breaks the number's phrase, and the subject
of a level given as a share (issue #15, round 7): invented sentences, exact rows (text, value,
value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

BROKEN_PHRASES = [
    # a sum written as a modifier measures its noun, also when the parse splits the phrase
    ("The two owners will reject any formal £800m offer for the club.", [("two", 2.0, None, "owner", "count", None, None), ("£800m", 8e8, None, "GBP", "money", None, "offer")]),
    ("The builder will only break even on the 1.5bn Australian dollars (£600m) rebuild.", [("1.5bn Australian dollars", 1.5e9, None, "AUD", "money", None, "rebuild"), ("£600m", 6e8, None, "GBP", "money", None, "rebuild")]),
    # also when the parse hangs the figure on the noun itself; a range or a level is no such noun
    ("The figure compares with a 4.1 mln dlr deficit in March.", [("4.1 mln dlr", 4.1e6, None, "USD", "money", None, "deficit")]),
    ("The agency will give the city a 5.2 mln dlr grant.", [("5.2 mln dlr", 5.2e6, None, "USD", "money", None, "grant")]),
    ("The fee for a typical system will be in the 50,000 dlr to 90,000 dlr range.", [("50,000 dlr to 90,000 dlr", 50000.0, 90000.0, "USD", "money", None, "fee")]),
    # a word before the figure that the parse made its head: the figure stands in its place
    ("The economy has expanded by a breakneck 9.5% this year.", [("9.5%", 9.5, None, "%", "percent", "up", "economy")]),
    # a level in a verbless clause after a direction word measures that clause's subject
    ("The carmaker had a poor year, with sales down 3.1% at 1.06 million.", [("3.1%", 3.1, None, "%", "percent", "down", "sales"), ("1.06 million", 1.06e6, None, None, "count", None, "sales")]),
]  # fmt: skip

SHARE_LEVELS = [
    # a share given as the level a change or level verb reaches measures the subject, as after a copula
    ("The ministry expects the deficit to fall to 2.9% of GDP next year.", [("2.9%", 2.9, None, "%", "percent", None, "deficit")]),
    ("Public debt stood at 90% of national output.", [("90%", 90.0, None, "%", "percent", None, "Public debt")]),
    ("Acme sold 60% of its shares.", [("60%", 60.0, None, "%", "percent", None, "shares")]),
]  # fmt: skip


SUBJECTS_AND_WHOLES = [
    # the extreme of a span of time is a level: what reached it is measured
    ("Figures showed imports at a six-year high in May.", [("six-year", 6.0, None, "year", "duration", None, "imports")]),
    ("Oil prices hit a three-month high on Monday.", [("three-month", 3.0, None, "month", "duration", None, "Oil prices")]),
    # a relative clause inside a report ("which officials say ...") is about the relative's noun
    ("He criticised the leaflet, which the ministry says has cost about £2,500 to print.", [("£2,500", 2500.0, None, "GBP", "money", None, "leaflet")]),
    # of two subjects the one after a comma next to the verb is its subject; the other sets the scene
    ("In Leeds, the city with the highest rents, inflation rose slightly in May to 7.1% from 7%.", [("7.1%", 7.1, None, "%", "percent", None, "inflation"), ("7%", 7.0, None, "%", "percent", None, "inflation")]),
    ("A former banker, Jones earned $2m last year.", [("$2m", 2e6, None, "USD", "money", None, "Jones")]),
    ("Nonetheless, the sums represent less than 1% of total spending.", [("1%", 1.0, None, "%", "percent", None, "sums")]),
    # "it" stands for the noun before it, also for a count and before a speech verb named after it
    ("Acme is a big firm. It employs 77,000 people.", [("77,000", 77000.0, None, "people", "count", None, "Acme")]),
    ("The phone is light. It weighs 180 grams and costs $500, the firm said.", [("180 grams", 180.0, None, "gram", "quantity", None, "phone"), ("$500", 500.0, None, "USD", "money", None, "phone")]),
    ("Acme said it would cut 500 jobs.", [("500", 500.0, None, "job", "count", "down", "Acme")]),
    ("It has 40 stores, the company said.", [("40", 40.0, None, "store", "count", None, "company")]),
    ("It costs $5, he said.", [("$5", 5.0, None, "USD", "money", None, None)]),
    # a count taken from a definite whole is about the whole; a vague count's noun is its unit
    ("Three of the 10 board members resigned.", [("Three", 3.0, None, "member", "count", None, "board members"), ("10", 10.0, None, "member", "count", None, None)]),
    ("The firm sold data on millions of Americans.", [("millions", 1e6, 1e7, None, "count", None, "data")]),
    # counted members of a named or definite group belong to it
    ("None of the money will be paid to the four owners of the firm.", [("four", 4.0, None, "owner", "count", None, "firm")]),
    ("The 12 members of the board met.", [("12", 12.0, None, "member", "count", None, "board")]),
    # a figure glued into an adjective describes the noun the adjective modifies
    ("Leaders say they face a two-pronged regulatory assault.", [("two", 2.0, None, "assault", "count", None, "pronged regulatory assault")]),
    # "a maximum of" marks a level; a raising adjective ("is likely to be") passes to its subject
    ("HSDPA enables data rates up to a maximum of 14Mbps.", [("14Mbps", 14.0, None, "megabit per second", "quantity", None, "data rates")]),
    ("The typical user rate is likely to be in the region of one megabit per second.", [("one megabit per second", 1.0, None, "megabit per second", "quantity", None, "typical user rate")]),
    # a figure compared with one before measures the same, also when listed; its own phrase stays
    ("RSA said that 26% of wi-fi networks found in Leeds used default settings compared to 30% in Paris, 31% in Rome and 28% in Oslo.", [("26%", 26.0, None, "%", "percent", None, "wi-fi networks"), ("30%", 30.0, None, "%", "percent", None, "wi-fi networks"), ("31%", 31.0, None, "%", "percent", None, "wi-fi networks"), ("28%", 28.0, None, "%", "percent", None, "wi-fi networks")]),
    ("In the survey, 61% of the students were online daily, compared to 45% of teachers.", [("61%", 61.0, None, "%", "percent", None, "students"), ("45%", 45.0, None, "%", "percent", None, "teachers")]),
    # a figure the parse joined to the noun phrase of the figure before reads as that figure; a
    # place after "in" on a change noun says where, not what grew
    ("Forecasts are based on predictions of GDP growth of 1.5% in Peru next year and 2.2% in Chile.", [("1.5%", 1.5, None, "%", "percent", "up", "GDP"), ("2.2%", 2.2, None, "%", "percent", None, "GDP")]),
    ("The deal will be financed with $15bn of shares and a $1bn special dividend.", [("$15bn", 1.5e10, None, "USD", "money", None, "shares"), ("$1bn", 1e9, None, "USD", "money", None, "special dividend")]),
    ("Exports saw a 3% rise in Germany.", [("3%", 3.0, None, "%", "percent", "up", "Exports")]),
    ("Sales were $40m against $32m in 2003.", [("$40m", 4e7, None, "USD", "money", None, "Sales"), ("$32m", 3.2e7, None, "USD", "money", None, "Sales"), ("2003", 2003.0, None, None, "year", None, None)]),
    ("Acme made a profit of $5m, compared with a loss of $2m in 2003.", [("$5m", 5e6, None, "USD", "money", None, "profit"), ("$2m", 2e6, None, "USD", "money", None, "loss"), ("2003", 2003.0, None, None, "year", None, None)]),
    # a measured act in a prepositional phrase is done by the subject of the verb it hangs on
    ("The probe reached Mars in 2021 after a seven-month, 300 million-mile journey from Earth.", [("2021", 2021.0, None, None, "year", None, None), ("seven-month", 7.0, None, "month", "duration", None, "probe"), ("300 million-mile", 3e8, None, "mile", "quantity", None, "probe")]),
    ("The plane landed after a 12-hour flight.", [("12-hour", 12.0, None, "hour", "duration", None, "plane")]),
    ("No economy fare will cost more than $499, and no first-class fare will cost more than $599.", [("$499", 499.0, None, "USD", "money", None, "economy fare"), ("first", 1.0, None, None, "ordinal", None, None), ("$599", 599.0, None, "USD", "money", None, "first-class fare")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BROKEN_PHRASES + SHARE_LEVELS + SUBJECTS_AND_WHOLES)
def test_about_parse(nlp, text, expected):
    _check(rows(nlp, text), expected)
