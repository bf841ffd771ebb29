"""Loose quoted fragments through :func:`transforms.quotes.extract_quotes`: a fragment of a word
or three that nothing reports comes out as a ``scare`` quotation (nobody credited); one that a verb
of saying or naming governs, or that is a predicate of its own, stays a credited ``partial`` or
sits inside the reported row around it.

Invented sentences -> the extractor's exact rows (every kind). The rule's own cases, on hand-made
rows, are in ``tests/test_quotes_loose_fragments.py``.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        'The council approved a so-called "smart" meter plan on Monday.',
        [("smart", "scare", None, None, None)],
        id="so-called-term",
    ),
    pytest.param(
        'Tickets for "Night Harbour" sold out within an hour.',
        [("Night Harbour", "scare", None, None, None)],
        id="title-of-a-show",
    ),
    pytest.param(
        'Maria Lopez called the plan "a disaster" on Monday.',
        [
            ('the plan "a disaster"', "mixed", "Maria Lopez", "Maria Lopez", "called"),
            ("a disaster", "partial", "Maria Lopez", "Maria Lopez", "called"),
        ],
        id="naming-verb-reports-the-fragment-parsed-as-apposition",
    ),
    pytest.param(
        'Critics branded the tax "a grab" in a letter.',
        [
            ('the tax "a grab"', "mixed", None, "Critics", "branded"),
            ("a grab", "partial", None, "Critics", "branded"),
        ],
        id="fragment-of-a-report-by-an-unnamed-speaker",
    ),
    pytest.param(
        'The mayor described the delay as "deeply regrettable" in a letter.',
        [
            (
                'the delay as "deeply regrettable" in a letter',
                "mixed",
                None,
                "The mayor",
                "described",
            ),
            ("deeply regrettable", "partial", None, "The mayor", "described"),
        ],
        id="as-predicate-of-an-unnamed-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_loose_fragment_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
