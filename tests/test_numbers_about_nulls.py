"""Rows whose ``about`` was null or wrong on unfitted news, round 14 of issue #15: a phrase cut
before another figure's phrase, the subject of a span lasting up to now, what is sent up or down,
"in excess of", a participle of yield, "of which N", "it" after a semicolon, "N-strong", a
passive agent or a participle's noun for a count. Invented sentences, exact rows (text, value,
value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

CUT_BEFORE_FIGURE = [
    # a noun phrase whose last phrase holds another figure is cut before that phrase
    ("Acme bought a 20% stake in Beta for $40m.", [("20%", 20.0, None, "%", "percent", None, "stake in Beta"), ("$40m", 40000000.0, None, "USD", "money", None, "stake in Beta")]),
    ("Acme filed a $30m issue of convertible notes due 1997.", [("$30m", 30000000.0, None, "USD", "money", None, "issue of convertible notes"), ("1997", 1997.0, None, None, "year", None, None)]),
    ("The firm sold a $50m issue of bonds due in 2030.", [("$50m", 50000000.0, None, "USD", "money", None, "issue of bonds"), ("2030", 2030.0, None, None, "year", None, None)]),
]  # fmt: skip

LASTING_TO_NOW = [
    # "over (for, in) the past (last) N years" after its verb: how long the subject's state lasted
    ("The company has been hit by strikes over the past two years.", [("two years", 2.0, None, "year", "duration", None, "company")]),
    ("Smith has won the title for the past three years.", [("three years", 3.0, None, "year", "duration", None, "Smith")]),
    ("The bank, which has grown fast over the last five years, is for sale.", [("five years", 5.0, None, "year", "duration", None, "bank")]),
    # ... not before its verb, nor a reporting period, nor with a pronoun subject, nor ahead
    ("In the last three months the firm has cut prices.", [("three months", 3.0, None, "month", "duration", None, None)]),
    ("The economy shrank by 0.2% in the last three months of 2004.", [("0.2%", 0.2, None, "%", "percent", "down", "economy"), ("three months", 3.0, None, "month", "duration", None, None), ("2004", 2004.0, None, None, "year", None, None)]),
    ("He has been in charge for the past five years.", [("five years", 5.0, None, "year", "duration", None, None)]),
    ("Prices will rise over the next two years.", [("two years", 2.0, None, "year", "duration", None, None)]),
]  # fmt: skip

SENT_AND_BOUNDS = [
    # an amount something is sent up or down by measures what was sent
    ("The latest news sent shares in Acme up 8.5p, or 8.1%, to 113.5p.", [("8.5p", 0.085, None, "GBP", "money", "up", "shares"), ("8.1%", 8.1, None, "%", "percent", "up", "shares"), ("113.5p", 1.135, None, "GBP", "money", None, "shares")]),
    ("The warning sent the pound down 1% against the dollar.", [("1%", 1.0, None, "%", "percent", "down", "pound")]),
    # "in excess of" marks a bound: what reached it, not "excess"
    ("The firm has 27 titles which sold in excess of one million copies each.", [("27", 27.0, None, "title", "count", None, "firm"), ("one million", 1000000.0, None, "copy", "count", None, "titles")]),
    ("Losses were in excess of $2bn.", [("$2bn", 2000000000.0, None, "USD", "money", None, "Losses")]),
]  # fmt: skip

YIELDING = [
    # a participle of yield or price right after a noun measures the noun, not the verb's subject
    ("Acme is selling notes due 1997 yielding 13%.", [("1997", 1997.0, None, None, "year", None, None), ("13%", 13.0, None, "%", "percent", None, "notes")]),
    ("Acme came to market with a $100m bond due 1990 paying 14% and priced at 101.", [("$100m", 100000000.0, None, "USD", "money", None, "bond"), ("1990", 1990.0, None, None, "year", None, None), ("14%", 14.0, None, "%", "percent", None, "bond"), ("101", 101.0, None, None, "count", None, "bond")]),
    ("Investors bought bonds paying 4% a year.", [("4%", 4.0, None, "%", "percent", None, "bonds")]),
    # ... any other participle after a comma stays the subject's
    ("Acme won the race, beating Beta by 2 seconds.", [("2 seconds", 2.0, None, "second", "duration", None, "Acme")]),
]  # fmt: skip

OF_WHICH = [
    # a share "of which" is of the whole the relative clause hangs on, or what that figure measures
    ("Sales were $5m, of which 40% came from exports.", [("$5m", 5000000.0, None, "USD", "money", None, "Sales"), ("40%", 40.0, None, "%", "percent", None, "Sales")]),
    ("The fund has $2bn in assets, of which 30% is in bonds.", [("$2bn", 2000000000.0, None, "USD", "money", None, "assets"), ("30%", 30.0, None, "%", "percent", None, "assets")]),
    ("Refined product sales totalled eight million tonnes, of which 67% was exported.", [("eight million tonnes", 8000000.0, None, "tonne", "quantity", None, "Refined product sales"), ("67%", 67.0, None, "%", "percent", None, "Refined product sales")]),
    # "of whom": people counted, the owner as before
    ("The firm has 2,000 staff, 300 of whom work in London.", [("2,000", 2000.0, None, "staff", "count", None, "firm"), ("300", 300.0, None, None, "count", None, "firm")]),
]  # fmt: skip

AFTER_SEMICOLON = [
    # an "it" opening a clause after a semicolon stands for the subject before it, as after "and"
    ("The bank was founded in 1690; it employs 76,200 staff.", [("1690", 1690.0, None, None, "year", None, None), ("76,200", 76200.0, None, "staff", "count", None, "bank")]),
    ("The index fell sharply in May; it rose by 20% in the six months after.", [("20%", 20.0, None, "%", "percent", "up", "index"), ("six months", 6.0, None, "month", "duration", None, None)]),
]  # fmt: skip

COLLECTIVE_WHOLES = [
    # a share of a counted collective noun ("its 2,000 workforce") is of that noun
    ("About 40% of its 2,000 workforce will go.", [("40%", 40.0, None, "%", "percent", None, "workforce"), ("2,000", 2000.0, None, "workforce", "count", None, None)]),
]  # fmt: skip

STRONG = [
    # "N-strong" says how many a group has: the group, without "strong"
    ("A 5,000-strong crowd watched the game.", [("5,000", 5000.0, None, "crowd", "count", None, "crowd")]),
    ("The bank's nine-strong rate-setting committee voted to hold rates.", [("nine", 9.0, None, "rate", "count", None, "rate-setting committee")]),
    ("He was named in a 30-man squad.", [("30", 30.0, None, "man", "count", None, "squad")]),
]  # fmt: skip

PASSIVE_AGENTS = [
    # a counted passive subject is the agent's, as a counted object is the active subject's
    ("About 2,000 homes were destroyed by the fire.", [("2,000", 2000.0, None, "home", "count", None, "fire")]),
    ("More than 200 million songs have been sold by the online store.", [("200 million", 200000000.0, None, "song", "count", None, "online store")]),
    # ... no agent: none; a figure apposed to a name stays the name's
    ("Six people were jailed on Friday.", [("Six", 6.0, None, "people", "count", None, None)]),
    ("Smith, 21, was named player of the year by his peers.", [("21", 21.0, None, None, "count", None, "Smith")]),
    # a counted object of a participle is the modified noun's, as a counted object is the subject's
    ("Laws affecting 750,000 people with dementia need updating.", [("750,000", 750000.0, None, "people", "count", None, "Laws")]),
    ("A bill giving 3 million people the vote was passed.", [("3 million", 3000000.0, None, "people", "count", None, "bill")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    CUT_BEFORE_FIGURE
    + LASTING_TO_NOW
    + SENT_AND_BOUNDS
    + YIELDING
    + OF_WHICH
    + AFTER_SEMICOLON
    + COLLECTIVE_WHOLES
    + STRONG
    + PASSIVE_AGENTS,
)
def test_about_was_null(nlp, text, expected):
    _check(rows(nlp, text), expected)
