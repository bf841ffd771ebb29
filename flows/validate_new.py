"""Validate what is new: parts carried over from a validated version are trusted, the rest of an
incremental run is validated against the suites (``_validated`` state: suites digest and
pipeline version)."""

from __future__ import annotations

import logging
from pathlib import Path

import polars as pl

from flows.parts import FACT_TABLES
from flows.storage import Staging, key_of, list_parts, read_parts
from flows.validate import EXPECTATIONS_DIR, WHOLE_TABLES, ValidationReport, Validator
from transforms.checks import with_check_columns
from transforms.contract import ARTICLE_OK, TABLES

log = logging.getLogger("newsfacts")


# Parts of one table are gathered into one GX batch up to these bounds (a checkpoint run costs
# about 0.25 s whatever its size, up to tens of thousands of rows), so memory stays bounded
# while a full run of a few thousand articles checks each table in one batch.
BATCH_ROWS = 100_000
BATCH_BYTES = 6_000_000  # estimated size of the batch's frames (articles hold their texts)
VALIDATED = "_validated"  # state table: what validated a version (suites digest, pipeline version)
VALIDATED_SCHEMA: dict[str, pl.DataType] = {"suites": pl.String, "pipeline_version": pl.String}


def suites_digest(directory: Path = EXPECTATIONS_DIR) -> str:
    """A digest of every suite file (name and bytes): a change of any suite changes it."""
    import hashlib

    h = hashlib.sha256()
    for path in sorted(directory.glob("*.json")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def validated_state(pipeline_version: str) -> pl.DataFrame:
    """The ``_validated`` state row of a version validated now."""
    row = {"suites": suites_digest(), "pipeline_version": pipeline_version}
    return pl.DataFrame([row], schema=VALIDATED_SCHEMA)


def trusted_parts(prev_dir: Path | None, pipeline_version: str) -> set[str]:
    """Names of the previous version's part files that need no validation again.

    A part file's name holds its key and a digest of its bytes, so a staged file with one of
    these names has exactly the rows that were validated then. They are trusted only when the
    previous version was validated by the same suites and pipeline version (else: none).
    """
    paths = [] if prev_dir is None else list_parts(prev_dir / VALIDATED)
    if not paths:
        return set()
    state = read_parts(paths)
    if state.rows() != validated_state(pipeline_version).rows():
        return set()
    return {p.name for p in prev_dir.glob("*/part-*.parquet")}


def validate_staged(
    staging: Staging,
    fresh: set[str],
    index: pl.DataFrame,
    *,
    docs_dir: Path | None,
    trusted: frozenset[str] | set[str] = frozenset(),
    changed: frozenset[str] | set[str] = frozenset(),
) -> ValidationReport:
    """Validate every new or changed part of a staged version; parts of a table are gathered
    into batches of up to ``BATCH_ROWS`` rows or ``BATCH_BYTES`` (a failing batch is checked
    again part by part, so that failures name their part).

    ``fresh`` are the ids of the articles extracted in this run, ``index`` the staged
    ``_parts``. Fact parts are checked against the articles of that part (offsets, foreign keys),
    whose texts are read back from the staged articles part of the same key (texts are not held
    in memory for the whole run).
    Ids contain the article id and parts partition the articles, so per-part uniqueness is
    global. A part in ``trusted`` (carried unchanged from a version validated by the same suites
    and pipeline version) is not checked by GX again; its one cross-table fact that can change,
    that its articles are still published, is checked against the article id index.

    A changed fact part (relinked, filtered or merged) holds rows of articles not extracted in
    this run only as they were in a validated part of the previous version (same article, same
    text, same spans): with a trusted previous version their span checks hold as validated and
    only their article is checked; otherwise (the suites or the version changed) their texts are
    read from the staged articles, by article id.

    Articles likewise: with a trusted previous version, the rows of the new or rewritten
    articles parts that are new or ``changed`` (kept articles whose ``sources`` or
    ``duplicate_of`` changed) are gathered into one batch (part ``changed``), since every
    other row of those parts is a validated row carried as it was; GX's cost is mostly per batch.
    """
    validator = Validator(docs_dir=docs_dir)
    by_part = {key: ids for key, ids in index.group_by("part").agg("article_id").iter_rows()}
    published = set(index["article_id"].to_list())
    article_parts = {key_of(p): p for p in staging.parts("articles")}
    rows = sorted(fresh | set(changed))
    gathered = []
    for table in WHOLE_TABLES:  # ids unique by construction: separate batches miss nothing
        batch: list[tuple[str, pl.DataFrame]] = []
        for path in staging.parts(table):
            if path.name in trusted:
                validator.skipped += 1
                continue
            if table == "articles" and trusted:
                gathered.append(pl.read_parquet(path).filter(pl.col("article_id").is_in(rows)))
                continue
            batch.append((key_of(path), pl.read_parquet(path)))
            if _full(batch):
                validator.check_parts(table, batch)
                batch = []
        if batch:
            validator.check_parts(table, batch)
    if gathered:
        validator.check("articles", pl.concat(gathered), part="changed")
    for table in FACT_TABLES:
        batch: list[tuple[str, pl.DataFrame]] = []  # small parts of one table: one GX batch
        for path in staging.parts(table):
            key = key_of(path)
            ids = by_part.get(key, [])
            if path.name in trusted and published.issuperset(ids):
                validator.skipped += 1
                continue
            frame = pl.read_parquet(path)
            carried = frame.filter(~pl.col("article_id").is_in(sorted(fresh)))
            needed = fresh.intersection(ids)
            if carried.height and not trusted:
                needed |= set(carried["article_id"].to_list())
                carried = carried.head(0)
            part_texts = _part_texts(staging, article_parts.get(key), needed)
            order = frame.columns + list(TABLES[table].checks)
            checked = with_check_columns(
                {
                    "articles": part_texts,
                    table: frame.filter(
                        ~pl.col("article_id").is_in(carried["article_id"].unique().to_list())
                    ),
                }
            )[table].select(order)
            if carried.height:
                checked = pl.concat([checked, _as_validated(carried, table, published)])
            batch.append((key, checked))
            if _full(batch):
                validator.check_parts(table, batch)
                batch = []
        if batch:
            validator.check_parts(table, batch)
    log.info(
        "validated %d batches, %d parts carried unchanged", validator.checked, validator.skipped
    )
    return validator.report()


def _full(batch: list[tuple[str, pl.DataFrame]]) -> bool:
    """Whether the gathered parts reach a bound of one GX batch (rows or estimated bytes)."""
    rows = sum(f.height for _, f in batch)
    return rows >= BATCH_ROWS or sum(f.estimated_size() for _, f in batch) >= BATCH_BYTES


def _part_texts(staging: Staging, path: Path | None, ids: set[str]) -> pl.DataFrame:
    """(article_id, text) of ``ids``: from the articles part ``path`` when it holds them all."""
    if path is not None:
        found = pl.read_parquet(path, columns=["article_id", "text"]).filter(
            pl.col("article_id").is_in(sorted(ids))
        )
        if found.height == len(ids):
            return found
    return _staged_texts(staging, ids)


def _staged_texts(staging: Staging, ids: set[str]) -> pl.DataFrame:
    """(article_id, text) of ``ids`` from the staged articles parts."""
    return (
        pl.scan_parquet(staging.parts("articles"))
        .filter(pl.col("article_id").is_in(sorted(ids)))
        .select("article_id", "text")
        .collect()
    )


def _as_validated(frame: pl.DataFrame, table: str, published: set[str]) -> pl.DataFrame:
    """Check columns of rows carried from a validated part: spans as validated, article now."""

    checks = [c for c in TABLES[table].checks if c != ARTICLE_OK]
    return frame.with_columns(
        *[pl.lit(True).alias(c) for c in checks],
        pl.col("article_id").is_in(sorted(published)).alias(ARTICLE_OK),
    ).select(frame.columns + list(TABLES[table].checks))
