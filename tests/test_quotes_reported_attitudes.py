"""Reported speech from verbs of stance and feeling whose object is what the stance is about
("disavowed [the remarks]", "voters hate [the toll]"), from nouns of stance in light-verb
idioms ("took a stand [against the toll]"), and from subjects or agents that are nouns of
people or bodies of people ("[the committee] is confident that …"): invented sentences -> the
extractor's exact rows (every kind)."""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The senator disavowed the remarks of his aide.",
        [("the remarks of his aide", "indirect", None, "The senator", "disavowed")],
        id="disavow",
    ),
    pytest.param(
        "Most voters hate the new toll.",
        [("the new toll", "indirect", None, "Most voters", "hate")],
        id="hate",
    ),
    pytest.param(
        "The mayor ignored the warnings of the engineers.",
        [("the warnings of the engineers", "indirect", None, "The mayor", "ignored")],
        id="ignore",
    ),
    pytest.param(
        "The governor has long admired the former mayor.",
        [("the former mayor", "indirect", None, "The governor", "admired")],
        id="admire",
    ),
    pytest.param(
        "The party finally accepted the result of the vote.",
        [("the result of the vote", "indirect", None, "The party", "accepted")],
        id="accept",
    ),
    pytest.param(
        "The senator advocates a tax on sugar.",
        [("a tax on sugar", "indirect", None, "The senator", "advocates")],
        id="advocate",
    ),
    pytest.param(
        "The council deplored the decision to close the port.",
        [("the decision to close the port", "indirect", None, "The council", "deplored")],
        id="judgement-verb-deplore",
    ),
    pytest.param(
        "The senator rebutted the claims of her rival.",
        [("the claims of her rival", "indirect", None, "The senator", "rebutted")],
        id="denial-verb-rebut",
    ),
    pytest.param(
        "The governor vetoed the bill on tolls.",
        [("the bill on tolls", "indirect", None, "The governor", "vetoed")],
        id="veto",
    ),
    pytest.param(
        "The mayor respects the judges.",
        [("the judges", "indirect", None, "The mayor", "respects")],
        id="admire-class-respect",
    ),
    pytest.param(
        "The plan was criticized by local shop owners.",
        [("The plan", "indirect", None, "local shop owners", "criticized")],
        id="agent-noun-of-people",
    ),
    pytest.param(
        "The toll was praised by several historians.",
        [("The toll", "indirect", None, "several historians", "praised")],
        id="agent-noun-of-people-plural",
    ),
    pytest.param(
        "The committee is confident that the bridge will open.",
        [("that the bridge will open", "indirect", None, "The committee", "confident")],
        id="body-of-people-subject",
    ),
    pytest.param(
        "The senator has taken a firm stance against the toll.",
        [("the toll", "indirect", None, "The senator", "stance")],
        id="light-verb-stance-against",
    ),
    pytest.param(
        "The senator threw her support behind the governor.",
        [("the governor", "indirect", None, "The senator", "support")],
        id="light-verb-support-behind",
    ),
    pytest.param(
        "The mayor paid tribute to the workers.",
        [("the workers", "indirect", None, "The mayor", "tribute")],
        id="light-verb-tribute-to",
    ),
    pytest.param(
        "The governor sounded the alarm about the cost.",
        [("the cost", "indirect", None, "The governor", "alarm")],
        id="light-verb-alarm-about",
    ),
    pytest.param("The mayor took aim at the council.", [], id="take-aim-no-row"),
    pytest.param(
        "The toll was criticized by many viewers.",
        [("The toll", "indirect", None, "many viewers", "criticized")],
        id="agent-noun-of-an-audience",
    ),
    pytest.param(
        "The union persuaded the mayor to drop the toll.",
        [("the mayor to drop the toll", "indirect", None, "The union", "persuaded")],
        id="object-infinitive-persuade",
    ),
    pytest.param(
        "The farmers have lobbied lawmakers to cut the toll.",
        [("lawmakers to cut the toll", "indirect", None, "The farmers", "lobbied")],
        id="object-infinitive-lobby",
    ),
    pytest.param("The shop was closed on Monday.", [], id="no-cue-no-row"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attitude_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
