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


@pytest.mark.parametrize(("text", "expected"), BROKEN_PHRASES + SHARE_LEVELS)
def test_about_parse(nlp, text, expected):
    _check(rows(nlp, text), expected)
