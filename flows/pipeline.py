"""The newsfacts flow: ingest -> clean -> extract -> validate -> publish, incrementally."""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

import polars as pl
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows.plan import MANIFEST_SCHEMA, Plan, make_plan, scan_raw
from flows.storage import Store
from flows.tasks import RECORDS_SCHEMA, clean, extract, ingest, quarantine_frame
from flows.version import pipeline_version as current_pipeline_version
from newsfacts.settings import Settings

log = logging.getLogger("newsfacts")
FACT_TABLES = ("entity_mentions", "quotes", "numbers")


class ValidationFailed(RuntimeError):
    """The new tables broke an expectation; nothing was published."""

    def __init__(self, summary: str, results_path: Path) -> None:
        super().__init__(
            f"{summary}\nfull results: {results_path}\nthe published tables are unchanged"
        )
        self.results_path = results_path


@dataclass
class RunSummary:
    """What one run did."""

    run_id: str
    status: str  # "published", "unchanged"
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

    def to_dict(self) -> dict:
        return asdict(self)


def _run_id() -> str:
    try:
        from prefect.runtime import flow_run

        if flow_run.id:
            return str(flow_run.id)
    except Exception:  # outside a flow run
        pass
    return uuid.uuid4().hex


@task(name="assemble", cache_policy=NO_CACHE)
def assemble(
    articles: pl.DataFrame, facts: dict[str, pl.DataFrame], quarantine: pl.DataFrame
) -> dict[str, pl.DataFrame]:
    """Build the final tables: keep facts of live articles, build the entity catalog, link."""
    from transforms.catalog import build_catalog
    from transforms.tables import conform, link_entities

    keep = articles.select("article_id")
    tables = {t: facts[t].join(keep, on="article_id", how="semi") for t in FACT_TABLES}
    tables["articles"] = articles
    entities, assignment = build_catalog(tables["entity_mentions"])
    tables = link_entities(tables, assignment)
    tables["entities"] = conform(entities, "entities")
    tables["articles"] = conform(articles, "articles")
    tables["quarantine"] = conform(quarantine, "quarantine")
    for t in FACT_TABLES:
        tables[t] = conform(tables[t], t)
    return tables


def _articles(records: pl.DataFrame, *, version: str, mark_duplicates) -> pl.DataFrame:
    if records.is_empty():
        from transforms.tables import empty

        return empty("articles")
    dedup = mark_duplicates(
        records.select(pl.col("record_id").alias("article_id"), "source", "text")
    )
    meta = (
        records.sort("source").unique("record_id", keep="first").rename({"record_id": "article_id"})
    )
    return (
        dedup.join(meta.drop("text", "path"), on="article_id", how="left")
        .join(meta.select("article_id", "text"), on="article_id", how="left")
        .with_columns(
            pl.col("sources").list.first().alias("source"),
            pl.col("published").str.to_date(strict=False),
            pl.col("text").str.count_matches(r"\S+").cast(pl.Int64).alias("n_words"),
            pl.lit(version).alias("pipeline_version"),
        )
    )


@flow(name="newsfacts", log_prints=False, validate_parameters=True)
def newsfacts_flow(
    raw_dir: str = Settings.raw_dir,
    out_dir: str = Settings.out_dir,
    full_refresh: bool = Settings.full_refresh,
    model: str = Settings.model,
    batch_size: int = Settings.batch_size,
    processes: int = Settings.processes,
    chunk_size: int = Settings.chunk_size,
    max_bytes: int = Settings.max_bytes,
    only: list[str] | None = None,
    lock_timeout: float = Settings.lock_timeout,
) -> dict:
    """Process ``raw_dir`` into validated Parquet tables in ``out_dir``; returns the run summary."""
    return run_pipeline(
        Settings(
            raw_dir=raw_dir,
            out_dir=out_dir,
            full_refresh=full_refresh,
            model=model,
            batch_size=batch_size,
            processes=processes,
            chunk_size=chunk_size,
            max_bytes=max_bytes,
            only=only or [],
            lock_timeout=lock_timeout,
        )
    ).to_dict()


def run_pipeline(settings: Settings) -> RunSummary:
    """The flow's body (callable inside a flow run; tasks need a Prefect context)."""
    started = time.perf_counter()
    store = Store(Path(settings.out_dir))
    version = current_pipeline_version(settings.model)
    with store.lock(timeout=settings.lock_timeout):
        store.recover()
        summary = RunSummary(run_id=_run_id(), status="unchanged", pipeline_version=version)
        files = scan_raw(Path(settings.raw_dir))
        manifest = None if settings.full_refresh else store.read("_manifest")
        plan = make_plan(
            files,
            manifest,
            pipeline_version=version,
            full_refresh=settings.full_refresh,
            only=settings.only or None,
        )
        _count(summary, plan)
        if plan.is_noop:
            summary.rows = _row_counts(store)
            summary.version = store.current_dir().name if store.current_dir() else None
            summary.quarantined = summary.rows.get("quarantine", 0)
            summary.seconds = round(time.perf_counter() - started, 3)
            log.info("nothing changed since version %s", summary.version)
            return summary
        summary = _process(settings, store, plan, files, summary, version)
        summary.seconds = round(time.perf_counter() - started, 3)
        return summary


def _count(summary: RunSummary, plan: Plan) -> None:
    summary.new, summary.changed = len(plan.new), len(plan.changed)
    summary.removed, summary.unchanged = len(plan.removed), len(plan.unchanged)


def _row_counts(store: Store) -> dict[str, int]:
    from transforms.tables import SCHEMAS

    counts = {}
    for t in SCHEMAS:
        frame = store.read(t)
        counts[t] = 0 if frame is None else frame.height
    return counts


def _process(settings, store, plan, files, summary, version) -> RunSummary:
    from flows.validate import validate_tables
    from transforms.tables import SCHEMAS

    keep_paths = pl.DataFrame(
        {"path": [f.path for f in plan.unchanged]}, schema={"path": pl.String}
    )
    prev = (
        {}
        if plan.full
        else {t: store.read(t) for t in ("_records", "quarantine", "articles", *FACT_TABLES)}
    )

    raw_records, rejected = ingest(plan.to_process, max_bytes=settings.max_bytes)
    new_records, rejected_clean = clean(raw_records)
    rejected += rejected_clean
    records = _concat(prev.get("_records"), keep_paths, new_records, RECORDS_SCHEMA)
    quarantine = _concat(
        prev.get("quarantine"), keep_paths, quarantine_frame(rejected), SCHEMAS["quarantine"]
    )

    # Articles whose extraction rows can be reused: same id (same raw content) already published.
    from transforms.dedup import mark_duplicates

    wanted = _articles(records, version=version, mark_duplicates=mark_duplicates)
    prev_articles = prev.get("articles")
    done = set() if prev_articles is None else set(prev_articles["article_id"].to_list())
    todo = wanted.filter(~pl.col("article_id").is_in(list(done)))
    summary.extracted = todo.height
    facts: dict[str, list[pl.DataFrame]] = {t: [] for t in FACT_TABLES}
    for t in FACT_TABLES:
        if prev.get(t) is not None:
            facts[t].append(prev[t].filter(pl.col("article_id").is_in(list(done))))
    for offset in range(0, todo.height, settings.chunk_size):
        chunk = todo.slice(offset, settings.chunk_size)
        out = extract(
            chunk,
            model=settings.model,
            batch_size=settings.batch_size,
            processes=settings.processes,
        )
        for t in FACT_TABLES:
            facts[t].append(out[t])
        log.info(
            "extracted %d/%d new articles", min(offset + chunk.height, todo.height), todo.height
        )
    merged = {
        t: pl.concat([f.cast(SCHEMAS[t]) for f in facts[t]]) if facts[t] else None
        for t in FACT_TABLES
    }
    from transforms.tables import empty

    merged = {t: (v if v is not None else empty(t)) for t, v in merged.items()}
    tables = assemble(wanted, merged, quarantine)

    report = validate_tables(tables)
    results_dir = store.root / "_validation"
    results_dir.mkdir(parents=True, exist_ok=True)
    results_path = results_dir / f"{summary.run_id}.json"
    results_path.write_text(report.to_json(), encoding="utf-8")
    summary.validation = "passed" if report.success else "failed"
    summary.rows = {t: tables[t].height for t in SCHEMAS}
    summary.quarantined = tables["quarantine"].height
    if not report.success:
        raise ValidationFailed(report.summary(), results_path)

    quarantined_files = set(quarantine.filter(pl.col("source") == pl.col("path"))["path"].to_list())
    manifest = pl.DataFrame(
        [
            {
                "path": f.path,
                "file_sha256": f.sha256,
                "size": f.size,
                "pipeline_version": version,
                "status": "quarantined" if f.path in quarantined_files else "ok",
            }
            for f in files
        ],
        schema=MANIFEST_SCHEMA,
    )
    state = {
        "_manifest": manifest.sort("path"),
        "_records": records.sort("source", "path"),
    }
    staged = store.stage({**tables, **state})
    final = publish(store, staged)
    summary.status, summary.version = "published", final.name
    return summary


@task(name="publish", cache_policy=NO_CACHE)
def publish(store: Store, staged: Path) -> Path:
    """Swap the staged version in atomically."""
    return store.publish(staged)


def _concat(
    prev: pl.DataFrame | None, keep_paths: pl.DataFrame, new: pl.DataFrame, schema
) -> pl.DataFrame:
    parts = []
    if prev is not None:
        parts.append(prev.join(keep_paths, on="path", how="semi").select(list(schema)).cast(schema))
    parts.append(new.select(list(schema)).cast(schema))
    return pl.concat(parts)
