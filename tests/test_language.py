"""The language check: other languages quarantined, English tables and wire copy kept."""

from __future__ import annotations

import pytest

from tests.cleaning_helpers import record
from tests.language_samples import ENGLISH_TABLES, NON_ENGLISH
from transforms.clean import clean_record
from transforms.cleaning.language import (
    english_by_words,
    english_share,
    judge_language,
    words_of,
)
from transforms.types import CleanArticle, Rejection

PROSE = (
    "The company said on Tuesday that it would close two of its plants in the north and move "
    "the work to a new site, which it expects to open by the end of next year."
)


@pytest.fixture(scope="module")
def detect():
    from flows.langid import load_language_detector

    return load_language_detector()


@pytest.mark.parametrize("language", sorted(NON_ENGLISH))
def test_other_languages_are_quarantined(detect, language: str) -> None:
    text = NON_ENGLISH[language]
    out = clean_record(record(text), detect_language=detect)
    assert isinstance(out, Rejection) and out.reason == "not_english"
    code = language.split("_")[0]
    assert f"looks like language '{code}' (detector confidence 1.00 on " in out.detail
    assert "% of words), not English" in out.detail


@pytest.mark.parametrize("name", sorted(ENGLISH_TABLES))
def test_english_tables_are_kept(detect, name: str) -> None:
    body = ENGLISH_TABLES[name]
    out = clean_record(record(f"ACME CORP <ACM> 2ND QTR NET\n\n{body}\n"), detect_language=detect)
    assert isinstance(out, CleanArticle), out
    assert out.title == "ACME CORP 2ND QTR NET"


@pytest.mark.parametrize(
    ("paragraphs", "guess", "english", "reason"),
    [
        # the detector says English
        ([PROSE], ("en", 0.99), True, "detector"),
        # it misreads a table of wire abbreviations: English words make up most of it
        (["Shr 31 cts vs 24 cts Net 4.2 mln vs 3.1 mln Revs 41.2 mln vs 36.5 mln"] * 2,
         ("pcm", 0.95), True, "english_words"),
        # unsure, with some English words
        (["Zorb 31 vlek kroo 24 net 4.2 mln plon drap 3.1 quib brel 41 zorb 36 of"] * 2,
         ("xx", 0.5), True, "unsure"),
        # a table with little prose, the detector unsure: not enough to reject it
        (["ORD 17un unch", "11.00 12un unch", "12.00 3p up 5", "13.00 11p unch"] * 3,
         ("vo", 0.22), True, "unsure"),
        # the same table, the detector sure: rejected
        (["ORD 17un unch", "11.00 12un unch", "12.00 3p up 5", "13.00 11p unch"] * 3,
         ("vo", 0.97), False, "not_english"),
        # prose the detector is unsure of but with no English words
        (["Zorb vlek kroo plon zorb vlek kroo plon zorb vlek kroo plon"] * 2,
         ("xx", 0.5), False, "not_english"),
        # under 20 words: not judged at all
        (["Too short to judge."], ("fr", 1.0), True, "too_short"),
    ],
)  # fmt: skip
def test_judge_language(
    paragraphs: list[str], guess: tuple[str, float], english: bool, reason: str
) -> None:
    verdict = judge_language(paragraphs, lambda _text: guess)
    assert (verdict.english, verdict.reason) == (english, reason)


def test_detector_giving_only_a_code_is_taken_as_sure() -> None:
    verdict = judge_language([NON_ENGLISH["de"]], lambda _text: "de")
    assert (verdict.english, verdict.language, verdict.confidence) == (False, "de", 1.0)


def test_the_detector_reads_the_prose_not_the_table() -> None:
    seen: list[str] = []

    def detect(text: str) -> tuple[str, float]:
        seen.append(text)
        return ("en", 1.0)

    table = ["Shr 31 cts vs 24 cts", "Net 4,210,000 vs 3,080,000"]
    judge_language([PROSE, *table], detect)
    assert seen == [PROSE]


def test_rejection_detail_says_how_sure() -> None:
    verdict = judge_language([NON_ENGLISH["nl"]], lambda _text: ("nl", 0.987))
    assert verdict.detail() == (
        "the text looks like language 'nl' (detector confidence 0.99 on 49 words of prose; "
        "English function words and wire abbreviations 0% of words), not English; only "
        "English articles are processed"
    )


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Shr 22 cts vs 13 cts", 1.0),  # the figures are not words
        ("the cat sat on the mat", 2 / 6),  # "on" is French too: not counted
        ("le chat est sur le tapis", 0.0),
        ("", 0.0),
    ],
)
def test_english_share(text: str, share: float) -> None:
    assert english_share(words_of(text)) == pytest.approx(share)


WIRE_TABLE = ["Shr 31 cts vs 24 cts Net 4.2 mln vs 3.1 mln Revs 41.2 mln vs 36.5 mln"] * 2
FEW_ENGLISH = ["Zorb 31 vlek kroo 24 net 4.2 mln plon drap 3.1 quib brel 41 zorb 36 of"] * 2


@pytest.mark.parametrize(
    ("paragraphs", "by_words"),
    [
        ([PROSE], True),
        (WIRE_TABLE, True),
        (["Too short, but the words are English."], True),
        (FEW_ENGLISH, False),
        ([NON_ENGLISH["de"]], False),
        ([NON_ENGLISH["nl"]], False),
    ],
)
@pytest.mark.parametrize("guess", [("en", 0.99), ("de", 1.0), ("xx", 0.5), ("vo", 0.97)])
def test_english_by_words_means_english_whatever_the_detector_says(
    paragraphs: list[str], by_words: bool, guess: tuple[str, float]
) -> None:
    assert english_by_words(paragraphs) == by_words
    if by_words:
        assert judge_language(paragraphs, lambda _text: guess).english


@pytest.mark.parametrize(("body", "detector_runs"), [(PROSE, False), (NON_ENGLISH["de"], True)])
def test_the_cleaner_runs_the_detector_only_when_the_words_do_not_decide(
    body: str, detector_runs: bool
) -> None:
    seen: list[str] = []

    def detect(text: str) -> tuple[str, float]:
        seen.append(text)
        return ("de", 1.0)

    out = clean_record(record(f"A title for the story\n\n{body}\n"), detect_language=detect)
    assert (len(seen) == 1, isinstance(out, Rejection)) == (detector_runs, detector_runs)
