"""Forecasts written with a present-tense "see" ("Economists see [slower growth]"), found
missing on unseen wire and BBC news (``docs/quotes_unseen.md``, round 19).

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS
from transforms.recase import recase_for_parsing

CASES = [
    pytest.param(
        "Economists see a slower rise in prices next year.",
        [("a slower rise in prices next year", "indirect", None, "Economists", "see")],
        id="people-see-a-noun-phrase",
    ),
    pytest.param(
        "Analysts at the bank see a slower rise in prices next year.",
        [("a slower rise in prices next year", "indirect", None, "Analysts", "see")],
        id="a-present-see-tagged-as-a-base-form",
    ),
    pytest.param(
        "The minister sees a sharp fall in inflation this year.",
        [("a sharp fall in inflation", "indirect", None, "The minister", "sees")],
        id="a-noun-of-people-sees",
    ),
    pytest.param(
        "Voters see the mayor as a safe pair of hands.",
        [("the mayor as a safe pair of hands", "indirect", None, "Voters", "see")],
        id="an-as-complement-stays-the-naming-s",
    ),
    pytest.param(
        "The company sees strong demand for its trucks next year.",
        [("strong demand for its trucks", "indirect", None, "The company", "sees")],
        id="a-noun-of-a-firm-sees",
    ),
    pytest.param("The firm saw profits fall last year.", [], id="the-past-tells-what-happened"),
    pytest.param("We will see a better year.", [], id="a-future-with-an-auxiliary"),
    pytest.param("I see him every week.", [], id="a-pronoun-object-is-no-content"),
    pytest.param("Europe sees a surge in rail travel.", [], id="a-place-is-no-source"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_forecasts(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected


def test_wire_headline_forecast(nlp) -> None:
    """Parsed as a run parses it: the ALL-CAPS headline recased (offsets kept)."""
    text = "NORWELL SEES HIGHER STEEL OUTPUT\n\nNorwell Steel Corp said output would rise in May."
    assert _run(lambda t: nlp(recase_for_parsing(t)), text, ALL_KINDS) == [
        ("higher Steel output", "indirect", "Norwell", "Norwell", "sees"),
        (
            "output would rise in May",
            "indirect",
            "Norwell Steel Corp",
            "Norwell Steel Corp",
            "said",
        ),
    ]


def test_wire_headline_forecast_of_firms(nlp) -> None:
    """A plural noun of firms as the headline's subject (round 20)."""
    text = "ACME FIRMS SEE DROP IN SALES\n\nAcme Motors said its sales would fall this year."
    assert _run(lambda t: nlp(recase_for_parsing(t)), text, ALL_KINDS) == [
        ("drop in sales", "indirect", None, "Acme firms", "see"),
        ("its sales would fall this year", "indirect", "Acme Motors", "Acme Motors", "said"),
    ]
