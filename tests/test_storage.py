"""Versioned, atomic publishing; the writer lock; recovery from a killed run."""

from __future__ import annotations

import os

import polars as pl
import pytest

from flows.storage import KEEP_VERSIONS, Store, StoreLocked


def frame(n: int) -> pl.DataFrame:
    return pl.DataFrame({"x": list(range(n))})


def test_publish_points_current_at_complete_version(tmp_path):
    store = Store(tmp_path)
    assert store.current_dir() is None
    version = store.publish(store.stage({"articles": frame(3)}))
    assert (tmp_path / "current").resolve() == version
    assert os.readlink(tmp_path / "current") == f"versions/{version.name}"
    assert os.readlink(tmp_path / "articles.parquet") == "current/articles.parquet"
    assert pl.read_parquet(tmp_path / "articles.parquet").equals(frame(3))
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
    staged = store.stage({"articles": frame(5)})  # killed before publish
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
