"""What a number measures when its clause's subject is "it" or "they", after a measure adjective
("a stake worth $40m"), with coordinated subjects, in verbless clauses ("with the index up
1.2%") and after a giving verb ("left the group with three divisions") (issue #15): invented
sentences, exact rows (text, value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

PRONOUNS = [
    # a sentence that opens with the pronoun refers to the main subject of the sentence before
    ("The pound fell sharply on Friday. It lost 2% against the dollar.", [("2%", 2.0, None, "%", "percent", "down", "pound")]),
    ("Oil prices rose on Monday. They climbed 3% in a week.", [("3%", 3.0, None, "%", "percent", "up", "Oil prices")]),
    ("The pound fell sharply on Friday. It was down 2% against the dollar.", [("2%", 2.0, None, "%", "percent", "down", "pound")]),
    # a pronoun in a coordinated clause: the nearest subject before it that agrees in number
    ("We see the pound falling to $1 if markets panic and it rising to $1.50 if talks succeed.", [("$1", 1.0, None, "USD", "money", None, "pound"), ("$1.50", 1.5, None, "USD", "money", None, "pound")]),
    # a subordinate clause written before the pronoun's clause: its subject, if it agrees
    ("Although stocks fell 0.4% week on week, they were 12% higher than a year ago.", [("0.4%", 0.4, None, "%", "percent", "down", "stocks"), ("12%", 12.0, None, "%", "percent", "up", "stocks")]),
    ("Although the company lost money in 2003, it made $4m last year.", [("2003", 2003.0, None, None, "year", None, None), ("$4m", 4e6, None, "USD", "money", None, "company")]),
    # not after a condition: "it" there is no thing named
    ("If an offer is made, it is likely within the next two weeks.", [("two weeks", 2.0, None, "week", "duration", None, None)]),
    # no noun that agrees: no guess from the nearest noun
    ("Oil prices rose on Monday. It lost 2% against the dollar.", [("2%", 2.0, None, "%", "percent", "down", None)]),
    # another paragraph is not referred back to
    ("The pound fell sharply on Friday.\n\nIt lost 2% against the dollar.", [("2%", 2.0, None, "%", "percent", "down", None)]),
]  # fmt: skip


MEASURE_ADJECTIVES = [
    # a measure adjective on a noun ("worth", "high", "long") says the measure is the noun's
    ("Acme bought Beta, a firm worth $3bn.", [("$3bn", 3e9, None, "USD", "money", None, "firm")]),
    ("The group sold a stake worth $40m to investors.", [("$40m", 4e7, None, "USD", "money", None, "stake")]),
    ("They built a wall 3 metres high.", [("3 metres", 3.0, None, "metre", "quantity", None, "wall")]),
    # a measure adjective the parse hangs on a noun further off describes the noun next to it
    ("The cuts help firms, offering tax cuts worth $5bn.", [("$5bn", 5e9, None, "USD", "money", None, "tax cuts")]),
    # a count before "more" counts the noun, which is its unit
    ("The firm will drill at least three more wells.", [("three", 3.0, None, "well", "count", None, "firm")]),
]  # fmt: skip

ABSOLUTES = [
    # a direction word in a verbless clause says what moved: its subject, or the object of "with"
    ("Markets closed higher, with the index up 1.2% and oil prices down 3%.", [("1.2%", 1.2, None, "%", "percent", "up", "index"), ("3%", 3.0, None, "%", "percent", "down", "oil prices")]),
    ("The bank ended the day with its shares up 4%.", [("4%", 4.0, None, "%", "percent", "up", "shares")]),
]  # fmt: skip

COORDINATED = [
    # a coordinated subject is measured whole
    ("Exports and imports fell 5% in May.", [("5%", 5.0, None, "%", "percent", "down", "Exports and imports")]),
    ("Acme, Beta and Gamma each cut 500 jobs.", [("500", 500.0, None, "job", "count", "down", "Acme, Beta and Gamma")]),
]  # fmt: skip

GIVEN = [
    # the object of a giving verb has what its "with" phrase counts; a time object does not
    ("The move left the group with three core divisions.", [("three", 3.0, None, "division", "count", None, "group")]),
    ("The charity provided schools with 500 laptops.", [("500", 500.0, None, "laptop", "count", None, "schools")]),
    ("Acme ended the year with 500 stores.", [("500", 500.0, None, "store", "count", None, "Acme")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), PRONOUNS + MEASURE_ADJECTIVES + COORDINATED + ABSOLUTES
)
def test_about_by_construction(nlp, text, expected):
    _check(rows(nlp, text), expected)
