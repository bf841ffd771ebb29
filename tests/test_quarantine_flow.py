"""Bad input through the whole flow: quarantined with a reason, never stopping the good articles."""

from __future__ import annotations

import json

import polars as pl
import pytest

from flows.pipeline import newsfacts_flow
from newsfacts.settings import Settings
from tests.test_ingest import FRENCH, VALID, ZOO

pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_bad_files_are_quarantined_and_retried_only_when_changed(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "good.txt").write_text(VALID, encoding="utf-8")
    expected = {}
    for name, data, max_bytes, reason in ZOO:
        if max_bytes is not None:  # the flow's size limit is a run setting, tested below
            continue
        (raw / name).write_bytes(data)
        expected[name] = reason
    (raw / "big.txt").write_bytes(VALID.encode() * 500)
    expected["big.txt"] = "too_large"
    record = json.dumps({"text": VALID.replace("bridge", "ferry")})
    (raw / "lines.jsonl").write_text(record + '\n{"text": \n', encoding="utf-8")
    expected["lines.jsonl:2"] = "invalid_json"
    raw_bytes = {p.name: p.read_bytes() for p in raw.iterdir()}

    summary = newsfacts_flow(Settings(raw_dir=str(raw), out_dir=str(out), max_bytes=100_000))
    assert summary["status"] == "published"
    quarantine = pl.read_parquet(out / "quarantine")
    assert dict(zip(quarantine["source"], quarantine["reason"], strict=True)) == expected
    assert all(quarantine["detail"].str.len_chars() > 10)
    articles = pl.read_parquet(out / "articles")
    assert sorted(articles["source"].to_list()) == ["good.txt", "lines.jsonl:1"]
    assert {p.name: p.read_bytes() for p in raw.iterdir()} == raw_bytes  # raw files untouched

    again = newsfacts_flow(Settings(raw_dir=str(raw), out_dir=str(out), max_bytes=100_000))
    assert again["status"] == "unchanged"  # quarantined files are not retried while unchanged

    (raw / "french.txt").write_text(VALID.replace("bridge", "tunnel"), encoding="utf-8")
    fixed = newsfacts_flow(Settings(raw_dir=str(raw), out_dir=str(out), max_bytes=100_000))
    assert (fixed["changed"], fixed["extracted"]) == (1, 1)
    quarantine = pl.read_parquet(out / "quarantine")
    assert "french.txt" not in quarantine["source"].to_list()
    assert fixed["quarantined"] == len(expected) - 1


def test_a_run_where_everything_fails_exits_non_zero(tmp_path):
    from typer.testing import CliRunner

    from newsfacts.cli import app

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    (raw / "french.txt").write_text(FRENCH, encoding="utf-8")
    result = CliRunner().invoke(app, ["run", "--raw", str(raw), "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        "error: every raw file was quarantined: see `newsfacts query 'SELECT * FROM quarantine'`"
    )
