"""Cleaning: exact outputs for each rule, golden sample articles, idempotence, properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cleaning_helpers import BODY, clean, record
from transforms.clean import clean_record, reclean
from transforms.ingest import ingest_file
from transforms.parse import parse_raw
from transforms.types import CleanArticle, Rejection, Removed

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLDEN = ROOT / "tests" / "golden" / "clean"
SAMPLES = sorted(RAW.glob("*.txt"))

# --- golden sample articles ------------------------------------------------------------------


def test_there_are_five_samples_and_five_goldens() -> None:
    assert [p.stem for p in SAMPLES] == sorted(p.stem for p in GOLDEN.glob("*.json"))
    assert len(SAMPLES) == 5


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_golden_sample(path: Path) -> None:
    golden = json.loads((GOLDEN / f"{path.stem}.json").read_text(encoding="utf-8"))
    result = ingest_file(path.read_bytes(), source=path.name)
    assert result.rejections == []
    [(_, article)] = result.articles
    assert article.text == "\n\n".join(golden["paragraphs"])
    assert article.title == golden["title"]
    assert article.deck == golden["deck"]
    assert article.byline == golden["byline"]
    assert article.published == golden["published"]
    assert article.publisher == golden["publisher"]
    assert [{"kind": r.kind, "text": r.text} for r in article.removed] == golden["removed"]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sample_cleaning_is_idempotent(path: Path) -> None:
    [raw] = parse_raw(path.read_bytes(), source=path.name)
    first = clean_record(raw)
    second = clean_record(reclean(raw, first))
    assert second.text == first.text
    assert second.title == first.title


# --- characters and white space ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A  b\u00a0c\t d\r\n\r\n\r\nNext  para.", "A b c d\n\nNext para."),
        ("zero\u200bwidth soft\u00adhyphen.", "zerowidth softhyphen."),
        ("Putinâ€™s â€œwarâ€\x9d went on.", "Putin’s “war” went on."),
        (
            "“Yes,” she said. ‘No,’ he said. \"Maybe\" 'so'.",
            "“Yes,” she said. ‘No,’ he said. \"Maybe\" 'so'.",
        ),
        ("Cafe\u0301 opened.", "Café opened."),
        ("It rose last year , then fell .", "It rose last year, then fell."),
        ("Really ? Yes ! Wait ; go : now.", "Really? Yes! Wait; go: now."),
        ("He paused ... then spoke.", "He paused ... then spoke."),
        ("Fish &amp; chips cost £5.", "Fish & chips cost £5."),
        ("The ﬁrst ofﬁce.", "The first office."),
    ],
)
def test_characters(body: str, expected: str) -> None:
    assert clean(body).text == expected


# --- Markdown, paragraphs and line breaks ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "# Big title\n\nSome **bold** and *italic* text with a [link](https://x.org/a_(b)) "
            "here.\n\nMore __strong__ and _em_ text ~~gone~~ `code`.",
            "Big title\n\nSome bold and italic text with a link here.\n\nMore strong and em text "
            "gone code.",
        ),
        ("## Sub heading ##\n\nText follows here.", "Sub heading\n\nText follows here."),
        ("Title line\n==========\n\nBody text goes here.", "Title line\n\nBody text goes here."),
        ("First part.\n\n---\n\nSecond part.", "First part.\n\nSecond part."),
        ("> A quoted line.\n> Still quoted.", "A quoted line.\n\nStill quoted."),
        ("snake_case_name and 5 * 3 * 2 stay.", "snake_case_name and 5 * 3 * 2 stay."),
        ("Items:\n- one item\n- two item", "Items:\n\n- one item\n\n- two item"),
        ("Line one ends here.\nLine two ends here.", "Line one ends here.\n\nLine two ends here."),
        ("A hard  \nbreak inside.", "A hard break inside."),
        (
            "This text was wrapped at a fixed width of sixty or so\n"
            "characters per line, the way e-mails and old wire\n"
            "copy often are, and it should come out as one single\n"
            "paragraph.\n\nThis is a second paragraph of it.",
            "This text was wrapped at a fixed width of sixty or so characters per line, the way "
            "e-mails and old wire copy often are, and it should come out as one single "
            "paragraph.\n\nThis is a second paragraph of it.",
        ),
    ],
)
def test_markup_and_paragraphs(body: str, expected: str) -> None:
    assert clean(body).text == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The minister said the plan was\n\nworking well, and more would follow.",
            "The minister said the plan was working well, and more would follow.",
        ),
        (
            'He called it a "unique chance"\n\nand left the room.',
            'He called it a "unique chance" and left the room.',
        ),
        (
            "She said the country was\n\nfighting a war. “It will end,” she added.",
            "She said the country was fighting a war. “It will end,” she added.",
        ),
        ("It ended.\n\nthen it began.", "It ended.\n\nthen it began."),
        ("It was not over\n\nBut it was late.", "It was not over\n\nBut it was late."),
        ("He listed these:\n\nbread and milk.", "He listed these:\n\nbread and milk."),
    ],
)
def test_mid_sentence_breaks_are_rejoined(body: str, expected: str) -> None:
    assert clean(body).text == expected


# --- title, deck, byline -------------------------------------------------------------------------


def test_title_and_deck_on_consecutive_lines() -> None:
    out = clean(f"Library to reopen next spring\nThe council found the money, at last.\n\n{BODY}")
    assert out.title == "Library to reopen next spring"
    assert out.deck == "The council found the money, at last."
    assert out.text == (
        f"Library to reopen next spring\n\nThe council found the money, at last.\n\n{BODY}"
    )


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (f"Library to reopen\n\n{BODY}", "Library to reopen"),
        (f"Can the library be saved?\n\n{BODY}", "Can the library be saved?"),
        (f"iPod sales soar again\n\n{BODY}", "iPod sales soar again"),
        (f"The library will reopen.\n\n{BODY}", None),
        (f"the library reopens\n\n{BODY}", None),
        (BODY, None),
    ],
)
def test_title_heuristic(body: str, title: str | None) -> None:
    assert clean(body).title == title


def test_title_from_fields_is_prepended_once() -> None:
    out = clean(BODY, title="Library **to** reopen")
    assert (out.title, out.text) == ("Library to reopen", f"Library to reopen\n\n{BODY}")
    again = clean(f"Library to reopen\n\n{BODY}", title="Library to reopen")
    assert again.text == out.text


@pytest.mark.parametrize(
    ("top", "byline", "published"),
    [
        ("By Jane Roe", "Jane Roe", None),
        ("**By Jane Roe and John Doe**", "Jane Roe and John Doe", None),
        ("By Jane Roe\n\n25 June 2023", "Jane Roe", "2023-06-25"),
        (
            "**Statement of the Example Editorial Board  \n3 March 2021**",
            "Example Editorial Board",
            "2021-03-03",
        ),
        ("Updated: Friday, 3 March 2021 10:00 GMT", None, "2021-03-03"),
    ],
)
def test_byline_and_dateline(top: str, byline: str | None, published: str | None) -> None:
    out = clean(f"# Library to reopen\n\n{top}\n\n{BODY}")
    assert out.text == f"Library to reopen\n\n{BODY}"
    assert (out.byline, out.published) == (byline, published)
    assert {r.kind for r in out.removed} == {"byline"}


def test_record_fields_win_over_text() -> None:
    out = clean(
        f"By Jane Roe\n\n{BODY}",
        byline="Field Author",
        published="2020-01-02T03:04:05Z",
        publisher="Field Times",
    )
    assert (out.byline, out.published, out.publisher) == (
        "Field Author",
        "2020-01-02",
        "Field Times",
    )


# --- properties ------------------------------------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "word",
        "Word",
        "the",
        "said",
        ".",
        ",",
        "?",
        "!",
        ":",
        ";",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\n\n\n",
        "#",
        "# ",
        "**",
        "*",
        "_",
        "__",
        "[",
        "]",
        "(",
        ")",
        "](http://x.org)",
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        "—",
        "-",
        "- ",
        "1. ",
        "> ",
        "By ",
        "REUTERS/Jane Doe",
        "Translation:",
        "https://x.org/a",
        "Jane Roe is a fellow at X.",
        "\t",
        "\u00a0",
        "\u200b",
        "â€™",
        "é",
        "£",
        "25 June 2023",
        "Photo:",
        "subscribe",
        "~~",
        "`",
        "\\",
    ]
)
TEXTS = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_cleaning_is_idempotent(body: str) -> None:
    first = clean_record(record(body))
    if isinstance(first, Rejection):
        return
    second = clean_record(reclean(record(body), first))
    assert isinstance(second, CleanArticle)
    assert second.text == first.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_cleaning_never_raises_on_arbitrary_text(body: str) -> None:
    out = clean_record(record(body, title=body[:20] or None))
    assert isinstance(out, CleanArticle | Rejection)
    if isinstance(out, CleanArticle):
        assert out.text == out.text.strip()
        assert "\n\n\n" not in out.text
        assert all(p.strip() == p and p and "\n" not in p for p in out.text.split("\n\n"))


def test_deck_from_fields_is_recognised_not_inserted() -> None:
    deck = "Readers queued for hours, and the mayor cut a ribbon."
    out = clean(f"Library reopens\n\n{deck}\n\n{BODY}", deck=deck)
    assert (out.title, out.deck) == ("Library reopens", deck)
    assert out.text == f"Library reopens\n\n{deck}\n\n{BODY}"
    absent = clean(f"Library reopens\n\n{BODY}", deck="A teaser that is not in the body.")
    assert absent.deck is None
    assert absent.text == f"Library reopens\n\n{BODY}"


@pytest.mark.parametrize(
    ("first", "publisher"),
    [
        ("LONDON (Reuters) - Britain's library budget rose.", "Reuters"),
        ("WASHINGTON, June 25 (AP) — The library budget rose.", "AP"),
        ("Washington (CNN) — The library budget rose.", "CNN"),
        ("London - The library budget rose.", None),
    ],
)
def test_wire_dateline_names_the_publisher(first: str, publisher: str | None) -> None:
    out = clean(f"{first}\n\n{BODY}")
    assert out.publisher == publisher
    assert out.text == f"{first}\n\n{BODY}"


@pytest.mark.parametrize(
    "line", ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement"]
)
def test_advert_placeholders_are_removed(line: str) -> None:
    out = clean(f"{BODY}\n\n{line}\n\nIt opens in May.")
    assert out.text == f"{BODY}\n\nIt opens in May."
    assert out.removed == (Removed("advert", line),)


def test_one_short_sentence_per_line_is_not_taken_for_wrapping() -> None:
    lines = [
        "The library opened its doors at nine on Monday.",
        "Hundreds of readers were waiting outside.",
        "Some had queued since dawn to get in first.",
        "The mayor thanked the builders in a short speech.",
    ]
    assert clean("\n".join(lines)).text == "\n\n".join(lines)


@pytest.mark.parametrize("body", ["# .\\\nword", "# ...\\\nsome words here"])
def test_punctuation_only_titles_are_idempotent(body: str) -> None:
    first = clean_record(record(body), min_words=0)
    second = clean_record(reclean(record(body), first), min_words=0)
    assert second.text == first.text
    assert first.text.split("\n\n")[1:] == [body.split("\n")[1]]  # the title is not repeated
