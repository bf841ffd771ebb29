"""Prefect tasks at the pipeline's I/O boundaries: read raw files, clean, extract in batches."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from queue import Queue
from typing import TYPE_CHECKING

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.gazetteer import DEFAULT_MIN_POPULATION
from flows.plan import RawFile
from flows.progress import current as current_progress
from transforms.ids import stable_id
from transforms.tables import REMOVED_DTYPE, SCHEMAS, empty, facts_frames
from transforms.types import RawRecord, Rejection

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
    from transforms.ingest import internal_error, parse_file

    records: list[tuple[str, RawRecord]] = []
    rejected: list[dict] = []
    for f in files:
        if f.size > max_bytes:
            detail = (
                f"{f.path}: {f.size} bytes is over the limit of {max_bytes}; "
                "raise --max-bytes to accept it"
            )
            rejected.append(Rejection("too_large", detail).at(f.path, f.sha256).row(f.path))
            continue
        try:
            data = Path(f.abspath).read_bytes()
        except OSError as exc:  # vanished or unreadable since the scan
            rejected.append(internal_error(f.path, exc).at(f.path, f.sha256).row(f.path))
            continue
        for item in parse_file(data, source=f.path, max_bytes=max_bytes):
            if isinstance(item, Rejection):
                rejected.append(item.row(f.path))
            else:
                records.append((f.path, item))
    return records, rejected


@task(name="clean", cache_policy=NO_CACHE)
def clean(records: list[tuple[str, RawRecord]]) -> dict:
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
        result = clean_safely(rec, detect_language=detect)
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


@task(name="extract", cache_policy=NO_CACHE)
def extract(
    articles: pl.DataFrame,
    *,
    model: str,
    batch_size: int,
    processes: int,
    min_population: int = DEFAULT_MIN_POPULATION,
) -> dict[str, pl.DataFrame]:
    """Parse a chunk of articles once with ``nlp.pipe`` and run every extractor on each Doc."""
    from flows.gazetteer import load_countries, load_places
    from flows.nlp import load_nlp
    from transforms.extract import extract_facts

    if articles.is_empty():
        return {t: empty(t) for t in ("entity_mentions", "quotes", "numbers")}
    nlp = load_nlp(model)
    places, countries = load_places(min_population=min_population), load_countries()
    ids = articles["article_id"].to_list()
    published = articles["published"].cast(pl.String).to_list()
    items = []
    # Strings and lexemes that spaCy adds while parsing this chunk are freed when the zone ends
    # (nothing outside keeps a Doc), so memory does not grow with the corpus.
    with nlp.memory_zone():
        docs = parsed_in_background(
            nlp.pipe(articles["text"].to_list(), batch_size=batch_size, n_process=processes),
            buffer=max(2 * batch_size, 128),
        )
        progress = current_progress()
        for article_id, pub, doc in zip(ids, published, docs, strict=True):
            items.append(
                (article_id, extract_facts(doc, published=pub, places=places, countries=countries))
            )
            progress.advance(1)
    facts = facts_frames(items)
    del items, docs
    trim_heap()
    return facts


def trim_heap() -> None:
    """Give freed heap pages back to the OS after a chunk.

    glibc keeps the pages a parsed batch used in its arenas, so without this the resident size
    ratchets up chunk after chunk even though nothing is alive. A no-op where there is no glibc.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def parsed_in_background(docs: Iterator[Doc], *, buffer: int) -> Iterator[Doc]:
    """Iterate ``docs`` in a helper thread, ``buffer`` ahead of the consumer.

    spaCy spends most of its time in matrix code that releases the GIL, so the extractors (pure
    Python) run on the other core while the next batch is parsed. Exceptions are re-raised here.
    """
    queue: Queue = Queue(maxsize=max(1, buffer))
    done = object()
    failure: list[BaseException] = []

    def produce() -> None:
        try:
            for doc in docs:
                queue.put(doc)
        except BaseException as exc:  # handed to the consumer
            failure.append(exc)
        finally:
            queue.put(done)

    thread = threading.Thread(target=produce, name="newsfacts-parse", daemon=True)
    thread.start()
    while (item := queue.get()) is not done:
        yield item
    thread.join()
    if failure:
        raise failure[0]


def quarantine_frame(rows: list[dict]) -> pl.DataFrame:
    """Quarantine rows (with their file path, kept in the state) as a frame."""
    if not rows:
        return pl.DataFrame(schema=SCHEMAS["quarantine"])
    return pl.DataFrame(rows, schema=SCHEMAS["quarantine"]).unique(
        ["source", "reason"], keep="first", maintain_order=True
    )
