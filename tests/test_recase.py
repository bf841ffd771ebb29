"""ALL-CAPS lines recased for the parser (invented wire headlines), offsets kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.extract import as_written, extract_facts
from transforms.recase import is_caps_line, is_title_case_line, recase_for_parsing
from transforms.types import ArticleFacts, Mention, NumberFact, Quote


@pytest.mark.parametrize(
    ("text", "first_line"),
    [
        # words take the form they have in the body
        ("HARBOUR BANK CUTS JOBS\n\nHarbour Bank said it would cut jobs.", "Harbour Bank cuts jobs"),
        # words the body lacks and function words are lower case
        ("MILLER TO BUY PAPER MILL IN OREGON\n\nThe mill makes paper.", "Miller to buy paper mill in oregon"),
        # after a digit, lower case; acronyms in the body stay capitals; one letter stays
        ("ACME <ACM> 4TH QTR NET\n\nACME <ACM> said net rose.", "ACME <ACM> 4th qtr net"),
        ("U.S. SAYS NATO MUST ACT\n\nThe U.S. said NATO must act now.", "U.S. says NATO must act"),
        # a sentence-start form is used when that is all the body has
        ("GRAIN STOCKS FALL\n\nStocks of grain fell.", "Grain Stocks fall"),
        # only the title: an ALL-CAPS line further down stays as it is
        ("PORT REOPENS\n\nThe port reopens.\n\nSAN DIEGO 76 60", "Port reopens"),
        # the first word of the line starts with a capital
        ("THE PORT REOPENS\n\nthe port reopens today.", "The port reopens"),
        # a length-changing case change is not made ("İ" lower-cases to two characters)
        ("İZMIR PORT REOPENS\n\nThe port reopens.", "İzmir port reopens"),
        # a company's name opening the line with its legal suffix keeps its capitals
        ("KELVARA MINING INC 3RD QTR NET\n\nShr 12 cts vs 9 cts", "Kelvara Mining Inc 3rd qtr net"),
        ("DORN AND PIKE CORP SETS PAYOUT\n\nQtly div 5 cts", "Dorn and Pike Corp sets payout"),
        # not when the article writes one of its words in small letters
        ("LAKE BUYS TANNER CORP\n\nLake buys the maker of tanks.", "Lake buys tanner corp"),
        # a month before a day keeps its capital, so the date is read
        ("KELVARA MINING INC 3RD QTR FEB 28 NET\n\nShr 4 cts", "Kelvara Mining Inc 3rd qtr Feb 28 net"),
        ("TALKS PUT OFF TO MAY 4\n\nThe talks were put off.", "Talks put off to May 4"),
        ("TALKS MAY RESUME\n\nThe talks may resume.", "Talks may resume"),
    ],
)  # fmt: skip
def test_recased_first_line(text: str, first_line: str) -> None:
    out = recase_for_parsing(text)
    assert out.split("\n")[0] == first_line
    assert out[len(first_line) :] == text[len(first_line) :]  # the rest is untouched


@pytest.mark.parametrize(
    ("line", "caps"),
    [
        ("HARBOUR BANK CUTS JOBS", True),
        ("SOCCER - LEAGUE RESULTS.", True),
        ("Harbour Bank cuts jobs", False),
        ("The IMF and NATO met.", False),
        ("OK", False),
        ("12.00 3p UP 5", False),
    ],
)
def test_is_caps_line(line: str, caps: bool) -> None:
    assert is_caps_line(line) is caps


_BODY = (
    "The harbour board of Port Alder met on Monday and said the plan would wait. Officials "
    "at the Harbour Bank, which lends to the board, said costs had risen and the vote on the "
    "new plan for the port was delayed until spring. "
)


@pytest.mark.parametrize(
    ("title", "recased"),
    [
        # words the body writes in small letters are lower-cased, names keep their capital
        ("Harbour Board Says Port Alder Plan Will Wait", "Harbour board says Port Alder plan will wait"),
        # a word the body has only at a sentence start keeps its capital ("Officials")
        ("Harbour Bank Costs Have Risen, Officials Say", "Harbour Bank costs have risen, Officials say"),
        # a verb of saying the body lacks is lower-cased; other words the body lacks are kept
        ("Port Alder Mayor Denies Report", "Port Alder Mayor denies report"),
        ("Port Alder Rejects Riverside Bid", "Port Alder Rejects Riverside Bid"),
        # ... unless every word is capitalised and two or more are words the body writes in
        # small letters: the capitals are house style, and words the body lacks are lower-cased
        ("Port Alder Mayor Says Plan Was Halted", "Port Alder mayor says plan was halted"),
        # a word the body has in another inflection takes its case ("Delays": "delayed")
        ("Harbour Board Delays Spring Vote", "Harbour board delays spring vote"),
        # function words are lower case, the article "A" too, "I" and "Q&A" stay
        ("Q&A: Why The Port Alder Vote Is A Delay", "Q&A: why the Port Alder vote is a delay"),
        ("Officials: I Said The Plan Would Wait", "Officials: I said the plan would wait"),
        # a pair of capitalised words the body has keeps both capitals ("Harbour Bank")
        ("Costs At The Harbour Bank Have Risen", "Costs at the Harbour Bank have risen"),
        # the first word keeps its capital; quoted words are recased as well
        ("The Vote Was ‘Delayed Until Spring’", "The vote was ‘delayed until spring’"),
    ],
)  # fmt: skip
def test_title_case_title_is_recased(title: str, recased: str) -> None:
    text = f"{title}\n\n{_BODY}"
    out = recase_for_parsing(text)
    assert out == f"{recased}\n\n{_BODY}"


@pytest.mark.parametrize(
    "text",
    [
        # a sentence-case title, and a first line that is a body sentence, stay as they are
        f"Harbour Bank says the port plan will wait\n\n{_BODY}",
        f"The board met in Port Alder on Monday and said the plan would wait.\n\n{_BODY}",
        # no body to take forms from
        "Harbour Board Says Port Alder Plan Will Wait\n\nCosts rose.",
        "Harbour Board Says Port Alder Plan Will Wait",
    ],
)
def test_title_case_title_left_as_it_is(text: str) -> None:
    assert recase_for_parsing(text) is text


@pytest.mark.parametrize(
    ("line", "titled"),
    [
        ("Harbour Board Says Port Plan Will Wait", True),
        ("Harbour Board Says Port Plan Will Wait.", True),
        ("Costs At The Harbour Bank Have Risen", True),
        ("Harbour Bank says the port plan will wait", False),
        ("HARBOUR BANK CUTS JOBS", False),
        ("Port Votes", False),  # fewer than three capitalised words
        ("Port of Alder", False),
        ("The Latest: Harbour Bank says costs rose", False),
    ],
)
def test_is_title_case_line(line: str, titled: bool) -> None:
    assert is_title_case_line(line) is titled


@given(
    st.lists(st.sampled_from(["Port", "Alder", "Says", "The", "A", "Plan", "Will", "Wait", "Q&A"]),
             min_size=3, max_size=12),
)  # fmt: skip
def test_title_recasing_only_changes_case(words: list[str]) -> None:
    text = " ".join(words) + "\n\n" + _BODY
    out = recase_for_parsing(text)
    assert len(out) == len(text)
    assert out.casefold() == text.casefold()
    assert out.split("\n")[0][:1] == text[:1]  # the first word keeps its capital
    assert out[out.index("\n") :] == text[text.index("\n") :]


def test_every_caps_line_on_request() -> None:
    text = "Port reopens\n\nThe port of San Diego reopens.\n\nSAN DIEGO PORT 76 60"
    assert recase_for_parsing(text, title_only=False).endswith("\n\nSan Diego port 76 60")


def test_text_without_caps_lines_is_returned_as_is() -> None:
    text = "Harbour Bank cuts jobs\n\nThe bank said so."
    assert recase_for_parsing(text) is text


@given(st.text(alphabet=st.sampled_from("ABCİẞßǅaeıﬁ Ω.\n<>4-"), max_size=80))
def test_recasing_keeps_the_length(text: str) -> None:
    out = recase_for_parsing(text)
    assert len(out) == len(text)
    assert out.casefold() == text.casefold() or len(out) == len(text)


def test_as_written_slices_texts_from_the_original() -> None:
    original = "HARBOUR BANK CUTS JOBS\n\nText."
    facts = ArticleFacts(
        mentions=[Mention(0, 12, "Harbour Bank", "ORG", name="Harbour Bank")],
        quotes=[Quote(13, 22, "cuts jobs", "scare")],
        numbers=[
            NumberFact(0, 7, "Harbour", None, "count", about="Bank", about_start=8, about_end=12)
        ],
    )
    out = as_written(facts, original)
    assert [(m.text, m.name) for m in out.mentions] == [("HARBOUR BANK", "Harbour Bank")]
    assert [q.text for q in out.quotes] == ["CUTS JOBS"]
    assert [(n.text, n.about) for n in out.numbers] == [("HARBOUR", "BANK")]


def test_entities_in_a_caps_headline_are_found_like_the_body(nlp) -> None:
    text = (
        "JAPAN ASKS BRAZIL TO CUT COFFEE EXPORTS\n\n"
        "Japan has asked Brazil to cut its coffee exports by 300,000 bags, a trade ministry "
        "official in Tokyo said."
    )
    facts = extract_facts(nlp(recase_for_parsing(text)), text=text)
    found = {(m.text, m.label) for m in facts.mentions}
    assert {("JAPAN", "GPE"), ("BRAZIL", "GPE"), ("Japan", "GPE"), ("Brazil", "GPE")} <= found
    assert not any(m.text == "CUT COFFEE" for m in facts.mentions)  # an ORG on the raw text
    assert all(text[m.start : m.end] == m.text for m in facts.mentions)
    assert all(text[n.start : n.end] == n.text for n in facts.numbers)


def test_caps_title_day_is_a_date(nlp) -> None:
    text = "KELVARA MINING INC 3RD QTR FEB 28 NET\n\nShr 4 cts vs 3 cts"
    facts = extract_facts(nlp(recase_for_parsing(text)), text=text)
    assert [(n.text, n.kind) for n in facts.numbers] == [
        ("3RD", "ordinal"),
        ("FEB 28", "date"),
        ("4 cts", "money"),
        ("3 cts", "money"),
    ]
