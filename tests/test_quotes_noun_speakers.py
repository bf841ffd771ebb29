"""Speakers of nominal cues (transforms/quotes/noun_speakers.py): the possessor, "by X",
the subject of the verb that takes the noun, the owner of a coordinated noun or of a subject
noun of speech; an adjective of nationality is nobody.

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The ministry issued a statement that the bridge was safe.",
        [("that the bridge was safe", "indirect", None, "The ministry", "statement")],
        id="subject-of-the-verb-taking-the-noun",
    ),
    pytest.param(
        "There was a statement by the ministry that the bridge was safe.",
        [("that the bridge was safe", "indirect", None, "the ministry", "statement")],
        id="agent-of-by-on-the-noun",
    ),
    pytest.param(
        "The union made the claim that wages had fallen.",
        [("that wages had fallen", "indirect", None, "The union", "claim")],
        id="made-the-claim",
    ),
    pytest.param(
        "The farmers stake out a range of positions on water rights.",
        [("water rights", "indirect", None, "The farmers", "positions")],
        id="climbs-over-a-noun-of-quantity",
    ),
    pytest.param(
        "Teachers voiced a series of complaints about the new schedule.",
        [("the new schedule", "indirect", None, "Teachers", "complaints")],
        id="climbs-over-a-series-of",
    ),
    pytest.param(
        "His remarks carried a tacit acknowledgment that he may lose.",
        [("that he may lose", "indirect", None, "His", "acknowledgment")],
        id="owner-of-a-subject-noun-of-speech",
    ),
    pytest.param(
        "The mayor's office issued a statement that the road was closed.",
        [("that the road was closed", "indirect", None, "The mayor's office", "statement")],
        id="a-subject-that-is-not-a-noun-of-speech-keeps-its-possessor",
    ),
    pytest.param(
        "The governor's letter and an admission that the budget was short reached the press.",
        [("that the budget was short", "indirect", None, "The governor", "admission")],
        id="owner-of-the-noun-a-coordinated-cue-hangs-on",
    ),
    pytest.param(
        "The mayor said in a statement that the road would reopen.",
        [("that the road would reopen", "indirect", None, "The mayor", "said")],
        id="in-a-statement-the-verb-is-the-cue",
    ),
    pytest.param(
        "The senator's biggest lesson is a belief that voters want change.",
        [("that voters want change", "indirect", None, "The senator", "belief")],
        id="complement-of-be-the-owner-of-the-subject",
    ),
    pytest.param(
        "The problem is a claim that the bridge is unsafe.",
        [("that the bridge is unsafe", "indirect", None, None, "claim")],
        id="complement-of-be-a-subject-naming-nobody",
    ),
    pytest.param(
        "Russian claims that the convoy was attacked were denied.",
        [("that the convoy was attacked", "indirect", None, None, "claims")],
        id="adjective-of-nationality-is-no-speaker",
    ),
    pytest.param(
        "But Jane Roe claims that the bridge is safe.",
        [("that the bridge is safe", "indirect", "Jane Roe", "Jane Roe", "claims")],
        id="subject-of-a-verb-tagged-a-noun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_noun_speakers(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
