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
        "ROE: We will win.\nHOST: Will you win?\nCORRECTION: An earlier version misstated the toll.",
        [
            ("We will win", "indirect", None, "ROE", ":"),
            ("Will you win?", "indirect", "HOST", "HOST", ":"),
        ],
        id="heading-word-label-in-a-transcript-is-a-heading",
    ),
    pytest.param(
        "JANE ROE: We will win.\nEDITORIAL NOTE: The toll was misstated.",
        [("We will win", "indirect", "JANE", "JANE ROE", ":")],
        id="two-heading-words-are-a-heading",
    ),
    pytest.param(
        "Ms. Roe said the toll would rise.\n\nCORRECTION:\n\n"
        "An article on Monday misstated the toll on the new bridge over the river.",
        [("the toll would rise", "indirect", "Roe", "Roe", "said")],
        id="heading-paragraph-above-a-notice-is-no-block-quote",
    ),
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

_BODY = "\n\nThe council met on Monday."

# Headlines "Speaker: content" (issue 14): the colon is the cue; the label names a speaker (a
# person, a group or body, a title or a description headed by a noun of people or of an office)
# and the content says something (a verb or a quotation).
HEADLINES = [
    pytest.param(
        "Police: two held after raid",
        [("two held after raid", "indirect", None, "Police", ":")],
        id="agency-noun-label-participle-content",
    ),
    pytest.param(
        "Minister: Plan Will Be Delayed",
        [("Plan Will Be Delayed", "indirect", "Minister", "Minister", ":")],
        id="title-label-title-case-content",
    ),
    pytest.param(
        "Rail watchdog: fares will rise in May",
        [("fares will rise in May", "indirect", None, "Rail watchdog", ":")],
        id="lower-case-description-of-a-body",
    ),
    pytest.param(
        "Acme chief: the plant will close",
        [("the plant will close", "indirect", None, "Acme chief", ":")],
        id="lower-case-description-of-an-office",
    ),
    pytest.param(
        "EXCLUSIVE – Maria Lopez: Don't Trust the Voting Machines",
        [("Don't Trust the Voting Machines", "indirect", "Maria Lopez", "Maria Lopez", ":")],
        id="kicker-before-a-dash-is-not-the-label",
    ),
    pytest.param(
        "Maria Lopez to voters: the plan will fail",
        [("the plan will fail", "indirect", "Maria Lopez", "Maria Lopez", ":")],
        id="addressee-after-to-is-not-the-speaker",
    ),
    pytest.param(
        "Maria Lopez: Plan is 'a disaster' for the city",
        [
            ("Plan is 'a disaster' for the city", "mixed", "Maria Lopez", "Maria Lopez", ":"),
            ("a disaster", "partial", "Maria Lopez", "Maria Lopez", ":"),
        ],
        id="content-holding-a-quotation-is-mixed",
    ),
    pytest.param(
        "Maria Lopez: 'We will not sell'",
        [("We will not sell", "direct", "Maria Lopez", "Maria Lopez", ":")],
        id="content-that-is-a-quotation-is-direct",
    ),
    pytest.param("Maria Lopez: King of the bestsellers", [], id="verbless-content-names-a-topic"),
    pytest.param("Maria Lopez: The acting outlaw", [], id="verb-modifying-a-noun-is-no-clause"),
    pytest.param("Poll: Lopez and Hall in dead heat", [], id="verbless-content-of-a-source"),
    pytest.param("Analysis: The plan will fail", [], id="analysis-label-names-nobody"),
    pytest.param("Opinion: The plan will fail", [], id="opinion-label-names-nobody"),
    pytest.param("Exclusive: the mayor will resign", [], id="kicker-in-lower-case"),
    pytest.param("Live: Storm hits the coast", [], id="live-label"),
    pytest.param("Watch: Mayor falls off bike", [], id="watch-label"),
    pytest.param("Review: Spider-Man returns", [], id="review-label"),
    pytest.param("Paris: Storm hits the coast", [], id="place-dateline"),
    pytest.param("Monday: Storm hits the coast", [], id="date-label"),
    pytest.param("2004: A year of change", [], id="number-label"),
    pytest.param("Sports news: the team lost again", [], id="section-name"),
    pytest.param("The latest: the mayor will resign", [], id="label-with-a-determiner"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected


@pytest.mark.parametrize(("headline", "expected"), HEADLINES)
def test_headline_labels(nlp, headline: str, expected: list[tuple]) -> None:
    assert _run(nlp, headline + _BODY, ALL_KINDS) == expected
