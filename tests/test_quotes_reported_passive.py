"""Reported speech in passive participles ("the plan, first reported by X", "a town known for
Y", "as reported by X"), verbs of urging in the passive ("X was urged to Y"), verbs of
communication with the preposition of their topic ("X objected to Y", "X pleaded for Y") and
pro-forms standing for the content ("X said no", "voters think so").

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The toll plan, first reported by the Daily Star, would double fares.",
        [("The toll plan", "indirect", "the Daily Star", "the Daily Star", "reported")],
        id="participle-of-a-report-verb-with-its-agent",
    ),
    pytest.param(
        "The bridge bill, opposed by most Democrats, never became law.",
        [("The bridge bill", "indirect", "Democrats", "Democrats", "opposed")],
        id="participle-of-a-stance-verb-with-its-agent",
    ),
    pytest.param(
        "The memo, seen by the paper, is long.", [], id="participle-of-seeing-is-no-report"
    ),
    pytest.param(
        "The house, built by his father, burned down.",
        [],
        id="participle-of-a-verb-outside-the-lexicon-no-row",
    ),
    pytest.param(
        "Jane Roe is known for her frankness.",
        [
            ("Jane Roe", "indirect", None, None, "known"),
            ("her frankness", "indirect", None, None, "known"),
        ],
        id="known-for-passive",
    ),
    pytest.param(
        "The old bridge, also known as the Iron Span, was closed.",
        [
            ("The old bridge", "indirect", None, None, "known"),
            ("as the Iron Span", "indirect", None, None, "known"),
        ],
        id="known-as-participle",
    ),
    pytest.param(
        "He grew up in a town known for its lakes.",
        [
            ("a town", "indirect", None, None, "known"),
            ("its lakes", "indirect", None, None, "known"),
        ],
        id="known-for-participle",
    ),
    pytest.param(
        "As reported by the Daily Star, the mayor resigned last year.",
        [
            (
                "the mayor resigned last year",
                "indirect",
                "the Daily Star",
                "the Daily Star",
                "reported",
            )
        ],
        id="as-reported-by-agent",
    ),
    pytest.param(
        "As reported by Western Journalism, investigators found 200 files on the server.",
        [
            (
                "investigators found 200 files on the server",
                "indirect",
                "Western Journalism",
                "Western Journalism",
                "reported",
            )
        ],
        id="as-reported-by-agent-on-a-finding-verb-with-an-object",
    ),
    pytest.param(
        '"The plant will close," said union leader Marco Rossi, as reported by the news agency.',
        [("The plant will close,", "direct", "Marco Rossi", "Marco Rossi", "said")],
        id="as-reported-by-agent-on-a-quotation-is-its-speakers",
    ),
    pytest.param("As mentioned, the bridge is old.", [], id="as-mentioned-is-the-writer"),
    pytest.param(
        "New parking rules were announced on Monday.",
        [("New parking rules", "indirect", None, None, "announced")],
        id="passive-of-announcing-without-agent",
    ),
    pytest.param(
        "It was announced that the bridge would close.",
        [("that the bridge would close", "indirect", None, "It", "announced")],
        id="passive-of-announcing-with-its-clause",
    ),
    pytest.param(
        "The emails were disclosed as part of a lawsuit.",
        [("The emails", "indirect", None, None, "disclosed")],
        id="passive-of-disclosing-as-part-of-is-no-complement",
    ),
    pytest.param(
        "Workers objected to the company's plan to move them.",
        [("the company's plan to move them", "indirect", None, "Workers", "objected")],
        id="complain-verb-object-to",
    ),
    pytest.param(
        "The families pleaded for calm.",
        [("calm", "indirect", None, "The families", "pleaded")],
        id="request-verb-plead-for",
    ),
    pytest.param(
        "Critics have pressed privately for the city to close the bridge.",
        [("the city to close the bridge", "indirect", None, "Critics", "pressed")],
        id="request-verb-for-a-clause-with-its-own-subject",
    ),
    pytest.param("He waited for the bus to arrive.", [], id="for-clause-of-another-verb-no-row"),
    pytest.param(
        "The senator hinted at a run for governor.",
        [("a run for governor", "indirect", None, "The senator", "hinted")],
        id="hint-at",
    ),
    pytest.param(
        "Local residents grumbled about the new parking rules.",
        [("the new parking rules", "indirect", None, "Local residents", "grumbled")],
        id="complain-verb-grumble-about",
    ),
    pytest.param(
        "Jane Roe spoke out sharply against the new tax.",
        [("the new tax", "indirect", "Jane Roe", "Jane Roe", "spoke out")],
        id="talk-verb-speak-against",
    ),
    pytest.param(
        "Maria Lopez warned of a long winter.",
        [("a long winter", "indirect", "Maria Lopez", "Maria Lopez", "warned")],
        id="advise-verb-warn-of-a-season",
    ),
    pytest.param(
        "The mayor spoke on condition of anonymity.", [], id="speak-on-is-terms-not-topic"
    ),
    pytest.param("Jane Roe commented on Monday.", [], id="comment-on-a-day-no-row"),
    pytest.param(
        "Asked if he had been bullied, Robert Hall said no.",
        [
            ("if he had been bullied", "indirect", None, None, "Asked"),
            ("no", "indirect", "Robert Hall", "Robert Hall", "said"),
        ],
        id="proform-said-no",
    ),
    pytest.param(
        "As the speech went on, Maria Lopez said yes, yes, yes, over and over again.",
        [("yes, yes, yes", "indirect", "Maria Lopez", "Maria Lopez", "said")],
        id="proform-answer-repeated",
    ),
    pytest.param(
        "Robert Hall said no to the toll plan.",
        [("no to the toll plan", "indirect", "Robert Hall", "Robert Hall", "said")],
        id="proform-said-no-to",
    ),
    pytest.param(
        "Most voters think so.",
        [("so", "indirect", None, "Most voters", "think")],
        id="proform-think-so",
    ),
    pytest.param(
        "She did not say it.", [("it", "indirect", None, "She", "say")], id="negation-not-proform"
    ),
    pytest.param(
        "Roe was urged by his aides to resign.",
        [
            ("Roe", "indirect", None, "his aides", "urged"),
            ("to resign", "indirect", None, "his aides", "urged"),
        ],
        id="passive-urging-with-infinitive",
    ),
    pytest.param(
        "Roe was told to leave the room.",
        [
            ("Roe", "indirect", None, None, "told"),
            ("to leave the room", "indirect", None, None, "told"),
        ],
        id="passive-telling-with-infinitive-no-agent",
    ),
    pytest.param(
        "He had been asked to keep the files by the committee.",
        [
            ("He", "indirect", None, "the committee", "asked"),
            ("to keep the files", "indirect", None, "the committee", "asked"),
        ],
        id="passive-asking-agent-hung-on-the-infinitive",
    ),
    pytest.param(
        "After being asked to explain the delay, Roe left.",
        [("to explain the delay", "indirect", None, None, "asked")],
        id="passive-asking-without-subject",
    ),
    pytest.param(
        "Roe was asked whether he would run.",
        [("whether he would run", "indirect", None, None, "asked")],
        id="passive-asking-a-question-subject-is-no-content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_passive_prep_and_proform_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
