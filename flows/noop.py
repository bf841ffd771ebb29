"""A run with nothing to do, answered before any flow starts (no Prefect API, no imports of NLP).

``newsfacts run`` (and ``bench``) first plan here: under the output directory's lock, hash the
raw directory and compare it with the published manifest. When nothing changed, the run is
recorded in the runs history as ``unchanged`` and no Prefect flow is started, so a no-op costs
the scan and the process start, not the start of Prefect's temporary API. When anything
changed (or on ``--full-refresh``/``--only``, or before the first publish) the flow runs and
plans again itself; served schedules always run the flow.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from flows.artifacts import unchanged
from flows.plan import make_plan, scan_raw
from flows.runs import RunSummary, record_run
from flows.storage import Store
from flows.verify import check_before_run
from flows.version import pipeline_version

log = logging.getLogger("newsfacts")


def mark_unchanged(summary: RunSummary, store: Store) -> RunSummary:
    """Fill ``summary`` for a run that changes nothing: the published version and its counts."""
    summary.status = "unchanged"
    summary.rows = store.row_counts()
    summary.quarantined = summary.rows.get("quarantine", 0)
    current = store.current_dir()
    summary.version = current.name if current else None
    summary.changes = unchanged(summary.rows)
    log.info("nothing changed since version %s", summary.version)
    return summary


def run_if_unchanged(settings, *, on_work: Callable[[int], None] | None = None) -> dict | None:
    """Record and return the summary of a no-op run, or None when the flow has work to do.

    ``on_work`` gets the number of files to process when the plan has work.
    """
    if settings.full_refresh or settings.only:
        return None
    store = Store(Path(settings.out_dir))
    if store.current_dir() is None:
        return None
    started_at = datetime.now(UTC)
    started = time.perf_counter()
    version = pipeline_version(settings)
    with store.lock(timeout=settings.lock_timeout):
        store.recover()
        check_before_run(store, sizes_only=True)  # truncated or missing parts: refuse
        files = scan_raw(Path(settings.raw_dir), follow_symlinks=settings.follow_symlinks)
        plan = make_plan(files, store.read("_manifest"), pipeline_version=version)
        if not plan.is_noop:
            if on_work is not None:
                on_work(len(plan.to_process))
            return None
        summary = RunSummary(
            run_id=uuid.uuid4().hex,
            status="unchanged",
            pipeline_version=version,
            unchanged=len(plan.unchanged),
        )
        mark_unchanged(summary, store)
        summary.seconds = round(time.perf_counter() - started, 3)
        record_run(store.root, settings, summary, started_at, None)
    return summary.to_dict()
