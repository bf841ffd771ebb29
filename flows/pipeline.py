"""The newsfacts flow: ingest -> clean -> extract -> validate -> publish, incrementally."""

# No `from __future__ import annotations` here: a served run validates the flow's parameter
# against its annotation (`Settings`), which must then be the class, not a string.
import logging
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow

from flows.artifacts import (
    publish_artifacts,
    quarantine_reasons,
    version_changes,
)
from flows.noop import mark_unchanged
from flows.plan import make_plan, scan_raw
from flows.process import ValidationFailed, process
from flows.runlog import send_to_prefect
from flows.runs import RunSummary, record_run
from flows.storage import Store
from flows.verify import check_before_run
from flows.version import pipeline_version as current_pipeline_version
from newsfacts.settings import Settings

__all__ = ["RunSummary", "ValidationFailed", "newsfacts_flow", "run_pipeline"]
log = logging.getLogger("newsfacts")


def _run_id() -> str:
    try:
        from prefect.runtime import flow_run

        if flow_run.id:
            return str(flow_run.id)
    except Exception:  # outside a flow run
        pass
    return uuid.uuid4().hex


@flow(name="newsfacts", log_prints=False, validate_parameters=True)
def newsfacts_flow(settings: Settings = Settings()) -> dict:  # noqa: B008 (a pydantic value)
    """Process ``settings.raw_dir`` into validated Parquet tables in ``settings.out_dir``.

    ``settings`` is the one parameter (a dict of its fields, e.g. from a deployment, is validated
    into :class:`Settings` by Prefect); returns the run summary.
    """
    send_to_prefect()
    summary = run_pipeline(settings, report=publish_artifacts)
    return summary.to_dict()


def run_pipeline(
    settings: Settings, *, report: Callable[[RunSummary], None] | None = None
) -> RunSummary:
    """One run under the output directory's lock; every run that starts is recorded in ``runs``.

    ``report`` gets the summary at the end of every run, failed or not (the flow publishes it
    as Prefect artifacts).
    """
    started_at = datetime.now(UTC)
    started = time.perf_counter()
    store = Store(Path(settings.out_dir))
    version = current_pipeline_version(settings)
    with store.lock(timeout=settings.lock_timeout):
        store.recover()
        summary = RunSummary(run_id=_run_id(), status="failed", pipeline_version=version)
        error = None
        try:
            if not settings.full_refresh:  # a full refresh rebuilds without reading it
                check_before_run(store)
            files = scan_raw(Path(settings.raw_dir), follow_symlinks=settings.follow_symlinks)
            manifest = None if settings.full_refresh else store.read("_manifest")
            plan = make_plan(
                files,
                manifest,
                pipeline_version=version,
                full_refresh=settings.full_refresh,
                only=settings.only or None,
            )
            summary.new, summary.changed = len(plan.new), len(plan.changed)
            summary.removed, summary.unchanged = len(plan.removed), len(plan.unchanged)
            if plan.is_noop:
                mark_unchanged(summary, store)
            else:
                before = store.current_dir()
                summary = process(settings, store, plan, files, summary, version)
                summary.changes = version_changes(store, before, store.current_dir())
            summary.quarantine_reasons = quarantine_reasons(store)
        except BaseException as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            summary.seconds = round(time.perf_counter() - started, 3)
            if summary.version is None and summary.status == "failed":
                current = store.current_dir()
                summary.version = current.name if current else None
            record_run(store.root, settings, summary, started_at, error)
            if report is not None:
                report(summary)
        return summary
