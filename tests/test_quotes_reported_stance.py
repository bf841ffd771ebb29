"""Reported speech from objects of stance and speech-act verbs ("outlined [a plan]", "backed
[the bill]", "called on [X to act]"), their content's limits, and that-clauses of other verbs with
a person as subject: invented sentences -> the extractor's exact rows (every kind). Split from
``tests/test_quotes_reported.py``."""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Maria Lopez outlined a plan to rebuild the harbor.",
        [("a plan to rebuild the harbor", "indirect", "Maria Lopez", "Maria Lopez", "outlined")],
        id="speech-act-verb-outline",
    ),
    pytest.param(
        "The union backs the proposal to raise wages.",
        [("the proposal to raise wages", "indirect", None, "The union", "backs")],
        id="stance-verb-back",
    ),
    pytest.param(
        "Most voters prefer lower taxes.",
        [("lower taxes", "indirect", None, "Most voters", "prefer")],
        id="stance-verb-prefer",
    ),
    pytest.param(
        "The reporter then describes what happens on a video of the meeting.",
        [
            (
                "what happens on a video of the meeting",
                "indirect",
                None,
                "The reporter",
                "describes",
            )
        ],
        id="stance-verb-wh-clause-object",
    ),
    pytest.param(
        "The mayor discussed how the city would pay for the bridge.",
        [("how the city would pay for the bridge", "indirect", None, "The mayor", "discussed")],
        id="stance-verb-how-clause-object",
    ),
    pytest.param(
        "The mayor praised the council that built the bridge.",
        [("the council that built the bridge", "indirect", None, "The mayor", "praised")],
        id="stance-verb-object-with-that-relative",
    ),
    pytest.param(
        "We might wish that the council would deal with the bridge.",
        [("that the council would deal with the bridge", "indirect", None, "We", "wish")],
        id="desire-verb-that-clause",
    ),
    pytest.param(
        "The protesters shouted that the bridge was closed.",
        [("that the bridge was closed", "indirect", None, "The protesters", "shouted")],
        id="manner-of-speaking-verb-that-clause",
    ),
    pytest.param(
        "The mayor bemoaned the lack of parking in the city.",
        [("the lack of parking in the city", "indirect", None, "The mayor", "bemoaned")],
        id="complaint-verb-object",
    ),
    pytest.param("The fans snapped photos of the mayor.", [], id="snap-is-no-cue"),
    pytest.param(
        "The candidate invoked the memory of his father.",
        [("the memory of his father", "indirect", None, "The candidate", "invoked")],
        id="speech-act-verb-invoke",
    ),
    pytest.param(
        "The governor criticized the budget on Tuesday.",
        [("the budget", "indirect", None, "The governor", "criticized")],
        id="object-content-stops-at-time-phrase",
    ),
    pytest.param(
        "The mayor outlined her plan for the harbor during the debate.",
        [("her plan for the harbor", "indirect", None, "The mayor", "outlined")],
        id="object-content-stops-at-during",
    ),
    pytest.param(
        "John Smith said the plan was sound. The only word from Peter Brown came in a short "
        "interview, when he expressed doubts about the plan.",
        [
            ("the plan was sound", "indirect", "John Smith", "John Smith", "said"),
            ("the plan", "indirect", "Peter Brown", "he", "doubts"),
        ],
        id="pronoun-resolves-to-person-of-its-own-sentence",
    ),
    pytest.param(
        "John Smith said the plan was sound. The report named Peter Brown, whom he had praised "
        "a year earlier.",
        [
            ("the plan was sound", "indirect", "John Smith", "John Smith", "said"),
            ("whom", "indirect", "John Smith", "he", "praised"),
        ],
        id="pronoun-in-relative-clause-never-its-head-noun",
    ),
    pytest.param(
        "On Sunday, the party called on its members to vote early and to bring friends.",
        [
            (
                "its members to vote early and to bring friends",
                "indirect",
                None,
                "the party",
                "called",
            )
        ],
        id="called-on-someone-to-act",
    ),
    pytest.param(
        "The mayor appealed to voters to stay home.",
        [("voters to stay home", "indirect", None, "The mayor", "appealed")],
        id="appealed-to-someone-to-act",
    ),
    pytest.param(
        "The team called on the client in the morning.", [], id="called-on-a-visit-no-row"
    ),
    pytest.param(
        "The mayor conceded privately that the plan would fail.",
        [("that the plan would fail", "indirect", None, "The mayor", "conceded")],
        id="that-clause-of-any-verb-with-a-person-subject",
    ),
    pytest.param(
        "The storm meant that the road was closed.", [], id="that-clause-of-a-thing-no-row"
    ),
    pytest.param("The problem is that the road was closed.", [], id="that-clause-of-be-no-row"),
    pytest.param(
        "The bridge, which the mayor called a disaster, will close.",
        [
            ("which", "indirect", None, "the mayor", "called"),
            ("a disaster", "indirect", None, "the mayor", "called"),
        ],
        id="relative-pronoun-named-by-a-naming-verb",
    ),
    pytest.param("Do you support the new bridge?", [], id="stance-asked-in-a-question-no-row"),
    pytest.param(
        "Did the council back the new budget?",
        [],
        id="stance-asked-with-inverted-auxiliary-no-row",
    ),
    pytest.param(
        "The council did support the new budget.",
        [("the new budget", "indirect", None, "The council", "support")],
        id="stance-with-emphatic-auxiliary-kept",
    ),
    pytest.param(
        "Why does the mayor oppose the bridge? She fears the cost.",
        [("the cost", "indirect", None, "She", "fears")],
        id="stance-in-a-wh-question-no-row",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_object_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
