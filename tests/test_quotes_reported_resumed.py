"""Reported speech resumed after a parenthetical cue clause: a phrase the parser hangs on the
cue after its closing comma continues the content before the cue ("[A], Roe said, [by B]"),
unless it says when, where or how the words were said, or is a connective.

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The toll would be paid, the mayor said, by the drivers from out of town.",
        [
            ("The toll would be paid", "indirect", None, "the mayor", "said"),
            ("by the drivers from out of town", "indirect", None, "the mayor", "said"),
        ],
        id="phrase-after-the-cue-clause",
    ),
    pytest.param(
        "The bridge will reopen, the mayor said, because the repairs are done.",
        [
            ("The bridge will reopen", "indirect", None, "the mayor", "said"),
            ("because the repairs are done", "indirect", None, "the mayor", "said"),
        ],
        id="clause-after-the-cue-clause",
    ),
    pytest.param(
        "The bridge will reopen, the mayor said, in a statement.",
        [("The bridge will reopen", "indirect", None, "the mayor", "said")],
        id="where-it-was-said-is-not-content",
    ),
    pytest.param(
        "The bridge will reopen, the mayor said, while the crowd cheered.",
        [("The bridge will reopen", "indirect", None, "the mayor", "said")],
        id="circumstance-is-not-content",
    ),
    pytest.param(
        "The bridge will reopen, the mayor said, however.",
        [("The bridge will reopen", "indirect", None, "the mayor", "said")],
        id="connective-is-not-content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_resumed_constructions(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
