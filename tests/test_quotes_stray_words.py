"""A company name closing a reported clause whose abbreviation point the parser read as the full
stop (:mod:`transforms.quotes.stray_words`): the name stays in the content.

Invented sentences -> the extractor's exact rows; the last cases check that nothing else is
pulled in.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Jane Roe said the plan would help Acme Corp. The shares rose.",
        [("the plan would help Acme Corp", "indirect", "Jane Roe", "Jane Roe", "said")],
        id="suffix-point-read-as-full-stop",
    ),
    pytest.param(
        "Analysts expect the bid to come from Orbit Co. Others disagree.",
        [("the bid to come from Orbit Co", "indirect", None, "Analysts", "expect")],
        id="infinitive-content",
    ),
    pytest.param(
        "Jane Roe said the contract went to Acme Inc on Monday.",
        [("the contract went to Acme Inc on Monday", "indirect", "Jane Roe", "Jane Roe", "said")],
        id="no-point-nothing-to-repair",
    ),
    pytest.param(
        "Jane Roe said the plan would work. The shares rose.",
        [("the plan would work", "indirect", "Jane Roe", "Jane Roe", "said")],
        id="a-real-full-stop",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stray_name_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
