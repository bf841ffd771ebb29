"""Where the content of reported speech starts and stops (``indirect`` and ``mixed`` rows).

Invented sentences -> the extractor's exact rows (every kind), for the boundaries of a content:
coordinated complements, a report of its own inside the content, conjunctions and marks at
its edges.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Jane Roe says the market is calm and that she can understand why investors are nervous.",
        [
            (
                "the market is calm and that she can understand why investors are nervous",
                "indirect",
                "Jane Roe",
                "Jane Roe",
                "says",
            )
        ],
        id="second-that-clause-with-a-verb-of-knowing-stays-in-the-content",
    ),
    pytest.param(
        "The mayor said that the bridge would reopen in May and that he knows the delay has hurt"
        " shops.",
        [
            (
                "that the bridge would reopen in May and that he knows the delay has hurt shops",
                "indirect",
                None,
                "The mayor",
                "said",
            )
        ],
        id="said-that-A-and-that-he-knows-B-is-one-content",
    ),
    pytest.param(
        "Roe said the plan was dead and her aides say it can still be saved.",
        [
            ("the plan was dead", "indirect", "Roe", "Roe", "said"),
            ("it can still be saved", "indirect", None, "her aides", "say"),
        ],
        id="a-last-and-before-a-report-of-its-own-is-trimmed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_span_boundaries(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
