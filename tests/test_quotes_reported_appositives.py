"""A descriptive appositive closing a reported clause is left out of the content
(:mod:`transforms.quotes.reported_appositives`).

Invented sentences -> the extractor's exact rows (every kind): an appositive opened by an
article or "one of" after a comma, closing a clause content, is the writer's description; a
name, a list, an appositive with a report of its own, one on the subject, one closing the
object of a cue inside the clause and one closing an object content (not a clause) stay in it.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The council said it would buy the old mill, a building that dates from 1820.",
        [("it would buy the old mill", "indirect", None, "The council", "said")],
        id="an-article-appositive-closing-the-clause-is-left-out",
    ),
    pytest.param(
        "Officials said the ferry would stop at Port Ellen, one of the smallest harbours on the"
        " coast.",
        [("the ferry would stop at Port Ellen", "indirect", None, "Officials", "said")],
        id="a-one-of-appositive-is-left-out",
    ),
    pytest.param(
        "Roe said the town had signed a deal with Harlow Mills, the largest employer in the"
        " valley.",
        [("the town had signed a deal with Harlow Mills", "indirect", "Roe", "Roe", "said")],
        id="an-appositive-on-a-noun-deep-in-the-clause-is-left-out",
    ),
    pytest.param(
        "The mayor said she had appointed a new deputy, Jane Roe.",
        [("she had appointed a new deputy, Jane Roe", "indirect", None, "The mayor", "said")],
        id="a-name-in-apposition-says-who-and-stays",
    ),
    pytest.param(
        "Roe said the plan would cut the cost of fuel, the price of bread and the rent of flats.",
        [
            (
                "the plan would cut the cost of fuel, the price of bread and the rent of flats",
                "indirect",
                "Roe",
                "Roe",
                "said",
            )
        ],
        id="a-list-read-as-an-apposition-stays",
    ),
    pytest.param(
        "Roe said the town needs the new bypass, a road that critics say will harm the marsh.",
        [
            (
                "the town needs the new bypass, a road that critics say will harm the marsh",
                "indirect",
                "Roe",
                "Roe",
                "said",
            )
        ],
        id="an-appositive-with-a-report-of-its-own-stays",
    ),
    pytest.param(
        "The firm said it was seeking damages from Harlow Mills, a maker of bricks.",
        [
            (
                "it was seeking damages from Harlow Mills, a maker of bricks",
                "indirect",
                None,
                "The firm",
                "said",
            )
        ],
        id="an-appositive-closing-a-nested-cue-object-stays",
    ),
    pytest.param(
        "Roe praised the new bypass, a road that opened in May.",
        [("the new bypass, a road that opened in May", "indirect", "Roe", "Roe", "praised")],
        id="an-object-content-keeps-its-appositive",
    ),
    pytest.param(
        "The mill, a building from 1820, will close next year, the owners said.",
        [
            (
                "The mill, a building from 1820, will close next year",
                "indirect",
                None,
                "the owners",
                "said",
            )
        ],
        id="an-appositive-on-the-subject-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_closing_appositive(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
