"""Reported speech in a relative clause with no relative word ("the plan Roe criticized",
"a step they believe could help"): the noun phrase the clause hangs on is the content, with
the verb's complement as a second piece; a relative pronoun standing for the reported clause's
subject ("which Roe said were hers") is a piece of its own.

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The council dropped the toll plan Mayor Jane Roe criticized last year.",
        [("the toll plan", "indirect", "Jane Roe", "Jane Roe", "criticized")],
        id="object-of-a-stance-verb",
    ),
    pytest.param(
        "He will not take back everything he said.",
        [("everything", "indirect", None, "he", "said")],
        id="object-of-say",
    ),
    pytest.param(
        "Residents cheered the new bridge, a step they believe could revive the town.",
        [
            ("a step", "indirect", None, "they", "believe"),
            ("could revive the town", "indirect", None, "they", "believe"),
        ],
        id="subject-of-the-reported-clause",
    ),
    pytest.param(
        "It was a loss the senator considers to be her worst.",
        [
            ("a loss", "indirect", None, "the senator", "considers"),
            ("to be her worst", "indirect", None, "the senator", "considers"),
        ],
        id="object-and-infinitive",
    ),
    pytest.param(
        "She remembered the day the mayor announced the plan.",
        [("the plan", "indirect", None, "the mayor", "announced")],
        id="noun-of-time-is-no-content",
    ),
    pytest.param("The voters he told were angry.", [], id="addressee-is-no-content"),
    pytest.param("The bridge he crossed was old.", [], id="verb-outside-the-lexicon"),
    pytest.param("She met the people she knows in the town.", [], id="knowing-without-clause"),
    pytest.param(
        'On the subject of the bridge she said: "It is lovely."',
        [("It is lovely.", "direct", None, "she", "said")],
        id="cue-of-a-quotation-is-no-relative",
    ),
    pytest.param(
        "The council released the emails, which Jane Roe said were all she had.",
        [
            ("which", "indirect", "Jane Roe", "Jane Roe", "said"),
            ("were all she had", "indirect", "Jane Roe", "Jane Roe", "said"),
        ],
        id="relative-pronoun-subject-of-the-reported-clause",
    ),
    pytest.param(
        "She praised Tom Hall, whom many voters believed was honest.",
        [
            ("Tom Hall", "indirect", None, "She", "praised"),
            ("whom", "indirect", None, "many voters", "believed"),
            ("was honest", "indirect", None, "many voters", "believed"),
        ],
        id="whom-believed-was",
    ),
    pytest.param(
        "The mayor, who said the bridge was safe, resigned.",
        [("the bridge was safe", "indirect", None, "who", "said")],
        id="relative-pronoun-is-the-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_contact_relative_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
