"""Rows whose ``about`` was null on unfitted news, round 14 of issue #15 (``about`` cut before
another figure's phrase, ...). Invented sentences, exact rows (text, value, value_max, unit, kind,
change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

CUT_BEFORE_FIGURE = [
    # a noun phrase whose last phrase holds another figure is cut before that phrase
    ("Acme bought a 20% stake in Beta for $40m.", [("20%", 20.0, None, "%", "percent", None, "stake in Beta"), ("$40m", 40000000.0, None, "USD", "money", None, "stake in Beta")]),
    ("Acme filed a $30m issue of convertible notes due 1997.", [("$30m", 30000000.0, None, "USD", "money", None, "issue of convertible notes"), ("1997", 1997.0, None, None, "year", None, None)]),
    ("The firm sold a $50m issue of bonds due in 2030.", [("$50m", 50000000.0, None, "USD", "money", None, "issue of bonds"), ("2030", 2030.0, None, None, "year", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CUT_BEFORE_FIGURE)
def test_about_was_null(nlp, text, expected):
    _check(rows(nlp, text), expected)
