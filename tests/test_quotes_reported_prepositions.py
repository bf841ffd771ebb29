"""Prepositional objects of noun and verb cues of reported speech
(transforms/quotes/reported_objects.py ``verb_prep_object``, transforms/quotes/reported_lexicon.py
``TOPIC_PREPS``): a noun of speech or stance as the object of a verb, with the preposition of its
content hung by the parser on the verb ("took a swipe [at X]"); "about", "regarding" and
"concerning" after a verb of saying or a noun of saying or stance.

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
