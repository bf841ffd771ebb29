"""Quotation mark styles end to end (British single marks over several paragraphs) and a
quoted name inside the attribution: exact rows of ``extract_quotes``."""

from __future__ import annotations

import pytest

from tests.test_quotes import _run

CASES = [
    pytest.param(
        "Tom Baker told the BBC: 'We will not back down.\n\n"
        "'The workers deserve better and we will fight for them.\n\n"
        "'This is only the start.'\n\nThe talks resume on Monday.",
        [
            ("We will not back down.", "direct", "Tom Baker", "Tom Baker", "told"),
            (
                "The workers deserve better and we will fight for them.",
                "direct",
                "Tom Baker",
                "Tom Baker",
                None,
            ),
            ("This is only the start.", "direct", "Tom Baker", "Tom Baker", None),
        ],
        id="single-marks-over-three-paragraphs-speaker-first",
    ),
    pytest.param(
        "'We will not back down.\n\n'This is only the start,' said Tom Baker.",
        [
            ("We will not back down.", "direct", "Tom Baker", "Tom Baker", None),
            ("This is only the start,", "direct", "Tom Baker", "Tom Baker", "said"),
        ],
        id="single-marks-over-two-paragraphs-speaker-last",
    ),
    pytest.param(
        "“We have had better weeks,” Ohio voter Tom Baker, wearing a red hat and “Vote Roe”"
        " badges, said quietly.",
        [
            ("We have had better weeks,", "direct", "Tom Baker", "Tom Baker", "said"),
            ("Vote Roe", "scare", None, None, None),
        ],
        id="quoted-name-inside-the-speaker-phrase-does-not-stop-the-attribution",
    ),
    pytest.param(
        '"We will win," Tom "Tiger" Baker said.',
        [
            ("We will win,", "direct", "Baker", "Baker", "said"),
            ("Tiger", "scare", None, None, None),
        ],
        id="nickname-inside-the-speaker-name",
    ),
    pytest.param(
        '"We will win," Tom Baker said. "Vote Roe" is the slogan.',
        [
            ("We will win,", "direct", "Tom Baker", "Tom Baker", "said"),
            ("Vote Roe", "scare", None, None, None),
        ],
        id="a-quotation-opening-a-sentence-still-ends-the-frame",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mark_style_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text) == expected
