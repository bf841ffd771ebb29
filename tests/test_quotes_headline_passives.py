"""A headline's passive report without its auxiliary (transforms/quotes/headline_passives.py):
"X EXPECTED TO …", "X SAID TO …", "X SEEN …" are passives with nobody named, two pieces
(subject and complement) as the body's "X is expected to …", credited to the source of the lead
paragraph's first attribution. Invented articles parsed as a run parses them (the ALL-CAPS
headline recased, offsets kept) -> exact rows."""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS
from transforms.recase import recase_for_parsing

CASES = [
    pytest.param(
        "BANK EXPECTED TO RAISE RATES\n\nThe central bank is expected to raise rates this week,"
        " dealers said.",
        [
            ("Bank", "indirect", None, "dealers", "expected"),
            ("to raise rates", "indirect", None, "dealers", "expected"),
            (
                "The central bank is expected to raise rates this week",
                "indirect",
                None,
                "dealers",
                "said",
            ),
        ],
        id="expected-to-the-subject-holds-no-view",
    ),
    pytest.param(
        "TIN OUTPUT SAID TO FALL SHARPLY\n\nTin output fell sharply last month, traders said.",
        [
            ("Tin output", "indirect", None, "traders", "said"),
            ("to fall sharply", "indirect", None, "traders", "said"),
            ("Tin output fell sharply last month", "indirect", None, "traders", "said"),
        ],
        id="said-to",
    ),
    pytest.param(
        "COPPER PRICE AVERAGE SEEN AT 70 CTS\n\nThe price will average 70 cents, the bank said.",
        [
            ("Copper price average", "indirect", None, "the bank", "seen"),
            ("at 70 cts", "indirect", None, "the bank", "seen"),
            ("The price will average 70 cents", "indirect", None, "the bank", "said"),
        ],
        id="seen-hung-on-the-noun",
    ),
    pytest.param(
        "ACME SEEN POSTING HIGHER PROFIT\n\nAcme will post a higher profit, analysts said.",
        [
            ("Acme", "indirect", None, "analysts", "seen"),
            ("posting higher profit", "indirect", None, "analysts", "seen"),
            ("Acme will post a higher profit", "indirect", None, "analysts", "said"),
        ],
        id="seen-with-a-participle",
    ),
    pytest.param(
        "ACME EXPECTED TO CUT JOBS\n\nAcme Corp will close two plants next year.",
        [
            ("Acme", "indirect", None, None, "expected"),
            ("to cut jobs", "indirect", None, None, "expected"),
        ],
        id="no-attribution-in-the-lead-no-speaker",
    ),
    pytest.param(
        "ZINC OUTPUT SEEN LOWER -- MINISTRY\n\nOutput will fall, the ministry said.",
        [
            ("Zinc Output seen lower", "indirect", None, "ministry", "--"),
            ("Output will fall", "indirect", None, "the ministry", "said"),
        ],
        id="a-source-after-a-dash-keeps-its-row",
    ),
    pytest.param(
        "TRADERS FORECAST LOWER WHEAT PRICES\n\nWheat prices will fall, traders said.",
        [
            ("lower Wheat prices", "indirect", None, "Traders", "forecast"),
            ("Wheat prices will fall", "indirect", None, "traders", "said"),
        ],
        id="a-base-form-is-the-active-present",
    ),
    pytest.param(
        "Soap finale seen by 10m\n\nThe last episode drew 10 million viewers, figures show.",
        [("The last episode drew 10 million viewers", "indirect", None, "figures", "show")],
        id="seen-by-a-count-is-sight",
    ),
    pytest.param(
        "Acme said it would cut 500 jobs.\n\nThe firm will close a plant.",
        [("it would cut 500 jobs", "indirect", "Acme", "Acme", "said")],
        id="a-first-line-ending-a-sentence-is-no-headline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_headline_passives(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(lambda t: nlp(recase_for_parsing(t)), text, ALL_KINDS) == expected
