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
from newsfacts.cli_logging import setup_logging
from newsfacts.cli_options import flag, settings_from_options, settings_options
from newsfacts.errors import NewsfactsError
from newsfacts.settings import Settings


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

# commands that only read the tables take the one setting they need, as declared in Settings
OutOpt = Annotated[
    Path, typer.Option(flag("out_dir"), help=Settings.model_fields["out_dir"].description)
]
DEFAULTS = Settings()


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


@app.command()
@settings_options()
def run(
    settings: Settings,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only print the summary.")] = False,
) -> None:
    """Process the raw articles into validated Parquet tables (incrementally)."""
    _run(settings, quiet=quiet)


def _run(settings: Settings, *, quiet: bool) -> None:
    from flows.nlp import check_model
    from flows.startup import likely_work, start_api, stop_api

    check_model(settings.model)  # a bad --model fails here, before the API server starts

    # The API server's start (seconds) is a +N run's critical path: when file times say there
    # is probably work, it starts before the plan; the plan decides (a no-op stops it).
    early = not (settings.full_refresh or settings.only) and likely_work(
        Path(settings.raw_dir), Path(settings.out_dir)
    )
    if early:
        start_api()
    from flows.noop import run_if_unchanged
    from flows.scale import run_flow

    setup_logging(quiet=quiet)
    pending: list[int] = []
    summary = run_if_unchanged(settings, on_work=pending.append)  # nothing to do: no Prefect
    if summary is not None and early:
        stop_api()
    if summary is None:
        from flows.startup import start_run

        server = start_run(settings, files=pending[0] if pending else None)
        import flows.pipeline  # noqa: F401  (Prefect configures its loggers; muted next)

        setup_logging(quiet=quiet)
        summary = run_flow(settings, plan_first=False, server=server)
    typer.echo(format_summary(summary))
    if summary["rows"].get("articles", 0) == 0 and summary["quarantined"] > 0:
        fail("every raw file was quarantined: see `newsfacts query 'SELECT * FROM quarantine'`")
    _exit_without_teardown()


def _exit_without_teardown() -> None:
    """End the ``newsfacts`` process once the run is recorded and every exit handler ran.

    The exit handlers drain Prefect's event and log workers and stop the temporary API
    server; tearing the interpreter down after them (freeing the model, the gazetteer and
    GX's objects one by one) writes nothing and took seconds. Only in the command's own
    process: when the CLI is called in-process (tests), this returns.
    """
    import atexit
    import os
    import threading

    if sys.modules["__main__"].__dict__.get("app") is not app:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    # The interpreter's own order: first the threading exit hooks (Prefect drains its log and
    # event workers there, while the API server still answers), then the atexit handlers
    # (which stop the server). The other way round, the log handler's flush at
    # ``logging.shutdown`` waited its 5 s timeout for a server that was gone.
    threading._shutdown()
    atexit._run_exitfuncs()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


@app.command()
def rerun(
    run_id: Annotated[str, typer.Argument(help="Id (or unique prefix) of an earlier run.")],
    out: OutOpt = Path(DEFAULTS.out_dir),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only print the summary.")] = False,
) -> None:
    """Run again with exactly the settings of an earlier run (see `newsfacts status`)."""
    from flows.runs import find_run

    found = find_run(out, run_id)
    if found is None:
        fail(f"no single run in {out} has an id starting with {run_id!r}: see `newsfacts status`")
    recorded = found["parameters"]  # every field of the run's Settings
    known = {k: v for k, v in recorded.items() if k in Settings.model_fields}
    _run(settings_from_options(known), quiet=quiet)


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
def verify(out: OutOpt = Path(DEFAULTS.out_dir)) -> None:
    """Check every file of the published version against its digest at publish; open every part."""
    from flows.storage import Store
    from flows.verify import verify_version

    current = Store(out).current_dir()
    if current is None:
        fail(f"nothing is published in {out}: run `newsfacts run --out {out}` first")
    damage = verify_version(current)
    if damage:
        for d in damage:
            typer.echo(f"damaged: {d.path}: {d.problem}")
        fail(
            f"version {current.name} in {out} has {len(damage)} damaged file(s); rebuild it with "
            f"`newsfacts run --full-refresh --out {out}`"
        )
    n = len(list(current.glob("*/part-*.parquet")))
    typer.echo(f"ok: version {current.name}, {n} files match their digests and open")


@app.command()
def docs(out: OutOpt = Path(DEFAULTS.out_dir)) -> None:
    """Print the path of the Great Expectations Data Docs (HTML) built by the last validation."""
    index = out / "_validation" / "docs" / "index.html"
    if not index.exists():
        fail(f"no Data Docs in {out}: they are built when a run validates (`newsfacts run`)")
    typer.echo(str(index.resolve()))


@app.command()
def report(
    out: OutOpt = Path(DEFAULTS.out_dir),
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Where to write the page (default OUT/_report/index.html)."),
    ] = None,
) -> None:
    """Write one static HTML page with charts of the current version (works offline); print its path."""
    from newsfacts.report import write_report

    path = write_report(out, html)
    typer.echo(str(path.resolve()))


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
@settings_options()
def serve(
    settings: Settings,
    cron: Annotated[str, typer.Option("--cron", help='Cron schedule (UTC), e.g. "0 * * * *".')],
    name: Annotated[str, typer.Option("--name", help="Deployment name.")] = "scheduled",
) -> None:
    """Serve the flow on a cron schedule against a running Prefect server (see docs/operations.md)."""
    from flows.serve import serve_flow

    setup_logging(quiet=False)
    serve_flow(cron=cron, settings=settings, name=name)


@app.command()
def contract(
    write: Annotated[
        bool, typer.Option("--write", help="Rewrite the files that differ from the declaration.")
    ] = False,
) -> None:
    """Check (or --write) the suites and README tables generated from transforms/contract/."""
    from newsfacts import contract_files

    changed = contract_files.write() if write else contract_files.stale()
    for path in changed:
        typer.echo(f"{'rewrote' if write else 'stale'}: {path.relative_to(contract_files.ROOT)}")
    if changed and not write:
        fail("these files differ from transforms/contract/: run `newsfacts contract --write`")
    if not changed:
        typer.echo("the suites and README tables match transforms/contract/")


@app.command()
@settings_options(["model", "batch_size", "processes", "runner"])
def bench(
    settings: Settings,
    corpus: Annotated[Path, typer.Option("--corpus", help="Directory of .txt articles.")] = Path(
        "../shared/corpus/bbc"
    ),
    limit: Annotated[int | None, typer.Option("--limit", help="Use the first N articles.")] = None,
    new_articles: Annotated[
        int, typer.Option("--new-articles", min=0, help="Articles added for the incremental run.")
    ] = 10,
    scale: Annotated[
        int,
        typer.Option("--scale", min=1, help="Also run on the corpus plus N-1 altered copies."),
    ] = 1,
    work_dir: Annotated[
        Path | None, typer.Option("--work-dir", help="Keep the copies and outputs here.")
    ] = None,
) -> None:
    """Bare spaCy nlp.pipe vs full run, no-op and +N runs on x1 and xN, with peak memory."""
    from newsfacts.bench import run_bench

    setup_logging(quiet=True)
    if not corpus.is_dir():
        fail(f"corpus directory {corpus} does not exist: pass --corpus DIR")
    result = run_bench(
        corpus,
        model=settings.model,
        limit=limit,
        processes=settings.processes,
        batch_size=settings.batch_size,
        new_articles=new_articles,
        runner=settings.runner.value,
        scale=scale,
        work_dir=work_dir,
    )
    typer.echo(result.report())


if __name__ == "__main__":
    app()
