"""A claim quoted in single marks in a headline, credited to the source the lead names, found
uncredited on unseen BBC news (``docs/quotes_unseen.md``, round 19).

Invented articles -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS
from transforms.recase import recase_for_parsing

CASES = [
    pytest.param(
        "Ferry 'to be scrapped by June'\n\nThe island's only ferry will be withdrawn before the"
        " summer, according to a council report.",
        [
            ("to be scrapped by June", "partial", None, "a council report", "according to"),
            (
                "The island's only ferry will be withdrawn before the summer",
                "indirect",
                None,
                "a council report",
                "according to",
            ),
        ],
        id="an-infinitive-claim-credited-to-the-lead-s-source",
    ),
    pytest.param(
        "Bakery 'best in the county'\n\nA small bakery in Leeds makes the best bread in the county,"
        " a survey has suggested.",
        [
            ("best in the county", "partial", None, "a survey", "suggested"),
            (
                "A small bakery in Leeds makes the best bread in the county",
                "indirect",
                None,
                "a survey",
                "suggested",
            ),
        ],
        id="a-noun-phrase-claim",
    ),
    pytest.param(
        "Ferry 'to be scrapped by June'\n\nThe island's only ferry will be withdrawn before the"
        " summer.\n\nA council report said the service lost money.",
        [
            ("to be scrapped by June", "partial", None, None, None),
            ("the service lost money", "indirect", None, "A council report", "said"),
        ],
        id="a-lead-with-no-source-credits-nobody",
    ),
    pytest.param(
        "Bypass 'too costly'\n\nThe new bypass will cost twice as much as planned, a council"
        " report has found.",
        [
            ("too costly", "scare", None, None, None),
            (
                "The new bypass will cost twice as much as planned",
                "indirect",
                None,
                "a council report",
                "found",
            ),
        ],
        id="a-fragment-of-two-words-stays-a-scare-quote",
    ),
    pytest.param(
        "Bridge 'The Long Walk' opens\n\nThe new footbridge opened on Monday, the council said.",
        [
            ("The Long Walk", "scare", None, None, None),
            ("The new footbridge opened on Monday", "indirect", None, "the council", "said"),
        ],
        id="a-headline-with-its-own-verb-quotes-a-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_headline_claims(nlp, text: str, expected: list[tuple]) -> None:
    """Parsed as a run parses them (a title-case headline recased, offsets kept)."""
    assert _run(lambda t: nlp(recase_for_parsing(t)), text, ALL_KINDS) == expected
