"""Worker processes that parse and extract: units of work, and the same tables as one process."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import polars as pl
import pytest

import flows.extract
import flows.pool
import flows.process
import flows.stream
from flows.pipeline import newsfacts_flow
from flows.unit_plan import unit_size
from newsfacts.settings import Settings
from tests.conftest import write_small_corpus

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "raw"


@pytest.mark.parametrize(
    ("chunk_size", "processes", "batch_size", "expected"),
    [
        (500, 2, 16, 64),  # 500 / 8 = 62.5 -> 4 batches of 16
        (500, 1, 16, 128),
        (500, 8, 16, 16),
        (500, 64, 16, 16),  # never below one batch
        (2, 2, 1, 1),
        (10, 2, 4, 4),
    ],
)
def test_unit_size_is_a_multiple_of_the_batch(chunk_size, processes, batch_size, expected):
    assert unit_size(chunk_size, processes=processes, batch_size=batch_size) == expected


@pytest.mark.parametrize(
    ("processes", "runner", "files", "started"),
    [
        (1, "local", 1000, False),  # one process: extraction here
        (2, "dask", 1000, False),  # Dask workers load their own model
        (2, "local", 64, False),  # at most IN_PROCESS_MAX (32) files per worker: here
        (2, "local", 65, True),
    ],
)
def test_the_pool_starts_before_ingest_only_when_it_will_be_used(
    processes, runner, files, started, monkeypatch
):
    warmed = []
    monkeypatch.setattr(flows.process.ExtractPool, "warm", lambda pool: warmed.append(pool))
    pool = flows.process.pool_for(Settings(processes=processes, runner=runner), files)
    assert (pool is not None, len(warmed)) == (started, int(started))


@pytest.mark.parametrize(
    ("early", "files", "later", "taken", "closed"),
    [
        ({}, 65, {}, True, 0),  # the flow takes the pool started before it
        ({}, 65, {"batch_size": 8}, False, 1),  # other settings: a new pool, the early one stops
        ({}, 10, {}, False, 0),  # too few files: none started early
        ({}, None, {}, False, 0),  # a full refresh of the 5 sample files: none started early
        ({"processes": 1}, 65, {"processes": 1}, False, 0),
        ({"runner": "dask"}, 65, {"runner": "dask"}, False, 0),
    ],
)
def test_a_pool_started_before_the_flow_is_taken_by_it(
    early, files, later, taken, closed, monkeypatch
):
    warmed, stopped = [], []
    monkeypatch.setattr(
        flows.process.ExtractPool, "warm", lambda pool, after=None: warmed.append(pool)
    )
    monkeypatch.setattr(
        flows.process.ExtractPool, "close", lambda pool, wait=True: stopped.append(pool)
    )
    monkeypatch.setattr(flows.pool, "_STARTED", [])
    started = flows.pool.start_early(Settings(raw_dir=str(SAMPLES), **early), files)
    first = warmed[0] if warmed else None
    pool = flows.process.pool_for(Settings(raw_dir=str(SAMPLES), **later), files or 100)
    assert (started, pool is not None and pool is first, len(stopped)) == (
        files == 65 and not early,
        taken,
        closed,
    )


def _fail() -> None:
    raise RuntimeError("the API server did not answer")


@pytest.mark.parametrize(("after", "submitted"), [(None, 2), (lambda: None, 2), (_fail, 0)])
def test_the_workers_start_after_what_they_wait_for(after, submitted, monkeypatch):
    jobs = []

    class Executor:
        def submit(self, fn, *args):
            jobs.append(fn)

    pool = flows.process.ExtractPool(2, model="m", batch_size=16)
    monkeypatch.setattr(pool, "_pool", lambda: Executor())
    pool.warm(after)
    pool._started()
    assert len(jobs) == submitted


@pytest.mark.parametrize(("count", "started"), [(64, False), (65, True)])
def test_a_full_run_counts_its_files_to_start_the_pool_early(count, started, tmp_path, monkeypatch):
    for i in range(count):
        folder = tmp_path / f"d{i % 3}"
        folder.mkdir(exist_ok=True)
        (folder / f"{i}.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    monkeypatch.setattr(flows.process.ExtractPool, "warm", lambda pool, after=None: None)
    monkeypatch.setattr(flows.pool, "_STARTED", [])
    assert flows.pool.start_early(Settings(raw_dir=str(tmp_path), processes=2), None) is started


def _files(out: Path) -> dict[str, bytes]:
    version = (out / "current").resolve()
    return {p.relative_to(version).as_posix(): p.read_bytes() for p in version.rglob("*.parquet")}


@pytest.mark.usefixtures("prefect_harness")
@pytest.mark.parametrize("early", [False, True])
def test_worker_processes_publish_the_same_bytes_as_one_process(tmp_path, monkeypatch, early):
    raw = write_small_corpus(tmp_path / "raw")
    for sample in SAMPLES.glob("*.txt"):
        (raw / sample.name).write_bytes(sample.read_bytes())
    kw = dict(raw_dir=str(raw), chunk_size=3, batch_size=1)
    one = newsfacts_flow(Settings(out_dir=str(tmp_path / "one"), processes=1, **kw))
    monkeypatch.setattr(flows.process, "IN_PROCESS_MAX", 0)  # use the pool even for 8 articles
    sent = []
    if early:  # send while ingesting even before the workers are up (else it may send nothing)
        monkeypatch.setattr(flows.extract.ExtractPool, "ready", lambda pool: True)
        close = flows.stream.EarlyUnits.close
        monkeypatch.setattr(
            flows.stream.EarlyUnits, "close", lambda u: (close(u), sent.append(len(u._sent)))
        )
    two = newsfacts_flow(Settings(out_dir=str(tmp_path / "two"), processes=2, **kw))
    assert bool(sent and sent[0]) == early  # articles went to the workers while ingesting
    assert one["extracted"] == two["extracted"] == 8
    assert one["version"] == two["version"]  # the version id is a digest of every file's bytes
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


@pytest.mark.parametrize(
    ("heights", "size", "last", "small", "expected"),
    [
        ([10, 5], 4, 4, 1, [(0, 4), (0, 4), (0, 2), (1, 4), (1, 1)]),
        ([10], 4, 6, 2, [(0, 4), (0, 2), (0, 2), (0, 2)]),
        ([3, 3], 2, 0, 1, [(0, 2), (0, 1), (1, 2), (1, 1)]),
        ([0, 2], 4, 8, 1, [(1, 1), (1, 1)]),  # a chunk with nothing left to send has no unit
        ([], 4, 8, 1, []),
    ],
)
def test_the_last_articles_go_in_small_units(heights, size, last, small, expected):
    import polars as pl

    from flows.unit_plan import split_units, unit_bounds

    chunks = [
        pl.DataFrame({"article_id": [f"{i}-{j}" for j in range(h)]}) for i, h in enumerate(heights)
    ]
    units = split_units(chunks, size, last=last, small=small)
    assert [(i, u.height) for i, u in units] == expected
    assert [(i, n) for i, _, n in unit_bounds(heights, size, last=last, small=small)] == expected
    assert pl.concat([u for _, u in units] or [pl.DataFrame({"article_id": []})]).height == sum(
        heights
    )


class _EarlyRests:
    """Early facts for nobody; every rest it hands out is watched (is it still alive?)."""

    def __init__(self) -> None:
        self.rests: list[weakref.ref] = []

    def split(self, chunk):
        rest = chunk.filter(pl.lit(True))  # a copy, as when some articles were sent early
        self.rests.append(weakref.ref(rest))
        return [], rest

    def facts(self, ids, advance=None):
        return []


@pytest.mark.parametrize(("chunks", "chunk_size", "most"), [(1, 8, 1), (6, 8, 2), (9, 3, 3)])
def test_the_pool_holds_the_rows_of_at_most_two_chunks_at_a_time(
    chunks, chunk_size, most, monkeypatch
):
    """Chunks' rows left after the early units are made when sent, not all at once."""
    from concurrent.futures import Future

    from flows.extract import ExtractPool
    from transforms.tables import empty

    early, alive = _EarlyRests(), []

    def submit(self, unit):
        gc.collect()
        alive.append(sum(r() is not None for r in early.rests))
        done = Future()
        facts = {t: empty(t) for t in flows.extract.FACT_TABLES}
        done.set_result(facts | {"failed": pl.DataFrame(schema=flows.extract.FAILED_SCHEMA)})
        return done

    monkeypatch.setattr(ExtractPool, "submit", submit)
    frames = [
        pl.DataFrame({"article_id": [f"{c}-{j}" for j in range(chunk_size)], "text": "x"})
        for c in range(chunks)
    ]
    pool = ExtractPool(2, model="none", batch_size=1)
    out = list(pool.map_chunks(frames, chunk_size=chunk_size, early=early))
    assert len(out) == chunks
    assert sum(o["entity_mentions"].height for o in out) == 0
    assert max(alive) == most


@pytest.mark.parametrize(("processes", "sent_while_oldest_runs"), [(2, 2), (3, 3)])
def test_a_unit_back_before_the_oldest_frees_its_worker(
    processes, sent_while_oldest_runs, monkeypatch
):
    """The oldest unit still runs while the later ones are back: more units are sent at once
    (at most one per worker beyond the window), not once the oldest is back."""
    import threading
    from concurrent.futures import Future

    from flows.extract import ExtractPool
    from transforms.tables import empty

    facts = {t: empty(t) for t in flows.extract.FACT_TABLES}
    facts["failed"] = pl.DataFrame(schema=flows.extract.FAILED_SCHEMA)
    window = 2 * processes
    futures: list[Future] = []
    sent_before_oldest: list[int] = []

    def finish_oldest() -> None:
        if not futures[0].done():
            sent_before_oldest.append(len(futures) - window)
            futures[0].set_result(dict(facts))

    def submit(self, unit):
        future = Future()
        futures.append(future)
        if len(futures) == 1:  # the oldest: back after the rest, or after 5 s at the latest
            threading.Timer(5, finish_oldest).start()
        else:
            future.set_result(dict(facts))
        if len(futures) == window + sent_while_oldest_runs:
            finish_oldest()
        return future

    monkeypatch.setattr(ExtractPool, "submit", submit)
    frame = pl.DataFrame({"article_id": [str(j) for j in range(20)], "text": "x"})
    pool = ExtractPool(processes, model="none", batch_size=1)
    out = list(pool.map_chunks([frame], chunk_size=4 * processes))
    assert len(out) == 1
    assert len(futures) == 20
    assert sent_before_oldest == [sent_while_oldest_runs]
