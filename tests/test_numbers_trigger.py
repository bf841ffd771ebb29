"""The line test that lets the numbers extractor skip lines: the same answer as one regex search."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.numbers.trigger import _CHARS, TRIGGER_WORDS, numeric_line

# the single case-insensitive search the test replaces
_REGEX = re.compile(
    _CHARS.pattern + r"|\b(?:" + "|".join(sorted(TRIGGER_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The council met on Monday.", False),
        ("The council met 3 times.", True),
        ("It cost £ less than hoped.", True),
        ("Half the seats were empty: ½ of them.", True),
        ("Three people were hurt.", True),
        ("They came THIRD in the race.", True),
        ("A couple of ideas.", True),
        ("Someone said it was fine.", False),  # "one" inside a word
        ("The one_two formation.", False),  # "_" is a word character
        ("The twenty-first meeting.", True),
        ("\u017feven days later.", True),  # long s folds to "s", as in the regex
        ("Élan and naïveté, no numbers.", False),
        ("", False),
    ],
)
def test_numeric_line(line: str, expected: bool) -> None:
    assert numeric_line(line, 0, len(line)) is expected
    assert (_REGEX.search(line) is not None) is expected


@given(st.text(alphabet=st.sampled_from(list("onetwhfirsvcuplkOTNEK ſKİı_-'’.é2½$")), max_size=30))
def test_same_as_regex(line: str) -> None:
    assert numeric_line(line, 0, len(line)) is (_REGEX.search(line) is not None)
