"""Quoted titles, slogans and names that are not statements (``scare``), and the direct
quotations of the same shape that stay direct: exact rows of ``extract_quotes``."""

from __future__ import annotations

import pytest

from tests.test_quotes import _run

CASES = [
    pytest.param(
        'Her hits include "Crazy in Love", "Halo" and "Single Ladies".',
        [
            ("Crazy in Love", "scare", None, None, None),
            ("Halo", "scare", None, None, None),
            ("Single Ladies", "scare", None, None, None),
        ],
        id="list-of-titles-after-include",
    ),
    pytest.param(
        "Senator Ann Roe named “Night Court,” “Dark Waters,” “Open Road” and “Veep” as her"
        " favourite shows.",
        [
            ("Night Court,", "scare", None, None, None),
            ("Dark Waters,", "scare", None, None, None),
            ("Open Road", "scare", None, None, None),
            ("Veep", "scare", None, None, None),
        ],
        id="list-of-titles-commas-inside-the-marks",
    ),
    pytest.param(
        "The band played 'Summer Rain' or 'Blue Moon' at every show.",
        [
            ("Summer Rain", "scare", None, None, None),
            ("Blue Moon", "scare", None, None, None),
        ],
        id="list-of-titles-single-marks-or",
    ),
    pytest.param(
        'Tom Baker said: "We will win," "We will rebuild."',
        [
            ("We will win,", "direct", "Tom Baker", "Tom Baker", "said"),
            ("We will rebuild.", "direct", "Tom Baker", "Tom Baker", None),
        ],
        id="statements-in-a-row-are-no-title-list",
    ),
    pytest.param(
        'Tom Baker called the plan "reckless" and "unfair".',
        [
            ("reckless", "partial", "Tom Baker", "Tom Baker", "called"),
            ("unfair", "partial", "Tom Baker", "Tom Baker", "called"),
        ],
        id="lower-case-words-in-a-list-stay-partial",
    ),
    pytest.param(
        'The crowd chanted "Go Home!" and "Shame On You!" outside the hall.',
        [
            ("Go Home!", "direct", None, "The crowd", "chanted"),
            ("Shame On You!", "partial", None, "The crowd", None),
        ],
        id="chants-ending-in-exclamation-are-no-title-list",
    ),
    pytest.param(
        "Ann Roe wrote a novel last year. “Night Shift,” which opens today, is a hit.",
        [("Night Shift,", "scare", None, None, None)],
        id="title-with-the-comma-inside-the-marks-before-which",
    ),
    pytest.param(
        "Ann Roe wrote a novel last year. ''Opening Night,'' which is out on Tuesday, is a comedy.",
        [("Opening Night,", "scare", None, None, None)],
        id="title-in-doubled-apostrophes-before-which",
    ),
    pytest.param(
        'Ann Roe said the talks went well.\n\n"Related:"\n\nMore news from the summit.',
        [("Related:", "scare", None, None, None)],
        id="quoted-label-ending-with-a-colon",
    ),
    pytest.param(
        'Tom Baker said: "Warning: this is bad."',
        [("Warning: this is bad.", "direct", "Tom Baker", "Tom Baker", "said")],
        id="a-statement-with-a-colon-inside-stays-direct",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_title_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text) == expected
