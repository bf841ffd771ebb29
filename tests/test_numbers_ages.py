"""Whose age a number is (``about`` of an age): invented sentences, exact rows (text, value,
value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

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


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_ages(nlp, text, expected):
    _check(rows(nlp, text), expected)
