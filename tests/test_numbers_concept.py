"""What a number measures (``about``) by construction, round 5 of issue #15: invented sentences,
one per construction, exact rows (text, value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

ACTS = [
    # a measured act (a run, a flight) is done by the subject of its verb, or by its possessor
    ("The winger had a 60-yard run before scoring.", [("60-yard", 60.0, None, "yard", "quantity", None, "winger")]),
    ("The astronaut made a seven-hour spacewalk on Tuesday.", [("seven-hour", 7.0, None, "hour", "duration", None, "astronaut")]),
    ("Kim ended Leeds's 12-game winning run.", [("12", 12.0, None, "game", "count", None, "Leeds")]),
    # an object that is no act keeps the measure; so does an act that is no object
    ("The phone has a 6.1-inch screen.", [("6.1-inch", 6.1, None, "inch", "quantity", None, "screen")]),
    ("The probe landed after a 12-hour flight.", [("12-hour", 12.0, None, "hour", "duration", None, "flight")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_about_by_construction(nlp, text, expected):
    _check(rows(nlp, text), expected)
