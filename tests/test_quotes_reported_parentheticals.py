"""Reported speech around a parenthetical cue the parser hangs inside its content ("Farmers, Roe
notes, welcome …") or whose content's fronted noun phrase it takes for a subject of the cue
("The toll, said Roe, is …"), and phrases opening the sentence that belong to the content after the cue
("If elected, Roe said she would …") or not ("On Monday, Roe said …"); and "X made it
clear that …".

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Farmers, Roe notes, welcome the cheaper diesel.",
        [
            ("Farmers", "indirect", "Roe", "Roe", "notes"),
            ("welcome the cheaper diesel", "indirect", "Roe", "Roe", "notes"),
        ],
        id="cue-hung-on-the-content-subject",
    ),
    pytest.param(
        "Sooner or later, the governor told reporters, the toll will pay off.",
        [
            ("Sooner or later", "indirect", None, "the governor", "told"),
            ("the toll will pay off", "indirect", None, "the governor", "told"),
        ],
        id="cue-hung-as-a-complement-of-its-content",
    ),
    pytest.param(
        "Farmers, Smith suggested, do not have to worry about the new rules.",
        [
            ("Farmers", "indirect", "Smith", "Smith", "suggested"),
            ("do not have to worry about the new rules", "indirect", "Smith", "Smith", "suggested"),
        ],
        id="fronted-noun-phrase-taken-for-a-second-subject",
    ),
    pytest.param(
        "The toll, said Jane Roe, is too high.",
        [
            ("The toll", "indirect", "Jane Roe", "Jane Roe", "said"),
            ("is too high", "indirect", "Jane Roe", "Jane Roe", "said"),
        ],
        id="fronted-noun-phrase-before-an-inverted-cue",
    ),
    pytest.param(
        "The gap with Jones, said Roe and others, would be obvious since Jones has no record.",
        [
            ("The gap with Jones", "indirect", "Roe", "Roe and others", "said"),
            (
                "would be obvious since Jones has no record",
                "indirect",
                "Roe",
                "Roe and others",
                "said",
            ),
        ],
        id="inverted-speaker-taken-for-the-subject-of-the-rest",
    ),
    pytest.param(
        "Mr. Smith, the mayor, said the plan would fail.",
        [("the plan would fail", "indirect", "Smith", "Smith", "said")],
        id="subject-with-apposition-is-no-content",
    ),
    pytest.param(
        "If elected, Roe said she would scrap the toll.",
        [
            ("If elected", "indirect", "Roe", "Roe", "said"),
            ("she would scrap the toll", "indirect", "Roe", "Roe", "said"),
        ],
        id="fronted-condition",
    ),
    pytest.param(
        "When the new rules take effect, Dr. Hall added, fares will fall.",
        [
            ("When the new rules take effect", "indirect", "Hall", "Hall", "added"),
            ("fares will fall", "indirect", "Hall", "Hall", "added"),
        ],
        id="fronted-clause-of-a-parenthetical-cue",
    ),
    pytest.param(
        "If it opens, Roe said, “the bridge will save hours.”",
        [
            ("If it opens", "indirect", "Roe", "Roe", "said"),
            ("the bridge will save hours.", "direct", "Roe", "Roe", "said"),
        ],
        id="fronted-condition-of-a-quotation",
    ),
    pytest.param(
        "On Monday, Roe said she would scrap the toll.",
        [("she would scrap the toll", "indirect", "Roe", "Roe", "said")],
        id="when-it-was-said-is-no-content",
    ),
    pytest.param(
        "Although the toll is unpopular, Roe said she would keep it.",
        [("she would keep it", "indirect", "Roe", "Roe", "said")],
        id="concession-without-parenthetical-is-no-content",
    ),
    pytest.param(
        "Jane Roe made it clear that the toll would stay.",
        [("that the toll would stay", "indirect", "Jane Roe", "Jane Roe", "made it clear")],
        id="make-it-clear-that",
    ),
    pytest.param("The fog made the road clear of traffic.", [], id="make-clear-without-clause"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parenthetical_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
