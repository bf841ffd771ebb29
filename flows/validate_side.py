"""Validation of a run in a side process that imports Great Expectations on the idle core.

Every run validates here. A run that extracts in its own process (a few new articles) spends
its time on one core: Great
Expectations' import (about 2.5 s of CPU), validation and Data Docs (about 1.6 s) come on top
of the parse and the extraction, under one GIL, while the other core idles once Prefect's
temporary API server answers. Here a side process is started at that moment (``after``: the
server's wait); it imports GX while this process ingests and extracts, then validates the
staged version exactly as ``validate_version`` does in process: same function, same staged
files, same results and Data Docs. Its log lines are sent back with the report and handled
here, by the task that asked for them (so they reach the terminal and Prefect's API as before).

A run with extraction workers (a full run) gains memory: Great Expectations' modules (about
110 MB) and its batches stay out of the run's process, whose peak is then the archive's
catalog at the end of extraction, not the validation (``docs/benchmarks.md``).

If the side process is not there or fails in any way (it died, or validation raised), the
caller validates in its own process, which reports the error where it belongs.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.storage import Staging
    from flows.validate import ValidationReport

log = logging.getLogger("newsfacts")


def validate_version(
    staging: Staging,
    fresh: set[str],
    *,
    docs_dir: Path | None,
    trusted: set[str],
    changed: set[str] | frozenset[str] = frozenset(),
) -> ValidationReport:
    """Validate a staged version's new or changed parts (``flows.validate_new.validate_staged``
    over the staged ``_parts`` index); return the report."""
    from flows.parts import PARTS, PARTS_SCHEMA
    from flows.storage import read_parts
    from flows.validate_new import validate_staged

    index = read_parts(staging.parts(PARTS), PARTS_SCHEMA)
    return validate_staged(
        staging, fresh, index, docs_dir=docs_dir, trusted=trusted, changed=changed
    )


class _Collect(logging.Handler):
    """Keeps the side process's log records (the pipeline's lines, and warnings of any
    library) to be handled by the run's process."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("newsfacts") or record.levelno >= logging.WARNING:
            self.records.append(portable(record))


def portable(record: logging.LogRecord) -> logging.LogRecord:
    """``record`` with its message formatted and its traceback as text: it can be pickled
    whatever its arguments were, and is handled elsewhere as it would have been here."""
    copy = logging.makeLogRecord(record.__dict__)
    copy.msg, copy.args = record.getMessage(), None
    if record.exc_info:
        copy.exc_text = logging.Formatter().formatException(record.exc_info)
    copy.exc_info = None
    return copy


def serve(conn: Connection) -> None:
    """The side process: import GX (``flows.gx_import``, as in the run's process), then answer
    one request ``(staging, fresh, docs_dir, trusted, changed)`` with ``("ok", report,
    records)`` or ``("failed", traceback text, records)``. Ends when the run's process closes
    its end without asking."""
    import traceback

    from flows.collector import collector_paused
    from flows.gx_import import import_great_expectations

    # GX and what validation reads are this process's whole life: frozen once imported, so
    # the full collections during validation (the serial tail of the run) walk only the
    # batches' objects, not GX's modules and schemas again (``collector_paused``)
    with collector_paused(freeze=True):
        import_great_expectations()  # collector paused, scipy.stats lazy
        import flows.validate_new  # noqa: F401  (polars, the suites' loader)
    try:
        staging, fresh, docs_dir, trusted, changed = conn.recv()
    except (EOFError, OSError):
        return
    collect = _Collect()
    root, ours = logging.getLogger(), logging.getLogger("newsfacts")
    level = ours.level
    root.addHandler(collect)
    ours.setLevel(logging.INFO)
    try:
        report = validate_version(
            staging, fresh, docs_dir=docs_dir, trusted=trusted, changed=changed
        )
        answer = ("ok", report, collect.records)
    except Exception:
        answer = ("failed", traceback.format_exc(), collect.records)
    finally:
        root.removeHandler(collect)
        ours.setLevel(level)
    with contextlib.suppress(OSError):
        conn.send(answer)


def _side_main(conn: Connection) -> None:
    """The side process's target: ``serve``, then exit at once. Its answer is sent and its
    files are written; tearing down GX's objects one by one writes nothing and took seconds
    while the run waited to reap the process. ``multiprocessing``'s own exit step still runs
    first: it releases the semaphore of tqdm's lock (GX's progress bars), which the resource
    tracker would otherwise report as leaked."""
    import os
    from multiprocessing import util

    try:
        serve(conn)
    finally:
        util._exit_function()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


class SideValidator:
    """A side process that will validate the run's staged version (see the module's doc)."""

    def __init__(self, after: Callable[[], object] | None = None, *, hold: bool = False) -> None:
        import multiprocessing

        # held: the process starts only once ``release`` is called (the extraction workers
        # are done), so that GX's import and memory do not sit beside the workers' models
        self._released, self._stopped = threading.Event(), False
        if not hold:
            self._released.set()

        context = multiprocessing.get_context("spawn")  # no fork of a threaded process
        self._conn, self._child_conn = context.Pipe()
        self.process = context.Process(
            target=_side_main, args=(self._child_conn,), name="newsfacts-validate", daemon=True
        )
        self._starter = threading.Thread(
            target=self._start, args=(after,), name="newsfacts-validate-start", daemon=True
        )
        self._starter.start()

    def _start(self, after: Callable[[], object] | None) -> None:
        try:
            if after is not None:
                after()  # e.g. the API server answers: the other core is free from then on
            self._released.wait()
            if not self._stopped:
                self.process.start()
        except Exception:  # the run's own steps report a server that did not start
            log.debug("side validation not started", exc_info=True)
        finally:
            self._child_conn.close()

    def validate(
        self,
        staging: Staging,
        fresh: set[str],
        *,
        docs_dir: Path | None,
        trusted: set[str],
        changed: set[str] | frozenset[str] = frozenset(),
    ) -> ValidationReport | None:
        """The report of the side process, its log lines handled here; None when it could not
        validate (not started, died, or validation raised): then validate in process."""
        self._starter.join()
        if self.process.pid is None:
            return None
        try:
            self._conn.send((staging, set(fresh), docs_dir, set(trusted), set(changed)))
            status, value, records = self._conn.recv()
        except (EOFError, OSError):
            log.debug("side validation ended without an answer")
            return None
        finally:
            self.stop()
        for record in records:
            logging.getLogger(record.name).handle(record)
        if status != "ok":
            log.debug("side validation failed, validating in process:\n%s", value)
            return None
        return value

    def release(self) -> None:
        """Let a held side process start (see ``start_side``)."""
        self._released.set()

    def stop(self) -> None:
        """Close the pipe (the side process ends) and reap the process."""
        self._stopped = True
        self._released.set()
        self._starter.join()
        self._conn.close()
        if self.process.pid is not None:
            self.process.join(5)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()


_SIDE: list[SideValidator] = []


def start_side(
    after: Callable[[], object] | None = None, *, hold: bool = False
) -> SideValidator | None:
    """Start the side validation of this run (once), unless Great Expectations is imported in
    this process already (validating here then costs no import). ``after``: wait for it before
    starting the process. ``hold``: also wait for ``release_side`` (a run whose workers extract:
    the side process starts when they are done, and its import overlaps the run's tail)."""
    if "great_expectations" in sys.modules:
        return None
    if not _SIDE:
        _SIDE.append(SideValidator(after, hold=hold))
    return _SIDE[0]


def release_side() -> None:
    """The run's extraction is over: a side validator held until now may start."""
    if _SIDE:
        _SIDE[0].release()


def side_started() -> bool:
    """Whether a side validator waits for this run's staged version."""
    return bool(_SIDE)


def take_side() -> SideValidator | None:
    """The run's side validator, removed from the module's slot (used once)."""
    return _SIDE.pop() if _SIDE else None
