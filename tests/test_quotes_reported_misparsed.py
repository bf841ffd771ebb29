"""Verb cues the tagger took for nouns (:mod:`transforms.quotes.reported_misparsed`): a
third-person verb form heading its sentence as a plural noun, and "[A], X records show" with
the cue hung on the clause before it.

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
                "campaign",
                "show",
            )
        ],
        id="noun-side-clause-closing-the-sentence",
    ),
    pytest.param("The campaign plans were unveiled on Monday.", [], id="real-plural-noun"),
    pytest.param(
        "The party promised tax cuts and jobs guarantees.",
        [("tax cuts and jobs guarantees", "indirect", None, "The party", "promised")],
        id="coordinated-noun-is-not-a-cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_misparsed_verb_cues(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
