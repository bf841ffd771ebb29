"""The extraction pool's watchdog: a worker that hangs, dies, dies while writing its result, or
returns a huge result gives a known outcome within a bounded time (``flows.watchdog``,
``flows.units``). The workers run a cheap stand-in for ``extract_articles`` (no model)."""

from __future__ import annotations

import logging
import time

import polars as pl
import pytest

import flows.units
import flows.watchdog
from flows.extract import FACT_TABLES, FAILED_SCHEMA, ExtractPool
from flows.units import PoolFailed
from transforms.tables import empty

IDS = [f"a{i}" for i in range(8)]


def echo(unit: pl.DataFrame, *, advance=None, **_) -> dict[str, pl.DataFrame]:
    """Stand-in for ``extract_articles``: every article back as a failed row of reason 'ok'."""
    ids = unit["article_id"].to_list()
    for _ in ids:
        if advance is not None:
            advance(1)
    rows = {"article_id": ids, "reason": ["ok"] * len(ids), "detail": [""] * len(ids)}
    return {t: empty(t) for t in FACT_TABLES} | {"failed": pl.DataFrame(rows, schema=FAILED_SCHEMA)}


def run(fault: str | None, monkeypatch, *, stall: float = 600.0, early: bool = False):
    """Extract ``IDS`` (one article per unit) on two workers with ``fault`` injected."""
    monkeypatch.setattr(flows.watchdog, "FAULT", fault)
    monkeypatch.setattr(flows.watchdog, "DUMP_WAIT", 0.3)
    frame = pl.DataFrame({"article_id": IDS, "text": ["x"] * len(IDS)})
    pool = ExtractPool(2, model="none", batch_size=1, stall_timeout=stall, work=echo)
    start = time.monotonic()
    try:
        if early:  # sent as units before the chunk is gathered, like flows.stream's early units
            units = [pool.submit(frame[i : i + 1]) for i in range(len(IDS))]
            out = flows.extract.concat_facts([u.result() for u in units])
        else:
            (out,) = pool.map_chunks([frame], chunk_size=8)
    finally:
        pool.close()
    failed = out["failed"].sort("article_id")
    return dict(zip(failed["article_id"], failed["reason"], strict=True)), pool.restarts, start


ALL_OK = dict.fromkeys(IDS, "ok")
LOST_A3 = ALL_OK | {"a3": "worker_lost"}


@pytest.mark.parametrize(
    ("fault", "stall", "early", "expected", "restarts"),
    [
        (None, 600.0, False, ALL_OK, 0),
        ("huge:a3", 600.0, False, ALL_OK, 0),  # 48 MB through the pipe: no failure
        ("kill:a3:once", 600.0, False, ALL_OK, 1),  # retried in a fresh pool
        ("killwrite:a3:once", 600.0, False, ALL_OK, 1),  # the hang seen in a full x4 run
        ("killwrite:a3:once", 600.0, True, ALL_OK, 1),
        ("hang:a3:once", 2.0, False, ALL_OK, 1),  # no article done for 2 s: stacks, retried
        ("stopwrite:a3:once", 2.0, False, ALL_OK, 1),  # SIGSTOP mid-write: a stall too
        ("kill:a3", 600.0, False, LOST_A3, 2),  # dies again: quarantined, the rest published
        ("killwrite:a3", 600.0, True, LOST_A3, 2),
        ("hang:a3", 2.0, False, LOST_A3, 2),
    ],
)
def test_a_failed_worker_gives_a_known_outcome_in_bounded_time(
    fault, stall, early, expected, restarts, monkeypatch, caplog
):
    caplog.set_level(logging.ERROR, logger="newsfacts")
    got, restarted, start = run(fault, monkeypatch, stall=stall, early=early)
    assert (got, restarted) == (expected, restarts)
    assert time.monotonic() - start < 60 + 2 * stall
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == restarts
    for message in errors:  # what failed, on which articles, and the stacks
        assert "while running unit(s)" in message and "(1 articles: a3)" in message
        assert "Stacks:\n--- run process" in message


def test_only_bytes_cross_the_pool(monkeypatch):
    """Units and facts cross the executor's pipes as IPC bytes, made and read in the run's main
    thread: the executor's feeder and reader threads pickle no DataFrame (polars there, holding
    the GIL, deadlocked with a main-thread query that calls Python: the hang of a loaded run)."""
    from concurrent.futures import ProcessPoolExecutor

    sent, futures = [], []
    submit = ProcessPoolExecutor.submit

    def spy(self, fn, *args, **kwargs):
        sent.append(tuple(type(a).__name__ for a in args[1:]))  # number, attempt, unit
        futures.append(submit(self, fn, *args, **kwargs))
        return futures[-1]

    monkeypatch.setattr(ProcessPoolExecutor, "submit", spy)
    got, _, _ = run(None, monkeypatch)
    assert got == ALL_OK
    assert sent == [("int", "int", "bytes")] * len(IDS)
    assert {type(v).__name__ for f in futures for v in f.result().values()} == {"bytes"}


HELD = """
import ctypes, time
import polars as pl
import flows.units
from flows.extract import ExtractPool
from tests.test_pool_watchdog import echo

flows.units.LAST_RESORT_EXTRA = 0.0
pool = ExtractPool(1, model="none", batch_size=1, work=echo)
pool.submit(pl.DataFrame({"article_id": ["a0"], "text": ["x"]})).result()  # workers up
pool.stall_timeout = 0.5
pool.submit(pl.DataFrame({"article_id": ["a1"], "text": ["x"]}))
ctypes.PyDLL(None).sleep(60)  # the GIL held for a minute: no Python thread runs
"""


def test_a_hang_with_the_gil_held_ends_the_process_with_every_stack(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    start = time.monotonic()
    with open(tmp_path / "stderr", "w") as stderr:
        run = subprocess.Popen([sys.executable, "-c", HELD], cwd=root, stderr=stderr)
        code = run.wait(timeout=50)
    assert code == 1 and time.monotonic() - start < 45
    dump = (tmp_path / "stderr").read_text()
    assert dump.startswith("Timeout (0:00:01)!\nThread 0x")
    assert 'File "<string>", line 13 in <module>' in dump


def test_a_hung_worker_s_stack_is_logged(monkeypatch, caplog):
    caplog.set_level(logging.ERROR, logger="newsfacts")
    run("hang:a3:once", monkeypatch, stall=2.0)
    (message,) = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert "no worker finished an article for 2 s while running unit(s)" in message
    workers = message.split("--- worker ")[1:]  # the hung one sleeps in the test hook
    assert any("in inject_fault" in w and "flows/watchdog.py" in w for w in workers)


def test_a_pool_that_keeps_failing_fails_the_run_with_what_to_do(monkeypatch):
    monkeypatch.setattr(flows.units, "MAX_RESTARTS", 1)
    with pytest.raises(PoolFailed) as failed:
        run("kill:a3", monkeypatch)
    assert str(failed.value).startswith(
        "the extraction workers failed 2 times in this run (last: worker "
    )
    assert "killed by SIGKILL, articles a3): nothing was published" in str(failed.value)


def test_a_worker_that_dies_names_its_article_in_the_quarantine_detail():
    out = flows.units.lost(["a1"], "worker 7 killed by SIGKILL")
    assert out["failed"].rows() == [
        (
            "a1",
            "worker_lost",
            "article a1: its extraction worker failed twice while extracting it (last: worker 7 "
            "killed by SIGKILL); it is left out of this version and extracted again when its file "
            "changes (or with --only); run with --processes 1 to see the error",
        )
    ]
    assert all(out[t].is_empty() for t in FACT_TABLES)


def _files(out) -> dict[str, bytes]:
    version = (out / "current").resolve()
    return {p.relative_to(version).as_posix(): p.read_bytes() for p in version.rglob("*.parquet")}


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_a_run_whose_worker_dies_publishes_the_same_tables_or_quarantines(tmp_path, monkeypatch):
    """A worker killed in the middle of writing its result (once): the run publishes the bytes
    of a one-process run. Killed every time on one article: that article is quarantined as
    worker_lost and every other row is published."""
    import flows.process
    from flows.pipeline import newsfacts_flow
    from newsfacts.settings import Settings
    from tests.conftest import write_small_corpus

    raw = write_small_corpus(tmp_path / "raw")
    kw = dict(raw_dir=str(raw), chunk_size=3, batch_size=1)
    newsfacts_flow(Settings(out_dir=str(tmp_path / "one"), processes=1, **kw))
    articles = pl.read_parquet(tmp_path / "one" / "articles").sort("article_id")
    first = articles["article_id"][0]
    monkeypatch.setattr(flows.process, "IN_PROCESS_MAX", 0)  # use the pool even for 3 articles
    monkeypatch.setattr(flows.watchdog, "FAULT", f"killwrite:{first}:once")
    newsfacts_flow(Settings(out_dir=str(tmp_path / "two"), processes=2, **kw))
    assert _files(tmp_path / "one") == _files(tmp_path / "two")

    monkeypatch.setattr(flows.watchdog, "FAULT", f"kill:{first}")
    three = newsfacts_flow(Settings(out_dir=str(tmp_path / "three"), processes=2, **kw))
    assert three["status"] == "published"
    kept = pl.read_parquet(tmp_path / "three" / "articles").sort("article_id")
    assert kept["article_id"].to_list() == articles["article_id"].to_list()[1:]
    quarantine = pl.read_parquet(tmp_path / "three" / "quarantine")
    assert quarantine.select("reason").rows() == [("worker_lost",)]
    assert quarantine["detail"][0].endswith(
        f"article {first}: its extraction worker failed twice while extracting it (last: "
        f"worker {quarantine['detail'][0].split('last: worker ')[1].split()[0]} killed by "
        "SIGKILL); it is left out of this version and extracted again when its file changes "
        "(or with --only); run with --processes 1 to see the error"
    )


def test_a_dead_worker_s_status_is_the_same_for_threads_that_ask_at_once(monkeypatch):
    """The run's main thread and the executor's manager thread ask a dead worker's exit status
    at the same moment (``flows.watchdog.ReapedOnce``): each gets the signal that killed it,
    never 255 nor 'alive'. The fork server's answer is made slow so that every thread is
    waiting on it at once (with Python's own handle, one reads it and the others 255)."""
    import multiprocessing.forkserver
    import os
    import signal
    import threading
    from multiprocessing import connection

    from flows.extract import WORKER_PRELOAD

    context = flows.watchdog.worker_context(WORKER_PRELOAD)
    worker = context.Process(target=time.sleep, args=(60,))
    worker.start()
    os.kill(worker.pid, signal.SIGKILL)
    connection.wait([worker.sentinel], timeout=30)
    read_signed = multiprocessing.forkserver.read_signed

    def slow_read(fd: int) -> int:
        time.sleep(0.2)
        return read_signed(fd)

    monkeypatch.setattr(multiprocessing.forkserver, "read_signed", slow_read)
    start, seen = threading.Barrier(3), []

    def ask(join: bool) -> None:
        start.wait()
        if join:
            worker.join(timeout=30)
        seen.append(worker.exitcode)

    threads = [threading.Thread(target=ask, args=(j,)) for j in (False, False, True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert (seen, worker.exitcode) == ([-signal.SIGKILL] * 3, -signal.SIGKILL)


CLOSED_AT_ONCE = """
import gc, time
import polars as pl
from flows.extract import ExtractPool
from tests.test_pool_watchdog import echo

for _ in range(3):
    pool = ExtractPool(2, model="none", batch_size=1, work=echo)
    for i in range(2):  # starts both workers, which are still starting when the pool closes
        pool.submit(pl.DataFrame({"article_id": [f"a{i}"], "text": ["x"]}))
    pool.close(wait=False)
    del pool
    gc.collect()
time.sleep(2)  # the workers' own output, if any, comes after the pool is gone
print("done", flush=True)
"""


def test_a_pool_closed_while_its_workers_start_prints_nothing(tmp_path):
    """A pool closed without waiting while its workers were still starting (a warmed pool the run
    did not need) dropped the locks the workers were about to open: each printed a
    ``FileNotFoundError`` traceback (``SemLock._rebuild``, or its stack file's directory gone).
    The pool now waits for them to start (``flows.watchdog.wait_started``)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", CLOSED_AT_ONCE], cwd=root, capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "done\n", "")
