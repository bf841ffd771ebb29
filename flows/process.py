"""The body of a run that has work to do: ingest, clean, extract, assemble, validate, publish."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

import flows.state
from flows.articles import ArticlesDelta, plan_articles
from flows.catalog import CATALOG
from flows.extract import EarlyFacts, ExtractPool, extract_articles, trim_heap
from flows.ingest import quarantine_frame
from flows.parts import (
    PARTS,
    PARTS_SCHEMA,
    FactPart,
    SpilledChunks,
    compact,
    reusable_parts,
    spill,
    write_article_tables,
)
from flows.plan import Plan, RawFile, manifest_frame
from flows.pool import pool_for
from flows.progress import current as current_progress
from flows.state import StateReader
from flows.storage import Staging, Store, count_rows
from flows.stream import EarlyUnits, ingest_and_clean
from flows.unit_plan import unit_size
from flows.validate import ValidationFailed
from flows.validate_new import VALIDATED, trusted_parts, validated_state
from flows.validate_side import release_side
from newsfacts.settings import Settings
from transforms.catalog import FORMS_SCHEMA
from transforms.tables import SCHEMAS

log = logging.getLogger("newsfacts")
IN_PROCESS_MAX = 32  # new articles per worker up to which extraction stays in this process


@task(name="extract", cache_policy=NO_CACHE)
def extract(
    articles: pl.DataFrame, *, model: str, batch_size: int, min_population: int | None = None
) -> dict[str, pl.DataFrame]:
    """Parse a chunk of articles once with ``nlp.pipe`` and run every extractor on each Doc.

    The unit of work of ``flows.extract`` as a Prefect task (in this process, or on Dask, where
    the process's progress reporter is not started and ignores the calls).
    """
    progress = current_progress()
    return extract_articles(
        articles,
        model=model,
        batch_size=batch_size,
        advance=progress.advance,
        min_population=min_population,
    )


@task(name="assemble", cache_policy=NO_CACHE)
def assemble(
    staging: Staging,
    parts: list[FactPart],
    delta: ArticlesDelta,
    quarantine: pl.DataFrame,
    state: dict[str, pl.DataFrame],
    previous_catalog: pl.DataFrame | None = None,
) -> None:
    """Write the new version's tables into ``staging``: catalog, linked fact parts (read only
    where a form changed entity), the articles parts (rewritten only where an article changed),
    the rest."""
    from flows.catalog import link_parts
    from transforms.tables import conform

    entities = link_parts(parts, staging, previous_catalog)
    written = write_article_tables(
        parts,
        staging,
        records=delta.records,
        sources=delta.sources,
        duplicate_of=delta.duplicate_of,
    )
    log.info("article parts: %d files written", written)
    staging.write_table("entities", conform(entities, "entities"))
    staging.write_table("quarantine", conform(quarantine, "quarantine"))
    for name, frame in state.items():
        staging.write_table(name, frame)


@task(name="validate", cache_policy=NO_CACHE)
def validate(
    staging: Staging,
    fresh: set[str],
    *,
    results_path: Path,
    trusted: set[str],
    changed: set[str] = frozenset(),
):
    """Validate every new or changed part with its GX suite (small parts batched); keep the JSON.

    ``fresh``: ids of the articles extracted in this run; see ``validate_staged``.
    """
    from flows.validate_side import take_side, validate_version

    docs = results_path.parent / "docs"
    side = take_side()  # started with every run (``flows.validate_side``)
    report = None
    if side is not None:
        report = side.validate(staging, fresh, docs_dir=docs, trusted=trusted, changed=changed)
    if report is None:
        report = validate_version(staging, fresh, docs_dir=docs, trusted=trusted, changed=changed)
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(report.to_json(), encoding="utf-8")
    return report


@task(name="publish", cache_policy=NO_CACHE)
def publish(store: Store, staging: Staging) -> Path:
    """Swap the staged version in atomically."""
    return store.publish(staging)


def warm_up_validation() -> None:
    """Import Great Expectations (about 2 s) in a background thread while articles are parsed,
    unless a side process validates this run (``flows.validate_side``)."""
    from flows.validate_side import side_started

    if side_started():
        return

    from flows.gx_import import import_great_expectations

    threading.Thread(
        target=import_great_expectations, name="newsfacts-gx-import", daemon=True
    ).start()


def extract_all(
    chunks: SpilledChunks,
    settings: Settings,
    pool: ExtractPool | None = None,
    early: EarlyFacts | None = None,
) -> Iterator[tuple[pl.DataFrame, dict[str, pl.DataFrame]]]:
    """Extract the articles of ``chunks`` (article_id, text, published; read back a chunk at a
    time): on worker processes, here, or on Dask.

    Yields ``(chunk, facts)`` one chunk at a time, in order, so the caller can write each
    chunk out before the next one is held in memory. With ``processes`` > 1 each chunk is split
    into units that ``pool``'s workers parse and extract in parallel (the pool is closed at the
    end; one is started here when few files held more than ``IN_PROCESS_MAX`` articles per
    worker); otherwise it extracts here, where starting workers would cost more than it saves.
    The facts are the same whichever way they were extracted. ``early``: articles the pool's
    workers got before the plan (``flows.stream``), not sent again.
    """
    kwargs = dict(
        model=settings.model,
        batch_size=settings.batch_size,
        min_population=settings.gazetteer_min_population,
    )
    progress = current_progress()  # per article here, per unit from workers, per chunk on Dask
    progress.start(chunks.height)
    try:
        if settings.runner == "dask":
            futures = [extract.submit(chunk, **kwargs) for chunk in chunks]
            for i, chunk in enumerate(chunks):
                facts = futures[i].result()
                futures[i] = None  # let the result go once it is written
                progress.advance(chunk.height)
                yield chunk, facts
            return
        if (
            pool is None
            and settings.processes > 1
            and chunks.height > IN_PROCESS_MAX * settings.processes
        ):
            pool = ExtractPool(  # few files, many records (JSONL)
                settings.processes, stall_timeout=settings.stall_timeout, **kwargs
            )
        if pool is not None and chunks.height:
            with pool:
                done = pool.map_chunks(
                    chunks, chunk_size=chunks.size, advance=progress.advance, early=early
                )
                for n, (chunk, facts) in enumerate(zip(chunks, done, strict=True), 1):
                    if n == len(chunks):  # all back: the workers exit while the tail runs
                        pool.close(wait=False)
                    yield chunk, facts
            return
        for chunk in chunks:
            yield chunk, extract(chunk, **kwargs)
    finally:
        progress.stop()
        if pool is not None:
            pool.close()


def take(result: dict) -> dict:
    """Move a task's result out of the container the task returned, and empty that container.

    Prefect keeps every task run's return value referenced until the flow run ends (the task
    engine stays registered as a rollback hook of the flow's transaction), so a flow that lets go
    of a chunk's result would still hold it, and memory would grow with the corpus. Emptying
    the returned dict (or list) drops Prefect's reference to the contents.
    """
    out = dict(result)
    result.clear()
    return out


def process(
    settings: Settings, store: Store, plan: Plan, files: list[RawFile], summary, version: str
):
    """Process what the plan says changed; publish only if every table validates.

    The previous version is read by need (``flows.state``): the records of changed paths and
    their texts' groups, band keys matching the new texts, the texts of near-duplicate
    candidates. Nothing reads the text of an unchanged article that is not such a candidate.
    The extraction workers (``pool_for``) start first and load the model meanwhile.
    """
    pool = pool_for(settings, len(plan.to_process))
    try:
        return _process(settings, store, plan, files, summary, version, pool)
    finally:
        if pool is not None:
            pool.close()


def _process(
    settings: Settings,
    store: Store,
    plan: Plan,
    files: list[RawFile],
    summary,
    version: str,
    pool: ExtractPool | None,
):
    keep_paths = pl.DataFrame(
        {"path": [f.path for f in plan.unchanged]}, schema={"path": pl.String}
    )
    prev_dir = None if plan.full else store.current_dir()
    reader = flows.state.last_reader = StateReader(prev_dir)
    index = reader.read(PARTS, list(PARTS_SCHEMA), schema=PARTS_SCHEMA)
    prev_quarantine = reader.read("quarantine", list(SCHEMAS["quarantine"]))

    warm_up_validation()
    log.info("ingesting and cleaning %d files", len(plan.to_process))
    published = set(index["article_id"].to_list())
    early = None
    if pool is not None:  # the workers parse likely new articles while this process ingests
        unit = unit_size(
            settings.chunk_size, processes=settings.processes, batch_size=settings.batch_size
        )
        early = EarlyUnits(pool, published=published, unit=unit, window=2 * settings.processes)
    new_records, rejected = ingest_and_clean(plan.to_process, settings, early)
    quarantine = _concat(
        prev_quarantine if prev_dir else None,
        keep_paths,
        quarantine_frame(rejected),
        SCHEMAS["quarantine"],
    )
    # the texts to extract are in delta.new; only they are kept (not twice): the plan holds
    # the only reference to the records and lets their texts go once it has the new rows
    ingested = [new_records]
    del new_records
    delta = plan_articles(
        reader,
        ingested.pop(),
        published,
        gone_paths=[f.path for f in plan.changed] + plan.removed,
        forced_paths=plan.forced,
        version=version,
    )
    trim_heap()  # the plan's shingle arrays (one per new text) leave no heap behind
    done = published - delta.removed
    todo = delta.new
    fresh = set(todo["article_id"].to_list())
    summary.extracted = todo.height
    log.info("extracting %d articles (%d reused)", todo.height, len(done))

    staging = store.stage()
    try:
        parts = [] if prev_dir is None else reusable_parts(prev_dir, index, done, staging)
        failed = []
        # the texts are read back a chunk at a time while extracting, and written with their
        # parts: validation reads them back part by part, so the run does not hold the whole
        # archive's texts (``SpilledChunks``)
        chunks = SpilledChunks(
            todo.select("article_id", "text", "published"),
            staging.work / "extract-texts.parquet",
            size=settings.chunk_size,
        )
        delta.new = todo = delta.new.drop("text")
        for chunk, facts in extract_all(chunks, settings, pool, early):
            facts = take(facts)
            failed.append(facts.pop("failed"))
            bad = set(failed[-1]["article_id"].to_list())
            ok = [i for i in chunk["article_id"].to_list() if i not in bad]
            rows = _article_rows(delta, chunk, ok, facts["entity_mentions"])
            parts.append(spill(staging, ok, {**facts, **rows}))
        release_side()  # the workers are done: a held side validator starts (``flows.startup``)
        # the last chunk's rows are written with its part; the band keys with the parts
        # (``_lsh``); the early units are all taken
        chunk = facts = rows = None
        delta.band_keys = delta.band_keys.clear()
        early = None
        parts = compact(parts, staging, target=settings.chunk_size)
        quarantine = _drop_failed(delta.records, quarantine, failed)

        manifest = manifest_frame(files, quarantine, version)
        state = {"_manifest": manifest, VALIDATED: validated_state(version)}
        catalog = reader.read(CATALOG, list(FORMS_SCHEMA)) if reader.parts(CATALOG) else None
        assemble(staging, parts, delta, quarantine, state, catalog)

        log.info("validating")
        results_path = store.root / "_validation" / f"{summary.run_id}.json"
        trusted = trusted_parts(prev_dir, version)
        report = validate(
            staging, fresh, results_path=results_path, trusted=trusted, changed=delta.touched
        )
        summary.validation = "passed" if report.success else "failed"
        summary.docs = {"index": report.docs_index, "pages": report.pages}
        summary.rows = {t: count_rows(staging.parts(t)) for t in SCHEMAS}
        summary.quarantined = summary.rows["quarantine"]
        if not report.success:
            raise ValidationFailed(report.summary(), results_path)

        log.info("publishing")
        final = publish(store, staging)
    except BaseException:
        staging.discard()
        raise
    summary.status, summary.version = "published", final.name
    return summary


def _article_rows(
    delta: ArticlesDelta, chunk: pl.DataFrame, ids: list[str], mentions: pl.DataFrame
) -> dict[str, pl.DataFrame]:
    """The rows of the ``ARTICLE_TABLES`` for the newly extracted articles ``ids`` of ``chunk``
    (their texts are the chunk's; ``spill`` puts the columns in order)."""
    from transforms.catalog import form_summary

    texts = chunk.select("article_id", "text")
    return {
        "articles": delta.new.filter(pl.col("article_id").is_in(ids)).join(
            texts, on="article_id", how="left"
        ),
        "_records": delta.records.filter(pl.col("article_id").is_in(ids)),
        "_lsh": delta.band_keys.filter(pl.col("article_id").is_in(ids)),
        "_forms": form_summary(mentions.filter(pl.col("article_id").is_in(ids))),
    }


def _drop_failed(records: pl.DataFrame, quarantine: pl.DataFrame, failed: list) -> pl.DataFrame:
    """Quarantine the records of articles whose extraction failed.

    They were left out of their part (articles, records), so they are retried when their file
    changes.
    """
    failed = [f for f in failed if f.height]
    if not failed:
        return quarantine
    errors = pl.concat(failed)
    gone = records.filter(pl.col("record_id") == pl.col("article_id")).join(
        errors, on="article_id", how="inner"
    )
    rows = gone.select(
        "source",
        "reason",
        pl.concat_str([pl.col("source"), pl.lit(": "), "detail"]).alias("detail"),
        "content_sha256",
        "path",
    )
    return pl.concat(
        [quarantine, rows.select(list(SCHEMAS["quarantine"])).cast(SCHEMAS["quarantine"])]
    )


def _concat(
    prev: pl.DataFrame | None, keep_paths: pl.DataFrame, new: pl.DataFrame, schema
) -> pl.DataFrame:
    parts = []
    if prev is not None:
        parts.append(prev.join(keep_paths, on="path", how="semi").select(list(schema)).cast(schema))
    parts.append(new.select(list(schema)).cast(schema))
    return pl.concat(parts)
