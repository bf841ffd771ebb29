"""The flow end to end: publishing, reproducibility, incremental runs, the validation gate."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import polars as pl
import pytest

from flows.pipeline import ValidationFailed, newsfacts_flow
from newsfacts.settings import Settings
from tests.conftest import table_digests
from transforms.tables import SCHEMAS

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "raw"
pytestmark = pytest.mark.usefixtures("prefect_harness")


def run(raw: Path, out: Path, **kw) -> dict:
    return newsfacts_flow(Settings(raw_dir=str(raw), out_dir=str(out), **kw))


def digests(out: Path) -> dict[str, str]:
    """sha256 of every published table file (through the `current` link)."""
    return table_digests(out)


def test_sample_articles_publish_all_tables(tmp_path):
    out = tmp_path / "out"
    summary = run(SAMPLES, out)
    assert summary["status"] == "published"
    assert summary["validation"] == "passed"
    assert (summary["new"], summary["extracted"], summary["quarantined"]) == (5, 5, 0)
    articles = pl.read_parquet(out / "articles")
    assert sorted(articles["source"].to_list()) == sorted(p.name for p in SAMPLES.glob("*.txt"))
    for table, schema in SCHEMAS.items():
        frame = pl.read_parquet(out / table)
        assert frame.schema == pl.Schema(schema), table
        assert summary["rows"][table] == frame.height
    for table in ("entity_mentions", "entities", "quotes", "numbers"):
        assert summary["rows"][table] > 0, table


def test_rerun_is_noop_and_byte_identical(small_raw, tmp_path):
    out = tmp_path / "out"
    first = run(small_raw, out)
    before = digests(out)
    second = run(small_raw, out)
    assert second["status"] == "unchanged"
    assert second["extracted"] == 0
    assert second["version"] == first["version"]
    assert digests(out) == before


def test_small_corpus_articles_table(small_raw, tmp_path):
    out = tmp_path / "out"
    run(small_raw, out)
    articles = pl.read_parquet(out / "articles").sort("source")
    assert articles["source"].to_list() == ["alpha.txt", "beta.md", "nested/gamma.txt"]
    assert articles["sources"].to_list() == [["alpha.txt"], ["beta.md"], ["nested/gamma.txt"]]
    raw_hashes = [
        hashlib.sha256((small_raw / s).read_bytes()).hexdigest() for s in articles["source"]
    ]
    assert articles["content_sha256"].to_list() == raw_hashes
    assert articles["article_id"].str.len_chars().to_list() == [16, 16, 16]
    assert articles["duplicate_of"].to_list() == [None, None, None]


def test_add_change_delete_and_full_refresh_equal(small_raw, tmp_path):
    out = tmp_path / "out"
    run(small_raw, out)
    ids_before = set(pl.read_parquet(out / "articles")["article_id"].to_list())

    (small_raw / "delta.txt").write_text(
        "Museum reopens\n\nThe city museum reopened on Friday after 18 months of repairs.\n"
    )
    added = run(small_raw, out)
    assert (added["new"], added["changed"], added["unchanged"], added["extracted"]) == (1, 0, 3, 1)

    (small_raw / "alpha.txt").write_text(
        "Council rejects bridge\n\nThe council rejected the bridge plan on Thursday.\n"
    )
    changed = run(small_raw, out)
    assert (changed["changed"], changed["extracted"]) == (1, 1)

    (small_raw / "beta.md").unlink()
    removed = run(small_raw, out)
    assert (removed["removed"], removed["extracted"]) == (1, 0)

    articles = pl.read_parquet(out / "articles")
    assert sorted(articles["source"].to_list()) == ["alpha.txt", "delta.txt", "nested/gamma.txt"]
    live = set(articles["article_id"].to_list())
    assert len(live & ids_before) == 1  # only gamma survives unchanged
    for table in ("entity_mentions", "quotes", "numbers"):
        assert set(pl.read_parquet(out / table)["article_id"].to_list()) <= live
    incremental = digests(out)

    fresh = tmp_path / "fresh"
    run(small_raw, fresh)
    assert digests(fresh) == incremental
    refreshed = run(small_raw, out, full_refresh=True)
    assert refreshed["extracted"] == 3
    assert digests(out) == incremental


def test_failed_validation_publishes_nothing(small_raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(small_raw, out)
    before = digests(out)
    current = (out / "current").resolve()

    import transforms.extract as extract_module
    from transforms.types import ArticleFacts, NumberFact

    def broken(doc, **_):  # an extractor whose offsets miss their text
        return ArticleFacts(numbers=[NumberFact(0, 4, "nope", 1.0, "count")])

    monkeypatch.setattr(extract_module, "extract_facts", broken)
    (small_raw / "delta.txt").write_text("Dog show\n\nA dog won the show.\n")
    with pytest.raises(ValidationFailed) as err:
        run(small_raw, out)
    message = str(err.value)
    assert re.search(
        r"- numbers \(part [0-9a-f]{16}\): expect_column_values_to_be_in_set\(column='_span_ok'",
        message,
    )
    assert "the published tables are unchanged" in message
    assert digests(out) == before
    assert (out / "current").resolve() == current
    results = json.loads(err.value.results_path.read_text())
    assert results["success"] is False
    assert {f["table"] for f in results["failures"]} == {"numbers"}
    assert not list((out / "versions").glob(".tmp-*"))


def test_exact_duplicates_collapse(small_raw, tmp_path):
    shutil.copy(small_raw / "alpha.txt", small_raw / "alpha-copy.txt")
    out = tmp_path / "out"
    summary = run(small_raw, out)
    assert summary["rows"]["articles"] == 3
    articles = pl.read_parquet(out / "articles")
    row = articles.filter(pl.col("source") == "alpha-copy.txt")
    assert row["sources"].to_list() == [["alpha-copy.txt", "alpha.txt"]]


def test_relative_directories_as_a_user_types_them(small_raw, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    summary = newsfacts_flow({"raw_dir": "raw", "out_dir": "data/processed"})  # validated
    assert summary["status"] == "published"
    assert pl.read_parquet(tmp_path / "data/processed/articles").height == 3
    assert (tmp_path / "data/processed/_validation/docs/index.html").exists()


def test_incremental_run_adds_a_part_and_links_unchanged_parts(small_raw, tmp_path):
    out = tmp_path / "out"
    run(small_raw, out, chunk_size=2)  # three articles: parts of 2 and 1
    first = (out / "current").resolve()
    before = sorted(p.name for p in (first / "numbers").iterdir())
    assert len(before) == 2
    (small_raw / "delta.txt").write_text("Dog show\n\nA dog won the show, beating 40 others.\n")
    summary = run(small_raw, out, chunk_size=2)
    assert summary["extracted"] == 1
    second = (out / "current").resolve()
    after = sorted(p.name for p in (second / "numbers").iterdir())
    assert len(after) == 3 and set(before) < set(after)
    for name in before:  # unchanged parts are the same files, not copies
        assert (second / "numbers" / name).stat().st_ino == (first / "numbers" / name).stat().st_ino
    index = pl.read_parquet(out / "current" / "_parts")
    assert index.height == 4 and index["part"].n_unique() == 3
    numbers = pl.read_parquet(out / "numbers")
    assert numbers.filter(pl.col("text") == "40")["value"].to_list() == [40.0]


@pytest.mark.slow  # eight flow runs, ~35 s
def test_many_incremental_runs_compact_and_equal_a_full_refresh(small_raw, tmp_path):
    out = tmp_path / "out"
    run(small_raw, out, chunk_size=4)
    for i in range(6):  # six runs, one new article each: six one-article parts, then merged
        (small_raw / f"extra{i}.txt").write_text(
            f"Harbour report {i}\n\nThe harbour in Brighton handled {100 + i} ships on Monday.\n"
        )
        assert run(small_raw, out, chunk_size=4)["extracted"] == 1
    index = pl.read_parquet(out / "current" / "_parts")
    assert index.height == 9 and index["article_id"].is_unique().all()
    sizes = sorted(index.group_by("part").len()["len"].to_list())
    assert len(sizes) <= 5 and max(sizes) <= 4  # compacted: never more than four small parts
    fresh = tmp_path / "fresh"
    run(small_raw, fresh, chunk_size=4)
    assert digests(fresh) == digests(out)
