"""Reported speech from cue constructions beyond a verb's clausal complement: adjectives of
stance with a prepositional object, a source of evidence after "in", "as X noted",
nominalizations with their object ("X's disclosure of Y") and nouns with a to-infinitive
("X's refusal to testify").

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Senator Jane Roe has been critical of the new budget plan.",
        [("the new budget plan", "indirect", "Jane Roe", "Jane Roe", "critical of")],
        id="stance-adjective-of",
    ),
    pytest.param(
        "Most voters are deeply skeptical of the trade deal.",
        [("the trade deal", "indirect", None, "Most voters", "skeptical of")],
        id="stance-adjective-people-noun",
    ),
    pytest.param(
        "Local residents are divided on the new parking rules.",
        [("the new parking rules", "indirect", None, "Local residents", "divided on")],
        id="stance-participle-parsed-passive",
    ),
    pytest.param(
        "She is opposed to the new tax.",
        [("the new tax", "indirect", None, "She", "opposed to")],
        id="stance-participle-acomp",
    ),
    pytest.param(
        "The mayor was happy with the vote.",
        [("the vote", "indirect", None, "The mayor", "happy with")],
        id="attitude-adjective-with-object",
    ),
    pytest.param(
        "Most of the residents are skeptical of the plan.",
        [("the plan", "indirect", None, "Most", "skeptical of")],
        id="stance-of-a-share-of-people",
    ),
    pytest.param(
        "Some fans were not fond of the new stadium.",
        [("the new stadium", "indirect", None, "Some fans", "fond of")],
        id="stance-of-a-noun-of-people",
    ),
    pytest.param(
        "The voters, many of whom are strongly supportive of the plan, met on Monday.",
        [("the plan", "indirect", None, "many", "supportive of")],
        id="stance-of-a-share-of-whom",
    ),
    pytest.param(
        "Local residents, wary of the new tolls, stayed home.",
        [("the new tolls", "indirect", None, "Local residents", "wary of")],
        id="stance-adjective-after-its-noun",
    ),
    pytest.param(
        "Residents have been outraged by the new toll.",
        [("the new toll", "indirect", None, "Residents", "outraged by")],
        id="stance-participle-by-agent-is-the-object",
    ),
    pytest.param(
        "The mayor was frustrated by the council's delays.",
        [("the council's delays", "indirect", None, "The mayor", "frustrated by")],
        id="stance-participle-by-agent-people-noun",
    ),
    pytest.param(
        "Residents were divided by the new road.", [], id="participle-by-not-its-preposition"
    ),
    pytest.param("Most of the bridges are critical of the plan.", [], id="share-of-things-no-row"),
    pytest.param("The town was divided by the river.", [], id="participle-with-agent-no-stance"),
    pytest.param("The report is critical of the council.", [], id="stance-of-a-thing-no-row"),
    pytest.param("Jane Roe was critical.", [], id="stance-without-object-no-row"),
    pytest.param(
        "Roe leads Smith by ten points in a new poll.",
        [("Roe leads Smith by ten points", "indirect", None, "a new poll", "in")],
        id="evidence-in-poll-closing",
    ),
    pytest.param(
        "In the latest survey, most residents backed the bridge plan.",
        [("most residents backed the bridge plan", "indirect", None, "the latest survey", "In")],
        id="evidence-in-survey-opening",
    ),
    pytest.param(
        "In a new poll, most residents said the bridge should close.",
        [("the bridge should close", "indirect", None, "most residents", "said")],
        id="evidence-with-reporting-verb-is-the-verbs",
    ),
    pytest.param("We found the pool in a new survey area.", [], id="survey-as-modifier-no-row"),
    pytest.param(
        "The mayor has a clear lead in the polls ahead of the vote.",
        [],
        id="evidence-in-poll-inside-no-row",
    ),
    pytest.param(
        "The mayor's rival did not get a bump in one of the first polls.",
        [("The mayor's rival did not get a bump", "indirect", None, "one", "in")],
        id="evidence-in-one-of-the-polls-closing",
    ),
    pytest.param(
        "Most of the residents surveyed in the poll were women.",
        [],
        id="evidence-participle-no-row",
    ),
    pytest.param(
        "The bridge described in the report was closed in May.",
        [],
        id="evidence-inside-only-for-polls",
    ),
    pytest.param(
        "In the mayor's view, the bridge is safe.",
        [("the bridge is safe", "indirect", None, "the mayor", "In the mayor's view")],
        id="point-of-view-opening",
    ),
    pytest.param(
        "The plan failed badly, in her words.",
        [("The plan failed badly", "indirect", None, "her", "in her words")],
        id="point-of-view-closing",
    ),
    pytest.param("In the end, the bridge is safe.", [], id="in-without-point-of-view-no-row"),
    pytest.param(
        "The bridge, in my view, is safe, and the tunnel is not.",
        [],
        id="point-of-view-inside-no-row",
    ),
    pytest.param(
        "The plan by her own admission was a mistake.",
        [
            ("The plan", "indirect", None, "her", "by her own admission"),
            ("was a mistake", "indirect", None, "her", "by her own admission"),
        ],
        id="by-own-admission-inside",
    ),
    pytest.param(
        "By his own account, the bridge was never safe.",
        [("the bridge was never safe", "indirect", None, "his", "By his own account")],
        id="by-own-account-opening",
    ),
    pytest.param("By the end of May, the bridge was closed.", [], id="by-without-account-no-row"),
    pytest.param("They had tears in their eyes as they left.", [], id="eyes-inside-literal-no-row"),
    pytest.param(
        "As the mayor noted, the bridge is more than a century old.",
        [("the bridge is more than a century old", "indirect", None, "the mayor", "noted")],
        id="as-clause-first",
    ),
    pytest.param(
        "The bridge is more than a century old, as the mayor noted.",
        [("The bridge is more than a century old", "indirect", None, "the mayor", "noted")],
        id="as-clause-last",
    ),
    pytest.param(
        "The bridge, as the mayor noted, is more than a century old.",
        [
            ("The bridge", "indirect", None, "the mayor", "noted"),
            ("is more than a century old", "indirect", None, "the mayor", "noted"),
        ],
        id="as-clause-inside",
    ),
    pytest.param(
        "Of course, as the mayor noted, the bridge is more than a century old.",
        [("the bridge is more than a century old", "indirect", None, "the mayor", "noted")],
        id="as-clause-writers-phrase-before-left-out",
    ),
    pytest.param(
        "The mayor's disclosure of the budget gap surprised the council.",
        [("the budget gap", "indirect", None, "The mayor", "disclosure")],
        id="nominalization-of-object",
    ),
    pytest.param(
        "There was a heated debate over the new parking rules.",
        [("the new parking rules", "indirect", None, None, "debate")],
        id="nominalization-prepositional-object",
    ),
    pytest.param(
        "Jane Roe's refusal to testify drew criticism.",
        [("to testify", "indirect", "Jane Roe's", "Jane Roe's", "refusal")],
        id="noun-with-infinitive",
    ),
    pytest.param(
        "The council's plan to rebuild the bridge was delayed.",
        [("to rebuild the bridge", "indirect", None, "The council", "plan")],
        id="noun-with-infinitive-possessor",
    ),
    pytest.param(
        "Jane Roe's claim to have won the debate was false.",
        [("to have won the debate", "indirect", "Jane Roe's", "Jane Roe's", "claim")],
        id="claim-with-infinitive",
    ),
    pytest.param(
        "A strong showing would bolster the mayor's claim to be the party's best candidate.",
        [("to be the party's best candidate", "indirect", None, "the mayor", "claim")],
        id="claim-with-infinitive-as-an-object",
    ),
    pytest.param("She left early in order to catch the train.", [], id="in-order-to-no-row"),
    pytest.param(
        "The council, which until last year focused on building roads, will meet.",
        [],
        id="verb-of-attention-no-row",
    ),
    pytest.param(
        "Jane Roe disagrees with the new parking rules.",
        [("the new parking rules", "indirect", "Jane Roe", "Jane Roe", "disagrees")],
        id="stance-verb-prepositional-object",
    ),
    pytest.param(
        "The mayor apologized for the long delays.",
        [("the long delays", "indirect", None, "The mayor", "apologized")],
        id="apologize-for",
    ),
    pytest.param(
        "Most residents want the council to close the bridge.",
        [("the council to close the bridge", "indirect", None, "Most residents", "want")],
        id="want-object-infinitive-parsed-ccomp",
    ),
    pytest.param(
        "The council voted to close the bridge in May.",
        [("to close the bridge in May", "indirect", None, "The council", "voted")],
        id="vote-to-infinitive",
    ),
    pytest.param(
        "Jane Roe asked if the bridge would reopen.",
        [("if the bridge would reopen", "indirect", "Jane Roe", "Jane Roe", "asked")],
        id="indirect-question-if",
    ),
    pytest.param(
        "The mayor was asked whether the bridge would reopen.",
        [("whether the bridge would reopen", "indirect", None, None, "asked")],
        id="indirect-question-passive-subject-is-addressee",
    ),
    pytest.param(
        "Asked if the bridge would reopen, the mayor shook her head.",
        [("if the bridge would reopen", "indirect", None, None, "Asked")],
        id="indirect-question-participle",
    ),
    pytest.param(
        "The council was asked by Jane Roe whether the bridge would reopen.",
        [("whether the bridge would reopen", "indirect", "Jane Roe", "Jane Roe", "asked")],
        id="indirect-question-passive-agent-is-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recall_constructions(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
