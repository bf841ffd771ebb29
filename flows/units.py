"""Units of work on the extraction pool, and what the pool does when a worker dies or hangs.

``ExtractPool`` (``flows.extract``) sends each unit of articles as a ``Unit``; waiting on one
(``result``, ``Supervised.wait_any``) looks at the workers once per tick (``flows.watchdog``).
A worker that died, or no article finished by any worker for ``stall_timeout`` seconds while
units run, makes the pool ``recover``: log what happened and every process's stack, kill the
workers and send the unfinished units to a fresh pool. A unit that was on the failed worker is
sent again whole once; if it fails again it is split in halves, and a single article that
fails twice comes back as a failed row (reason ``worker_lost``: quarantined, never silently
lost). After ``MAX_RESTARTS`` failures in one run the run fails (``PoolFailed``) with what to
do. The facts of a unit never depend on how its articles were grouped, so a retried run
publishes the same rows.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import shutil
import signal
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import polars as pl

from newsfacts.errors import NewsfactsError

log = logging.getLogger("newsfacts")
TICK = 1.0  # seconds between two looks at the workers while the run waits for a unit
MAX_RESTARTS = 10  # pool failures in one run before it fails (a poison article: 8 at most)
LOST = "worker_lost"
LAST_RESORT_EXTRA = 60.0  # seconds added to twice the stall timeout (``last_resort``)


def last_resort(stall_timeout: float) -> float:
    """Seconds after the pool was last sent or waited on before the process is ended."""
    return 2 * stall_timeout + LAST_RESORT_EXTRA


class PoolFailed(NewsfactsError, RuntimeError):
    """The extraction workers failed too often in one run; nothing was published."""


def run_unit(
    work: Callable[..., dict[str, pl.DataFrame]],
    number: int,
    attempt: int,
    unit: bytes,
    **kwargs: Any,
) -> dict[str, bytes]:
    """What a pool worker runs: ``work`` (``extract_articles``) on unit ``number``, each article
    a heartbeat (``flows.watchdog``); the unit and the facts as IPC bytes (``to_bytes``)."""
    from flows.watchdog import HUGE_BYTES, beat, inject_fault, running

    running(number)
    frame = from_bytes(unit)
    huge = inject_fault(frame["article_id"].to_list(), attempt)
    facts = work(frame, advance=beat, **kwargs)
    if huge:  # test hook: a result far larger than the pipe
        facts["padding"] = pl.DataFrame({"article_id": ["-"], "pad": ["x" * HUGE_BYTES]})
    return {name: to_bytes(table) for name, table in facts.items()}


def to_bytes(frame: pl.DataFrame) -> bytes:
    """``frame`` as Arrow IPC bytes: what crosses the pool's pipes instead of a DataFrame.

    Pickling a DataFrame runs polars code, and the executor pickles and unpickles in its own
    threads (the queue's feeder, the result reader) while holding the GIL; polars may wait there
    for its thread pool, whose threads may wait for the GIL in a query of the run's main thread
    that calls Python (``map_elements``): a deadlock, seen as a hang of a run on a loaded
    machine. Units and results are therefore converted here, in the threads that send and take
    them, and the executor's threads only move bytes.
    """
    out = io.BytesIO()
    frame.write_ipc(out, compression="uncompressed")
    return out.getvalue()


def from_bytes(data: bytes) -> pl.DataFrame:
    return pl.read_ipc(io.BytesIO(data))


class Unit:
    """Articles sent to an ``ExtractPool`` as one unit; ``result()`` waits for their facts.

    After a pool failure ``recover`` sends it again (``future`` is then the new attempt's),
    splits it (``parts``) or gives its article failed rows (``outcome``).
    """

    def __init__(self, pool: Supervised, frame: pl.DataFrame, number: int, attempt: int = 1):
        self.pool, self.frame, self.number, self.attempt = pool, frame, number, attempt
        self.future: Future | None = None
        self.parts: list[Unit] | None = None
        self.outcome: dict[str, pl.DataFrame] | None = None

    def leaf_done(self) -> bool:
        """This attempt is back (a pool that broke under it does not count)."""
        future = self.future
        if future is None or not future.done():
            return self.outcome is not None
        return future.cancelled() or not isinstance(future.exception(), BrokenProcessPool)

    def done(self) -> bool:
        if self.outcome is not None:
            return True
        if self.parts is not None:
            return all(p.done() for p in self.parts)
        return self.leaf_done()

    def result(self) -> dict[str, pl.DataFrame]:
        while not self.done():
            self.pool.wait_any([self])
        if self.outcome is None:
            if self.parts is not None:
                from flows.extract import concat_facts

                self.outcome = concat_facts([p.result() for p in self.parts])
            else:
                self.outcome = {k: from_bytes(v) for k, v in self.future.result().items()}
            self.frame = self.future = self.parts = None
        return self.outcome


def leaves(unit: Unit | Future) -> list[Future]:
    """The futures ``unit`` (a ``Unit`` or a plain future) still waits for."""
    if not isinstance(unit, Unit):
        return [] if unit.done() else [unit]
    if unit.outcome is not None:
        return []
    if unit.parts is not None:
        return [f for p in unit.parts for f in leaves(p)]
    return [] if unit.future is None or unit.future.done() else [unit.future]


class Supervised:
    """``ExtractPool``'s sending and waiting, with the workers looked at between ticks."""

    processes: int
    stall_timeout: float
    restarts: int
    _executor: Any
    _beats: Any
    _stacks: str | None
    _units: list[Unit]
    _number: int
    _progress: float

    def _pool(self) -> Any: ...

    def _send(self, unit: Unit) -> Unit:
        try:
            future = self._pool().submit(
                run_unit,
                self.work,
                unit.number,
                unit.attempt,
                to_bytes(unit.frame),
                model=self.model,
                batch_size=self.batch_size,
                min_population=self.min_population,
            )
        except BrokenProcessPool as exc:  # a worker died since the last look: sent on recovery
            future = Future()
            future.set_exception(exc)
        future.add_done_callback(self._touch)
        unit.future = future
        self._units.append(unit)
        self._arm()
        return unit

    def _arm(self) -> None:
        """The last resort, for a hang in which no Python thread runs (the GIL held for ever):
        unless this is called again within ``last_resort(stall_timeout)`` seconds, or the pool
        closes, a C thread dumps every thread's stack to stderr and exits the process (1)."""
        if self.stall_timeout and self._executor is not None:
            faulthandler.dump_traceback_later(last_resort(self.stall_timeout), exit=True)

    def _touch(self, _future: Future) -> None:
        self._progress = time.monotonic()

    def wait_any(self, units: list) -> None:
        """Wait until one of ``units`` is done, or a tick at most, then look at the workers
        (``check``); callers loop."""
        futures = [f for u in units for f in leaves(u)]
        if futures:
            wait(futures, timeout=TICK, return_when=FIRST_COMPLETED)
        self.check()
        self._arm()

    def check(self) -> None:
        """Recover when a worker died or none finished an article for ``stall_timeout`` seconds
        while units run."""
        executor = self._executor
        if executor is None or self._beats is None:
            return
        self._units = [u for u in self._units if u.future is not None and not u.leaf_done()]
        codes = {p.pid: p.exitcode for p in list(executor._processes.values())}
        dead = {pid: code for pid, code in codes.items() if code is not None}
        if executor._broken:  # the executor saw a death and terminated the other workers
            dead = {p: c for p, c in dead.items() if c != -signal.SIGTERM} or dead
        if dead or executor._broken:
            self._recover(dead=dead)
            return
        now = time.monotonic()
        last = max(self._progress, self._beats.last())
        if self._units and self.stall_timeout and now - last > self.stall_timeout:
            self._recover(silent_since=now - self.stall_timeout)

    def _recover(self, *, dead: dict | None = None, silent_since: float | None = None) -> None:
        faulthandler.cancel_dump_traceback_later()  # re-armed when the units are sent again
        executor, beats, directory = self._executor, self._beats, self._stacks
        self._executor = self._beats = self._stacks = None
        self.restarts += 1
        units, self._units = self._units, []
        for unit in recover(self, executor, beats, directory, units, dead, silent_since):
            self._send(unit)


def recover(
    pool: Supervised,
    executor: Any,
    beats: Any,
    directory: str,
    units: list[Unit],
    dead: dict[int, int] | None,
    silent_since: float | None,
) -> list[Unit]:
    """Log the failure and the stacks, kill the workers, and return the units to send again."""
    from flows.watchdog import dump_stacks, exit_text, kill_workers

    numbers = {u.number for u in units}
    if dead or silent_since is None:
        dead = dead or {}
        hit = beats.units_of(set(dead)) & numbers
        what = ", ".join(f"worker {pid} {exit_text(c)}" for pid, c in sorted(dead.items()))
        what = what or "a worker died"
    else:
        hit = beats.silent_units(silent_since) & numbers
        what = f"no worker finished an article for {pool.stall_timeout:g} s"
    hit = hit or numbers
    ids = [a for u in units if u.number in hit for a in u.frame["article_id"].to_list()]
    shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    live = [p.pid for p in list(executor._processes.values()) if p.exitcode is None]
    stacks = dump_stacks(live, directory) if directory else ""
    log.error(
        "extraction pool failure %d: %s while running unit(s) %s (%d articles: %s); the workers "
        "are stopped and the unfinished units sent to a fresh pool. Stacks:\n%s",
        pool.restarts,
        what,
        ", ".join(map(str, sorted(hit))),
        len(ids),
        shown,
        stacks,
    )
    kill_workers(executor)
    if directory:
        shutil.rmtree(directory, ignore_errors=True)
    if pool.restarts > MAX_RESTARTS:
        raise PoolFailed(
            f"the extraction workers failed {pool.restarts} times in this run (last: {what}, "
            f"articles {shown})",
            hint="nothing was published; the run's log has every process's stack. Check the "
            "machine's memory (`dmesg` names processes the out-of-memory killer stopped), run "
            "again with fewer --processes, or raise --stall-timeout for very long articles",
        )
    again = []
    for unit in units:
        if unit.number not in hit:
            again.append(unit)
        elif unit.attempt == 1:
            unit.attempt = 2
            again.append(unit)
        elif unit.frame.height > 1:
            half = (unit.frame.height + 1) // 2
            unit.parts = [_part(pool, unit.frame.slice(0, half)), _part(pool, unit.frame[half:])]
            unit.frame = unit.future = None
            again.extend(unit.parts)
        else:
            unit.outcome = lost(unit.frame["article_id"].to_list(), what)
            unit.frame = unit.future = None
    return again


def _part(pool: Supervised, frame: pl.DataFrame) -> Unit:
    pool._number += 1
    return Unit(pool, frame, pool._number, attempt=2)


def lost(ids: list[str], what: str) -> dict[str, pl.DataFrame]:
    """The facts of articles whose worker failed twice: none, and a failed row each."""
    from flows.extract import FACT_TABLES, FAILED_SCHEMA
    from transforms.tables import empty

    detail = (
        f"its extraction worker failed twice while extracting it (last: {what}); it is left out "
        "of this version and extracted again when its file changes (or with --only); run with "
        "--processes 1 to see the error"
    )
    failed = pl.DataFrame(
        {
            "article_id": ids,
            "reason": [LOST] * len(ids),
            "detail": [f"article {i}: {detail}" for i in ids],
        },
        schema=FAILED_SCHEMA,
    )
    return {t: empty(t) for t in FACT_TABLES} | {"failed": failed}
