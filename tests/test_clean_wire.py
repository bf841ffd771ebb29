"""Wire copy (invented, in the shape of 1980s agency files): paragraphs, sign-offs, titles."""

from __future__ import annotations

import pytest

from tests.cleaning_helpers import clean, record
from transforms.clean import clean_record, reclean
from transforms.types import CleanArticle, Removed

WIRE = (
    "NORTHFIELD MILLS <NFM> TO CLOSE TWO PLANTS\n"
    "\n"
    "Northfield Mills Inc said it will close\n"
    "two of its flour plants in Kansas by the end of the year.\n"
    "    The company said the closings would affect about 400\n"
    "workers and cost it about 12 mln dlrs, which it will\n"
    "charge against second quarter earnings.\n"
    "    Northfield said demand for its flour had fallen for three\n"
    "years in a row.\n"
    " REUTER\n"
)
WIRE_PARAGRAPHS = [
    "NORTHFIELD MILLS TO CLOSE TWO PLANTS",
    "Northfield Mills Inc said it will close two of its flour plants in Kansas by the end of "
    "the year.",
    "The company said the closings would affect about 400 workers and cost it about 12 mln "
    "dlrs, which it will charge against second quarter earnings.",
    "Northfield said demand for its flour had fallen for three years in a row.",
]


def test_indented_paragraph_starts_become_paragraphs() -> None:
    out = clean(WIRE)
    assert out.text.split("\n\n") == WIRE_PARAGRAPHS
    assert out.title == "NORTHFIELD MILLS TO CLOSE TWO PLANTS"
    assert out.removed == (Removed("ticker", "<NFM>"), Removed("signoff", "REUTER"))


def test_paragraph_whose_continuation_starts_with_a_capital_is_not_split() -> None:
    text = (
        "HARBOUR BANK SEES HIGHER PROFIT\n\n"
        "Harbour Bank Corp said it expects higher profit\n"
        "this year.\n"
        "    At a meeting with analysts earlier this week, president\n"
        "Ann Castell said the bank's loan book grew by nine pct\n"
        "in the first quarter.\n"
    )
    assert clean(text).text.split("\n\n")[1:] == [
        "Harbour Bank Corp said it expects higher profit this year.",
        "At a meeting with analysts earlier this week, president Ann Castell said the bank's "
        "loan book grew by nine pct in the first quarter.",
    ]


def test_results_table_lines_stay_apart() -> None:
    text = (
        "ORCHARD FOODS INC <ORFD> 1ST QTR NET\n\n"
        "Shr 12 cts vs nine cts\n    Net 610,000 vs 455,000\n    Revs 8.2 mln vs 7.4 mln\n"
        "    Note: prior year restated.\n Reuter\n"
    )
    out = clean(text)
    assert out.title == "ORCHARD FOODS INC 1ST QTR NET"
    assert out.text.split("\n\n")[1:] == [
        "Shr 12 cts vs nine cts",
        "Net 610,000 vs 455,000",
        "Revs 8.2 mln vs 7.4 mln",
        "Note: prior year restated.",
    ]
    assert out.removed == (Removed("ticker", "<ORFD>"), Removed("signoff", "Reuter"))


BODY = "The ministry said exports rose in March, helped by higher grain sales to Asia."


@pytest.mark.parametrize(
    ("tail", "kept", "signoff"),
    [
        ("\n\nREUTER", BODY, "REUTER"),
        ("\n\nREUTER...", BODY, "REUTER..."),
        ("\n\nreuter", BODY, "reuter"),
        ("\n\nReuters", BODY, "Reuters"),
        ("\n\n(AP)", BODY, "(AP)"),
        ("\n\n-- AFP", BODY, "-- AFP"),
        (" REUTER", BODY, "REUTER"),  # after the last sentence, on the same line
        ("  REUTERS", BODY, "REUTERS"),
    ],
)
def test_agency_signoff_moves_to_removed(tail: str, kept: str, signoff: str) -> None:
    out = clean(BODY + tail)
    assert out.text == kept
    assert out.removed == (Removed("signoff", signoff),)


@pytest.mark.parametrize(
    "last",
    [
        "The figures were confirmed by the ministry, an official told Reuters.",
        "The survey was carried out for AP and a local newspaper.",
        "Its shares rose 10 cts a share on sales of 40 mln dlrs.",  # "share on" is not a footer
        "The article was published to coincide with the meeting.",  # not a publication note
        "R.Lopez",  # a name with an initial, not a domain
    ],
)
def test_wire_body_paragraphs_are_kept(last: str) -> None:
    out = clean(f"{BODY}\n\n{last}")
    assert out.text == f"{BODY}\n\n{last}"
    assert out.removed == ()


def test_bio_with_a_name_suffix_is_kept_when_the_person_is_in_the_story() -> None:
    body = f"{BODY} Tom Weller Sr. opened the plant.\n\nWeller Sr. was the founder of the firm."
    out = clean(body)
    assert out.text == body
    assert out.removed == ()


def test_caps_title_above_a_lower_case_start_is_the_title() -> None:
    out = clean(
        "FLASH CHICAGO CATTLE UP 1.25 DLR - USDA\n\n"
        "steers and heifers rose 1.25 dlr in\n"
        "moderate trade, the usda said, with most sales at the top.\n"
    )
    assert out.title == "FLASH CHICAGO CATTLE UP 1.25 DLR - USDA"
    assert out.text.split("\n\n")[1] == (
        "steers and heifers rose 1.25 dlr in moderate trade, the usda said, with most sales at "
        "the top."
    )


@pytest.mark.parametrize("body", [WIRE, WIRE.replace(" REUTER\n", "") + "    It said so. REUTER\n"])
def test_wire_cleaning_is_idempotent(body: str) -> None:
    first = clean_record(record(body))
    second = clean_record(reclean(record(body), first))
    assert isinstance(first, CleanArticle) and isinstance(second, CleanArticle)
    assert (second.text, second.title) == (first.text, first.title)


def test_signoff_line_under_a_wrapped_paragraph_is_removed() -> None:
    body = WIRE.replace(
        "years in a row.\n REUTER\n",
        "years in a row, and that it saw no\nquick recovery\n REUTER\n",
    )
    out = clean(body)
    assert out.text.split("\n\n")[-1] == (
        "Northfield said demand for its flour had fallen for three years in a row, and that it "
        "saw no quick recovery"
    )
    assert out.removed == (Removed("ticker", "<NFM>"), Removed("signoff", "REUTER"))
