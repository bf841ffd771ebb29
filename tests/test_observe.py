"""What a person sees of a run in Prefect: its log lines and its artifacts (read back from the API)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from flows.runs import read_runs
from newsfacts.cli import app
from tests.conftest import write_small_corpus

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _client():
    from prefect.client.orchestration import get_client

    return get_client(sync_client=True)


def flow_run_logs(run_id: str) -> list[str]:
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.logging.handlers import APILogHandler

    APILogHandler().flush()  # logs are sent in batches
    with _client() as client:
        logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])))
    return [entry.message for entry in sorted(logs, key=lambda e: e.timestamp)]


def flow_run_artifacts(run_id: str) -> dict[str, object]:
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with _client() as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id]))
        )
    return {a.key: a for a in found}


def table_ids(out, table: str, key: str) -> set:
    return set(pl.read_parquet(out / table)[key].to_list())


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """A first run (3 articles, 1 empty file) and an incremental one (1 changed, 1 removed)."""
    root = tmp_path_factory.mktemp("observe")
    raw, out = write_small_corpus(root / "raw"), root / "out"
    (raw / "empty.txt").write_text("")
    runner = CliRunner()
    first = runner.invoke(app, ["run", "--raw", str(raw), "--out", str(out)])
    assert first.exit_code == 0, first.output
    before = {t: table_ids(out, t, k) for t, k in KEYS.items()}
    (raw / "beta.md").write_text(
        "# Storm leaves the coast\n\nThe storm moved north on Wednesday, officials said.\n"
    )
    (raw / "nested" / "gamma.txt").unlink()
    second = runner.invoke(app, ["run", "--raw", str(raw), "--out", str(out), "-q"])
    assert second.exit_code == 0, second.output
    after = {t: table_ids(out, t, k) for t, k in KEYS.items()}
    run_ids = read_runs(out)["run_id"].to_list()
    return {"out": out, "results": (first, second), "ids": run_ids, "sets": (before, after)}


KEYS = {
    "articles": "article_id",
    "entity_mentions": "mention_id",
    "entities": "entity_id",
    "quotes": "quote_id",
    "numbers": "number_id",
}


def test_terminal_lines_are_in_the_flow_run_logs(two_runs):
    first, _ = two_runs["results"]
    terminal = [
        re.sub(r"^\d\d:\d\d:\d\d ", "", line)
        for line in first.stderr.splitlines()
        if re.match(r"^\d\d:\d\d:\d\d ", line)
    ]
    logs = flow_run_logs(two_runs["ids"][0])
    assert terminal  # the run printed its progress lines
    assert [line for line in terminal if line in logs] == terminal
    assert logs[0] == "ingesting and cleaning 4 files"
    assert "extracting 3 articles (0 reused)" in logs
    assert any(re.fullmatch(r"extracted 3/3 articles \(\S+/s, ETA 0s\)", m) for m in logs)
    assert logs[-1] == "publishing"


def test_quiet_run_prints_no_lines_but_logs_them_in_prefect(two_runs):
    _, second = two_runs["results"]
    assert second.stderr == ""
    logs = flow_run_logs(two_runs["ids"][1])
    assert logs[0] == "ingesting and cleaning 1 files"
    assert "extracting 1 articles (1 reused)" in logs


def test_artifacts_of_the_first_run(two_runs):
    artifacts = flow_run_artifacts(two_runs["ids"][0])
    assert sorted(artifacts) == [
        "newsfacts-quarantine",
        "newsfacts-run",
        "newsfacts-tables",
        "newsfacts-validation",
    ]
    tables = json.loads(artifacts["newsfacts-tables"].data)
    (articles,) = [row for row in tables if row["table"] == "articles"]
    assert articles == {
        "table": "articles",
        "rows": 3,
        "new": 3,
        "changed": 0,
        "removed": 0,
        "reused": 0,
    }
    for row in tables:
        assert row["rows"] == row["new"] and row["removed"] == row["reused"] == 0, row
    quarantine = json.loads(artifacts["newsfacts-quarantine"].data)
    assert quarantine == [{"reason": "empty", "count": 1}]
    validation = artifacts["newsfacts-validation"].data
    assert validation.startswith("# Validation: passed\n")
    index = two_runs["out"] / "_validation" / "docs" / "index.html"
    assert f"Data Docs: `{index.resolve()}`" in validation
    pages = re.findall(r"\| (\w+) \| `(/[^`]+\.html)` \|", validation)
    assert sorted(t for t, _ in pages) == sorted([*KEYS, "quarantine"])  # one part each
    for table, page in pages:  # (the next run's Data Docs replace these pages)
        assert re.search(rf"/validations/{table}/__none__/[\w.]+/newsfacts-{table}\.html$", page)


def test_validation_artifact_of_the_last_run_names_pages_that_exist(two_runs):
    validation = flow_run_artifacts(two_runs["ids"][1])["newsfacts-validation"].data
    pages = re.findall(r"`(/[^`]+\.html)`", validation)
    # the index, a page for articles and entities (the quarantine part is unchanged, so it is
    # carried over without a second check), and one per fact table: its two parts (the old part
    # was filtered into a new one and the run added one) are small, so one GX batch
    assert len(pages) == 1 + 2 + 3
    for page in pages:
        assert Path(page).is_file(), page


def test_artifacts_of_the_incremental_run_count_what_changed(two_runs):
    before, after = two_runs["sets"]
    tables = json.loads(flow_run_artifacts(two_runs["ids"][1])["newsfacts-tables"].data)
    by_table = {row.pop("table"): row for row in tables}
    assert by_table["articles"] == {"rows": 2, "new": 1, "changed": 0, "removed": 2, "reused": 1}
    for table in KEYS:
        old, new = before[table], after[table]
        row = by_table[table]
        assert row["rows"] == len(new), table
        assert row["new"] == len(new - old), table
        assert row["removed"] == len(old - new), table
        assert row["changed"] + row["reused"] == len(new & old), table
    assert by_table["quarantine"] == {"rows": 1, "new": 0, "changed": 0, "removed": 0, "reused": 1}


def test_table_changes_by_row_key():
    from flows.artifacts import table_changes

    def prints(keys, rows):
        return {
            "quotes": pl.DataFrame(
                {"quote_id": keys, "_row": rows}, schema_overrides={"_row": pl.UInt64}
            )
        }

    before = prints(["a", "b", "c"], [1, 2, 3])
    after = prints(["b", "c", "d", "e"], [2, 9, 4, 5])
    assert table_changes(before, after) == [
        {"table": "quotes", "rows": 4, "new": 2, "changed": 1, "removed": 1, "reused": 1}
    ]
    assert table_changes({}, after)[0] == {
        "table": "quotes",
        "rows": 4,
        "new": 4,
        "changed": 0,
        "removed": 0,
        "reused": 0,
    }


def test_validation_markdown_names_the_pages_or_says_none_ran():
    from flows.artifacts import validation_markdown
    from flows.pipeline import RunSummary

    failed = RunSummary(run_id="r1", status="failed", pipeline_version="v", validation="failed")
    failed.docs = {
        "index": "/o/_validation/docs/index.html",
        "pages": {"quotes": ["/o/q1.html", "/o/q2.html"], "articles": ["/o/a.html"]},
    }
    assert validation_markdown(failed) == (
        "# Validation: failed\n\n"
        "Data Docs: `/o/_validation/docs/index.html` (open it in a browser, or run `newsfacts docs`)\n\n"
        "| table | Data Docs page(s) |\n|---|---|\n"
        "| articles | `/o/a.html` |\n"
        "| quotes | `/o/q1.html`<br>`/o/q2.html` |\n"
    )
    noop = RunSummary(run_id="r2", status="unchanged", pipeline_version="v")
    assert validation_markdown(noop) == (
        "# Validation: skipped\n\n"
        "No validation ran (nothing changed, or the run stopped before it).\n"
    )
