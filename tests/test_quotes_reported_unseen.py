"""Error classes found by judging our rows on unseen news (BBC and Reuters-21578 samples; see
``docs/quotes_unseen.md``), each fixed in general form.

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The bureau said prices rose 2.4% in May, up from an estimate of 2.1%.",
        [
            (
                "prices rose 2.4% in May, up from an estimate of 2.1%",
                "indirect",
                None,
                "The bureau",
                "said",
            )
        ],
        id="a-closing-percent-sign-is-no-edge-punctuation",
    ),
    pytest.param(
        "The ministry will publish the figures at 1400 local time (0600 gmt), officials told"
        " reporters.",
        [
            (
                "The ministry will publish the figures at 1400 local time (0600 gmt)",
                "indirect",
                None,
                "officials",
                "told",
            )
        ],
        id="a-bracket-closing-one-the-content-opened-is-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unseen_news_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
