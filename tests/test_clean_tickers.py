"""Wire copy's angle-bracketed tickers and company names (:mod:`transforms.cleaning.tickers`).

Invented companies and tickers in the shape of 1980s agency copy.
"""

from __future__ import annotations

import pytest

from tests.cleaning_helpers import clean
from transforms.cleaning.tickers import holds_markup, unbracket_companies
from transforms.types import Removed


@pytest.mark.parametrize(
    ("text", "expected", "dropped"),
    [
        # a ticker after a name is dropped (kept for ``removed``)
        ("Brightwater Mills Co <BWM> said it", "Brightwater Mills Co said it", ["<BWM>"]),
        ("Brightwater Mills Co <BWM>, a miller", "Brightwater Mills Co, a miller", ["<BWM>"]),
        ("it bought Brightwater Mills Co <BWM>.", "it bought Brightwater Mills Co.", ["<BWM>"]),
        ("Kestrel Corp's <KES> unit said", "Kestrel Corp's unit said", ["<KES>"]),
        ("Tallon Bank <TLB.T> and <Ostra AG>", "Tallon Bank and Ostra AG", ["<TLB.T>"]),
        ("Marl and Finch <M&F> rose", "Marl and Finch rose", ["<M&F>"]),
        # glued to a word in a title: one space is left between the words
        ("KESTREL<KES> SETS PAYOUT", "KESTREL SETS PAYOUT", ["<KES>"]),
        ("KESTREL CORP <KES>UNIT SOLD", "KESTREL CORP UNIT SOLD", ["<KES>"]),
        ("KESTREL CORP <KES> 2ND QTR NET", "KESTREL CORP 2ND QTR NET", ["<KES>"]),
        # before a figure it stays, in parentheses ("Kestrel Corp 400" reads as a model number)
        ("Kestrel Corp <KES> 400,000 bpd", "Kestrel Corp (KES) 400,000 bpd", []),
        ("Kestrel Corp <KES> 2-1/4 to 31", "Kestrel Corp (KES) 2-1/4 to 31", []),
        # after anything else a ticker only loses its brackets
        ("trades under the symbol <KESU>.", "trades under the symbol KESU.", []),
        ("<KES> shares rose", "KES shares rose", []),
        ("a new ticker -- <KES>, the", "a new ticker -- KES, the", []),
        # a name loses its brackets
        ("<Ostra Holdings Ltd> said", "Ostra Holdings Ltd said", []),
        ("a stake in <Ostra (U.K.) Ltd>.", "a stake in Ostra (U.K.) Ltd.", []),
        ("led by <Pell, Rand and Co>, the", "led by Pell, Rand and Co, the", []),
        ("the <Ostra Holdings Ltd > unit", "the Ostra Holdings Ltd unit", []),
        ("CORRECTED-<OSTRA HOLDINGS> BUYS", "CORRECTED-OSTRA HOLDINGS BUYS", []),
        ("<OSTRA HOLDINGS>PAYOUT", "OSTRA HOLDINGS PAYOUT", []),
        ("<Ostrabank> said", "Ostrabank said", []),
        ("<400 Harbour Road Corp> said", "400 Harbour Road Corp said", []),
        # not wire brackets: left as they are
        ("if a < b and c > d", "if a < b and c > d", []),
        ("x <5 and >3", "x <5 and >3", []),
        ("write to <desk@example.org>", "write to <desk@example.org>", []),
        ("see <https://example.org/a>", "see <https://example.org/a>", []),
        ("a <p>short</p> note", "a <p>short</p> note", []),
        ("bold <B>text</B> here <KES>", "bold <B>text</B> here <KES>", []),
        ("the <em> tag", "the <em> tag", []),
        ('<div class="x">', '<div class="x">', []),
        ("a line with no brackets", "a line with no brackets", []),
    ],
)
def test_unbracket_companies(text: str, expected: str, dropped: list[str]) -> None:
    assert unbracket_companies(text) == (expected, dropped)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("<p>a</p>", True), ("<br/>", True), ("Kestrel Corp <KES>", False), ("a < b", False)],
)
def test_holds_markup(text: str, expected: bool) -> None:
    assert holds_markup(text) == expected


def test_cleaning_drops_tickers_into_removed_and_unbrackets_names() -> None:
    out = clean(
        "KESTREL CORP <KES> TO BUY OSTRA\n\n"
        "Kestrel Corp said it has agreed to buy the privately held\n"
        "<Ostra Holdings Ltd> for 12 mln dlrs in cash and notes.\n"
        "    Kestrel <KES> said the purchase would be financed by\n"
        "a loan from Tallon Bank <TLB.T> and from the sale of two\n"
        "of its smaller plants in the south of the state.\n"
    )
    assert out.text == (
        "KESTREL CORP TO BUY OSTRA\n\n"
        "Kestrel Corp said it has agreed to buy the privately held Ostra Holdings Ltd for 12 mln "
        "dlrs in cash and notes.\n\n"
        "Kestrel said the purchase would be financed by a loan from Tallon Bank and from the sale "
        "of two of its smaller plants in the south of the state."
    )
    assert out.title == "KESTREL CORP TO BUY OSTRA"
    assert [r for r in out.removed if r.kind == "ticker"] == [
        Removed("ticker", "<KES>"),
        Removed("ticker", "<KES>"),
        Removed("ticker", "<TLB.T>"),
    ]


def test_a_text_with_markup_keeps_its_brackets() -> None:
    body = "Kestrel Corp <KES> said the <b>deal</b> was done on Monday.\n"
    assert "<KES>" in clean(body).text
