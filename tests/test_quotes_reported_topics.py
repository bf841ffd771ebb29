"""Prepositions of a topic (transforms/quotes/reported_lexicon.py, ``TOPIC_PREPS``): "about",
"regarding" and "concerning" after a verb of saying or a noun of saying or stance introduce
its content.

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The union raised concerns regarding the safety of the ferry.",
        [("the safety of the ferry", "indirect", None, "The union", "concerns")],
        id="regarding-after-a-noun-of-stance",
    ),
    pytest.param(
        "The council published a report about the state of the bridge.",
        [("the state of the bridge", "indirect", None, "The council", "report")],
        id="about-after-a-noun-of-saying",
    ),
    pytest.param(
        "Jane Roe told reporters about the plan.",
        [("the plan", "indirect", "Jane Roe", "Jane Roe", "told")],
        id="about-after-a-verb-of-saying-with-an-addressee",
    ),
    pytest.param(
        "The council warned drivers regarding the closure of the bridge.",
        [("the closure of the bridge", "indirect", None, "The council", "warned")],
        id="regarding-after-a-verb-of-saying",
    ),
    pytest.param(
        "The students learned about the history of the town.",
        [],
        id="not-after-a-verb-of-knowing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_topics(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
