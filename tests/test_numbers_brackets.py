"""An "of" or "in" phrase after a restatement of the amount in brackets still says what the
amount is (``transforms.numbers.about_objects``): invented sentences, exact rows (text, value,
value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

BRACKETS = [
    ("The EU will deliver 3m euros (£2.1m) of aid.", [("3m euros", 3e6, None, "EUR", "money", None, "aid"), ("£2.1m", 2.1e6, None, "GBP", "money", None, "aid")]),
    ("The firm gave $700m (£380m) in disaster relief.", [("$700m", 7e8, None, "USD", "money", None, "disaster relief"), ("£380m", 3.8e8, None, "GBP", "money", None, "disaster relief")]),
    # without brackets, as before
    ("The EU will deliver 3m euros of aid.", [("3m euros", 3e6, None, "EUR", "money", None, "aid")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BRACKETS)
def test_brackets(nlp, text, expected):
    _check(rows(nlp, text), expected)
