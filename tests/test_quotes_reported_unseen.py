"""Error classes found by judging our rows on unseen news (BBC and Reuters-21578 samples; see
``docs/quotes_unseen.md``), each fixed in general form.

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS
from transforms.recase import recase_for_parsing

CASES = [
    pytest.param(
        "The bureau said prices rose 2.4% in May, up from an estimate of 2.1%.",
        [
            (
                "prices rose 2.4% in May, up from an estimate of 2.1%",
                "indirect",
                None,
                "The bureau",
                "said",
            )
        ],
        id="a-closing-percent-sign-is-no-edge-punctuation",
    ),
    pytest.param(
        "The ministry will publish the figures at 1400 local time (0600 gmt), officials told"
        " reporters.",
        [
            (
                "The ministry will publish the figures at 1400 local time (0600 gmt)",
                "indirect",
                None,
                "officials",
                "told",
            )
        ],
        id="a-bracket-closing-one-the-content-opened-is-kept",
    ),
    pytest.param(
        "Norwell Industries Inc cut 500 jobs on Monday. It said the plant in Leeds would close by"
        " June.",
        [
            (
                "the plant in Leeds would close by June",
                "indirect",
                "Norwell Industries Inc",
                "It",
                "said",
            )
        ],
        id="it-said-is-the-organisation-of-the-sentence-before",
    ),
    pytest.param(
        "Norwell Industries Inc will shut two plants, the Press Association said. The company said"
        " the move would save $5m a year.",
        [
            (
                "Norwell Industries Inc will shut two plants",
                "indirect",
                "the Press Association",
                "the Press Association",
                "said",
            ),
            (
                "the move would save $5m a year",
                "indirect",
                "Norwell Industries Inc",
                "The company",
                "said",
            ),
        ],
        id="the-company-is-the-story-s-organisation-not-the-agency-reporting-it",
    ),
    pytest.param(
        "Norwell Industries Inc backed the new tax. The government has dropped it because it says"
        " the tax would hurt farmers.",
        [
            (
                "the new tax",
                "indirect",
                "Norwell Industries Inc",
                "Norwell Industries Inc",
                "backed",
            ),
            ("the tax would hurt farmers", "indirect", None, "it", "says"),
        ],
        id="it-after-its-own-sentence-s-subject-is-that-subject",
    ),
    pytest.param(
        "Norwell Industries Inc cut 500 jobs. Jane Roe said the plant was too old. It added that"
        " the site would be sold.",
        [
            ("the plant was too old", "indirect", "Jane Roe", "Jane Roe", "said"),
            ("that the site would be sold", "indirect", None, "It", "added"),
        ],
        id="no-organisation-past-a-sentence-about-a-person",
    ),
    pytest.param(
        "Norwell Industries Inc cut 500 jobs. It can be assumed that it will sell the site.",
        [("that it will sell the site", "indirect", None, "It", "assumed")],
        id="the-it-of-a-passive-verb-of-belief-stands-for-nobody",
    ),
    pytest.param(
        "Norwell Industries Inc cut 500 jobs. The firms said the plant was too old.",
        [("the plant was too old", "indirect", None, "The firms", "said")],
        id="a-plural-noun-is-no-single-organisation",
    ),
    pytest.param(
        "Tom Baker defended his title with ease on Sunday.",
        [],
        id="defending-a-title-is-play",
    ),
    pytest.param(
        "Roe saved one break point but conceded the next game.",
        [],
        id="conceding-a-game-is-play",
    ),
    pytest.param(
        "The minister conceded the point after a long debate.",
        [("the point", "indirect", None, "The minister", "conceded")],
        id="conceding-a-point-of-argument-is-a-stance",
    ),
    pytest.param(
        "Jane Roe attacked the plan to close the school.",
        [("the plan to close the school", "indirect", "Jane Roe", "Jane Roe", "attacked")],
        id="attacking-a-plan-is-a-stance",
    ),
    pytest.param(
        "Fans packed the hall for what promises to be a close contest.",
        [],
        id="what-promises-to-be-is-likely-not-promised",
    ),
    pytest.param(
        "The storm threatens to become the worst in a decade.",
        [],
        id="a-thing-that-threatens-to-become",
    ),
    pytest.param(
        "Jane Roe promised to be a fair judge of the bids.",
        [("to be a fair judge of the bids", "indirect", "Jane Roe", "Jane Roe", "promised")],
        id="a-person-promising-to-be",
    ),
    pytest.param(
        'Jane Roe said the London meeting would be remembered as "the summit of hope".',
        [
            (
                'the London meeting would be remembered as "the summit of hope"',
                "mixed",
                "Jane Roe",
                "Jane Roe",
                "said",
            ),
            ("the summit of hope", "partial", "Jane Roe", "Jane Roe", "said"),
        ],
        id="a-fragment-credited-to-a-subject-inside-the-report-is-the-report-s",
    ),
    pytest.param(
        'Jane Roe said the council had behaved "like a child rather than a parent" by closing'
        " the pool.",
        [
            (
                'the council had behaved "like a child rather than a parent" by closing the pool',
                "mixed",
                "Jane Roe",
                "Jane Roe",
                "said",
            ),
            ("like a child rather than a parent", "partial", "Jane Roe", "Jane Roe", "said"),
        ],
        id="a-fragment-after-a-verb-of-the-reported-content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unseen_news_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected


HEADLINES = [
    pytest.param(
        "PERU COULD CUT COPPER OUTPUT - MINISTER\n\nPeru could cut its copper output this year,"
        " the mining minister said on Monday.",
        [
            ("Peru could cut copper output", "indirect", None, "minister", "-"),
            (
                "Peru could cut its copper output this year",
                "indirect",
                None,
                "the mining minister",
                "said",
            ),
        ],
        id="wire-headline-source-after-a-dash",
    ),
    pytest.param(
        "Ferry fares must be cut - Baker\n\nFerry fares must be cut, Tom Baker has told the"
        " island's council.",
        [
            ("Ferry fares must be cut", "indirect", "Baker", "Baker", "-"),
            ("Ferry fares must be cut", "indirect", "Tom Baker", "Tom Baker", "told"),
        ],
        id="headline-name-after-a-dash",
    ),
    pytest.param(
        "TIN OUTPUT TO RISE THIS YEAR--MINISTRY\n\nTin output will rise this year, the mines"
        " ministry said.",
        [
            ("Tin output to rise this year", "indirect", None, "ministry", "--"),
            ("Tin output will rise this year", "indirect", None, "the mines ministry", "said"),
        ],
        id="wire-headline-source-after-an-unspaced-double-hyphen",
    ),
    pytest.param(
        "WELL-KNOWN MILLER CUTS 500 JOBS\n\nThe miller will close two mills.",
        [],
        id="a-hyphen-inside-a-word-is-no-dash",
    ),
    pytest.param(
        "ECONOMIC SPOTLIGHT - ITALIAN BOOM\n\nItaly's economy grew faster than any other in"
        " Europe last year.",
        [],
        id="a-kicker-before-the-dash-is-no-content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline_sources(nlp, text: str, expected: list[tuple]) -> None:
    """Parsed as a run parses them: the ALL-CAPS headline recased (offsets kept)."""
    assert _run(lambda t: nlp(recase_for_parsing(t)), text, ALL_KINDS) == expected
