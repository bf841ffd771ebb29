"""The shared inflection helpers and the three lookups built on them."""

from __future__ import annotations

import pytest

from transforms.inflection import lemma_candidates, regular_inflections
from transforms.numbers.change_words import _caps_lemma
from transforms.recase import _is_saying_verb


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("denies", ("denies", "deny", "deni", "denie")),
        ("slammed", ("slammed", "slamm", "slam", "slamme")),
        ("rose", ("rise", "rose")),
        ("axed", ("axed", "axe")),
        ("dropping", ("dropping", "dropp", "drop", "droppe")),
        ("says", ("says", "say")),
        ("is", ("is",)),
    ],
)
def test_lemma_candidates(word: str, expected: tuple[str, ...]) -> None:
    assert lemma_candidates(word) == expected


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("hope", {"hopes", "hopees", "hoped", "hopeed", "hopeing", "hoping"}),
        ("deny", {"denys", "denyes", "denyd", "denyed", "denyying", "denyyed", "denying",
                  "denies", "denied"}),
        ("warn", {"warns", "warnes", "warnd", "warned", "warning", "warnned", "warnning"}),
    ],
)  # fmt: skip
def test_regular_inflections(verb: str, expected: set[str]) -> None:
    assert regular_inflections(verb) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("fell", "fall"),
        ("rose", "rise"),
        ("axed", "axe"),
        ("slipped", "slip"),
        ("climbs", "climb"),
        ("tumbling", "tumble"),
        ("acme", "acme"),
    ],
)
def test_caps_lemma(word: str, expected: str) -> None:
    assert _caps_lemma(word) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("says", True),
        ("denies", True),
        ("slammed", True),
        ("sing", True),
        ("warning", False),  # an -ing form is often a noun or a name in a title
        ("sighted", False),  # not "sigh"
        ("singled", False),  # not "sing"
        ("readied", False),  # not "read"
        ("beltway", False),
    ],
)
def test_is_saying_verb(key: str, expected: bool) -> None:
    assert _is_saying_verb(key) is expected
