"""Whose age an age is (``about``), round 8 of issue #15: "aged N" after an object that is no
person, and "the N-year-old" standing for a person. Invented sentences, exact rows (text, value,
value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

AGES = [
    # "aged N" the parse hangs on a cause, a place or a thing: the age of the verb's subject
    ("The singer has died of a heart attack aged 67.", [("67", 67.0, None, "year", "age", None, "singer")]),
    ("The actor, who starred in many films, died in hospital aged 80.", [("80", 80.0, None, "year", "age", None, "actor")]),
    ("The poet died of cancer aged 55 in Paris.", [("55", 55.0, None, "year", "age", None, "poet")]),
    # ... but on people it is their age
    ("The club runs classes for children aged 5 to 11.", [("5 to 11", 5.0, 11.0, "year", "age", None, "children")]),
    ("The film tells of a boy aged 12 who runs away.", [("12", 12.0, None, "year", "age", None, "boy")]),
    ("The winger, aged 24, scored twice.", [("24", 24.0, None, "year", "age", None, "winger")]),
    # an age set off after a name is that name's, however the parse joins the names
    ("The accused were Tom Hale, the son of actor Rex Hale and Mark Wynn, 31, a builder.", [("31", 31.0, None, "year", "age", None, "Mark Wynn")]),
    ("Their two children Lily, 15, and Sam, 13, were pleased to meet her.", [("two", 2.0, None, "child", "count", None, None), ("15", 15.0, None, "year", "age", None, "Lily"), ("13", 13.0, None, "year", "age", None, "Sam")]),
    # "the N-year-old" names a person by age: not the age of the verb's subject
    ("United will miss the 29-year-old for a month.", [("29-year-old", 29.0, None, "year", "age", None, None)]),
    ("Police arrested a 45-year-old on Monday.", [("45-year-old", 45.0, None, "year", "age", None, None)]),
    # ... but "as a N-year-old" is the subject's age then
    ("Jones joined the army as a 20-year-old.", [("20-year-old", 20.0, None, "year", "age", None, "Jones")]),
    ("The 25-year-old striker scored twice.", [("25-year-old", 25.0, None, "year", "age", None, "striker")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_about_ages(nlp, text, expected):
    _check(rows(nlp, text), expected)
