"""The body of a run that has work to do: ingest, clean, extract, assemble, validate, publish."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.plan import MANIFEST_SCHEMA, Plan, RawFile
from flows.storage import Store
from flows.tasks import RECORDS_SCHEMA, clean, extract, ingest, quarantine_frame
from newsfacts.settings import Settings
from transforms.tables import SCHEMAS, empty

log = logging.getLogger("newsfacts")
FACT_TABLES = ("entity_mentions", "quotes", "numbers")


class ValidationFailed(RuntimeError):
    """The new tables broke an expectation; nothing was published."""

    def __init__(self, summary: str, results_path: Path) -> None:
        super().__init__(
            f"{summary}\nfull results: {results_path}\nthe published tables are unchanged"
        )
        self.results_path = results_path


def build_articles(records: pl.DataFrame, *, version: str) -> pl.DataFrame:
    """One row per distinct cleaned text, with the metadata of its first source."""
    from transforms.dedup import mark_duplicates

    if records.is_empty():
        return empty("articles")
    dedup = mark_duplicates(
        records.select(pl.col("record_id").alias("article_id"), "source", "text")
    )
    meta = (
        records.sort("source").unique("record_id", keep="first").rename({"record_id": "article_id"})
    )
    return dedup.join(meta.drop("path"), on="article_id", how="left").with_columns(
        pl.col("sources").list.first().alias("source"),
        pl.col("published").str.to_date(strict=False),
        pl.col("text").str.count_matches(r"\S+").cast(pl.Int64).alias("n_words"),
        pl.lit(version).alias("pipeline_version"),
    )


@task(name="assemble", cache_policy=NO_CACHE)
def assemble(
    articles: pl.DataFrame, facts: dict[str, pl.DataFrame], quarantine: pl.DataFrame
) -> dict[str, pl.DataFrame]:
    """Keep facts of live articles, build the corpus entity catalog, link ids, conform tables."""
    from transforms.catalog import build_catalog
    from transforms.tables import conform, link_entities

    keep = articles.select("article_id")
    tables = {t: facts[t].join(keep, on="article_id", how="semi") for t in FACT_TABLES}
    entities, assignment = build_catalog(tables["entity_mentions"])
    tables = link_entities(tables, assignment)
    tables["entities"] = conform(entities, "entities")
    tables["articles"] = conform(articles, "articles")
    tables["quarantine"] = conform(quarantine, "quarantine")
    for t in FACT_TABLES:
        tables[t] = conform(tables[t], t)
    return tables


@task(name="validate", cache_policy=NO_CACHE)
def validate(tables: dict[str, pl.DataFrame], *, results_path: Path):
    """Validate every table with its GX suite; keep the results as JSON."""
    from flows.validate import validate_tables

    report = validate_tables(tables, docs_dir=results_path.parent / "docs")
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(report.to_json(), encoding="utf-8")
    return report


@task(name="publish", cache_policy=NO_CACHE)
def publish(store: Store, tables: dict[str, pl.DataFrame]) -> Path:
    """Write the version and swap it in atomically."""
    return store.publish(store.stage(tables))


def warm_up_validation() -> None:
    """Import Great Expectations (about 2 s) in a background thread while articles are parsed."""

    def load() -> None:
        import great_expectations  # noqa: F401

    threading.Thread(target=load, name="newsfacts-gx-import", daemon=True).start()


def extract_all(todo: pl.DataFrame, settings: Settings) -> list[dict[str, pl.DataFrame]]:
    """Extract in chunks of ``chunk_size`` articles: in this process, or on the Dask cluster."""
    chunks = [
        todo.slice(o, settings.chunk_size) for o in range(0, todo.height, settings.chunk_size)
    ]
    kwargs = dict(
        model=settings.model, batch_size=settings.batch_size, processes=settings.processes
    )
    if settings.runner == "dask":
        futures = [extract.submit(chunk, **kwargs) for chunk in chunks]
        return [f.result() for f in futures]
    out = []
    for i, chunk in enumerate(chunks):
        out.append(extract(chunk, **kwargs))
        done = sum(c.height for c in chunks[: i + 1])
        log.info("extracted %d/%d articles", done, todo.height)
    return out


def process(
    settings: Settings, store: Store, plan: Plan, files: list[RawFile], summary, version: str
):
    """Process what the plan says changed; publish only if every table validates."""
    keep_paths = pl.DataFrame(
        {"path": [f.path for f in plan.unchanged]}, schema={"path": pl.String}
    )
    tables_needed = ("_records", "quarantine", "articles", *FACT_TABLES)
    prev = {} if plan.full else {t: store.read(t) for t in tables_needed}

    warm_up_validation()
    log.info("ingesting %d files", len(plan.to_process))
    raw_records, rejected = ingest(plan.to_process, max_bytes=settings.max_bytes)
    log.info("cleaning %d records", len(raw_records))
    new_records, rejected_clean = clean(raw_records)
    records = _concat(prev.get("_records"), keep_paths, new_records, RECORDS_SCHEMA)
    quarantine = _concat(
        prev.get("quarantine"),
        keep_paths,
        quarantine_frame(rejected + rejected_clean),
        SCHEMAS["quarantine"],
    )

    articles = build_articles(records, version=version)
    prev_articles = prev.get("articles")
    done = [] if prev_articles is None else prev_articles["article_id"].to_list()
    if plan.forced:  # --only: extract these sources again even if their bytes are unchanged
        forced = records.filter(pl.col("path").is_in(plan.forced))["record_id"].to_list()
        done = [a for a in done if a not in set(forced)]
    todo = articles.filter(~pl.col("article_id").is_in(done))
    summary.extracted = todo.height
    log.info("extracting %d articles (%d reused)", todo.height, articles.height - todo.height)
    parts: dict[str, list[pl.DataFrame]] = {t: [] for t in FACT_TABLES}
    for t in FACT_TABLES:
        if prev.get(t) is not None:
            parts[t].append(prev[t].filter(pl.col("article_id").is_in(done)))
    for out in extract_all(todo, settings):
        for t in FACT_TABLES:
            parts[t].append(out[t])
    facts = {
        t: pl.concat([p.cast(SCHEMAS[t]) for p in parts[t]]) if parts[t] else empty(t)
        for t in FACT_TABLES
    }
    tables = assemble(articles, facts, quarantine)

    log.info("validating %d tables", len(tables))
    results_path = store.root / "_validation" / f"{summary.run_id}.json"
    report = validate(tables, results_path=results_path)
    summary.validation = "passed" if report.success else "failed"
    summary.rows = {t: tables[t].height for t in SCHEMAS}
    summary.quarantined = tables["quarantine"].height
    if not report.success:
        raise ValidationFailed(report.summary(), results_path)

    whole_file = set(quarantine.filter(pl.col("source") == pl.col("path"))["path"].to_list())
    manifest = pl.DataFrame(
        [
            {
                "path": f.path,
                "file_sha256": f.sha256,
                "size": f.size,
                "pipeline_version": version,
                "status": "quarantined" if f.path in whole_file else "ok",
            }
            for f in files
        ],
        schema=MANIFEST_SCHEMA,
    )
    state = {"_manifest": manifest.sort("path"), "_records": records.sort("source", "path")}
    log.info("publishing")
    final = publish(store, {**tables, **state})
    summary.status, summary.version = "published", final.name
    return summary


def _concat(
    prev: pl.DataFrame | None, keep_paths: pl.DataFrame, new: pl.DataFrame, schema
) -> pl.DataFrame:
    parts = []
    if prev is not None:
        parts.append(prev.join(keep_paths, on="path", how="semi").select(list(schema)).cast(schema))
    parts.append(new.select(list(schema)).cast(schema))
    return pl.concat(parts)
