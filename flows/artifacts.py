"""What a run did, as Prefect artifacts: rows per table and what changed, quarantine reasons,
the validation outcome with its Data Docs pages, and the run summary.

Rows are compared between the version before the run and the one it published by each table's
row key: ``new`` keys, ``removed`` keys, ``changed`` (same key, other values) and ``reused``
(same key, same values).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from transforms.tables import SCHEMAS

if TYPE_CHECKING:
    from flows.runs import RunSummary
    from flows.storage import Store

log = logging.getLogger("newsfacts")

# The key that names a row across versions (a table missing here is keyed by all its columns).
ROW_KEYS: dict[str, list[str]] = {
    "articles": ["article_id"],
    "entity_mentions": ["mention_id"],
    "entities": ["entity_id"],
    "quotes": ["quote_id"],
    "numbers": ["number_id"],
    "quarantine": ["source", "reason"],
}
CHANGE_COLUMNS = ["table", "rows", "new", "changed", "removed", "reused"]


def fingerprints(store: Store, version_dir: Path | None) -> dict[str, pl.DataFrame]:
    """Per table: its row keys and a hash of each row's other values (empty before any run)."""
    return {
        table: _fingerprint(
            table, [] if version_dir is None else store.parts(table, version_dir=version_dir)
        )
        for table in SCHEMAS
    }


def _fingerprint(table: str, paths: list[Path]) -> pl.DataFrame:
    keys = ROW_KEYS.get(table, list(SCHEMAS[table]))
    if not paths:
        return pl.DataFrame(schema={**{k: SCHEMAS[table][k] for k in keys}, "_row": pl.UInt64})
    rest = [c for c in SCHEMAS[table] if c not in keys]
    row = pl.struct(rest).hash() if rest else pl.lit(0, pl.UInt64)
    return pl.scan_parquet(paths).select(*keys, row.alias("_row")).collect()


def version_changes(
    store: Store, before: Path | None, after: Path | None
) -> list[dict[str, int | str]]:
    """``table_changes`` between two versions, reading only the part files they do not share.

    A part file's name holds a digest of its bytes, so a file in both versions holds the same
    rows in both: its rows are reused without being read (only its footer is). Row keys are
    unique within a version, so no key of a shared file is also in a file of the difference.
    """
    from flows.storage import count_rows

    if before is None:  # every row is new: counted from the footers, no row is read
        rows = {
            t: count_rows([] if after is None else store.parts(t, version_dir=after))
            for t in SCHEMAS
        }
        return [{**r, "new": r["rows"], "reused": 0} for r in unchanged(rows)]
    out = []
    for table in SCHEMAS:
        old = {
            p.name: p for p in ([] if before is None else store.parts(table, version_dir=before))
        }
        new = {p.name: p for p in ([] if after is None else store.parts(table, version_dir=after))}
        shared = sorted(old.keys() & new.keys())
        (row,) = table_changes(
            {table: _fingerprint(table, [old[n] for n in sorted(old.keys() - new.keys())])},
            {table: _fingerprint(table, [new[n] for n in sorted(new.keys() - old.keys())])},
        )
        same = count_rows([new[n] for n in shared])
        row["rows"] += same
        row["reused"] += same
        out.append(row)
    return out


def table_changes(
    before: dict[str, pl.DataFrame], after: dict[str, pl.DataFrame]
) -> list[dict[str, int | str]]:
    """One row per table: rows after the run and how many are new, changed, removed, reused."""
    rows = []
    for table, now in after.items():
        keys = ROW_KEYS.get(table, [c for c in now.columns if c != "_row"])
        old = before.get(table, now.clear())
        both = now.join(old, on=keys, how="full", coalesce=True, suffix="_before")
        counts = both.select(
            pl.col("_row").is_not_null().sum().alias("rows"),
            (pl.col("_row").is_not_null() & pl.col("_row_before").is_null()).sum().alias("new"),
            (pl.col("_row") != pl.col("_row_before")).sum().alias("changed"),
            (pl.col("_row").is_null() & pl.col("_row_before").is_not_null()).sum().alias("removed"),
            (pl.col("_row") == pl.col("_row_before")).sum().alias("reused"),
        ).row(0, named=True)
        rows.append({"table": table, **{k: int(v) for k, v in counts.items()}})
    return rows


def unchanged(rows: dict[str, int]) -> list[dict[str, int | str]]:
    """The changes of a run that changed nothing: every row reused."""
    return [
        {"table": t, "rows": n, "new": 0, "changed": 0, "removed": 0, "reused": n}
        for t, n in rows.items()
    ]


def quarantine_reasons(store: Store) -> list[dict[str, int | str]]:
    """Quarantined sources of the published version by reason, most frequent first."""
    frame = store.read("quarantine")
    if frame is None or frame.is_empty():
        return []
    counts = (
        frame.group_by("reason").len("count").sort(["count", "reason"], descending=[True, False])
    )
    return counts.to_dicts()


def validation_markdown(summary: RunSummary) -> str:
    """The validation outcome and where its Data Docs are."""
    docs = summary.docs or {}
    lines = [f"# Validation: {summary.validation}", ""]
    if not docs.get("index"):
        lines.append("No validation ran (nothing changed, or the run stopped before it).")
        return "\n".join(lines) + "\n"
    lines += [
        f"Data Docs: `{docs['index']}` (open it in a browser, or run `newsfacts docs`)",
        "",
        "| table | Data Docs page(s) |",
        "|---|---|",
    ]
    for table, pages in sorted(docs.get("pages", {}).items()):
        lines.append(f"| {table} | {'<br>'.join(f'`{p}`' for p in pages)} |")
    return "\n".join(lines) + "\n"


def summary_markdown(summary: RunSummary) -> str:
    """The run summary (files and rows) as Markdown."""
    rows = "\n".join(f"| {t} | {n} |" for t, n in summary.rows.items())
    return (
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


def publish_artifacts(summary: RunSummary) -> None:
    """The run's artifacts in Prefect (shown on the flow run's Artifacts tab)."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    try:
        create_markdown_artifact(
            markdown=summary_markdown(summary), key="newsfacts-run", description="Run summary"
        )
        nothing = {"table": "(nothing published: the run failed)", "rows": 0}
        create_table_artifact(
            table=summary.changes if summary.status != "failed" else [nothing],
            key="newsfacts-tables",
            description="Rows per table and what changed (new, changed, removed, reused)",
        )
        create_table_artifact(
            table=summary.quarantine_reasons or [{"reason": "(none)", "count": 0}],
            key="newsfacts-quarantine",
            description="Quarantined sources by reason",
        )
        create_markdown_artifact(
            markdown=validation_markdown(summary),
            key="newsfacts-validation",
            description="Validation outcome and its Data Docs",
        )
    except Exception as exc:  # the artifacts are a convenience; never fail a run over them
        log.warning("could not publish the run's artifacts: %s", exc)
