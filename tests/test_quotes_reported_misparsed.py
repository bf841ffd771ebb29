"""Verb cues the tagger took for nouns (:mod:`transforms.quotes.reported_misparsed`): a
third-person verb form heading its sentence as a plural noun, "[A], X records show" with
the cue hung on the clause before it, a headline's verb compounded with its object
("Campaign criticizes [spy agencies]"), and a cue's "that"-clause hung as a relative clause on
the last noun of a phrase after the cue ("said for the first time [that …]"); an object parsed as an attribute ("bemoaned [the
demise of …]") or compounded with the day after it ("endorsed [Lopez] Wednesday"), and a naming verb's
predicate parsed as an apposition or an adjective of its object, or the object as the
predicate's subject ("called [her son her hero]", "branded [the verdict unacceptable]").

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Trump predicts that most voters will switch sides.",
        [("that most voters will switch sides", "indirect", None, "Trump", "predicts")],
        id="noun-root-with-that-clause-compound-subject",
    ),
    pytest.param(
        "The Republican presidential candidate plans to be back in the state later on Saturday.",
        [
            (
                "to be back in the state later on Saturday",
                "indirect",
                None,
                "The Republican presidential candidate",
                "plans",
            )
        ],
        id="noun-root-with-infinitive",
    ),
    pytest.param(
        "The company paid no tax, court records show.",
        [("The company paid no tax", "indirect", None, "court records", "show")],
        id="verb-whose-subject-is-a-compound",
    ),
    pytest.param(
        "Much of that money came from firms that no longer exist, campaign and corporate records show.",
        [
            (
                "Much of that money came from firms that no longer exist",
                "indirect",
                None,
                "campaign and corporate records",
                "show",
            )
        ],
        id="noun-side-clause-closing-the-sentence",
    ),
    pytest.param("The campaign plans were unveiled on Monday.", [], id="real-plural-noun"),
    pytest.param(
        "Campaign criticizes spy agencies and timing of report's release.",
        [
            (
                "spy agencies and timing of report's release",
                "indirect",
                None,
                "Campaign",
                "criticizes",
            )
        ],
        id="headline-verb-compounded-with-its-object",
    ),
    pytest.param(
        "Federal court rules against state's purge of voter rolls.",
        [("state's purge of voter rolls", "indirect", None, "Federal court", "rules")],
        id="headline-verb-with-its-preposition",
    ),
    pytest.param("The union's attacks policy drew fire.", [], id="noun-compound-after-a-possessor"),
    pytest.param(
        "The party promised tax cuts and jobs guarantees.",
        [("tax cuts and jobs guarantees", "indirect", None, "The party", "promised")],
        id="coordinated-noun-is-not-a-cue",
    ),
    pytest.param(
        "Farmers of all ages bemoaned the demise of the family farm.",
        [("the demise of the family farm", "indirect", None, "Farmers", "bemoaned")],
        id="object-parsed-as-an-attribute",
    ),
    pytest.param(
        "The union endorsed Lopez Wednesday.",
        [("Lopez", "indirect", None, "The union", "endorsed")],
        id="object-compounded-with-the-day-after-it",
    ),
    pytest.param(
        "Garcia called his late father his hero before explaining why he stayed.",
        [
            ("his late father his hero", "indirect", "Garcia", "Garcia", "called"),
            ("why he stayed", "indirect", "Garcia", "Garcia", "explaining"),
        ],
        id="naming-predicate-parsed-as-an-apposition",
    ),
    pytest.param(
        "Mr Roe branded the decision unacceptable, saying the law was unfair.",
        [
            ("the decision unacceptable", "indirect", "Roe", "Roe", "branded"),
            ("the law was unfair", "indirect", "Roe", "Roe", "saying"),
        ],
        id="naming-object-parsed-as-the-predicate-subject",
    ),
    pytest.param(
        "Mrs Lopez branded the verdict unacceptable, saying the court had erred.",
        [
            ("the verdict unacceptable", "indirect", "Mrs Lopez", "Mrs Lopez", "branded"),
            ("the court had erred", "indirect", "Mrs Lopez", "Mrs Lopez", "saying"),
        ],
        id="naming-predicate-parsed-as-an-adjective-after-the-object",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_misparsed_verb_cues(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected


HUNG_THAT = [
    pytest.param(
        "The spokesman also said for the first time that some files had been found.",
        [("that some files had been found", "indirect", None, "The spokesman", "said")],
        id="that-clause-hung-on-a-time-phrase",
    ),
    pytest.param(
        "The mayor said in one of a series of messages that the bridge was closed when the storm hit.",
        [
            (
                "that the bridge was closed when the storm hit",
                "indirect",
                None,
                "The mayor",
                "said",
            )
        ],
        id="that-clause-after-a-chain-of-prepositions",
    ),
    pytest.param(
        "The mayor told reporters at a briefing on Monday that the bridge would reopen.",
        [("that the bridge would reopen", "indirect", None, "The mayor", "told")],
        id="that-clause-after-the-addressee-and-a-place",
    ),
    pytest.param(
        "The council said at its meeting on Tuesday that the school would stay open.",
        [("that the school would stay open", "indirect", None, "The council", "said")],
        id="that-clause-after-a-noun-and-its-own-phrase",
    ),
    pytest.param(
        "The mayor wrote in the memo that she sent to staff.",
        [],
        id="a-relative-clause-with-a-gap-is-no-content",
    ),
    pytest.param(
        "Roe said in the letter that she wrote last year that the toll was too high.",
        [("that the toll was too high", "indirect", None, "she", "wrote")],
        id="a-relative-clause-with-its-own-clause-is-no-content",
    ),
    pytest.param("Roe spoke at the rally that the council held.", [], id="not-a-clause-verb"),
]


@pytest.mark.parametrize(("text", "expected"), HUNG_THAT)
def test_that_clause_hung_on_a_phrase_after_the_cue(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
