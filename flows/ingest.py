"""Ingest and clean: Prefect tasks that read new or changed raw files and clean them into records."""

from __future__ import annotations

import logging

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.plan import RawFile
from transforms.ids import stable_id
from transforms.tables import REMOVED_DTYPE, SCHEMAS
from transforms.types import RawRecord, Rejection

log = logging.getLogger("newsfacts")

RECORDS_SCHEMA: dict[str, pl.DataType] = {
    "path": pl.String,
    "source": pl.String,
    "record_id": pl.String,
    "content_sha256": pl.String,
    "title": pl.String,
    "deck": pl.String,
    "byline": pl.String,
    "published": pl.String,
    "publisher": pl.String,
    "text": pl.String,
    "removed": REMOVED_DTYPE,
}


@task(name="ingest", cache_policy=NO_CACHE)
def ingest(
    files: list[RawFile], *, max_bytes: int
) -> tuple[list[tuple[str, RawRecord]], list[dict]]:
    """Read and parse new or changed raw files into records; reject bad files with a reason."""
    from flows.plan import read_raw
    from transforms.ingest import parse_file

    records: list[tuple[str, RawRecord]] = []
    rejected: list[dict] = []
    for f in files:
        if f.problem is not None:  # outside the raw folder, or a broken link: never read
            rejected.append(f.problem.at(f.path, f.sha256).row(f.path))
            continue
        if f.size > max_bytes:
            detail = (
                f"{f.path}: {f.size} bytes is over the limit of {max_bytes}; "
                "raise --max-bytes to accept it"
            )
            rejected.append(Rejection("too_large", detail).at(f.path, f.sha256).row(f.path))
            continue
        try:
            data = read_raw(f)
        except OSError as exc:  # vanished, unreadable or replaced by a link since the scan
            detail = f"{f.path}: could not be read ({exc.strerror or exc}); check the file"
            rejected.append(Rejection("unreadable", detail).at(f.path, f.sha256).row(f.path))
            continue
        for item in parse_file(data, source=f.path, max_bytes=max_bytes):
            if isinstance(item, Rejection):
                rejected.append(item.row(f.path))
            else:
                records.append((f.path, item))
    return records, rejected


@task(name="clean", cache_policy=NO_CACHE)
def clean(records: list[tuple[str, RawRecord]], *, max_chars: int | None = None) -> dict:
    """Clean records into the records state frame; reject those with nothing (English) left.

    Returns ``{"records": frame, "rejected": [rows]}`` (a container the caller empties: see
    ``flows.process.take``).
    """
    from flows.langid import load_language_detector
    from transforms.ingest import clean_safely

    detect = load_language_detector() if records else None
    rows: list[dict] = []
    rejected: list[dict] = []
    for path, rec in records:
        result = clean_safely(rec, detect_language=detect, max_chars=max_chars)
        if isinstance(result, Rejection):
            rejected.append(result.at(rec.source, rec.content_sha256).row(path))
            continue
        rows.append(
            {
                "path": path,
                "source": rec.source,
                "record_id": stable_id("article", rec.content_sha256),
                "content_sha256": rec.content_sha256,
                "title": result.title,
                "deck": result.deck,
                "byline": result.byline,
                "published": result.published,
                "publisher": result.publisher,
                "text": result.text,
                "removed": [{"kind": r.kind, "text": r.text} for r in result.removed],
            }
        )
    frame = (
        pl.DataFrame(rows, schema=RECORDS_SCHEMA) if rows else pl.DataFrame(schema=RECORDS_SCHEMA)
    )
    return {"records": frame, "rejected": rejected}


def quarantine_frame(rows: list[dict]) -> pl.DataFrame:
    """Quarantine rows (with their file path, kept in the state) as a frame."""
    if not rows:
        return pl.DataFrame(schema=SCHEMAS["quarantine"])
    return pl.DataFrame(rows, schema=SCHEMAS["quarantine"]).unique(
        ["source", "reason"], keep="first", maintain_order=True
    )
