"""Reports the small parser loses, read from the word order (:mod:`transforms.quotes.
reported_surface`): a closing "…, X said." whose cue the parse hung inside the report (or took
for a noun), "[A], as X pointed out, [B]" with the cue taken for the sentence's root, and a
clause right after a cue that the parse hung elsewhere.

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
        [("the loss of the old town", "indirect", None, "adults", "bemoaned")],
        id="cue-with-an-object-is-no-closing-report",
    ),
    pytest.param(
        "Farmers, Smith notes, welcome the new rules on water.",
        [
            ("Farmers", "indirect", "Smith", "Smith", "notes"),
            ("welcome the new rules on water", "indirect", "Smith", "Smith", "notes"),
        ],
        id="bare-parenthetical-front-noun-taken-for-the-subject",
    ),
    pytest.param(
        "It was never about the money, his aides argued in interviews this week; rather, it was"
        " the chance to lead that drew him in.",
        [
            ("It was never about the money", "indirect", None, "his aides", "argued"),
            ("it was the chance to lead that drew him in", "indirect", None, "his aides", "argued"),
        ],
        id="bare-parenthetical-second-clause-lost",
    ),
    pytest.param(
        "In a race shaped by fears about jobs, those officials argued, older voters would turn"
        " out strongly.",
        [
            ("In a race shaped by fears about jobs", "indirect", None, "those officials", "argued"),
            ("older voters would turn out strongly", "indirect", None, "those officials", "argued"),
        ],
        id="bare-parenthetical-fronted-phrase-lost",
    ),
    pytest.param(
        "The rise has amplified swings, analysts said, adding that they expect calmer markets in"
        " May.",
        [
            ("The rise has amplified swings", "indirect", None, "analysts", "said"),
            ("that they expect calmer markets in May", "indirect", None, "analysts", "adding"),
        ],
        id="participle-after-the-cue-is-its-own-report",
    ),
    pytest.param(
        "Sales were great, he said, wiping his face.",
        [("Sales were great", "indirect", None, "he", "said")],
        id="no-finite-clause-after-the-cue",
    ),
    pytest.param(
        "Jones, who brags he has held more than 100 meetings in the county, does not expect to"
        " win.",
        [
            (
                "he has held more than 100 meetings in the county",
                "indirect",
                "Jones",
                "who",
                "brags",
            ),
            ("to win", "indirect", "Jones", "Jones", "expect"),
        ],
        id="following-clause-taken-for-the-root-in-a-relative-clause",
    ),
    pytest.param(
        "The mayor on Monday announced $5 million more was being sent to the county for repairs.",
        [
            (
                "$5 million more was being sent to the county for repairs",
                "indirect",
                None,
                "The mayor",
                "announced",
            )
        ],
        id="following-clause-subject-taken-for-an-object",
    ),
    pytest.param(
        "Many writers who maintain their own blogs were able to air views that never appear in"
        " print.",
        [],
        id="restrictive-relative-cue-object-then-the-main-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_surface_reports(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
