"""Judgements and intentions: raising verbs ("seem", "appear"), passive verbs of belief and
expectation, adjectives of attitude, intention verbs with a to-infinitive, and passives whose
speaker is the agent or nobody.

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Maria Lopez declined to comment on the bridge.",
        [("to comment on the bridge", "indirect", "Maria Lopez", "Maria Lopez", "declined")],
        id="intention-infinitive",
    ),
    pytest.param(
        "The old bridge seems unlikely to survive the winter.",
        [
            ("The old bridge", "indirect", None, None, "seems"),
            ("unlikely to survive the winter", "indirect", None, None, "seems"),
        ],
        id="raising-verb-subject-and-complement",
    ),
    pytest.param(
        "The new tax is expected to raise two billion dollars.",
        [
            ("The new tax", "indirect", None, None, "expected"),
            ("to raise two billion dollars", "indirect", None, None, "expected"),
        ],
        id="passive-expectation-no-speaker",
    ),
    pytest.param(
        "A tribunal in the city is expected to rule soon on the case.",
        [
            ("A tribunal in the city", "indirect", None, None, "expected"),
            ("to rule soon on the case", "indirect", None, None, "expected"),
        ],
        id="passive-expectation-of-a-verb-of-saying-without-a-clause",
    ),
    pytest.param(
        "The governor is expected to announce that the plant will close.",
        [
            (
                "to announce that the plant will close",
                "indirect",
                None,
                "The governor",
                "expected",
            )
        ],
        id="passive-expectation-of-a-report-with-its-clause",
    ),
    pytest.param(
        "The statistics seem to show a steady decline.",
        [("a steady decline", "indirect", None, "The statistics", "show")],
        id="active-raising-of-a-verb-of-showing-is-its-subject-report",
    ),
    pytest.param(
        "Voters seem tired of the long race.",
        [
            ("Voters", "indirect", None, None, "seem"),
            ("tired of the long race", "indirect", None, None, "seem"),
        ],
        id="raising-verb-people-subject-judged-by-the-writer",
    ),
    pytest.param(
        "The mayor would like to rebuild the bridge.",
        [("to rebuild the bridge", "indirect", None, "The mayor", "like")],
        id="intention-would-like-to",
    ),
    pytest.param(
        "The council decided to delay the vote.",
        [("to delay the vote", "indirect", None, "The council", "decided")],
        id="intention-decided-to",
    ),
    pytest.param(
        "The mayor faced criticism over the new budget.",
        [("the new budget", "indirect", None, None, "criticism")],
        id="criticism-received-has-no-speaker",
    ),
    pytest.param(
        "The mayor is confident that the bridge will reopen.",
        [("that the bridge will reopen", "indirect", None, "The mayor", "confident")],
        id="attitude-adjective-that-clause",
    ),
    pytest.param(
        "Voters are willing to pay more.",
        [("to pay more", "indirect", None, "Voters", "willing")],
        id="attitude-adjective-infinitive",
    ),
    pytest.param("The mayor was happy after the vote.", [], id="attitude-adjective-no-clause"),
    pytest.param(
        "The bridge is certain to reopen.",
        [],
        id="attitude-adjective-of-a-thing-no-row",
    ),
    pytest.param(
        "The mayor appeared in public to rally the council.",
        [],
        id="appear-in-public-is-no-judgement",
    ),
    pytest.param(
        "The vote seems like a turning point for the city.",
        [
            ("The vote", "indirect", None, None, "seems"),
            ("like a turning point for the city", "indirect", None, None, "seems"),
        ],
        id="raising-verb-like-complement",
    ),
    pytest.param(
        "It seems likely that the mayor will resign.",
        [("likely that the mayor will resign", "indirect", None, None, "seems")],
        id="raising-verb-expletive-subject",
    ),
    pytest.param(
        "The storm closed the road. That means the vote will be late.",
        [],
        id="inference-of-the-writer-no-row",
    ),
    pytest.param(
        "The plan was criticized by the mayor.",
        [("The plan", "indirect", None, "the mayor", "criticized")],
        id="passive-stance-verb-agent-speaks",
    ),
    pytest.param(
        "Jane Roe was described as a moderate.",
        [
            ("Jane Roe", "indirect", None, None, "described"),
            ("as a moderate", "indirect", None, None, "described"),
        ],
        id="passive-naming-verb-without-agent",
    ),
    pytest.param("The old depot was attacked at night.", [], id="passive-without-speaker-no-row"),
    pytest.param(
        "It now seems inevitable that the mayor will resign.",
        [("inevitable that the mayor will resign", "indirect", None, None, "seems")],
        id="raising-expletive-adjective-and-clause",
    ),
    pytest.param("The workers are supposed to be paid weekly.", [], id="supposed-to-no-row"),
    pytest.param(
        "The ruling mattered because it appeared to undercut the mayor's claim that she had been misled.",
        [
            ("it", "indirect", None, None, "appeared"),
            (
                "to undercut the mayor's claim that she had been misled",
                "indirect",
                None,
                None,
                "appeared",
            ),
        ],
        id="raising-it-with-an-object-whose-noun-has-a-clause",
    ),
    pytest.param(
        "At key moments, it appeared to hold off the tide.",
        [
            ("it", "indirect", None, None, "appeared"),
            ("to hold off the tide", "indirect", None, None, "appeared"),
        ],
        id="raising-verb-referential-it-with-infinitive",
    ),
    pytest.param(
        "It seems that the plan failed.",
        [("that the plan failed", "indirect", None, None, "seems")],
        id="raising-verb-expletive-it-with-clause",
    ),
    pytest.param(
        "The problem is that Roe appears to have learned the wrong lessons.",
        [
            ("Roe", "indirect", None, None, "appears"),
            ("to have learned the wrong lessons", "indirect", None, None, "appears"),
        ],
        id="raising-verb-over-a-verb-of-knowing-without-clause",
    ),
    pytest.param(
        "Roe seems to know that the plan failed.",
        [("that the plan failed", "indirect", "Roe", "Roe", "know")],
        id="raising-verb-over-a-verb-of-knowing-with-clause-is-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
