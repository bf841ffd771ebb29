"""The newsfacts flow: ingest -> clean -> extract -> validate -> publish, incrementally."""

from __future__ import annotations

import logging
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow

from flows.noop import mark_unchanged
from flows.plan import make_plan, scan_raw
from flows.process import ValidationFailed, process
from flows.runs import RunSummary, record_run
from flows.storage import Store
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
def newsfacts_flow(
    raw_dir: str = Settings.raw_dir,
    out_dir: str = Settings.out_dir,
    full_refresh: bool = Settings.full_refresh,
    model: str = Settings.model,
    batch_size: int = Settings.batch_size,
    processes: int = Settings.processes,
    chunk_size: int = Settings.chunk_size,
    max_bytes: int = Settings.max_bytes,
    only: list[str] | None = None,
    lock_timeout: float = Settings.lock_timeout,
    runner: str = Settings.runner,
) -> dict:
    """Process ``raw_dir`` into validated Parquet tables in ``out_dir``; returns the run summary."""
    settings = Settings(
        raw_dir=raw_dir,
        out_dir=out_dir,
        full_refresh=full_refresh,
        model=model,
        batch_size=batch_size,
        processes=processes,
        chunk_size=chunk_size,
        max_bytes=max_bytes,
        only=list(only or []),
        lock_timeout=lock_timeout,
        runner=runner,
    )
    summary = run_pipeline(settings)
    _publish_artifact(summary)
    return summary.to_dict()


def run_pipeline(settings: Settings) -> RunSummary:
    """One run under the output directory's lock; every run that starts is recorded in ``runs``."""
    started_at = datetime.now(UTC)
    started = time.perf_counter()
    store = Store(Path(settings.out_dir))
    version = current_pipeline_version(settings.model)
    with store.lock(timeout=settings.lock_timeout):
        store.recover()
        summary = RunSummary(run_id=_run_id(), status="failed", pipeline_version=version)
        error = None
        try:
            files = scan_raw(Path(settings.raw_dir))
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
                summary = process(settings, store, plan, files, summary, version)
        except BaseException as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            summary.seconds = round(time.perf_counter() - started, 3)
            if summary.version is None and summary.status == "failed":
                current = store.current_dir()
                summary.version = current.name if current else None
            record_run(store.root, settings, summary, started_at, error)
        return summary


def _publish_artifact(summary: RunSummary) -> None:
    """A Prefect markdown artifact with the run summary (visible in the Prefect UI)."""
    from prefect.artifacts import create_markdown_artifact

    rows = "\n".join(f"| {t} | {n} |" for t, n in summary.rows.items())
    markdown = (
        f"# newsfacts run {summary.run_id}\n\n"
        f"**{summary.status}** — version `{summary.version}`, validation {summary.validation}, "
        f"{summary.seconds:.1f} s\n\n"
        f"| files | new | changed | removed | unchanged | quarantined rows | articles extracted |\n"
        f"|---|---|---|---|---|---|---|\n"
        f"| | {summary.new} | {summary.changed} | {summary.removed} | {summary.unchanged} "
        f"| {summary.quarantined} | {summary.extracted} |\n\n"
        f"| table | rows |\n|---|---|\n{rows}\n\n"
        f"pipeline version `{summary.pipeline_version}`\n"
    )
    try:
        create_markdown_artifact(markdown=markdown, key="newsfacts-run", description="Run summary")
    except Exception as exc:  # the artifact is a convenience; never fail a run over it
        log.warning("could not publish the run summary artifact: %s", exc)
