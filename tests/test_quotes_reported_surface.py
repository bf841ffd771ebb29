"""Reports the small parser loses, read from the word order (:mod:`transforms.quotes.
reported_surface`): a closing "…, X said." whose cue the parse hung inside the report (or took
for a noun), and "[A], as X pointed out, [B]" with the cue taken for the sentence's root.

Invented sentences the small model misparses -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The school spent $3 million on the project, state records obtained by the newspaper show.",
        [("The school spent $3 million on the project", "indirect", None, "state records", "show")],
        id="closing-cue-taken-for-a-noun-after-a-participle-phrase",
    ),
    pytest.param(
        "The council has not donated to any candidates, records compiled by the watchdog show.",
        [("The council has not donated to any candidates", "indirect", None, "records", "show")],
        id="closing-cue-as-object-of-by",
    ),
    pytest.param(
        "The firm gave $5,000 to the fund in June, campaign finance records show.",
        [
            (
                "The firm gave $5,000 to the fund in June",
                "indirect",
                None,
                "campaign finance records",
                "show",
            )
        ],
        id="closing-cue-conjunct-of-the-report",
    ),
    pytest.param(
        "Hawaii, as one of the advisers pointed out, normally does not get two storms a year.",
        [
            ("Hawaii", "indirect", None, "the advisers", "pointed out"),
            (
                "normally does not get two storms a year",
                "indirect",
                None,
                "the advisers",
                "pointed out",
            ),
        ],
        id="as-parenthetical-cue-taken-for-the-root",
    ),
    pytest.param(
        "The bridge, as engineers warned last year, needs urgent repairs.",
        [
            ("The bridge", "indirect", None, "engineers", "warned"),
            ("needs urgent repairs", "indirect", None, "engineers", "warned"),
        ],
        id="as-parenthetical-parsed-right-unchanged",
    ),
    pytest.param(
        "The mayor is very popular with residents, her spokesman insisted Thursday during a radio"
        " interview.",
        [
            (
                "The mayor is very popular with residents",
                "indirect",
                None,
                "her spokesman",
                "insisted",
            )
        ],
        id="closing-cue-with-time-and-phrase-parsed-right",
    ),
    pytest.param(
        "After the crash that followed, adults of all ages bemoaned the loss of the old town.",
        [],
        id="cue-with-an-object-is-no-closing-report",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_surface_reports(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
