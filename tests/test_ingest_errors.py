"""Failures inside one file become that file's quarantine reason, by kind."""

from __future__ import annotations

import json

import pytest

import transforms.ingest as ingest_module
from tests.test_ingest import VALID
from transforms.ingest import ingest_file, rejection_for
from transforms.parse import json_depth

DEEP = 5_000  # deeper than Python's recursion limit


@pytest.mark.parametrize(
    ("source", "exc", "reason", "detail_part"),
    [
        ("a.json", RecursionError("maximum recursion depth exceeded"), "invalid_json", "nested"),
        ("a.jsonl:3", RecursionError("deep"), "invalid_json", "flatten"),
        ("a.json#2", RecursionError("deep"), "invalid_json", "nested"),
        ("page.html", RecursionError("deep"), "too_deep", "nested more deeply"),
        ("a.txt", MemoryError(), "out_of_memory", "ran out of memory while processing 1,234 bytes"),
        ("a.txt", UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), "undecodable", "UTF-8"),
        ("a.txt", UnicodeEncodeError("ascii", "é", 0, 1, "bad"), "undecodable", "UnicodeEncode"),
        ("a.txt", ValueError("kaboom"), "internal_error", "ValueError: kaboom"),
        ("a.txt", KeyError("k"), "internal_error", "a bug in newsfacts"),
    ],
)
def test_rejection_for_each_kind_of_failure(source, exc, reason, detail_part):
    rejection = rejection_for(source, exc, size=1234)
    assert rejection.reason == reason
    assert rejection.detail.startswith(source + ": ")
    assert detail_part in rejection.detail


@pytest.mark.parametrize(
    ("source", "data", "rejected_source", "detail_part"),
    [
        ("deep.json", b"[" * DEEP + b"]" * DEEP, "deep.json", "JSON nested 5,000 levels deep"),
        ("deepobj.json", b'{"a":' * DEEP + b"1" + b"}" * DEEP, "deepobj.json", "5,000 levels"),
        (
            "feed.jsonl",
            (json.dumps({"text": VALID}) + "\n" + "[" * DEEP + "]" * DEEP + "\n").encode(),
            "feed.jsonl:2",
            "5,000 levels",
        ),
    ],
)
def test_deep_json_is_invalid_json_with_its_depth(source, data, rejected_source, detail_part):
    result = ingest_file(data, source=source)
    [rejection] = result.rejections
    assert (rejection.source, rejection.reason) == (rejected_source, "invalid_json")
    assert detail_part in rejection.detail
    assert len(result.articles) == (1 if source.endswith(".jsonl") else 0)


def test_deep_but_loadable_field_values_are_ignored():
    deep = "[" * 900 + '"Jane Roe"' + "]" * 900
    data = ('{"text": ' + json.dumps(VALID) + ', "author": ' + deep + "}").encode()
    result = ingest_file(data, source="a.json")
    [(_, article)] = result.articles
    assert article.text == VALID
    assert article.byline is None  # nested past MAX_FIELD_DEPTH: not a name


@pytest.mark.parametrize(
    ("text", "depth"),
    [("1", 0), ("[]", 1), ('{"a": [1, {"b": []}]}', 4), ('["[[[[", {}]', 2), ('["\\"[["]', 1)],
)
def test_json_depth(text, depth):
    assert json_depth(text) == depth


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (MemoryError(), "out_of_memory"),
        (RecursionError(), "too_deep"),
        (OSError(), "internal_error"),
    ],
)
def test_errors_while_cleaning_are_quarantined_by_kind(monkeypatch, exc, reason):
    def fail(*args, **kwargs):
        raise exc

    monkeypatch.setattr(ingest_module, "clean_record", fail)
    [rejection] = ingest_file(VALID.encode(), source="x.txt").rejections
    source = rejection.source
    assert (source, rejection.reason) == ("x.txt", reason)
