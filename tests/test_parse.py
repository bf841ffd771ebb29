"""Decoding and format parsing: raw bytes of one file -> records or a rejection."""

from __future__ import annotations

import codecs
import json

import pytest

from transforms.cleaning.dates import normalise_date
from transforms.cleaning.decode import decode_bytes
from transforms.parse import format_of, parse_raw
from transforms.types import RawRecord, Rejection

TEXT = "Café owners in Leeds said on Monday that prices rose by £3 — “too much”, one said.\n"


@pytest.mark.parametrize(
    ("source", "fmt"),
    [
        ("a.txt", "txt"),
        ("dir/b.TXT", "txt"),
        ("c.md", "md"),
        ("d.markdown", "md"),
        ("e.html", "html"),
        ("f.HTM", "html"),
        ("g.json", "json"),
        ("h.jsonl", "jsonl"),
        ("i.ndjson", "jsonl"),
        ("j.pdf", None),
        ("noext", None),
        ("dir.v2/noext", None),
    ],
)
def test_format_of(source: str, fmt: str | None) -> None:
    assert format_of(source) == fmt


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decode_supported_encodings(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data, source="x.txt")
    assert (decoded.text, decoded.encoding) == (TEXT, encoding)


def test_decode_latin1_text() -> None:
    text = "The café in Zürich charged £5 for a naïve crème brûlée, the owner said.\n"
    assert decode_bytes(text.encode("latin-1"), source="x.txt").text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n1 0 obj\n", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary"),
        (b"some text\x00\x00\x01\x02 more", "binary"),
        (bytes(range(128, 256)) * 3, "undecodable"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa broken", "undecodable"),
    ],
)
def test_decode_rejects(data: bytes, reason: str) -> None:
    decoded = decode_bytes(data, source="bad.txt")
    assert decoded.text is None
    assert decoded.reason == reason
    assert decoded.detail is not None and decoded.detail.startswith("bad.txt: ")


@pytest.mark.parametrize(
    ("data", "source", "max_bytes", "reason"),
    [
        (b"", "empty.txt", None, "empty"),
        (b"  \n\t\r\n ", "blank.txt", None, "empty"),
        (codecs.BOM_UTF8 + b"\n\n", "bom-only.txt", None, "empty"),
        (b"x" * 101, "big.txt", 100, "too_large"),
        (b"hello", "report.pdf", None, "unsupported_format"),
        (b'{"text": "abc", ', "trunc.json", None, "invalid_json"),
        (b"[]", "none.json", None, "empty"),
        (b'"just a string"', "str.json", None, "invalid_record"),
        (b'{"title": "No body here"}', "nobody.json", None, "invalid_record"),
        (b"<html><body><nav>Home</nav></body></html>", "nav.html", None, "no_body"),
        (b"\n\n", "blank.jsonl", None, "empty"),
    ],
)
def test_whole_file_rejections(
    data: bytes, source: str, max_bytes: int | None, reason: str
) -> None:
    result = parse_raw(data, source=source, max_bytes=max_bytes)
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert result.detail.startswith(source)


def test_plain_text_and_markdown_are_one_record() -> None:
    [txt] = parse_raw(TEXT.encode(), source="a/b.txt")
    [md] = parse_raw(TEXT.encode(), source="a/b.md")
    assert isinstance(txt, RawRecord) and isinstance(md, RawRecord)
    assert (txt.source, txt.fmt, txt.body) == ("a/b.txt", "txt", TEXT)
    assert (md.fmt, md.body) == ("md", TEXT)
    assert len(txt.content_sha256) == 64


ARTICLE = {
    "headline": "Council approves new homes",
    "body": "The council approved 300 new homes on Monday.",
    "link": "https://example.org/homes",
    "datePublished": "2023-06-25T10:00:00Z",
    "publisher": {"@type": "Organization", "name": "Example Times"},
    "authors": [{"name": "Jane Roe"}, "John Doe"],
}


def test_json_field_mapping() -> None:
    [record] = parse_raw(json.dumps(ARTICLE).encode(), source="one.json")
    assert record == RawRecord(
        source="one.json",
        content_sha256=record.content_sha256,
        body="The council approved 300 new homes on Monday.",
        fmt="json",
        title="Council approves new homes",
        byline="Jane Roe, John Doe",
        published="2023-06-25",
        publisher="Example Times",
        url="https://example.org/homes",
    )


@pytest.mark.parametrize(
    ("obj", "field", "value"),
    [
        ({"text": "T"}, "body", "T"),
        ({"content": "T"}, "body", "T"),
        ({"article": "T"}, "body", "T"),
        ({"Body": "T"}, "body", "T"),
        ({"text": "T", "title": "H"}, "title", "H"),
        ({"text": "T", "url": "u"}, "url", "u"),
        ({"text": "T", "published": "25 June 2023"}, "published", "2023-06-25"),
        ({"text": "T", "date": "June 25, 2023"}, "published", "2023-06-25"),
        ({"text": "T", "pubDate": "Sun, 25 Jun 2023 10:00:00 GMT"}, "published", "2023-06-25"),
        ({"text": "T", "date": "not a date"}, "published", None),
        ({"text": "T", "source": {"id": "x", "name": "Wire"}}, "publisher", "Wire"),
        ({"text": "T", "site": "example.org"}, "publisher", "example.org"),
        ({"text": "T", "author": "A B"}, "byline", "A B"),
        ({"text": "T", "byline": "By A B"}, "byline", "By A B"),
    ],
)
def test_json_field_aliases(obj: dict, field: str, value: str | None) -> None:
    [record] = parse_raw(json.dumps(obj).encode(), source="a.json")
    assert getattr(record, field) == value


def test_json_array_and_container() -> None:
    items = [{"text": "First article."}, 42, {"title": "no body"}, {"text": "Third."}]
    for payload in (items, {"articles": items}):
        out = parse_raw(json.dumps(payload).encode(), source="many.json")
        assert isinstance(out, list)
        assert [type(x).__name__ for x in out] == [
            "RawRecord",
            "Rejection",
            "Rejection",
            "RawRecord",
        ]
        assert [x.source for x in out] == [
            "many.json#0",
            "many.json#1",
            "many.json#2",
            "many.json#3",
        ]
        assert [x.reason for x in out if isinstance(x, Rejection)] == [
            "invalid_record",
            "invalid_record",
        ]


def test_jsonl_bad_line_is_its_own_rejection() -> None:
    lines = [
        json.dumps({"text": "Line one article."}),
        "",
        '{"text": "truncated',
        json.dumps({"text": "Line four article.", "title": "Four"}),
    ]
    out = parse_raw("\n".join(lines).encode(), source="feed.jsonl")
    assert isinstance(out, list)
    assert [(x.source, type(x).__name__) for x in out] == [
        ("feed.jsonl:1", "RawRecord"),
        ("feed.jsonl:3", "Rejection"),
        ("feed.jsonl:4", "RawRecord"),
    ]
    assert out[1].reason == "invalid_json"
    assert out[2].title == "Four"


HTML = """<html><head><title>Bridge reopens - Example News</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2023-06-25">
<meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<article><h1>Bridge reopens</h1>
<p>The old bridge over the river reopened on Sunday after two years of repairs that cost
the county more than £4m, officials said.</p>
<p>Drivers queued for an hour to cross it, and the mayor cut a ribbon at noon in front of a
crowd of several hundred people.</p></article>
<footer>Contact us | Subscribe</footer></body></html>"""


def test_html_extraction() -> None:
    [record] = parse_raw(HTML.encode(), source="page.html")
    assert record.fmt == "html"
    assert record.title == "Bridge reopens"
    assert record.byline == "Jane Roe"
    assert record.published == "2023-06-25"
    assert record.publisher == "Example News"
    assert "The old bridge over the river reopened on Sunday" in record.body
    assert "Subscribe" not in record.body and "About" not in record.body


def test_json_body_holding_html_goes_through_the_extractor() -> None:
    body = HTML[HTML.index("<body>") : HTML.index("</html>")]
    [record] = parse_raw(json.dumps({"content": body, "title": "T"}).encode(), source="x.json")
    assert record.fmt == "html"
    assert record.title == "T"
    assert "<p>" not in record.body and "reopened on Sunday" in record.body


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2023-06-25", "2023-06-25"),
        ("2023-06-25T23:59:00+02:00", "2023-06-25"),
        ("25 June 2023", "2023-06-25"),
        ("June 25th, 2023", "2023-06-25"),
        ("Sun, 25 Jun 2023 10:00:00 GMT", "2023-06-25"),
        ("06/25/2023", "2023-06-25"),
        ("June", None),
        ("", None),
        (None, None),
        ("31 February 2023", None),
    ],
)
def test_normalise_date(value: str | None, iso: str | None) -> None:
    assert normalise_date(value) == iso
