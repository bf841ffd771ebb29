"""What a number measures (``about``) when the subject of its verb stands for a noun named before,
round 8 of issue #15: a bare quantifier ("many"), the pronoun of a verb of a thing's measure ("it
costs", "it weighs"), a demonstrative opening a sentence ("That was 26% more"), and a pronoun after
a sentence of reported speech. Invented sentences, exact rows (text, value, value_max, unit, kind,
change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

UNNAMED = [
    # "it" of a verb of a thing's measure is never the speaker of the clause above, nor a noun nearby
    ("Acme says it will cost drivers about $40,000.", [("$40,000", 4e4, None, "USD", "money", None, None)]),
    ("The museum said it weighs 40 tonnes.", [("40 tonnes", 40.0, None, "tonne", "quantity", None, None)]),
    # ... but it stands for the noun named before it that agrees
    ("The statue is old. It weighs 40 tonnes, the museum said.", [("40 tonnes", 40.0, None, "tonne", "quantity", None, "statue")]),
    ("The bridge will cost $5m and it will last 50 years.", [("$5m", 5e6, None, "USD", "money", None, "bridge"), ("50 years", 50.0, None, "year", "duration", None, "bridge")]),
    # a verb of no measure keeps the speaker: the firm pays
    ("Acme said it would pay $5m to settle the case.", [("$5m", 5e6, None, "USD", "money", None, "Acme")]),
    # "I", "we", "you": no noun nearby stands for the speaker or the one spoken to
    ("Two years ago I was 88kg, now I weigh 84kg, so my lap times should drop.", [("Two years", 2.0, None, "year", "duration", None, None), ("88kg", 88.0, None, "kilogram", "quantity", None, None), ("84kg", 84.0, None, "kilogram", "quantity", None, None)]),
    ("Back then we were paid £3.10 an hour, like the older staff.", [("£3.10 an hour", 3.1, None, "GBP", "money", None, None)]),
    # ... but the "I" of a quote is its named speaker
    ("\"I feel 90% fit after the break,\" said Moreno.", [("90%", 90.0, None, "%", "percent", None, "Moreno")]),
    # a bare quantifier subject of a clause reported after it: no noun, neither the speaker
    ("Many were earning $300 a week, the study found.", [("$300 a week", 300.0, None, "USD", "money", None, None)]),
    ("Several were paid 20% less, the report found.", [("20%", 20.0, None, "%", "percent", "down", None)]),
]  # fmt: skip


DEMONSTRATIVES = [
    # "that" or "this" opening a sentence: the main subject of the sentence before
    ("Sales reached 2.4 billion in December. That was 26% more than a year earlier.", [("2.4 billion", 2.4e9, None, None, "count", None, "Sales"), ("26%", 26.0, None, "%", "percent", "up", "Sales")]),
    ("Inflation hit 3.1% in May. This compares with 2.9% in April.", [("3.1%", 3.1, None, "%", "percent", None, "Inflation"), ("2.9%", 2.9, None, "%", "percent", None, "Inflation")]),
    ("Prices rose again. That is up 4% on last year.", [("4%", 4.0, None, "%", "percent", "up", "Prices")]),
    # a figure with a noun phrase of its own keeps it: a placeholder noun with modifiers names what it is
    ("That is above the eurozone average of 2%.", [("2%", 2.0, None, "%", "percent", None, "eurozone average")]),
    ("The firm will get £5m now, out of a possible total of £20m.", [("£5m", 5e6, None, "GBP", "money", None, "firm"), ("£20m", 2e7, None, "GBP", "money", None, "possible total")]),
    ("The index, an average of 300 firms, rose 2%.", [("300", 300.0, None, "firm", "count", None, "index"), ("2%", 2.0, None, "%", "percent", "up", "index")]),
    # a demonstrative before a noun is no pronoun: the noun
    ("That figure is 0.1%, the agency said.", [("0.1%", 0.1, None, "%", "percent", None, "figure")]),
    # after reported speech, the subject of the reported clause, not the speaker
    ("The ferry firm will cut fares, its chief told reporters. It carries 3 million passengers a year.", [("3 million", 3e6, None, "passenger", "count", None, "ferry firm")]),
    ("The index rose 2%, traders said. It closed at 5,000.", [("2%", 2.0, None, "%", "percent", "up", "index"), ("5,000", 5000.0, None, None, "count", None, "index")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), UNNAMED + DEMONSTRATIVES)
def test_about_unnamed_subject(nlp, text, expected):
    _check(rows(nlp, text), expected)
