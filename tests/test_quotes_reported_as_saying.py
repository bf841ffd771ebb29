"""A report written with "as saying" (transforms/quotes/reported_as_saying.py): the content
before "X quoted Y as saying" / "Y was quoted as saying" / "Y is reported as saying" is the
report's, and the object and the "as" phrase hold none of it. Invented sentences -> exact rows
(content, kind, resolved speaker, speaker mention as written, cue)."""

from __future__ import annotations

import pytest

from tests.quote_rows import speaker_rows

CASES = [
    pytest.param(
        "Exports will rise by 5 pct next year, the agency quoted Tom Baker as saying.",
        [("Exports will rise by 5 pct next year", "indirect", None, "the agency", "quoted")],
        id="content-before-an-active-quoted-as-saying",
    ),
    pytest.param(
        "Steel output would double by 1990, the newspaper quoted a senior official as saying"
        " on Monday.",
        [("Steel output would double by 1990", "indirect", None, "the newspaper", "quoted")],
        id="content-before-with-a-time-after-the-gerund",
    ),
    pytest.param(
        "Exports will rise, Tom Baker was quoted as saying.",
        [("Exports will rise", "indirect", "Tom Baker", "Tom Baker", "quoted")],
        id="content-before-a-passive-quoted-as-saying",
    ),
    pytest.param(
        "Exports will rise, Mr Baker is reported as saying.",
        [("Exports will rise", "indirect", "Baker", "Baker", "reported")],
        id="content-before-a-passive-reported-as-saying",
    ),
    pytest.param(
        '"Exports will rise," Mr Baker is reported as saying.',
        [("Exports will rise,", "direct", "Baker", "Baker", "saying")],
        id="a-quotation-before-it-has-its-own-row-only",
    ),
    pytest.param(
        '"Exports will rise," the paper quoted Tom Baker as saying.',
        [("Exports will rise,", "direct", None, "the paper", "quoted")],
        id="a-quotation-before-an-active-quoted-has-its-own-row-only",
    ),
    pytest.param(
        "Mr Baker is reported as saying that exports will rise.",
        [("that exports will rise", "indirect", "Baker", "Baker", "saying")],
        id="a-passive-with-the-content-after-the-gerund",
    ),
    pytest.param(
        "The agency quoted Tom Baker as saying that exports will rise.",
        [
            (
                "Tom Baker as saying that exports will rise",
                "indirect",
                None,
                "The agency",
                "quoted",
            )
        ],
        id="an-active-with-the-content-after-stays-the-outlet's-with-the-object",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_as_saying(nlp, text: str, expected: list[tuple]) -> None:
    assert speaker_rows(nlp, text) == expected
