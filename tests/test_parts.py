"""Fact tables in parts: spilling, reuse across versions, compaction, the parts index."""

from __future__ import annotations

import polars as pl
import pytest

from flows.parts import (
    PART_TABLES,
    SpilledChunks,
    compact,
    part_key,
    parts_index,
    reusable_parts,
    spill,
)
from flows.storage import Store
from transforms.tables import SCHEMAS


def facts_of(article_ids: list[str]) -> dict[str, pl.DataFrame]:
    """One number per article (``n-<id>``), no mentions or quotes."""
    numbers = pl.DataFrame(
        [
            {
                "number_id": f"n-{a}",
                "article_id": a,
                "start": 0,
                "end": 1,
                "text": "1",
                "value": 1.0,
                "kind": "count",
            }
            for a in article_ids
        ]
    )
    numbers = numbers.with_columns(
        pl.lit(None, dtype=SCHEMAS["numbers"][c]).alias(c)
        for c in SCHEMAS["numbers"]
        if c not in numbers.columns
    )
    return {
        "entity_mentions": pl.DataFrame(schema=SCHEMAS["entity_mentions"]),
        "quotes": pl.DataFrame(schema=SCHEMAS["quotes"]),
        "numbers": numbers.select(list(SCHEMAS["numbers"])).cast(SCHEMAS["numbers"]),
    }


@pytest.fixture
def published(tmp_path):
    """A published version with two parts: {a, b} and {c} (no article rows: only facts)."""
    store = Store(tmp_path / "out")
    staging = store.stage()
    parts = [spill(staging, ids, facts_of(ids)) for ids in (["b", "a"], ["c"])]
    for part in parts:
        for table in PART_TABLES:
            staging.write_part(table, part.read(table), key=part.key)
    staging.write_table("_parts", parts_index(parts))
    return store, store.publish(staging)


def test_part_key_depends_on_the_set_of_articles_only():
    assert part_key(["a", "b"]) == part_key(["b", "a"])
    assert part_key(["a", "b"]) != part_key(["a"])
    assert len(part_key(["a"])) == 16


def test_spill_writes_sorted_conformed_parts(tmp_path):
    staging = Store(tmp_path).stage()
    part = spill(staging, ["b", "a"], facts_of(["b", "a"]))
    assert part.article_ids == ["a", "b"]
    assert part.key == part_key(["a", "b"])
    numbers = part.read("numbers")
    assert numbers["article_id"].to_list() == ["a", "b"]
    assert numbers.schema == pl.Schema(SCHEMAS["numbers"])
    assert part.read("quotes").height == 0
    assert not part.previous


@pytest.mark.parametrize(
    ("keep", "expected"),
    [
        ({"a", "b", "c"}, [(["a", "b"], True), (["c"], True)]),  # all reused as they are
        ({"a", "c"}, [(["a"], False), (["c"], True)]),  # {a, b} filtered to {a}
        ({"c"}, [(["c"], True)]),  # {a, b} dropped
        (set(), []),
    ],
)
def test_reusable_parts(published, keep, expected):
    store, version = published
    index = store.read("_parts")
    staging = store.stage()
    parts = reusable_parts(version, index, keep, staging)
    assert sorted((p.article_ids, p.previous) for p in parts) == expected
    for part in parts:
        assert part.read("numbers")["article_id"].to_list() == part.article_ids
        if part.previous:
            assert part.files["numbers"].parent == version / "numbers"
        else:
            assert part.files["numbers"].is_relative_to(staging.work)


def test_compact_merges_small_parts_up_to_the_target(tmp_path):
    staging = Store(tmp_path).stage()
    big = spill(staging, [f"big{i}" for i in range(6)], facts_of([f"big{i}" for i in range(6)]))
    small = [spill(staging, [f"s{i}"], facts_of([f"s{i}"])) for i in range(7)]
    merged = compact([big, *small], staging, target=6)
    assert merged[0] is big
    sizes = sorted(len(p.article_ids) for p in merged[1:])
    assert sizes == [1, 6]  # seven one-article parts -> 6 + 1
    all_ids = sorted(a for p in merged for a in p.article_ids)
    assert all_ids == sorted([f"big{i}" for i in range(6)] + [f"s{i}" for i in range(7)])
    for part in merged:
        assert sorted(part.read("numbers")["article_id"].to_list()) == part.article_ids


def test_compact_leaves_up_to_four_small_parts(tmp_path):
    staging = Store(tmp_path).stage()
    small = [spill(staging, [f"s{i}"], facts_of([f"s{i}"])) for i in range(4)]
    assert compact(small, staging, target=6) == small


def test_parts_index_refuses_an_article_in_two_parts(tmp_path):
    staging = Store(tmp_path).stage()
    one = spill(staging, ["a", "b"], facts_of(["a", "b"]))
    two = spill(staging, ["b"], facts_of(["b"]))
    with pytest.raises(RuntimeError, match=r"articles in more than one part: \[\('.*', 'b'\)"):
        parts_index([one, two])
    index = parts_index([one])
    assert index.rows() == [(one.key, "a"), (one.key, "b")]


class _Payload:
    """A weak-referenceable stand-in for a chunk's extracted facts."""


def test_take_releases_a_task_result_that_prefect_keeps(prefect_harness):
    import gc
    import weakref

    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE

    from flows.process import take

    @task(cache_policy=NO_CACHE)
    def produce() -> dict:
        return {"facts": _Payload()}

    @flow
    def run() -> bool:
        taken = take(produce())
        ref = weakref.ref(taken["facts"])
        assert isinstance(taken["facts"], _Payload)
        del taken
        gc.collect()
        return ref() is None

    # Prefect 3.8 may keep a task's return value until the flow ends (it does in a process that
    # runs a single flow, as `newsfacts run` does); after take() nothing refers to the contents.
    assert run() is True


def _articles(n: int) -> pl.DataFrame:
    """``n`` articles to extract: ids a00, a01, ..., invented texts, one date."""
    return pl.DataFrame(
        {
            "article_id": [f"a{i:02d}" for i in range(n)],
            "text": [f"The council met on day {i}. " * (i % 3 + 1) for i in range(n)],
            "published": [None] * n,
        },
        schema={"article_id": pl.String, "text": pl.String, "published": pl.Date},
    )


@pytest.mark.parametrize(
    ("rows", "size", "heights"),
    [(0, 4, []), (3, 4, [3]), (4, 4, [4]), (9, 4, [4, 4, 1]), (10, 5, [5, 5])],
)
def test_spilled_chunks_read_back_the_slices_of_the_frame(tmp_path, rows, size, heights):
    frame = _articles(rows)
    chunks = SpilledChunks(frame, tmp_path / "work" / "texts.parquet", size=size)
    assert (len(chunks), chunks.height, chunks.size) == (len(heights), rows, size)
    assert [c.height for c in chunks] == heights  # iterating reads every chunk in order
    for i in range(len(chunks)):
        assert chunks[i].equals(frame.slice(i * size, size))
    with pytest.raises(IndexError, match=f"chunk {len(heights)} of {len(heights)} in "):
        chunks[len(heights)]
