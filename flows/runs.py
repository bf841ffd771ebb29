"""Run history: one row per run in ``OUT/_runs/runs.parquet`` (kept outside the versions)."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import polars as pl

from transforms.tables import SCHEMAS

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
