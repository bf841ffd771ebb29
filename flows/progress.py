"""Progress of the extraction: a rich bar on a terminal, log lines elsewhere.

The extract task advances the process-wide reporter one article at a time (on a Dask cluster,
the flow advances it one chunk at a time). The CLI picks the reporter: a rich bar when stdout
is a terminal, else log lines. Log lines also reach the Prefect API (see ``flows.runlog``),
so a run's progress is in its Prefect logs whichever way the terminal shows it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger("newsfacts")
PROGRESS = "newsfacts_progress"  # attribute set on progress log records (see ``is_progress``)


class Progress(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, n: int = 1) -> None: ...
    def stop(self) -> None: ...


def format_eta(seconds: float | None) -> str:
    """``75.4`` -> ``"1m15s"``; ``None`` (rate unknown) -> ``"?"``."""
    if seconds is None:
        return "?"
    s = round(seconds)
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h}h{m:02d}m"
    return f"{m}m{s:02d}s" if m else f"{s}s"


class LogProgress:
    """A log line (done/total, rate, ETA) every ``every`` articles or ``seconds``, and at the end."""

    def __init__(
        self,
        *,
        every: int = 250,
        seconds: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        logger: logging.Logger = log,
    ) -> None:
        self.every, self.seconds, self.clock, self.logger = every, seconds, clock, logger
        self.total: int | None = None
        self.done = 0

    def start(self, total: int) -> None:
        self.total, self.done = total, 0
        self.started = self.last_time = self.clock()
        self.last_done = 0

    def advance(self, n: int = 1) -> None:
        if self.total is None:  # not started in this process (e.g. on a Dask worker)
            return
        self.done += n
        now = self.clock()
        due = self.done - self.last_done >= self.every or now - self.last_time >= self.seconds
        if due or self.done >= self.total:
            self.last_done, self.last_time = self.done, now
            self.logger.info("%s", self.line(now), extra={PROGRESS: True})

    def line(self, now: float) -> str:
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else None
        eta = (self.total - self.done) / rate if rate else None
        speed = f"{rate:.1f}/s" if rate is not None else "?/s"
        return f"extracted {self.done}/{self.total} articles ({speed}, ETA {format_eta(eta)})"

    def stop(self) -> None:
        self.total = None


class RichProgress:
    """A rich progress bar: articles done/total, rate, elapsed time and ETA."""

    def __init__(self, console) -> None:
        self.console = console
        self._bar = None

    def start(self, total: int) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("articles"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console,
            refresh_per_second=4,
        )
        self._bar.start()
        self._task = self._bar.add_task("extract", total=total, rate="?/s")

    def advance(self, n: int = 1) -> None:
        if self._bar is None:
            return
        self._bar.advance(self._task, n)
        speed = self._bar.tasks[0].speed
        self._bar.update(self._task, rate=f"{speed:.1f}/s" if speed else "?/s")

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


class Both:
    """Several reporters at once (the terminal bar and the log lines for Prefect)."""

    def __init__(self, *reporters: Progress) -> None:
        self.reporters = reporters

    def start(self, total: int) -> None:
        for r in self.reporters:
            r.start(total)

    def advance(self, n: int = 1) -> None:
        for r in self.reporters:
            r.advance(n)

    def stop(self) -> None:
        for r in self.reporters:
            r.stop()


def is_progress(record: logging.LogRecord) -> bool:
    """Whether a log record is a progress line (a terminal with a bar leaves those out)."""
    return bool(getattr(record, PROGRESS, False))


_current: list[Progress] = [LogProgress()]


def current() -> Progress:
    """The reporter of this process."""
    return _current[0]


def use(reporter: Progress) -> None:
    """Make ``reporter`` the reporter of this process."""
    _current[0] = reporter
