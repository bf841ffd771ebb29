"""A bare "a total of" / "an average of" only frames the figure: it is never the ``about``
(transforms.numbers.about): invented sentences, exact rows (text, value, value_max, unit, kind,
change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

FRAMES = [
    ("A total of 3,028 adults were interviewed.", [("3,028", 3028.0, None, "adult", "count", None, None)]),
    ("A total of $2m is payable on completion.", [("$2m", 2e6, None, "USD", "money", None, None)]),
    # read in the figure's place, as before
    ("The firms agreed to pay a total of $515m.", [("$515m", 5.15e8, None, "USD", "money", None, "firms")]),
    # a modified average names what is averaged
    ("The eurozone average of 2% was unchanged.", [("2%", 2.0, None, "%", "percent", None, "eurozone average")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRAMES)
def test_frames(nlp, text, expected):
    _check(rows(nlp, text), expected)
