"""The ``newsfacts`` command line: a thin layer over importable functions."""

from __future__ import annotations

import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

from newsfacts.cli_eval import eval_app
from newsfacts.errors import NewsfactsError
from newsfacts.settings import DEFAULT_MODEL, Settings


class NewsfactsGroup(TyperGroup):
    """Every command runs under one handler: a :class:`NewsfactsError` is printed, exit code 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NewsfactsError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    cls=NewsfactsGroup,
    help="newsfacts: English news articles -> validated Parquet tables (entities, quotes, numbers).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(eval_app, name="eval")

OutOpt = Annotated[Path, typer.Option("--out", help="Output directory of the tables.")]
DEFAULTS = Settings()


class Runner(StrEnum):
    local = "local"
    dask = "dask"


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def markdown_table(frame) -> str:
    """Every row and column of a polars frame as a Markdown table (long strings cut at 60)."""
    import polars as pl

    with pl.Config(
        tbl_rows=-1,
        tbl_cols=-1,
        tbl_hide_dataframe_shape=True,
        tbl_hide_column_data_types=True,
        fmt_str_lengths=60,
        tbl_width_chars=250,
        tbl_formatting="ASCII_MARKDOWN",
    ):
        return str(frame)


def fail(message: str, code: int = 1) -> None:
    """Print an error for a person (what was wrong, what to do) and exit non-zero."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _setup_logging(*, quiet: bool) -> None:
    """Progress lines of newsfacts on stderr; libraries only when something goes wrong."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%H:%M:%S"))
    handler.addFilter(lambda r: r.name.startswith("newsfacts") or r.levelno >= logging.ERROR)
    ours = logging.getLogger("newsfacts")
    ours.setLevel(logging.WARNING if quiet else logging.INFO)
    ours.handlers[:] = [handler]
    ours.propagate = False
    for name in (
        "prefect",
        "prefect.flow_runs",
        "prefect.task_runs",
        "great_expectations",
        "httpx",
        "distributed",
    ):
        logging.getLogger(name).setLevel(logging.CRITICAL)


@app.command()
def run(
    raw: Annotated[Path, typer.Option("--raw", help="Directory of raw articles.")] = Path(
        DEFAULTS.raw_dir
    ),
    out: OutOpt = Path(DEFAULTS.out_dir),
    full_refresh: Annotated[
        bool, typer.Option("--full-refresh", help="Reprocess every article from scratch.")
    ] = False,
    model: Annotated[str, typer.Option("--model", help="spaCy pipeline to load.")] = DEFAULT_MODEL,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1)] = DEFAULTS.batch_size,
    processes: Annotated[
        int, typer.Option("--processes", min=1, help="nlp.pipe worker processes.")
    ] = DEFAULTS.processes,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", min=1, help="Articles per extract task.")
    ] = DEFAULTS.chunk_size,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Larger raw files are quarantined.")
    ] = DEFAULTS.max_bytes,
    only: Annotated[
        list[str] | None,
        typer.Option("--only", help="Reprocess these sources (path or glob), even if unchanged."),
    ] = None,
    lock_timeout: Annotated[
        float, typer.Option("--lock-timeout", help="Seconds to wait for another run's lock.")
    ] = DEFAULTS.lock_timeout,
    runner: Annotated[
        Runner, typer.Option("--runner", help="Where extraction runs: this process, or Dask.")
    ] = Runner.local,
    dask_address: Annotated[
        str | None,
        typer.Option("--dask-address", help="tcp://HOST:PORT of a Dask scheduler (else local)."),
    ] = None,
    dask_workers: Annotated[
        int, typer.Option("--dask-workers", min=1, help="Workers of the local Dask cluster.")
    ] = 2,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only print the summary.")] = False,
) -> None:
    """Process the raw articles into validated Parquet tables (incrementally)."""
    settings = Settings(
        raw_dir=str(raw),
        out_dir=str(out),
        full_refresh=full_refresh,
        model=model,
        batch_size=batch_size,
        processes=processes,
        chunk_size=chunk_size,
        max_bytes=max_bytes,
        only=list(only or []),
        lock_timeout=lock_timeout,
        runner=runner.value,
    )
    _run(settings, quiet=quiet, dask_address=dask_address, dask_workers=dask_workers)


def _run(settings: Settings, *, quiet: bool, dask_address=None, dask_workers: int = 2) -> None:
    from flows.scale import run_flow

    _setup_logging(quiet=quiet)  # after Prefect has configured its own loggers
    summary = run_flow(settings, dask_address=dask_address, dask_workers=dask_workers)
    typer.echo(format_summary(summary))
    if summary["rows"].get("articles", 0) == 0 and summary["quarantined"] > 0:
        fail("every raw file was quarantined: see `newsfacts query 'SELECT * FROM quarantine'`")


@app.command()
def rerun(
    run_id: Annotated[str, typer.Argument(help="Id (or unique prefix) of an earlier run.")],
    out: OutOpt = Path(DEFAULTS.out_dir),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only print the summary.")] = False,
) -> None:
    """Run again with exactly the parameters of an earlier run (see `newsfacts status`)."""
    from flows.runs import find_run

    found = find_run(out, run_id)
    if found is None:
        fail(f"no single run in {out} has an id starting with {run_id!r}: see `newsfacts status`")
    params = found["parameters"]
    known = {f for f in Settings.__dataclass_fields__}
    _run(Settings(**{k: v for k, v in params.items() if k in known}), quiet=quiet)


@app.command()
def status(
    out: OutOpt = Path(DEFAULTS.out_dir),
    last: Annotated[int, typer.Option("--last", min=1, help="How many runs to show.")] = 10,
) -> None:
    """The last runs (newest first) and the next scheduled run, if a schedule is served."""
    import polars as pl

    from flows.runs import read_runs

    runs = read_runs(out)
    if runs.is_empty():
        typer.echo(f"no runs recorded in {out}")
    else:
        view = (
            runs.sort("started", descending=True)
            .head(last)
            .select(
                pl.col("run_id").str.slice(0, 8).alias("run"),
                pl.col("started").dt.strftime("%Y-%m-%d %H:%M:%S").alias("started (UTC)"),
                (pl.col("finished") - pl.col("started"))
                .dt.total_milliseconds()
                .truediv(1000)
                .round(1)
                .alias("seconds"),
                "status",
                "new",
                "changed",
                "removed",
                "unchanged",
                "quarantined",
                pl.col("rows").struct.field("articles").alias("articles"),
                "validation",
                "version",
            )
        )
        typer.echo(markdown_table(view))
    typer.echo(_next_scheduled())


@app.command()
def docs(out: OutOpt = Path(DEFAULTS.out_dir)) -> None:
    """Print the path of the Great Expectations Data Docs (HTML) built by the last validation."""
    index = out / "_validation" / "docs" / "index.html"
    if not index.exists():
        fail(f"no Data Docs in {out}: they are built when a run validates (`newsfacts run`)")
    typer.echo(str(index.resolve()))


def _next_scheduled() -> str:
    """The next scheduled run of the flow, from a Prefect server if one is configured."""
    try:
        from flows.serve import next_scheduled_run

        nxt = next_scheduled_run()
    except Exception:
        nxt = None
    if not nxt:
        return "next scheduled run: none (no schedule served, or no Prefect server configured)"
    late = " (late: no runner is polling)" if nxt.get("state") == "Late" else ""
    return f"next scheduled run: {nxt['scheduled_time']} ({nxt['deployment']}){late}"


def format_summary(summary: dict) -> str:
    """The run summary as printed by ``newsfacts run``."""
    head = (
        f"{summary['status']}: version {summary['version']} "
        f"({summary['new']} new, {summary['changed']} changed, {summary['removed']} removed, "
        f"{summary['unchanged']} unchanged files; {summary['extracted']} articles extracted; "
        f"{summary['quarantined']} quarantined; validation {summary['validation']}; "
        f"{summary['seconds']:.1f} s)"
    )
    rows = "  ".join(f"{t}={n}" for t, n in summary["rows"].items())
    return f"{head}\n{rows}"


@app.command()
def tables(out: OutOpt = Path(DEFAULTS.out_dir)) -> None:
    """List the published tables with their row counts."""
    from flows.query import table_counts

    counts = table_counts(out)
    width = max(len(t) for t in counts)
    for table, n in counts.items():
        typer.echo(f"{table:<{width}}  {n:>8}")


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL over the tables (DuckDB dialect).")],
    out: OutOpt = Path(DEFAULTS.out_dir),
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
) -> None:
    """Run SQL with DuckDB; every table is a view (e.g. SELECT * FROM quotes LIMIT 5)."""
    import duckdb

    from flows.query import query as run_query

    try:
        frame = run_query(out, sql)
    except duckdb.Error as exc:
        fail(f"query failed: {exc}".strip())
    if fmt is Format.csv:
        typer.echo(frame.write_csv(), nl=False)
    elif fmt is Format.json:
        typer.echo(json.dumps(frame.to_dicts(), default=str, ensure_ascii=False))
    else:
        typer.echo(markdown_table(frame))


@app.command()
def serve(
    cron: Annotated[str, typer.Option("--cron", help='Cron schedule (UTC), e.g. "0 * * * *".')],
    raw: Annotated[Path, typer.Option("--raw", help="Directory of raw articles.")] = Path(
        DEFAULTS.raw_dir
    ),
    out: OutOpt = Path(DEFAULTS.out_dir),
    model: Annotated[str, typer.Option("--model")] = DEFAULT_MODEL,
    name: Annotated[str, typer.Option("--name", help="Deployment name.")] = "scheduled",
    lock_timeout: Annotated[
        float, typer.Option("--lock-timeout", help="Seconds a run waits for another run's lock.")
    ] = DEFAULTS.lock_timeout,
) -> None:
    """Serve the flow on a cron schedule against a running Prefect server (see docs/operations.md)."""
    from flows.serve import serve_flow

    _setup_logging(quiet=False)
    parameters = {
        "raw_dir": str(raw),
        "out_dir": str(out),
        "model": model,
        "lock_timeout": lock_timeout,
    }
    serve_flow(cron=cron, parameters=parameters, name=name)


@app.command()
def bench(
    corpus: Annotated[Path, typer.Option("--corpus", help="Directory of .txt articles.")] = Path(
        "../shared/corpus/bbc"
    ),
    limit: Annotated[int | None, typer.Option("--limit", help="Use the first N articles.")] = None,
    processes: Annotated[int, typer.Option("--processes", min=1)] = DEFAULTS.processes,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1)] = DEFAULTS.batch_size,
    model: Annotated[str, typer.Option("--model")] = DEFAULT_MODEL,
    new_articles: Annotated[
        int, typer.Option("--new-articles", min=0, help="Articles added for the incremental run.")
    ] = 10,
    runner: Annotated[Runner, typer.Option("--runner")] = Runner.local,
) -> None:
    """Bare spaCy nlp.pipe vs the full pipeline; no-op and incremental reruns; peak memory."""
    from newsfacts.bench import run_bench

    _setup_logging(quiet=True)
    if not corpus.is_dir():
        fail(f"corpus directory {corpus} does not exist: pass --corpus DIR")
    result = run_bench(
        corpus,
        model=model,
        limit=limit,
        processes=processes,
        batch_size=batch_size,
        new_articles=new_articles,
        runner=runner.value,
    )
    typer.echo(result.report())


if __name__ == "__main__":
    app()
