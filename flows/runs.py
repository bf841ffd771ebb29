"""Run history: one row per run in ``OUT/_runs/runs.parquet`` (kept outside the versions)."""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

import polars as pl

from transforms.tables import SCHEMAS

log = logging.getLogger("newsfacts")
RUNS_FILE = Path("_runs") / "runs.parquet"
ROWS_DTYPE = pl.Struct({t: pl.Int64 for t in SCHEMAS})
RUNS_SCHEMA: dict[str, pl.DataType] = {
    "run_id": pl.String,
    "started": pl.Datetime("us", "UTC"),
    "finished": pl.Datetime("us", "UTC"),
    "status": pl.String,  # published, unchanged, failed
    "parameters": pl.String,  # JSON of the run's Settings (what `newsfacts rerun` replays)
    "new": pl.Int64,
    "changed": pl.Int64,
    "removed": pl.Int64,
    "unchanged": pl.Int64,
    "quarantined": pl.Int64,
    "extracted": pl.Int64,
    "rows": ROWS_DTYPE,
    "validation": pl.String,  # passed, failed, skipped
    "error": pl.String,
    "version": pl.String,  # the published version directory after the run
    "pipeline_version": pl.String,
    "code_version": pl.String,
    "model": pl.String,
    "model_version": pl.String,
}


def read_runs(out_dir: Path) -> pl.DataFrame:
    """All recorded runs, oldest first (empty frame when none)."""
    path = Path(out_dir) / RUNS_FILE
    if not path.exists():
        return pl.DataFrame(schema=RUNS_SCHEMA)
    return pl.read_parquet(path)


def append_run(out_dir: Path, record: dict) -> None:
    """Add one run record (rewrites the small file atomically). Call under the writer lock."""
    path = Path(out_dir) / RUNS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    row = dict(record)
    row["parameters"] = json.dumps(row["parameters"], sort_keys=True, default=str)
    row["rows"] = {t: row.get("rows", {}).get(t) for t in SCHEMAS}
    new = pl.DataFrame([row], schema=RUNS_SCHEMA)
    runs = pl.concat([read_runs(out_dir), new]).sort("started", "run_id")
    tmp = path.with_name(f".runs.{uuid.uuid4().hex[:8]}.parquet")
    runs.write_parquet(tmp)
    os.replace(tmp, path)


def find_run(out_dir: Path, run_id: str) -> dict | None:
    """The run whose id is ``run_id`` (or starts with it, if unique)."""
    runs = read_runs(out_dir)
    hits = runs.filter(pl.col("run_id").str.starts_with(run_id))
    if hits.height != 1:
        return None
    row = hits.row(0, named=True)
    row["parameters"] = json.loads(row["parameters"])
    return row


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
    # for the run's Prefect artifacts (not kept in the run history)
    changes: list[dict] = field(default_factory=list)  # per table: rows, new, changed, ...
    quarantine_reasons: list[dict] = field(default_factory=list)  # reason, count
    docs: dict = field(default_factory=dict)  # Data Docs: index page, pages per table

    def to_dict(self) -> dict:
        return asdict(self)


def record_run(
    out_dir: Path, settings, summary: RunSummary, started_at: datetime, error: str | None
) -> None:
    """Append ``summary`` (with the run's settings and code/model versions) to the history."""
    from datetime import UTC

    from flows.version import code_digest, model_meta_version
    from newsfacts import __version__

    record = summary.to_dict()
    for key in ("seconds", "changes", "quarantine_reasons", "docs"):
        record.pop(key)
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
        append_run(out_dir, record)
    except OSError as exc:  # history must never hide the run's own outcome
        log.warning("could not record the run in %s/_runs: %s", out_dir, exc)
