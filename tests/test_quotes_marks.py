"""Quotation mark styles end to end (British single marks over several paragraphs): exact rows
of ``extract_quotes``."""

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
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mark_style_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text) == expected
