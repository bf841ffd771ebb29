"""Nominal and copular cues of reported speech (transforms/quotes/reported_nominal.py and the
nominal speakers in noun_speakers.py): a noun of saying as the subject of "be" with a clause, a
"that"-clause parsed as a relative clause, an adjective of certainty with an extraposed clause,
agent nouns of stance predicated of people, nouns with a to-infinitive, "including" a noun,
a noun cue that a verb of expressing takes as its object ("expressed [concern] about X").

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Her argument was that the plan would fail.",
        [("that the plan would fail", "indirect", None, "Her", "argument")],
        id="noun-subject-of-be-with-that-clause",
    ),
    pytest.param(
        "The key question is whether the bridge will hold.",
        [("whether the bridge will hold", "indirect", None, None, "question")],
        id="noun-subject-of-be-with-whether-clause",
    ),
    pytest.param(
        "The governor's hope is that the budget will pass.",
        [("that the budget will pass", "indirect", None, "The governor", "hope")],
        id="possessor-of-the-subject-noun",
    ),
    pytest.param(
        "It is a reasonable assumption that the bridge will hold.",
        [("that the bridge will hold", "indirect", None, None, "assumption")],
        id="it-is-a-noun-that",
    ),
    pytest.param(
        "It was no surprise that the mayor resigned.",
        [("that the mayor resigned", "indirect", None, None, "surprise")],
        id="it-is-a-noun-with-the-clause-on-be",
    ),
    pytest.param(
        "There is no consensus on whether the bridge is safe.",
        [("whether the bridge is safe", "indirect", None, None, "consensus")],
        id="noun-on-whether",
    ),
    pytest.param(
        "There has been much speculation as to whether the mayor will run again.",
        [("whether the mayor will run again", "indirect", None, None, "speculation")],
        id="noun-with-as-to-whether",
    ),
    pytest.param(
        "The mayor's immediate goal is to reopen the bridge.",
        [("to reopen the bridge", "indirect", None, "The mayor", "goal")],
        id="noun-of-intention-is-to",
    ),
    pytest.param(
        "Their goal is the sale of the bridge so as to pay the debt.",
        [],
        id="purpose-clause-is-no-content",
    ),
    pytest.param(
        "The bridge is to reopen in May.",
        [],
        id="be-to-without-a-noun-of-intention",
    ),
    pytest.param(
        "The union issued a warning that wages would fall.",
        [("that wages would fall", "indirect", None, "The union", "warning")],
        id="that-clause-parsed-as-relative-clause",
    ),
    pytest.param(
        "The union issued a warning that it made.",
        [],
        id="a-true-relative-clause-is-no-content",
    ),
    pytest.param(
        "It is unclear whether the bridge will hold.",
        [("whether the bridge will hold", "indirect", None, None, "unclear")],
        id="extraposed-whether-clause",
    ),
    pytest.param(
        "It was obvious that voters were tired.",
        [("that voters were tired", "indirect", None, None, "obvious")],
        id="extraposed-that-clause",
    ),
    pytest.param(
        "It is likely that the plan will pass.",
        [],
        id="adjective-of-likelihood-is-no-cue",
    ),
    pytest.param(
        "The plan is clear.",
        [],
        id="adjective-without-a-clause",
    ),
    pytest.param(
        "Jane Roe, a fierce critic of the mayor, spoke at the meeting.",
        [("the mayor", "indirect", "Jane Roe", "Jane Roe", "critic of")],
        id="agent-noun-apposed-to-a-person",
    ),
    pytest.param(
        "The governor is a longtime opponent of the plan.",
        [("the plan", "indirect", None, "The governor", "opponent of")],
        id="agent-noun-predicated-of-people",
    ),
    pytest.param(
        "The bridge is an opponent of the road.",
        [],
        id="agent-noun-predicated-of-a-thing",
    ),
    pytest.param(
        "His commitment to raise taxes surprised voters.",
        [("to raise taxes", "indirect", None, "His", "commitment")],
        id="noun-with-to-infinitive",
    ),
    pytest.param(
        "The council has made several statements, including a call for new elections.",
        [("new elections", "indirect", None, "The council", "call")],
        id="speaker-of-the-noun-including-the-cue",
    ),
    pytest.param(
        "The town was shocked by a claim that the mayor had resigned.",
        [("that the mayor had resigned", "indirect", None, None, "claim")],
        id="the-noun-is-not-its-own-speaker",
    ),
    pytest.param(
        "Officials have pushed the narrative that the bridge is safe.",
        [("that the bridge is safe", "indirect", None, "Officials", "narrative")],
        id="noun-of-belief-narrative-with-that-clause",
    ),
    pytest.param(
        "Voters have the impression that the council ignores them.",
        [("that the council ignores them", "indirect", None, "Voters", "impression")],
        id="noun-of-belief-impression-with-that-clause",
    ),
    pytest.param(
        "There were rumors that the mayor would resign.",
        [("that the mayor would resign", "indirect", None, None, "rumors")],
        id="noun-of-hearsay-with-that-clause",
    ),
    pytest.param(
        "Last month, Jane Roe won the endorsement of the largest union in the state.",
        [("Jane Roe", "indirect", None, "the largest union", "endorsement")],
        id="receiver-is-the-content-the-giver-the-speaker",
    ),
    pytest.param(
        "The new bridge is facing criticism from many drivers.",
        [("The new bridge", "indirect", None, "many drivers", "criticism")],
        id="faced-criticism-from",
    ),
    pytest.param(
        "The mayor faced criticism for her plan to close the library.",
        [("her plan to close the library", "indirect", None, None, "criticism")],
        id="received-noun-with-its-own-content",
    ),
    pytest.param(
        "The festival has received criticism that it has become too commercial.",
        [("that it has become too commercial", "indirect", None, None, "criticism")],
        id="received-noun-with-a-that-clause",
    ),
    pytest.param(
        "The mayor spent a week in an effort to win their backing.",
        [],
        id="no-subject-of-its-own",
    ),
    pytest.param(
        "Roe, winning praise from the governor, left the stage.",
        [("Roe", "indirect", None, "the governor", "praise")],
        id="subject-of-the-clause-a-participle-hangs-on",
    ),
    pytest.param(
        "Despite his dislike for the new bridge, Roe voted for it.",
        [
            ("the new bridge", "indirect", None, "his", "dislike"),
            ("it", "indirect", "Roe", "Roe", "voted"),
        ],
        id="noun-of-feeling-with-its-preposition",
    ),
    pytest.param(
        "The council won support.",
        [],
        id="received-noun-without-a-giver",
    ),
    pytest.param(
        "The council faces many challenges.",
        [],
        id="challenges-are-difficulties",
    ),
    pytest.param(
        "The plan has the support of the unions.",
        [("The plan", "indirect", None, "the unions", "support")],
        id="verb-of-having-a-noun-of-support",
    ),
    pytest.param(
        "Jones enjoyed broad support from rural voters.",
        [("Jones", "indirect", None, "rural voters", "support")],
        id="enjoyed-support-from",
    ),
    pytest.param(
        "The senator has their support.",
        [("The senator", "indirect", None, "their", "support")],
        id="possessor-of-a-held-noun-gives-it",
    ),
    pytest.param(
        "The mayor has support for the new tax.",
        [("the new tax", "indirect", None, "The mayor", "support")],
        id="held-noun-with-its-own-content",
    ),
    pytest.param(
        "The governor locked in support among teachers.",
        [("The governor", "indirect", None, "teachers", "support")],
        id="support-among-on-the-verb",
    ),
    pytest.param(
        "Her support among young voters has grown.",
        [("Her", "indirect", None, "young voters", "support")],
        id="support-among-its-possessor-is-the-content",
    ),
    pytest.param(
        "Support among farmers has grown.",
        [],
        id="support-among-with-nobody-supported",
    ),
    pytest.param(
        "The senator needs their support.",
        [],
        id="a-verb-of-needing-is-not-having",
    ),
    pytest.param(
        "The attack on the embassy killed two guards.",
        [],
        id="a-noun-of-force-with-nobody-named-is-literal",
    ),
    pytest.param(
        "Roe's attack on the plan surprised voters.",
        [("the plan", "indirect", "Roe", "Roe", "attack")],
        id="a-noun-of-force-with-its-possessor-is-speech",
    ),
    pytest.param(
        "The senator launched an attack on the new tax.",
        [("the new tax", "indirect", None, "The senator", "attack")],
        id="a-noun-of-force-with-the-subject-of-its-verb",
    ),
    pytest.param(
        "Several senators have withdrawn their endorsement of the plan.",
        [("the plan", "indirect", None, "Several senators", "endorsement")],
        id="possessive-pronoun-bound-by-the-subject",
    ),
    pytest.param(
        "The mayor escalated her attacks on the council.",
        [("the council", "indirect", None, "The mayor", "attacks")],
        id="singular-possessive-bound-by-a-singular-subject",
    ),
    pytest.param(
        "The voters missed his warning that prices would rise.",
        [("that prices would rise", "indirect", None, "his", "warning")],
        id="possessive-pronoun-not-agreeing-with-the-subject",
    ),
    pytest.param(
        "The lawyer teased him about his decision to sell the shares.",
        [("to sell the shares", "indirect", None, "his", "decision")],
        id="possessive-pronoun-with-an-object-between-is-not-bound",
    ),
    pytest.param(
        "The bridge has the support of the mayor and the council.",
        [("The bridge", "indirect", None, "the mayor and the council", "support")],
        id="held-noun-content-is-the-subject-before-the-verb",
    ),
    pytest.param(
        "Local farmers expressed deep concern about the new water rules.",
        [("the new water rules", "indirect", None, "Local farmers", "concern")],
        id="expressed-concern-about-X-the-noun-is-the-cue",
    ),
    pytest.param(
        "The mayor voiced doubts that the bridge would open by May.",
        [("that the bridge would open by May", "indirect", None, "The mayor", "doubts")],
        id="voiced-doubts-that-B-the-noun-is-the-cue",
    ),
    pytest.param(
        "The minister offered praise for the rescue teams.",
        [("the rescue teams", "indirect", None, "The minister", "praise")],
        id="offered-praise-for-X-the-noun-is-the-cue",
    ),
    pytest.param(
        "Jane Roe expressed her support for the new library.",
        [("her support for the new library", "indirect", "Jane Roe", "Jane Roe", "expressed")],
        id="expressed-her-support-for-X-the-verb-stays-the-cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_nominal(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
