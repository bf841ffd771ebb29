"""Cleaning: boilerplate removal, rejections and language, encodings (invented texts)."""

from __future__ import annotations

import codecs

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)
import pytest

from tests.cleaning_helpers import BODY, clean, record
from tests.language_samples import NON_ENGLISH
from transforms.clean import clean_record
from transforms.ingest import ingest_file
from transforms.types import CleanArticle, Rejection, Removed

# --- boilerplate -----------------------------------------------------------------------------------

CAPTION = "Workers repair the roof of the library on March 3, 2021. REUTERS/Jane Roe"


@pytest.mark.parametrize(
    ("extra", "where", "kind"),
    [
        (CAPTION, "middle", "caption"),
        ("Workers stand outside the library. (AP Photo/John Doe)", "middle", "caption"),
        ("Workers stand outside the library. Jane Roe/AFP via Getty Images", "middle", "caption"),
        ("Photo: Jane Roe for the Example Times", "middle", "caption"),
        ("https://example.org/library-news", "middle", "url"),
        ("www.example.org", "end", "url"),
        ("Read more: Why libraries matter", "middle", "related"),
        ("This article was first published on Example Review.", "end", "first_published"),
        ("Originally published in Example Review on 3 March 2021.", "middle", "first_published"),
        ("Jane Roe is a senior fellow at the Example Institute.", "end", "bio"),
        ("Jane Roe and John Doe are researchers at Example University.", "end", "bio"),
        ("Translation: AB", "end", "trailer"),
        ("Bonus video:", "end", "trailer"),
        ("Reporting by Jane Roe; Editing by John Doe", "end", "trailer"),
        ("Sign up for our daily newsletter.", "end", "footer"),
        ("To contact the editors, visit:", "end", "footer"),
        ("Share this article on social media", "end", "footer"),
        ("© 2023 Example Media. All rights reserved.", "end", "footer"),
    ],
)
def test_boilerplate_is_removed(extra: str, where: str, kind: str) -> None:
    second = "Work will start in May and should take a year, the council's leader said."
    paras = [BODY, second]
    paras.insert(1 if where == "middle" else 2, extra)
    out = clean("\n\n".join(paras))
    assert out.text == f"{BODY}\n\n{second}"
    assert [(r.kind, r.text) for r in out.removed] == [(kind, extra)]


@pytest.mark.parametrize(
    "last",
    [
        # the person is in the story, so this is not an author bio
        "Jane Roe is a member of the council and voted against the plan.",
        # a body paragraph that mentions a newsletter but reports speech
        "The library will also send a newsletter to readers, she said.",
        # a "Video" paragraph that is a sentence, not a label
        "Video of the flood was shared widely online.",
        # a quotation
        "“Subscribe to the idea of a library,” Ms Roe told the meeting.",
        # topic words that are not calls to action
        "The copyright case continues next month.",
        "The newsletter was first published in 1990.",
        "He will subscribe to the new service.",
        # a closing fact about a poll, not a photo credit
        "A poll by Reuters/Ipsos found most readers agreed.",
    ],
)
def test_body_paragraphs_are_kept(last: str) -> None:
    body = f"{BODY} Councillor Jane Roe voted against.\n\n{last}"
    out = clean(body)
    assert out.text == body
    assert out.removed == ()


def test_trailing_rules_do_not_fire_mid_article() -> None:
    body = f"{BODY}\n\nSign up for the reading club was brisk.\n\nIt opens in May."
    assert clean(body).text == body


def test_first_published_gives_publisher_and_date() -> None:
    out = clean(
        f"{BODY}\n\nThis article was originally published in Example Review on 3 March 2021."
    )
    assert (out.publisher, out.published) == ("Example Review", "2021-03-03")


def test_bio_names_the_author() -> None:
    out = clean(f"{BODY}\n\nJane Roe is a professor of history at Example University.")
    assert out.byline == "Jane Roe"


def test_markdown_image_goes_to_removed() -> None:
    out = clean(f"{BODY}\n\n![The library roof](https://example.org/roof.jpg)")
    assert out.text == BODY
    assert out.removed == (Removed("image", "![The library roof](https://example.org/roof.jpg)"),)


# --- rejections and language --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "",
        "   \n\n  ",
        "https://example.org/only-a-link",
        "Translation: AB\n\nBonus video:",
        "**  **",
    ],
)
def test_empty_after_clean(body: str) -> None:
    out = clean_record(record(body))
    assert isinstance(out, Rejection)
    assert out.reason == "empty_after_clean"


def test_language_detector_is_passed_in() -> None:
    calls: list[str] = []

    def detect(text: str) -> str:
        calls.append(text)
        return "fr"

    french = NON_ENGLISH["fr"]
    out = clean_record(record(french), detect_language=detect)
    assert isinstance(out, Rejection) and out.reason == "not_english"
    assert "'fr'" in out.detail
    assert calls == [french]
    short = clean_record(record("Too short to judge."), detect_language=detect)
    assert isinstance(short, CleanArticle)
    assert isinstance(clean_record(record(BODY), detect_language=lambda t: "en"), CleanArticle)


# --- encodings -------------------------------------------------------------------------------------------

ARTICLE = (
    "Café prices rise in Leeds\n\n"
    "Owners said on Monday that a flat white now costs £3.20 — “too much”, one customer said.\n\n"
    "‘We had no choice,’ the owner of a crêperie told reporters."
)


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("utf-16-le"),
        ARTICLE.encode("cp1252"),
        ARTICLE.replace("\n", "\r\n").encode("cp1252"),
        ARTICLE.encode("utf-8")
        .decode("sloppy-windows-1252")
        .encode("utf-8"),  # mojibake (double encoded)
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf16le",
        "cp1252",
        "cp1252-crlf",
        "mojibake",
    ],
)
def test_same_article_in_each_encoding_cleans_the_same(data: bytes) -> None:
    result = ingest_file(data, source="cafe.txt")
    assert result.rejections == []
    [(_, article)] = result.articles
    assert article.text == ARTICLE
    assert article.title == "Café prices rise in Leeds"


def test_latin1_article_cleans_the_same() -> None:
    text = (
        "Crème brûlée wins prize\n\nThe café in Zürich won £500 for its naïve recipe, judges said."
    )
    [(_, a)] = ingest_file(text.encode("latin-1"), source="x.txt").articles
    [(_, b)] = ingest_file(text.encode("utf-8"), source="x.txt").articles
    assert a.text == b.text == text
