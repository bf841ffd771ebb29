"""The newsfacts flow: ingest -> clean -> extract -> validate -> publish, incrementally."""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow

from flows.plan import make_plan, scan_raw
from flows.process import ValidationFailed, process
from flows.runs import append_run
from flows.storage import Store
from flows.version import code_digest, model_meta_version
from flows.version import pipeline_version as current_pipeline_version
from newsfacts import __version__
from newsfacts.settings import Settings

__all__ = ["RunSummary", "ValidationFailed", "newsfacts_flow", "run_pipeline"]
log = logging.getLogger("newsfacts")


@dataclass
class RunSummary:
    """What one run did."""

    run_id: str
    status: str  # "published", "unchanged", "failed"
    pipeline_version: str
    new: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    quarantined: int = 0
    extracted: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    version: str | None = None
    validation: str = "skipped"
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


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
    summary = run_pipeline(settings)
    _publish_artifact(summary)
    return summary.to_dict()


def run_pipeline(settings: Settings) -> RunSummary:
    """One run under the output directory's lock; every run that starts is recorded in ``runs``."""
    started_at = datetime.now(UTC)
    started = time.perf_counter()
    store = Store(Path(settings.out_dir))
    version = current_pipeline_version(settings)
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
                summary.status = "unchanged"
                summary.rows = store.row_counts()
                summary.quarantined = summary.rows.get("quarantine", 0)
                current = store.current_dir()
                summary.version = current.name if current else None
                log.info("nothing changed since version %s", summary.version)
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
            _record(store, settings, summary, started_at, error)
        return summary


def _record(store: Store, settings: Settings, summary: RunSummary, started_at, error) -> None:
    record = summary.to_dict()
    record.pop("seconds")
    record.update(
        started=started_at,
        finished=datetime.now(UTC),
        parameters=settings.model_dump(mode="json"),
        error=error,
        code_version=f"{__version__}+{code_digest()}",
        model=settings.model,
        model_version=model_meta_version(settings.model),
    )
    try:
        append_run(store.root, record)
    except OSError as exc:  # history must never hide the run's own outcome
        log.warning("could not record the run in %s/_runs: %s", store.root, exc)


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
