"""Read side: DuckDB over one published version (every table registered as a view)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from flows.storage import PART_GLOB, Store
from newsfacts.errors import NewsfactsError
from transforms.tables import SCHEMAS


class NothingPublished(NewsfactsError, RuntimeError):
    """The output directory has no published tables yet."""


def connect(out_dir: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per table of the current version.

    The version directory is resolved once, so every view reads the same published version even
    if a run publishes a new one meanwhile.
    """
    version = Store(out_dir).current_dir()
    if version is None:
        raise NothingPublished(
            f"no published tables in {out_dir}",
            path=out_dir,
            hint=f"run `newsfacts run --out {out_dir}` first",
        )
    con = duckdb.connect(":memory:")
    for table in SCHEMAS:
        path = (version / table / PART_GLOB).as_posix().replace("'", "''")
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{path}')")
    runs = Path(out_dir) / "_runs" / "runs.parquet"
    if runs.exists():
        path = runs.as_posix().replace("'", "''")
        con.execute(f"CREATE VIEW runs AS SELECT * FROM read_parquet('{path}')")
    return con


def query(out_dir: Path, sql: str) -> pl.DataFrame:
    """Run ``sql`` against the tables of ``out_dir`` and return the result as a polars frame."""
    con = connect(out_dir)
    try:
        relation = con.sql(sql)
        return pl.DataFrame() if relation is None else relation.pl()
    finally:
        con.close()


def table_counts(out_dir: Path) -> dict[str, int]:
    """Row count of every table of the current version."""
    con = connect(out_dir)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in SCHEMAS}
    finally:
        con.close()
