"""A content's second clause that the parser hung on the cue ("X said [A], and [B]"), found
cut on unseen news (``docs/quotes_unseen.md``, round 19).

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Tom Roe said the club would appeal against the ban, and the fans were behind him.",
        [
            (
                "the club would appeal against the ban, and the fans were behind him",
                "indirect",
                "Tom Roe",
                "Tom Roe",
                "said",
            )
        ],
        id="a-second-clause-with-its-own-subject",
    ),
    pytest.param(
        "Two months ago I wrote about how my cousin had fared when his scooter broke down and he"
        " was housebound for a fortnight.",
        [
            (
                "how my cousin had fared when his scooter broke down and he was housebound for a"
                " fortnight",
                "indirect",
                None,
                "I",
                "wrote",
            )
        ],
        id="a-second-clause-after-an-indirect-question",
    ),
    pytest.param(
        "Tom Roe agreed to sell the farm, and the bank stepped in.",
        [("to sell the farm", "indirect", "Tom Roe", "Tom Roe", "agreed")],
        id="an-infinitive-content-takes-no-clause",
    ),
    pytest.param(
        "Jane Doe denied the reports, and the talks went on.",
        [("the reports", "indirect", "Jane Doe", "Jane Doe", "denied")],
        id="an-object-content-takes-no-clause",
    ),
    pytest.param(
        "Jane Doe said the plan would fail and her deputy said it would not.",
        [
            ("the plan would fail", "indirect", "Jane Doe", "Jane Doe", "said"),
            ("it would not", "indirect", None, "her deputy", "said"),
        ],
        id="a-second-report-stays-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_conjoined_clauses(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
