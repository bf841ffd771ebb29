"""Versioned, atomic publishing; the writer lock; recovery from a killed run."""

from __future__ import annotations

import os
import re

import polars as pl
import pytest

from flows.storage import KEEP_VERSIONS, Store, StoreLocked, find_part, key_of


def frame(n: int) -> pl.DataFrame:
    return pl.DataFrame({"x": list(range(n))})


def test_publish_points_current_at_complete_version(tmp_path):
    store = Store(tmp_path)
    assert store.current_dir() is None
    version = store.publish(store.stage({"articles": frame(3)}))
    assert (tmp_path / "current").resolve() == version
    assert os.readlink(tmp_path / "current") == f"versions/{version.name}"
    assert os.readlink(tmp_path / "articles") == "current/articles"
    [part] = (version / "articles").iterdir()
    assert re.fullmatch(r"part-00000-[0-9a-f]{12}\.parquet", part.name)
    assert pl.read_parquet(tmp_path / "articles").equals(frame(3))
    assert store.read("articles").equals(frame(3))
    assert store.read("missing") is None


def test_equal_tables_give_the_same_version(tmp_path):
    store = Store(tmp_path)
    first = store.publish(store.stage({"articles": frame(2)}))
    again = store.publish(store.stage({"articles": frame(2)}))
    assert first == again
    assert sorted(p.name for p in (tmp_path / "versions").iterdir()) == [first.name]


def test_old_versions_are_collected(tmp_path):
    store = Store(tmp_path)
    versions = [store.publish(store.stage({"articles": frame(n)})) for n in range(1, 7)]
    kept = sorted(p.name for p in (tmp_path / "versions").iterdir())
    assert len(kept) == KEEP_VERSIONS
    assert versions[-1].name in kept


def test_recover_removes_what_a_killed_run_left(tmp_path):
    store = Store(tmp_path)
    store.publish(store.stage({"articles": frame(1)}))
    staged = store.stage({"articles": frame(5)}).path  # killed before publish
    os.symlink("versions/nowhere", tmp_path / ".current.dead")  # killed mid-swap
    store.recover()
    assert not staged.exists()
    assert not (tmp_path / ".current.dead").is_symlink()
    assert store.read("articles").equals(frame(1))


def test_second_writer_is_refused(tmp_path):
    store = Store(tmp_path)
    refused = pytest.raises(StoreLocked, match="another newsfacts run is writing to")
    with store.lock(), refused, Store(tmp_path).lock(timeout=0.3):
        pass
    with store.lock():  # released after the first writer
        pass


def test_tables_are_written_in_parts_and_unchanged_parts_are_hard_linked(tmp_path):
    store = Store(tmp_path)
    staging = store.stage()
    staging.write_table("articles", frame(5), rows_per_part=2)
    first = store.publish(staging)
    parts = store.parts("articles")
    assert [key_of(p) for p in parts] == ["00000", "00001", "00002"]
    assert store.read("articles").equals(frame(5))
    assert find_part(first / "articles", "00001") == parts[1]
    again = store.stage()
    again.link_part("articles", parts[0])
    again.write_part("articles", frame(1), key="00001")
    second = store.publish(again)
    reused = second / "articles" / parts[0].name
    assert reused.stat().st_ino == parts[0].stat().st_ino
    # same key, other content: another name, so no reader can mix the two versions' files
    assert find_part(second / "articles", "00001").name != parts[1].name
    assert store.read("articles")["x"].to_list() == [0, 1, 0]
    assert store.row_counts()["articles"] == 3


def test_an_empty_table_keeps_one_empty_part(tmp_path):
    store = Store(tmp_path)
    staging = store.stage({"quarantine": pl.DataFrame(schema={"source": pl.String})})
    staging.ensure_parts("numbers", {"number_id": pl.String})
    store.publish(staging)
    assert store.read("quarantine").schema == pl.Schema({"source": pl.String})
    assert store.read("numbers").height == 0
    assert store.row_counts()["quarantine"] == 0


def test_the_one_file_layout_links_are_replaced(tmp_path):
    os.symlink("current/articles.parquet", tmp_path / "articles.parquet")
    store = Store(tmp_path)
    store.publish(store.stage({"articles": frame(2)}))
    assert not (tmp_path / "articles.parquet").is_symlink()
    assert pl.read_parquet(tmp_path / "articles").equals(frame(2))
