"""Speakers that are layout, and label rows that are headings (issue #14).

Invented sentences -> the extractor's exact rows (every kind): a speaker is never a live blog's
clock time, an all-capitals heading or a dateline; a title before a name gives way to the name;
a ``Name: …`` paragraph whose content opens with a run-in heading, or a list of short
``Name: …`` items each followed by its section, is no label row.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The city has two plans.\n\nJane Roe: Bus fares Some plans never get built. The rest do.",
        [],
        id="label-whose-content-opens-with-a-run-in-heading-is-a-heading",
    ),
    pytest.param(
        "Maria Lopez: Trump Is Trying To Win The Race",
        [("Trump Is Trying To Win The Race", "indirect", "Maria Lopez", "Maria Lopez", ":")],
        id="headline-label-in-title-case-stays-a-label",
    ),
    pytest.param(
        "The race is close.\n\nJane Roe: Hang on.\n\nRoe has the most to lose in the state."
        "\n\nJohn Smith: A miracle.\n\nSmith needs a win to stay in the race.",
        [],
        id="list-of-short-label-items-each-before-its-section-is-no-quote",
    ),
    pytest.param(
        "The hearing went on.\n\nMaria Lopez: Yes.\n\nJohn Smith: Why did you go?"
        "\n\nMaria Lopez: Because we had to.",
        [
            ("Yes", "indirect", "Maria Lopez", "Maria Lopez", ":"),
            ("Why did you go?", "indirect", "John Smith", "John Smith", ":"),
            ("Because we had to", "indirect", "Maria Lopez", "Maria Lopez", ":"),
        ],
        id="interview-short-answers-between-labels-stay-labels",
    ),
    pytest.param(
        "2:00 p.m.\n\nA court filing released Friday says that the charge was dropped.",
        [("that the charge was dropped", "indirect", None, "A court filing", "says")],
        id="live-blog-time-line-is-no-speaker",
    ),
    pytest.param(
        "6:50 p.m.\n\nWith her husband standing by her side, Jane Roe has told her supporters"
        " that they will win.",
        [
            ("her side", "indirect", None, "her husband", "standing"),
            ("that they will win", "indirect", "Jane Roe", "Jane Roe", "told"),
        ],
        id="time-line-then-subject-after-an-opening-phrase",
    ),
    pytest.param(
        "THE SAVINGS Back when he ran the bank, Mr. John Smith said that he saw debt as a last"
        " resort.",
        [("that he saw debt as a last resort", "indirect", "John Smith", "John Smith", "said")],
        id="run-in-capitals-heading-is-no-speaker",
    ),
    pytest.param(
        "NATO said the plan would work.",
        [("the plan would work", "indirect", "NATO", "NATO", "said")],
        id="capitals-name-in-a-sentence-stays-the-speaker",
    ),
    pytest.param(
        "Reform group president and former senator John Smith responded on Sunday to claims"
        " that he had lied.",
        [("claims that he had lied", "indirect", "John Smith", "John Smith", "responded")],
        id="title-before-a-name-gives-way-to-the-name",
    ),
    pytest.param(
        "Aides to Jane Roe said the plan would work.",
        [("the plan would work", "indirect", None, "Aides", "said")],
        id="name-after-a-preposition-is-no-title-end",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers_and_labels(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
