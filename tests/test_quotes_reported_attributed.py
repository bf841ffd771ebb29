"""A report never holds a quotation's own attribution (``reported_rows``'s cut).

Invented sentences -> the extractor's exact rows (every kind): a piece of reported content
that opens with a quotation whose speaker follows it, or that holds "X replied: "…"" after a
comma or another quotation, ends before that quotation's attribution; a quotation with the
report's own speaker, whose speaker opens the piece, or that an outer cue after the piece
reports ("according to the Star"), stays in it.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        'Maria Lopez wrote: "The bridge is safe." Tom Baker replied: "It is not safe at all."',
        [
            ("The bridge is safe.", "direct", "Maria Lopez", "Maria Lopez", "wrote"),
            ("It is not safe at all.", "direct", "Tom Baker", "Tom Baker", "replied"),
        ],
        id="second-speaker-with-colon-after-a-quotation-ends-the-report",
    ),
    pytest.param(
        'Asked why, Tom Baker responded in an email: "The bridge is not safe."',
        [
            ("why", "indirect", None, None, "Asked"),
            ("The bridge is not safe.", "direct", "Tom Baker", "Tom Baker", "responded"),
        ],
        id="speaker-with-colon-after-a-comma-ends-the-report-at-the-comma",
    ),
    pytest.param(
        "Not everyone was happy. “We have had better meetings than this one,” city delegate"
        " Tom Baker, wearing a yellow hat, said quietly as the crowd left.",
        [
            (
                "We have had better meetings than this one,",
                "direct",
                "Tom Baker",
                "Tom Baker",
                "said",
            )
        ],
        id="quotation-opening-a-report-with-its-speaker-after-it-is-no-report",
    ),
    pytest.param(
        'Maria Lopez said the mayor was calm: "We will rebuild the bridge by spring."',
        [
            (
                'the mayor was calm: "We will rebuild the bridge by spring."',
                "mixed",
                "Maria Lopez",
                "Maria Lopez",
                "said",
            ),
            (
                "We will rebuild the bridge by spring.",
                "direct",
                "Maria Lopez",
                "Maria Lopez",
                "said",
            ),
        ],
        id="quotation-attributed-outside-the-report-stays-in-it",
    ),
    pytest.param(
        'The council met on Monday. "The bridge is safe again," Tom Baker said in a statement,'
        " according to the Daily Star.",
        [
            (
                '"The bridge is safe again," Tom Baker said in a statement',
                "mixed",
                "the Daily Star",
                "the Daily Star",
                "according to",
            ),
            ("The bridge is safe again,", "direct", "Tom Baker", "Tom Baker", "said"),
        ],
        id="an-outer-cue-after-the-piece-keeps-the-quotation-and-its-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_report_ends_before_a_quotations_attribution(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
