"""A zoo of bad inputs through the whole flow: exact quarantine reasons, the good ones published."""

from __future__ import annotations

import os

import polars as pl
import pytest

from flows.pipeline import newsfacts_flow
from newsfacts.settings import Settings
from tests.test_ingest import VALID

pytestmark = pytest.mark.usefixtures("prefect_harness")

L = "â€\ufffd"  # a closing quotation mark after a lossy cp1252 round trip


def test_bad_inputs_are_quarantined_by_kind_and_the_good_ones_published(tmp_path, monkeypatch):
    import transforms.extract as extract_module

    real = extract_module.extract_mentions

    def fragile(doc, **kwargs):  # an extractor bug that only this one article triggers
        if "kaboom" in doc.text:
            raise ValueError("kaboom")
        return real(doc, **kwargs)

    monkeypatch.setattr(extract_module, "extract_mentions", fragile)
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    raw.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text(VALID.replace("bridge", "vault"), encoding="utf-8")
    os.symlink(outside / "secret.txt", raw / "escape.txt")
    os.symlink("nowhere.txt", raw / "broken.txt")
    files = {
        "good.txt": VALID.encode(),
        "nuls.txt": VALID.replace("bridge", "ferry").replace("river", "ri\x00ver", 1).encode(),
        "mojibake.txt": (
            f"Mayor opens the tunnel\n\nâ€œIt will serve 40,000 drivers a day,{L} said the "
            "mayor on Monday."
        ).encode(),
        "tiny.txt": b"xxxxxxxxxx",
        "deep.json": b"[" * 50_000 + b"]" * 50_000,
        "long.txt": ("Long report\n\n" + "The council met again on Monday. " * 100).encode(),
        "bug.txt": VALID.replace("bridge", "kaboom bridge").encode(),
        "noise.bin.txt": bytes(range(256)) * 4,
    }
    for name, data in files.items():
        (raw / name).write_bytes(data)

    out = tmp_path / "out"
    summary = newsfacts_flow(Settings(raw_dir=str(raw), out_dir=str(out), max_chars=2_000))
    assert summary["status"] == "published"
    quarantine = pl.read_parquet(out / "quarantine").sort("source")
    assert quarantine.select("source", "reason").rows() == [
        ("broken.txt", "unreadable"),
        ("bug.txt", "internal_error"),
        ("deep.json", "invalid_json"),
        ("escape.txt", "outside_raw"),
        ("long.txt", "too_long"),
        ("noise.bin.txt", "binary"),
        ("tiny.txt", "too_short"),
    ]
    bug = quarantine.filter(pl.col("source") == "bug.txt")["detail"][0]
    assert bug.startswith("bug.txt: article ") and "ValueError: kaboom" in bug
    articles = pl.read_parquet(out / "articles").sort("source")
    assert articles["source"].to_list() == ["good.txt", "mojibake.txt", "nuls.txt"]
    texts = dict(zip(articles["source"], articles["text"], strict=True))
    assert texts["mojibake.txt"].endswith(
        "“It will serve 40,000 drivers a day,” said the mayor on Monday."
    )
    assert "\x00" not in texts["nuls.txt"] and "over the river" in texts["nuls.txt"]
    removed = dict(zip(articles["source"], articles["removed"], strict=True))
    assert {"kind": "control", "text": "U+0000 x1"} in removed["nuls.txt"]
    quotes = pl.read_parquet(out / "quotes")
    mojibake_id = articles.filter(pl.col("source") == "mojibake.txt")["article_id"][0]
    assert quotes.filter(pl.col("article_id") == mojibake_id)["text"].to_list() == [
        "It will serve 40,000 drivers a day,"
    ]
    assert not pl.read_parquet(out / "articles")["text"].str.contains("vault").any()

    # the extraction failure is retried when the file changes, like any quarantined file
    monkeypatch.setattr(extract_module, "extract_mentions", real)
    (raw / "bug.txt").write_bytes(VALID.replace("bridge", "kaboom ferry bridge").encode())
    again = newsfacts_flow(Settings(raw_dir=str(raw), out_dir=str(out), max_chars=2_000))
    assert (again["changed"], again["extracted"]) == (1, 1)
    sources = pl.read_parquet(out / "articles")["source"].to_list()
    assert sorted(sources) == ["bug.txt", "good.txt", "mojibake.txt", "nuls.txt"]
    assert "bug.txt" not in pl.read_parquet(out / "quarantine")["source"].to_list()
