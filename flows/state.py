"""Reading the previous version's tables and state by column and predicate, and counting it.

An incremental run must cost what is new, so it never loads a whole table of the previous
version: every read names the columns it needs and a predicate on the rows (pushed down into
the Parquet scan, so row groups and columns outside it are not decoded). Each read is recorded
in ``StateReader.reads`` (table, columns, rows returned), which is how the tests prove that an
incremental run loads no text of unchanged articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from flows.storage import list_parts


@dataclass(frozen=True)
class Read:
    """One read of a stored table: which columns, and the ids of the rows it returned."""

    table: str
    columns: tuple[str, ...]
    rows: int
    article_ids: frozenset[str] = frozenset()  # when the table has an article_id column


@dataclass
class StateReader:
    """Reads tables of one published version (``version_dir``; None before the first run)."""

    version_dir: Path | None
    reads: list[Read] = field(default_factory=list)

    def parts(self, table: str) -> list[Path]:
        return [] if self.version_dir is None else list_parts(self.version_dir / table)

    def read(
        self,
        table: str,
        columns: list[str],
        where: pl.Expr | None = None,
        *,
        schema: dict[str, pl.DataType] | None = None,
        semi: tuple[pl.DataFrame, list[str]] | None = None,
    ) -> pl.DataFrame:
        """``columns`` of the rows of ``table`` matching ``where`` (and, with ``semi=(frame,
        on)``, having a match in ``frame`` on ``on``); an empty frame when there is none."""
        paths = self.parts(table)
        if not paths:
            frame = pl.DataFrame(schema={c: (schema or {}).get(c, pl.String) for c in columns})
        elif where is NOTHING:
            frame = pl.scan_parquet(paths).select(columns).head(0).collect()
        else:
            scan = pl.scan_parquet(paths)
            if where is not None:
                scan = scan.filter(where)
            if semi is not None:
                other, on = semi
                scan = scan.join(other.select(on).unique().lazy(), on=on, how="semi")
            frame = scan.select(columns).collect()
        ids = frozenset(frame["article_id"].to_list()) if "article_id" in frame.columns else None
        self.reads.append(Read(table, tuple(columns), frame.height, ids or frozenset()))
        return frame

    def texts_loaded(self) -> set[str]:
        """The article ids whose ``text`` was loaded from the ``articles`` table so far."""
        return {
            a
            for r in self.reads
            if r.table == "articles" and "text" in r.columns
            for a in r.article_ids
        }


last_reader: StateReader | None = None  # the reader of the last run in this process (tests)
NOTHING = pl.lit(False)  # a predicate no row matches: the read skips the scan


def among(column: str, values) -> pl.Expr:
    """``pl.col(column).is_in(values)``, or ``NOTHING`` when there are no values."""
    values = sorted(set(values))
    return pl.col(column).is_in(values) if values else NOTHING
