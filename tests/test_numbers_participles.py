"""A participle of amount after a noun gives that noun's measure (``transforms.numbers.subjects``):
invented sentences, exact rows (text, value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

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


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_participles(nlp, text, expected):
    _check(rows(nlp, text), expected)
