"""Prepositional objects of noun and verb cues of reported speech
(transforms/quotes/reported_objects.py ``verb_prep_object``, transforms/quotes/reported_lexicon.py
``TOPIC_PREPS``): a noun of speech or stance as the object of a verb, with the preposition of its
content hung by the parser on the verb ("took a swipe [at X]"); "about", "regarding" and
"concerning" after a verb of saying or a noun of saying or stance; phrasal verbs of speaking or
stance (transforms/quotes/reported_stance.py ``particle_content``: "opened up [about X]") and
"be against", "be in favor of" (``copula_stance_content``).

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The senator took a swipe at the governor on Monday.",
        [("the governor", "indirect", None, "The senator", "swipe")],
        id="noun-preposition-hung-on-the-verb",
    ),
    pytest.param(
        "Jane Roe took several jabs at her rival during the debate.",
        [("her rival", "indirect", "Jane Roe", "Jane Roe", "jabs")],
        id="plural-noun-with-a-phrase-of-when-left-out",
    ),
    pytest.param(
        "The council voiced concern about the cost of the bridge.",
        [("the cost of the bridge", "indirect", None, "The council", "concern")],
        id="preposition-on-the-noun-as-before",
    ),
    pytest.param(
        "Jane Roe made a statement on Tuesday.",
        [],
        id="a-day-after-on-is-no-content",
    ),
    pytest.param(
        "The mayor voiced her opposition to the toll, angering the drivers.",
        [("the toll", "indirect", None, "The mayor", "opposition")],
        id="a-verb-coordinated-after-a-comma-is-not-content",
    ),
    pytest.param(
        "The shop put a large message on its website.",
        [],
        id="on-hung-on-the-verb-is-a-place",
    ),
    pytest.param(
        "The group made a donation to the hospital.",
        [],
        id="a-noun-outside-the-lexicon-is-no-cue",
    ),
    pytest.param(
        "The union raised concerns regarding the safety of the ferry.",
        [("the safety of the ferry", "indirect", None, "The union", "concerns")],
        id="regarding-after-a-noun-of-stance",
    ),
    pytest.param(
        "The council published a report about the state of the bridge.",
        [("the state of the bridge", "indirect", None, "The council", "report")],
        id="about-after-a-noun-of-saying",
    ),
    pytest.param(
        "Jane Roe told reporters about the plan.",
        [("the plan", "indirect", "Jane Roe", "Jane Roe", "told")],
        id="about-after-a-verb-of-saying-with-an-addressee",
    ),
    pytest.param(
        "The council warned drivers regarding the closure of the bridge.",
        [("the closure of the bridge", "indirect", None, "The council", "warned")],
        id="regarding-after-a-verb-of-saying",
    ),
    pytest.param(
        "The students learned about the history of the town.",
        [],
        id="not-after-a-verb-of-knowing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_prepositions(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected


PARTICLE_CASES = [
    pytest.param(
        "The senator opened up about her illness in an interview.",
        [("her illness", "indirect", None, "The senator", "opened up about")],
        id="open-up-about",
    ),
    pytest.param(
        "Jane Roe came out against the plan.",
        [("the plan", "indirect", "Jane Roe", "Jane Roe", "came out against")],
        id="come-out-against",
    ),
    pytest.param(
        "Several senators have come out in favor of the bill.",
        [("the bill", "indirect", None, "Several senators", "come out in favor of")],
        id="come-out-in-favor-of",
    ),
    pytest.param(
        "The mayor pushed back against the criticism.",
        [("the criticism", "indirect", None, "The mayor", "pushed back against")],
        id="push-back-against",
    ),
    pytest.param(
        "The senator sounded off on the budget.",
        [("the budget", "indirect", None, "The senator", "sounded off on")],
        id="sound-off-on",
    ),
    pytest.param(
        "The governor talked up the new bridge.",
        [("the new bridge", "indirect", None, "The governor", "talked up")],
        id="talk-up-object",
    ),
    pytest.param("The door opened up onto the street.", [], id="literal-subject"),
    pytest.param(
        "The shop opened up early and the crowd pushed back against the barrier.",
        [],
        id="literal-subjects-no-person",
    ),
    pytest.param("Hundreds came out for the parade.", [], id="come-out-for-is-literal"),
    pytest.param("Roe played down the risk of a strike.", [], id="play-down-not-a-cue"),
    pytest.param(
        "Most voters are against the new tax.",
        [("the new tax", "indirect", None, "Most voters", "are against")],
        id="be-against",
    ),
    pytest.param(
        "The senators were always in favour of strict limits.",
        [("strict limits", "indirect", None, "The senators", "were always in favour of")],
        id="be-in-favour-of",
    ),
    pytest.param("The wind was against the boat.", [], id="be-against-no-people"),
    pytest.param("The vote was 40 in favor of the bill.", [], id="tally-in-favor"),
]


@pytest.mark.parametrize(("text", "expected"), PARTICLE_CASES)
def test_particle_verbs(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected


TOPIC_AFTER_PHRASE = [
    pytest.param(
        "Jane Roe complained at the meeting about the noise.",
        [("the noise", "indirect", "Jane Roe", "Jane Roe", "complained")],
        id="topic-hung-on-the-noun-of-a-place",
    ),
    pytest.param(
        "Roe joked during a speech in Ohio about her age.",
        [("her age", "indirect", "Roe", "Roe", "joked")],
        id="topic-after-a-chain-of-phrases",
    ),
    pytest.param(
        "Roe criticized the plan at a meeting about the budget.",
        [("the plan at a meeting about the budget", "indirect", "Roe", "Roe", "criticized")],
        id="a-verb-with-an-object-keeps-it",
    ),
    pytest.param("Roe spoke at a conference on climate.", [], id="not-a-topic-preposition"),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC_AFTER_PHRASE)
def test_topic_hung_on_a_phrase_after_the_verb(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
