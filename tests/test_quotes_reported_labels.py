"""Reported speech after a colon: transcript and headline labels ("Label: content"), which
labels are headings or tallies instead, and content spelled out after a colon.

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The minister said in a statement: the plan will fail, and soon.",
        [("the plan will fail, and soon", "indirect", None, "The minister", "said")],
        id="colon-after-reporting-verb",
    ),
    pytest.param(
        "JANE ROE: We will win this race.\nUpdate: the road is closed.",
        [("We will win this race", "indirect", "JANE", "JANE ROE", ":")],
        id="transcript-label-not-a-heading",
    ),
    pytest.param(
        "Delegate Update: The latest count in the race for the nomination.",
        [],
        id="title-case-label-naming-nobody-is-a-heading",
    ),
    pytest.param("Maria Lopez: 1,769.", [], id="label-with-a-number-is-a-tally"),
    pytest.param(
        "HOST: What will you do next?\nGOVERNOR: We will rebuild the bridge first.",
        [
            ("What will you do next?", "indirect", None, "HOST", ":"),
            ("We will rebuild the bridge first", "indirect", None, "GOVERNOR", ":"),
        ],
        id="one-word-upper-case-labels-in-a-transcript",
    ),
    pytest.param("UPDATE: the road is closed again.", [], id="one-upper-case-label-is-a-heading"),
    pytest.param(
        "Maria Lopez: We will win this race.",
        [("We will win this race", "indirect", "Maria Lopez", "Maria Lopez", ":")],
        id="person-label-with-words",
    ),
    pytest.param(
        "Aides: The mayor will resign.\n\nThe city council met on Monday.",
        [("The mayor will resign", "indirect", None, "Aides", ":")],
        id="headline-label-naming-people",
    ),
    pytest.param(
        "Breaking: The mayor will resign.\n\nThe city council met on Monday.",
        [],
        id="headline-kicker-no-row",
    ),
    pytest.param(
        "The council met.\n\nAides: The mayor will resign.",
        [],
        id="label-of-people-outside-the-headline-no-row",
    ),
    pytest.param(
        "The mayor cited one reason: the bridge is too old.",
        [("one reason: the bridge is too old", "indirect", None, "The mayor", "cited")],
        id="content-spelled-out-after-a-colon",
    ),
    pytest.param(
        "The mayor criticized the plan: it costs too much and helps too few.",
        [
            (
                "the plan: it costs too much and helps too few",
                "indirect",
                None,
                "The mayor",
                "criticized",
            )
        ],
        id="object-content-runs-through-a-colon",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
