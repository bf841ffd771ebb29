"""Every CLI command through typer's test runner, with exact output checks."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def published(tmp_path_factory, prefect_harness):
    from tests.conftest import write_small_corpus

    base = tmp_path_factory.mktemp("cli")
    raw = write_small_corpus(base / "raw")
    out = base / "out"
    result = runner.invoke(app, ["run", "--raw", str(raw), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return raw, out, result.output


def test_run_prints_summary(published):
    _, _, output = published
    first, second = output.strip().splitlines()
    assert re.fullmatch(
        r"published: version [0-9a-f]{16} \(3 new, 0 changed, 0 removed, 0 unchanged files; "
        r"3 articles extracted; 0 quarantined; validation passed; \d+\.\d s\)",
        first,
    )
    assert second.startswith("articles=3  entity_mentions=")
    assert second.endswith("quarantine=0")


def test_rerun_reports_unchanged(published):
    raw, out, _ = published
    result = runner.invoke(app, ["run", "--raw", str(raw), "--out", str(out), "-q"])
    assert result.exit_code == 0
    assert result.output.startswith("unchanged: version ")
    assert "(0 new, 0 changed, 0 removed, 3 unchanged files; 0 articles extracted;" in result.output


def test_tables(published):
    _, out, _ = published
    result = runner.invoke(app, ["tables", "--out", str(out)])
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.output.splitlines()]
    assert names == ["articles", "entity_mentions", "entities", "quotes", "numbers", "quarantine"]
    assert result.output.splitlines()[0] == "articles                3"
    assert result.output.splitlines()[-1] == "quarantine              0"


def test_query_formats(published):
    _, out, _ = published
    sql = "SELECT source, n_words FROM articles ORDER BY source"
    csv = runner.invoke(app, ["query", sql, "--out", str(out), "--format", "csv"])
    assert csv.exit_code == 0
    assert csv.output.splitlines()[0] == "source,n_words"
    assert [line.split(",")[0] for line in csv.output.splitlines()[1:]] == [
        "alpha.txt",
        "beta.md",
        "nested/gamma.txt",
    ]
    js = runner.invoke(
        app, ["query", "SELECT 1 AS one, 'x' AS s", "--out", str(out), "--format", "json"]
    )
    assert json.loads(js.output) == [{"one": 1, "s": "x"}]
    table = runner.invoke(app, ["query", "SELECT 2 AS two", "--out", str(out)])
    assert table.output.splitlines() == ["| two |", "|-----|", "| 2   |"]


def test_query_error_says_what_is_wrong(published):
    _, out, _ = published
    result = runner.invoke(app, ["query", "SELECT * FROM nope", "--out", str(out)])
    assert result.exit_code == 1
    assert (
        "error: query failed: Catalog Error: Table with name nope does not exist" in result.output
    )


def test_commands_before_any_run(tmp_path):
    result = runner.invoke(app, ["tables", "--out", str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert result.output == (
        f"error: no published tables in {tmp_path / 'empty'}: "
        f"run `newsfacts run --out {tmp_path / 'empty'}` first\n"
    )


def test_run_with_missing_raw_dir(tmp_path, prefect_harness):
    missing = tmp_path / "missing"
    result = runner.invoke(app, ["run", "--raw", str(missing), "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 1
    assert f"error: raw directory {missing} does not exist" in result.output


def test_run_with_unknown_model(tmp_path, small_raw, prefect_harness, monkeypatch):
    import flows.startup

    def no_server(*_a, **_k):
        raise AssertionError("the API server started before the model was checked")

    monkeypatch.setattr(flows.startup, "start_api", no_server)
    monkeypatch.setattr(flows.startup, "start_run", no_server)
    result = runner.invoke(
        app,
        [
            "run",
            "--raw",
            str(small_raw),
            "--out",
            str(tmp_path / "o"),
            "--model",
            "no_such_model",
            "-q",
        ],
    )
    assert result.exit_code == 1
    assert "error: spaCy model 'no_such_model' is not installed: install it" in result.output


def test_bench_without_corpus(tmp_path):
    result = runner.invoke(app, ["bench", "--corpus", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert (
        result.output
        == f"error: corpus directory {tmp_path / 'none'} does not exist: pass --corpus DIR\n"
    )


def test_docs_prints_the_data_docs_index(published, tmp_path):
    _, out, _ = published
    result = runner.invoke(app, ["docs", "--out", str(out)])
    assert result.exit_code == 0
    index = (out / "_validation" / "docs" / "index.html").resolve()
    assert result.output == f"{index}\n"
    html = index.read_text(encoding="utf-8")
    for table in ("articles", "entity_mentions", "entities", "quotes", "numbers", "quarantine"):
        assert table in html
    missing = runner.invoke(app, ["docs", "--out", str(tmp_path)])
    assert missing.exit_code == 1
    assert missing.output == (
        f"error: no Data Docs in {tmp_path}: they are built when a run validates (`newsfacts run`)\n"
    )
