"""A content's second clause that the parser hung on the cue ("X says [A] and, in general,
[B]"), found cut on unseen news (``docs/quotes_unseen.md``, round 19).

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Tom Roe, head of the unit, says 24 firms reported for the first time this year and, in"
        " general, the quality of reports has improved.",
        [
            (
                "24 firms reported for the first time this year and, in general, the quality of"
                " reports has improved",
                "indirect",
                "Tom Roe",
                "Tom Roe",
                "says",
            )
        ],
        id="a-second-clause-with-its-own-subject",
    ),
    pytest.param(
        "Last week I wrote about how my sister had suffered when her modem broke and she was"
        " offline for days.",
        [
            (
                "how my sister had suffered when her modem broke and she was offline for days",
                "indirect",
                None,
                "I",
                "wrote",
            )
        ],
        id="a-second-clause-after-an-indirect-question",
    ),
    pytest.param(
        "Two weeks ago I wrote about how my brother had suffered when his phone blew up and he"
        " was offline for several days.",
        [
            (
                "how my brother had suffered when his phone blew up and he was offline for"
                " several days",
                "indirect",
                None,
                "I",
                "wrote",
            )
        ],
        id="the-and-opening-the-second-clause",
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
