"""Stray control characters are removed and recorded; binary files are still quarantined."""

from __future__ import annotations

import json

import pytest

from tests.test_ingest import VALID
from transforms.cleaning.text import strip_controls
from transforms.ingest import ingest_file
from transforms.types import Removed

HTML = (
    "<html><body><article><h1>Bridge reopens after repairs</h1><p>The old bridge over the river "
    "reopened on Sunday after two years of repairs, officials said on Monday morning.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("text", "expected", "removed"),
    [
        ("plain text", "plain text", None),
        ("a\x00b", "ab", "U+0000 x1"),
        ("\x00\x00a\x07b\x1b\x7f", "ab", "U+0000 x2, U+0007 x1, U+001B x1, U+007F x1"),
        ("tab\there\nline\rcr\x0bvt\x0cff", "tab\there\nline\rcr\x0bvt\x0cff", None),  # spaces
        ("C1 \x9d stays for ftfy", "C1 \x9d stays for ftfy", None),
    ],
)
def test_strip_controls(text: str, expected: str, removed: str | None) -> None:
    out, record = strip_controls(text)
    assert out == expected
    assert record == (Removed("control", removed) if removed else None)


def _three_nuls(text: str) -> str:
    return text.replace("old", "o\x00ld", 1).replace("Sunday", "Sun\x00day\x00", 1)


@pytest.mark.parametrize(
    ("source", "data", "removed"),
    [
        ("nuls.txt", _three_nuls(VALID).encode(), "U+0000 x3"),
        ("bell.md", VALID.replace("repairs", "repairs\x07", 1).encode(), "U+0007 x1"),
        ("nuls.json", json.dumps({"text": _three_nuls(VALID)}).encode(), "U+0000 x3"),
        (
            "raw.json",
            (
                '{"text": "' + _three_nuls(VALID).replace("\n", "\\n").replace('"', '\\"') + '"}'
            ).encode(),
            "U+0000 x3",
        ),
        ("nuls.jsonl", (json.dumps({"text": VALID}) + "\x00\n").encode(), "U+0000 x1"),
        ("utf16.txt", _three_nuls(VALID).encode("utf-16"), "U+0000 x3"),
    ],
)
def test_good_text_with_stray_controls_is_published_with_the_removal(source, data, removed):
    result = ingest_file(data, source=source)
    assert result.rejections == []
    [(_, article)] = result.articles
    assert article.text == VALID
    assert Removed("control", removed) in article.removed


def test_html_with_stray_nuls_is_published():
    result = ingest_file(HTML.replace("river", "ri\x00ver").encode(), source="page.html")
    [(_, article)] = result.articles
    assert "over the river reopened" in article.text
    assert Removed("control", "U+0000 x1") in article.removed


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"abc\x00\x00\x00\x01\x02\x03def" * 10, "binary"),  # half control bytes
        (bytes(range(256)) * 8, "binary"),  # every byte value: 12.5 % control bytes
        (VALID.encode()[:200] + b"\x00" * 12, "binary"),  # 12 NULs in 212 bytes: 5.7 %
        (VALID.encode()[:200] + b"\x00" * 10, "published"),  # 10 NULs in 210 bytes: 4.8 %
        ("\x00\x01".join(["text"] * 50).encode("utf-16"), "binary"),  # decoded, 1/3 controls
    ],
)
def test_binary_is_decided_by_the_share_of_control_bytes(data: bytes, reason: str) -> None:
    result = ingest_file(data, source="x.txt")
    got = [r.reason for r in result.rejections] or ["published"]
    assert got == [reason]
