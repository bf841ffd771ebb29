"""Where the content of reported speech stops at its far edge (``indirect`` and ``mixed`` rows).

Invented sentences -> the extractor's exact rows (every kind): a dash aside closing the content
(not a dash followed by a conjunction, between two dashes, in a content before its cue or inside
a quotation), clauses and phrases after the object ("after", "despite", "by", a margin, "on
condition of anonymity"; a poll's "ahead"/"up" stays), and the edges of a mixed content at a
colon or an opening quotation, and a content that would run past a quotation ending a sentence.
The other boundaries are in
``test_quotes_reported_spans.py``.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "The mayor said the bridge would reopen in May — a month later than planned.",
        [("the bridge would reopen in May", "indirect", None, "The mayor", "said")],
        id="a-dash-aside-closing-the-content-is-left-out",
    ),
    pytest.param(
        "Roe warned that the ferry would close -- including the night service.",
        [("that the ferry would close", "indirect", "Roe", "Roe", "warned")],
        id="a-double-hyphen-aside-closing-the-content-is-left-out",
    ),
    pytest.param(
        "The mayor said the bridge would reopen in May — and that the toll would stay.",
        [
            (
                "the bridge would reopen in May — and that the toll would stay",
                "indirect",
                None,
                "The mayor",
                "said",
            )
        ],
        id="a-conjunction-after-the-dash-goes-on-with-the-content",
    ),
    pytest.param(
        "Roe said that voters - who had backed her twice - stayed home.",
        [
            (
                "that voters - who had backed her twice - stayed home",
                "indirect",
                "Roe",
                "Roe",
                "said",
            )
        ],
        id="a-phrase-between-two-dashes-stays-in-the-content",
    ),
    pytest.param(
        "The bridge is safe — and will reopen in May, the mayor said.",
        [("The bridge is safe — and will reopen in May", "indirect", None, "the mayor", "said")],
        id="content-before-its-cue-keeps-its-dash",
    ),
    pytest.param(
        'Roe called the plan "a mess — a total mess" on Monday.',
        [
            ('the plan "a mess — a total mess"', "mixed", "Roe", "Roe", "called"),
            ("a mess — a total mess", "partial", "Roe", "Roe", "called"),
        ],
        id="a-dash-inside-a-quotation-is-not-an-aside",
    ),
    pytest.param(
        "Jane Roe praised the new plan after meeting the council.",
        [("the new plan", "indirect", "Jane Roe", "Jane Roe", "praised")],
        id="an-after-clause-of-another-action-after-the-object-is-not-content",
    ),
    pytest.param(
        "Jane Roe attacked the merger despite losing the vote.",
        [("the merger", "indirect", "Jane Roe", "Jane Roe", "attacked")],
        id="a-despite-clause-after-the-object-is-not-content",
    ),
    pytest.param(
        "Jane Roe supported the budget by a wide margin.",
        [("the budget", "indirect", "Jane Roe", "Jane Roe", "supported")],
        id="a-by-phrase-of-a-margin-after-the-object-is-not-content",
    ),
    pytest.param(
        "Farmers backed Jane Roe by 12 points.",
        [("Jane Roe", "indirect", "Farmers", "Farmers", "backed")],
        id="a-by-phrase-of-a-number-after-the-object-is-not-content",
    ),
    pytest.param(
        "Jane Roe predicted a victory by 12 points.",
        [("a victory by 12 points", "indirect", "Jane Roe", "Jane Roe", "predicted")],
        id="a-margin-hung-on-the-object-noun-stays-in-the-content",
    ),
    pytest.param(
        "A new poll shows Roe 12 points ahead of Smith in Ohio.",
        [("Roe 12 points ahead of Smith in Ohio", "indirect", None, "A new poll", "shows")],
        id="a-poll-showing-a-candidate-ahead-keeps-the-standing",
    ),
    pytest.param(
        "The survey showed Roe up by 10 points in the next contest.",
        [("Roe up by 10 points in the next contest", "indirect", None, "The survey", "showed")],
        id="a-margin-after-a-standing-word-is-the-poll-s-finding",
    ),
    pytest.param(
        "A senior aide confirmed the meeting on the condition of anonymity.",
        [("the meeting", "indirect", None, "A senior aide", "confirmed")],
        id="on-condition-of-anonymity-after-the-object-is-not-content",
    ),
    pytest.param(
        "An aide described her remarks on condition of anonymity.",
        [("her remarks", "indirect", None, "An aide", "described")],
        id="on-condition-of-anonymity-is-no-topic-of-a-noun-cue",
    ),
    pytest.param(
        "Jane Roe mentioned the mayor by name.",
        [("the mayor by name", "indirect", "Jane Roe", "Jane Roe", "mentioned")],
        id="by-name-stays-in-the-content",
    ),
    pytest.param(
        "Jane Roe defended the tax plan by citing a recent study.",
        [
            ("the tax plan", "indirect", "Jane Roe", "Jane Roe", "defended"),
            ("a recent study", "indirect", "Jane Roe", "Jane Roe", "citing"),
        ],
        id="a-by-clause-with-a-cue-of-its-own-is-its-own-report",
    ),
    pytest.param(
        "Jane Roe welcomed the plan for new schools in the city.",
        [("the plan for new schools in the city", "indirect", "Jane Roe", "Jane Roe", "welcomed")],
        id="other-phrases-after-the-object-stay-in-the-content",
    ),
    pytest.param(
        'The mayor was calm: "We will rebuild the bridge," she said.',
        [("We will rebuild the bridge,", "direct", None, "she", "said")],
        id="a-lead-in-before-a-colon-is-not-content-of-the-quotation-after-it",
    ),
    pytest.param(
        'The new rule mostly helps the rich: such income "is highly concentrated at the top,"'
        " she said.",
        [
            ('such income "is highly concentrated at the top,"', "mixed", None, "she", "said"),
            ("is highly concentrated at the top,", "partial", None, "she", "said"),
        ],
        id="a-mixed-content-before-its-cue-starts-after-a-colon",
    ),
    pytest.param(
        'Such income "is highly concentrated at the top," she said.',
        [
            ('Such income "is highly concentrated at the top,"', "mixed", None, "she", "said"),
            ("is highly concentrated at the top,", "partial", None, "she", "said"),
        ],
        id="a-mixed-content-before-its-cue-without-a-colon-keeps-its-start",
    ),
    pytest.param(
        'Roe says "the wind is at our backs" despite her loss in the county.',
        [
            (
                '"the wind is at our backs" despite her loss in the county',
                "mixed",
                "Roe",
                "Roe",
                "says",
            ),
            ("the wind is at our backs", "partial", "Roe", "Roe", "says"),
        ],
        id="a-content-starting-with-a-quotation-keeps-it-as-one-mixed-row",
    ),
    pytest.param(
        'The mayor said "the bridge will reopen" in May after the repairs.',
        [
            (
                '"the bridge will reopen" in May after the repairs',
                "mixed",
                None,
                "The mayor",
                "said",
            ),
            ("the bridge will reopen", "partial", None, "The mayor", "said"),
        ],
        id="the-words-after-an-opening-quotation-are-not-a-row-of-their-own",
    ),
    pytest.param(
        'Asked about the bridge, Ann Roe said: "It is a good plan." She showed the drawings to'
        " reporters.",
        [
            ("the bridge", "indirect", None, None, "Asked"),
            ("It is a good plan.", "direct", "Ann Roe", "Ann Roe", "said"),
            ("the drawings", "indirect", "Ann Roe", "She", "showed"),
        ],
        id="a-content-stops-at-a-quotation-ending-a-sentence-before-a-new-one",
    ),
    pytest.param(
        'Tom Baker told the council: "The toll was a mistake. "We will scrap it in May." He then'
        " left the meeting early.",
        [
            ("The toll was a mistake.", "direct", "Tom Baker", "Tom Baker", "told"),
            ("We will scrap it in May.", "direct", "Tom Baker", "Tom Baker", None),
        ],
        id="a-content-stops-at-the-first-paragraph-of-a-run-together-quotation",
    ),
    pytest.param(
        'In 1968 Tom Baker said: "I am not going to resign. They will have to throw me out". When'
        " mayor, he sent troops to the port.",
        [
            (
                "I am not going to resign. They will have to throw me out",
                "direct",
                "Tom Baker",
                "Tom Baker",
                "said",
            ),
        ],
        id="a-content-stops-at-a-quotation-with-the-full-stop-after-the-mark",
    ),
    pytest.param(
        'Ann Roe said the toll was "a mistake." The council agreed.',
        [
            ('the toll was "a mistake."', "mixed", "Ann Roe", "Ann Roe", "said"),
            ("a mistake.", "partial", "Ann Roe", "Ann Roe", "said"),
        ],
        id="a-mixed-content-ending-with-the-quotation-keeps-it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_content_far_edges(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
