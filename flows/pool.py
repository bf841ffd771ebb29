"""The extraction workers' pool of a run: whether it uses one, and when it starts.

A local run with ``--processes`` > 1 and more than ``flows.process.IN_PROCESS_MAX`` files per
worker extracts on an ``ExtractPool`` (``flows.extract``). ``start_early`` (called by
``flows.startup.start_run``) starts it before the flow, once the temporary API server answers,
so the workers import spaCy and load the model while the flow starts and plans; ``pool_for``
(the top of ``flows.process.process``) takes that pool, or starts one. Nothing here changes what
the workers compute.
"""

from __future__ import annotations

import atexit
import os
from collections.abc import Callable
from pathlib import Path

from flows.extract import ExtractPool
from newsfacts.settings import Settings


def uses_pool(settings: Settings, files: int) -> bool:
    """Whether a run that processes ``files`` raw files extracts on an ``ExtractPool``: not with
    one process, nor on Dask, nor for at most ``IN_PROCESS_MAX`` files per worker."""
    import flows.process  # its IN_PROCESS_MAX (tests lower it)

    return (
        settings.runner != "dask"
        and settings.processes > 1
        and files > flows.process.IN_PROCESS_MAX * settings.processes
    )


_STARTED: list[tuple[tuple, ExtractPool]] = []  # a pool started before the flow (start_early)


def _new_pool(settings: Settings) -> ExtractPool:
    return ExtractPool(
        settings.processes,
        model=settings.model,
        batch_size=settings.batch_size,
        min_population=settings.gazetteer_min_population,
        stall_timeout=settings.stall_timeout,
    )


def _pool_key(settings: Settings) -> tuple:
    return (
        settings.processes,
        settings.model,
        settings.batch_size,
        settings.gazetteer_min_population,
        settings.stall_timeout,
    )


def start_early(
    settings: Settings, files: int | None, after: Callable[[], object] | None = None
) -> bool:
    """Start the worker pool before the flow, when the run will use one (``uses_pool``), so the
    workers import spaCy and load the model while this process starts the flow and plans (one
    core); ``pool_for`` then takes it. ``files``: the files to process, or None when not known
    (a full refresh, a first run: the files under ``raw_dir`` are counted, up to the
    threshold). ``after``: what the workers' start waits for (``ExtractPool.warm``), e.g. the
    temporary API server's first answer: started beside it, the workers slowed its start (past
    its 90 s timeout on a loaded machine). Nothing changes in what the workers compute; a pool
    the flow does not take is stopped at exit."""
    if files is None:
        import flows.process

        limit = flows.process.IN_PROCESS_MAX * settings.processes + 1
        files = _count_files(Path(settings.raw_dir), limit)
    if _STARTED or not uses_pool(settings, files):
        return False
    pool = _new_pool(settings)
    pool.warm(after)
    _STARTED.append((_pool_key(settings), pool))
    atexit.register(_close_started)
    return True


def _close_started() -> None:
    while _STARTED:
        _STARTED.pop()[1].close(wait=False)


def _count_files(raw_dir: Path, limit: int) -> int:
    """Regular files under ``raw_dir`` (hidden names skipped, links not followed), counted up to
    ``limit``: a cheap guess of a full run's size (``flows.plan.scan_raw`` decides)."""
    count, stack = 0, [raw_dir]
    while stack and count < limit:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(Path(entry.path))
                    elif entry.is_file(follow_symlinks=False):
                        count += 1
        except OSError:
            continue
    return count


def pool_for(settings: Settings, files: int) -> ExtractPool | None:
    """The worker pool of a local run that processes ``files`` raw files, started and warming.

    None (extract in this process) when the run does not use one (``uses_pool``): the same rule
    as the run's start-up (``flows.startup.start_run``), which loads the model in this process
    exactly then. The pool ``start_early`` started before the flow, when there is one for the
    same settings; else one started here, before ingesting, so the workers load the model while
    this process ingests, cleans and plans.
    """
    started = _STARTED.pop() if _STARTED else None
    if not uses_pool(settings, files):
        if started is not None:
            started[1].close(wait=False)
        return None
    if started is not None:
        if started[0] == _pool_key(settings):
            return started[1]
        started[1].close(wait=False)
    pool = _new_pool(settings)
    pool.warm()
    return pool
