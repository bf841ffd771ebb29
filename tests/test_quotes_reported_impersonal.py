"""Cues that credit nobody give no row: the writer's "it is fair to say …", "it is too soon to
say …" and the absolute phrases "That said, …", "All told, …"; a real speaker nearby still
gives one ("it is easy for X to say", "X was quick to say", "it is hard to imagine" is the
writer's belief). A relative clause of the cue's subject that the parser took for a complement
before the cue is not content either; the subject beside it is the speaker.

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "It's fair to say that the mayor has received little criticism.",
        [],
        id="it-is-fair-to-say",
    ),
    pytest.param(
        "It is too soon to say how large the damage might be.", [], id="it-is-too-soon-to-say"
    ),
    pytest.param("That said, the mayor cannot win the vote outright.", [], id="that-said"),
    pytest.param("All told, up to 5,000 people could lose their homes.", [], id="all-told"),
    pytest.param(
        "It is easy for the mayor to say that the plan works.",
        [("that the plan works", "indirect", None, "the mayor", "say")],
        id="for-subject-is-the-speaker",
    ),
    pytest.param(
        "The mayor was quick to say that the plan would work.",
        [("that the plan would work", "indirect", None, "The mayor", "say")],
        id="controller-is-the-speaker",
    ),
    pytest.param(
        "Jones, meanwhile, who has no such endorsements, said that fact speaks volumes about the race.",
        [("that fact speaks volumes about the race", "indirect", "Jones", "Jones", "said")],
        id="subject-relative-clause-parsed-as-complement-is-not-content",
    ),
    pytest.param(
        "Mr. Smith, whose latest firm, Acme, uses data to help shops find suppliers, said the"
        " mayor was a builder at heart.",
        [("the mayor was a builder at heart", "indirect", "Smith", "Smith", "said")],
        id="whose-apposition-parsed-as-complement-is-not-content",
    ),
    pytest.param(
        "It is hard to believe that the plan will work.",
        [("that the plan will work", "indirect", None, "It", "believe")],
        id="belief-verb-keeps-its-row",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_impersonal_cues(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
