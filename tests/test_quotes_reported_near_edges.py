"""Where the content of reported speech starts: a phrase of time between a verb of saying and
its complement clause without "that" says when it was said ("said Tuesday [he would run]"),
not what; a phrase of another kind there stays in the content.

Invented sentences -> the extractor's exact rows (every kind). The far edges are in
``test_quotes_reported_edges.py``, the other boundaries in ``test_quotes_reported_spans.py``.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The mayor said this week he would resign.",
        [("he would resign", "indirect", None, "The mayor", "said")],
        id="a-time-noun-phrase-after-the-cue-is-left-out",
    ),
    pytest.param(
        "The governor told lawmakers Tuesday the budget would collapse.",
        [("the budget would collapse", "indirect", None, "The governor", "told")],
        id="a-day-after-the-addressee-is-left-out",
    ),
    pytest.param(
        "Roe told reporters on Monday the plan was dead.",
        [("the plan was dead", "indirect", "Roe", "Roe", "told")],
        id="a-preposition-of-a-day-is-left-out",
    ),
    pytest.param(
        "The mayor said in March he would run.",
        [("he would run", "indirect", None, "The mayor", "said")],
        id="a-preposition-of-a-month-is-left-out",
    ),
    pytest.param(
        "The mayor said on Friday, the bridge would stay shut.",
        [("the bridge would stay shut", "indirect", None, "The mayor", "said")],
        id="the-comma-after-the-time-phrase-goes-with-it",
    ),
    pytest.param(
        "Roe said Tuesday that she would run.",
        [("that she would run", "indirect", "Roe", "Roe", "said")],
        id="with-that-the-content-starts-at-that",
    ),
    pytest.param(
        "The mayor said last year's budget was a mess.",
        [("last year's budget was a mess", "indirect", None, "The mayor", "said")],
        id="a-time-word-inside-the-subject-stays",
    ),
    pytest.param(
        "Roe said the vote on Monday was a mistake.",
        [("the vote on Monday was a mistake", "indirect", "Roe", "Roe", "said")],
        id="a-day-after-the-subject-stays",
    ),
    pytest.param(
        "The council said, despite two years of delays, the hall would open.",
        [
            (
                "despite two years of delays, the hall would open",
                "indirect",
                None,
                "The council",
                "said",
            )
        ],
        id="a-concessive-phrase-with-a-duration-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_content_near_edges(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
