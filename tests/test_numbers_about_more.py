"""What a number measures (``about``) by construction, session 12 of issue #15: participles of
amount, ages, amounts restated in brackets, framing words ("a total of"). Invented sentences,
exact rows (text, value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

# a participle of amount after a noun gives that noun's measure
PARTICIPLES = [
    ("The regulator agreed a deal totalling $375m with the bank.", [("$375m", 3.75e8, None, "USD", "money", None, "deal")]),
    ("Workers held strikes lasting up to two hours.", [("two hours", 2.0, None, "hour", "duration", None, "strikes")]),
    ("The fund bought shares at prices ranging from $3 to $5.", [("$3 to $5", 3.0, 5.0, "USD", "money", None, "prices")]),
    ("Truants skip class despite schemes costing £885m.", [("£885m", 8.85e8, None, "GBP", "money", None, "schemes")]),
    # a participle passive in form keeps the noun it follows, as before
    ("The shop sells rugs priced at $90.", [("$90", 90.0, None, "USD", "money", None, "rugs")]),
    # "averaging" is mostly said of the subject: no noun from the participle
    ("Smith entered the game averaging 15 points.", [("15", 15.0, None, "point", "count", None, "Smith")]),
]  # fmt: skip


# an age is whoever is that old
AGES = [
    # "at the age of N": the age of whoever the clause is about
    ("The singer died in London at the age of 93.", [("93", 93.0, None, "year", "age", None, "singer")]),
    ("Workers can retire at the age of 65.", [("65", 65.0, None, "year", "age", None, "Workers")]),
    # with a pronoun subject, no noun nearby is taken instead
    ("She began performing magic from the age of 14.", [("14", 14.0, None, "year", "age", None, None)]),
    ("The 47-year-old later returned to management.", [("47-year-old", 47.0, None, "year", "age", None, None)]),
    # an age before a noun is that noun's
    ("The 27-year-old winger joined in July.", [("27-year-old", 27.0, None, "year", "age", None, "winger")]),
]  # fmt: skip


# an "of" or "in" phrase after a restatement in brackets still says what the amount is
BRACKETS = [
    ("The EU will deliver 3m euros (£2.1m) of aid.", [("3m euros", 3e6, None, "EUR", "money", None, "aid"), ("£2.1m", 2.1e6, None, "GBP", "money", None, "aid")]),
    ("The firm gave $700m (£380m) in disaster relief.", [("$700m", 7e8, None, "USD", "money", None, "disaster relief"), ("£380m", 3.8e8, None, "GBP", "money", None, "disaster relief")]),
    # without brackets, as before
    ("The EU will deliver 3m euros of aid.", [("3m euros", 3e6, None, "EUR", "money", None, "aid")]),
]  # fmt: skip


# a bare "a total of" / "an average of" only frames the figure: never the about
FRAMES = [
    ("A total of 3,028 adults were interviewed.", [("3,028", 3028.0, None, "adult", "count", None, None)]),
    ("A total of $2m is payable on completion.", [("$2m", 2e6, None, "USD", "money", None, None)]),
    # read in the figure's place, as before
    ("The firms agreed to pay a total of $515m.", [("$515m", 5.15e8, None, "USD", "money", None, "firms")]),
    # a modified average names what is averaged
    ("The eurozone average of 2% was unchanged.", [("2%", 2.0, None, "%", "percent", None, "eurozone average")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES + AGES + BRACKETS + FRAMES)
def test_about_constructions(nlp, text, expected):
    _check(rows(nlp, text), expected)
