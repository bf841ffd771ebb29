"""Validate output tables with Great Expectations 1.x against the suites in ``expectations/``."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import polars as pl

from newsfacts.errors import NewsfactsError
from transforms.checks import with_check_columns

log = logging.getLogger("newsfacts")
EXPECTATIONS_DIR = Path(__file__).resolve().parent.parent / "expectations"
MAX_EXAMPLES = 5
DOCS_SITE = "newsfacts"
WHOLE_TABLES = ("articles", "entities", "quarantine")  # built whole, written in row parts


class ValidationFailed(NewsfactsError, RuntimeError):
    """The new tables broke an expectation; nothing was published."""

    def __init__(self, summary: str, results_path: Path) -> None:
        super().__init__(
            f"{summary}\nfull results: {results_path}\nthe published tables are unchanged",
            path=results_path,
        )
        self.results_path = results_path


class SuiteError(NewsfactsError, RuntimeError):
    """A suite file is missing, unreadable, or has expectations GX could not load."""


@dataclass
class Failure:
    """One failed expectation, with a few failing values and rows for the summary."""

    table: str
    expectation: str
    kwargs: dict[str, Any]
    unexpected_count: int | None = None
    examples: list[Any] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    observed: Any = None
    part: str = "all"  # the part (file) of the table that failed


@dataclass
class ValidationReport:
    """Outcome of validating every table: overall success and the failures."""

    success: bool
    expectations: dict[str, int]
    failures: list[Failure]
    results: dict[str, Any]
    pages: dict[str, list[str]] = field(default_factory=dict)  # table -> its Data Docs pages
    docs_index: str | None = None  # the Data Docs index page, when they were built

    def summary(self) -> str:
        """A readable summary: table, expectation, what failed and a few failing rows."""
        if self.success:
            total = sum(self.expectations.values())
            return f"validation passed: {total} expectations over {len(self.expectations)} tables"
        lines = [f"validation FAILED: {len(self.failures)} expectation(s) not met"]
        for f in self.failures:
            what = ", ".join(f"{k}={v!r}" for k, v in f.kwargs.items() if k != "batch_id")
            where = f.table if f.part == "all" else f"{f.table} (part {f.part})"
            lines.append(f"- {where}: {f.expectation}({what})")
            if f.unexpected_count is not None:
                lines.append(f"    {f.unexpected_count} unexpected value(s), e.g. {f.examples!r}")
            elif f.observed is not None:
                lines.append(f"    observed: {f.observed!r}")
            for row in f.rows:
                lines.append(f"    row: {row}")
        return "\n".join(lines)

    def to_json(self) -> str:
        """All results as JSON (what ``_validation/*.json`` holds)."""
        return json.dumps(
            {
                "success": self.success,
                "expectations": self.expectations,
                "failures": [f.__dict__ for f in self.failures],
                "results": self.results,
            },
            indent=2,
            default=str,
            sort_keys=True,
        )


def _quiet_gx() -> None:
    """GX logs its routine steps at INFO (and drops bad expectations with a log line only)."""
    for name in ("great_expectations", "great_expectations.data_context.types.base"):
        logging.getLogger(name).setLevel(logging.WARNING)


def load_suite(table: str, *, directory: Path = EXPECTATIONS_DIR):
    """Load ``expectations/<table>.json`` as a GX suite, refusing to drop any expectation.

    GX logs and silently drops expectations it cannot build (an unknown type, bad kwargs): we
    count them after loading and fail loudly instead.
    """
    from flows.gx_import import import_great_expectations

    import_great_expectations()
    import great_expectations as gx

    path = directory / f"{table}.json"
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SuiteError(f"cannot read expectation suite {path}: {exc}") from exc
    wanted = spec.get("expectations", [])
    _quiet_gx()
    suite = gx.ExpectationSuite(name=spec.get("name", table), expectations=wanted)
    if len(suite.expectations) != len(wanted):
        loaded = {e.expectation_type for e in suite.expectations}
        lost = [w.get("type") for w in wanted if w.get("type") not in loaded]
        raise SuiteError(
            f"{path}: GX loaded {len(suite.expectations)} of {len(wanted)} expectations; "
            f"it dropped {lost or 'some'} (unknown type or bad kwargs). Fix the suite file."
        )
    return suite


def _context(docs_dir: Path | None):
    """A fresh ephemeral GX context (no network, no files) with an optional Data Docs site."""
    from flows.gx_import import import_great_expectations

    import_great_expectations()
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    _quiet_gx()
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    if docs_dir is not None:
        from flows.gx_views import SITE_VIEWS  # GX's views, their templates' code cached

        context.add_data_docs_site(
            site_name=DOCS_SITE,
            site_config={
                "class_name": "SiteBuilder",
                **SITE_VIEWS,
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(Path(docs_dir).resolve()),
                },
            },
        )
    return context


class Validator:
    """Validate tables batch by batch (a whole table, or one part of it at a time).

    One ephemeral GX context, and one suite and validation definition per table, are built on
    first use; every batch is one run of its table's validation definition over a pandas copy
    of that batch only, so validating a table stored in parts never needs the whole table in
    memory. ``report`` gathers the outcome of every batch and, with ``docs_dir``, builds the
    Data Docs once.

    A batch is validated with GX's ``BASIC`` result format (counts and a few unexpected values;
    on a passing batch the same outcome as ``SUMMARY`` without its two empty lists), and only a
    batch that fails is validated again with ``SUMMARY``, whose outcome is the one kept: its
    unexpected row indexes name the failing rows. No checkpoint is built: a checkpoint here has
    no actions and one definition, and its run only adds GX's freshness checks (about a fifth
    of the CPU of a small batch).
    """

    def __init__(self, *, directory: Path = EXPECTATIONS_DIR, docs_dir: Path | None = None):
        import great_expectations as gx

        self._gx = gx
        self._directory = directory
        self._docs_dir = docs_dir
        self._context = _context(docs_dir)
        self._source = self._context.data_sources.add_pandas("newsfacts")
        self._definitions: dict[str, Any] = {}
        self.counts: dict[str, int] = {}
        self.checked = 0  # batches validated
        self.skipped = 0  # parts carried over from a validated version (see validate_staged)
        self.failures: list[Failure] = []
        self.results: dict[str, list[Any]] = {}
        self._keys: dict[str, list[Any]] = {}  # validation result ids, for their Data Docs pages

    def _definition(self, table: str):
        definition = self._definitions.get(table)
        if definition is None:
            gx, context = self._gx, self._context
            suite = context.suites.add(load_suite(table, directory=self._directory))
            self.counts[table] = len(suite.expectations)
            batch = self._source.add_dataframe_asset(
                name=table
            ).add_batch_definition_whole_dataframe("all")
            definition = context.validation_definitions.add(
                gx.ValidationDefinition(name=table, data=batch, suite=suite)
            )
            self._definitions[table] = definition
        return definition

    def _run(self, table: str, pdf, result_format: str):
        """One validation of a pandas batch; returns (its result id, the result)."""
        import datetime as dt

        from great_expectations.core.run_identifier import RunIdentifier
        from great_expectations.data_context.types.resource_identifiers import (
            ExpectationSuiteIdentifier,
            ValidationResultIdentifier,
        )

        definition = self._definition(table)
        run_id = RunIdentifier(run_time=dt.datetime.now(dt.UTC))
        result = definition.run(
            batch_parameters={"dataframe": pdf},
            result_format={
                "result_format": result_format,
                "partial_unexpected_count": MAX_EXAMPLES,
            },
            run_id=run_id,
        )
        key = ValidationResultIdentifier(  # the id GX stored the result under
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=definition.suite.name),
            run_id=run_id,
            batch_identifier=result.batch_id,
        )
        return key, result

    def check(
        self, table: str, frame: pl.DataFrame, *, part: str = "all", rows: bool = True
    ) -> bool:
        """Validate one batch of ``table`` (with its check columns already added); a failing
        batch is validated again for its failing rows unless ``rows`` is false (a batch whose
        outcome is dropped when it fails, see ``check_parts``)."""
        self.checked += 1
        pdf = frame.to_pandas(use_pyarrow_extension_array=True)
        key, result = self._run(table, pdf, "BASIC")
        if rows and not result.success:  # again, with the failing rows' indexes
            key, result = self._run(table, pdf, "SUMMARY")
        del pdf
        self._release_batch()
        self._keys.setdefault(table, []).append(key)
        record = result.to_json_dict()
        record["part"] = part
        self.results.setdefault(table, []).append(record)
        failures = _failures(table, frame, result, part=part)
        self.failures.extend(failures)
        return not failures

    def _release_batch(self) -> None:
        """Drop the pandas batch GX's execution engine keeps after a run.

        The engine caches the data of every batch it loaded, by batch id, and a table's batch id
        is the same for each of its batches: without this, the last batch of every table checked
        so far stays alive while the next tables are validated (at x1 whole tables, about 20 MB
        of pandas frames by the last one). Each run loads its batch again, so nothing reads the
        cache after the run; the results (and the Data Docs built from them) do not change.
        """
        manager = self._source.get_execution_engine().batch_manager
        manager.batch_data_cache.clear()
        manager.reset_batch_cache()

    def check_parts(self, table: str, parts: list[tuple[str, pl.DataFrame]]) -> bool:
        """Validate several parts of ``table`` as one batch (GX's cost is mostly per batch).

        When the batch fails, its outcome is dropped and every part is checked on its own, so
        that each failure names the part it is in."""
        if len(parts) == 1:
            ((key, frame),) = parts
            return self.check(table, frame, part=key)
        failures, results = len(self.failures), len(self.results.get(table, []))
        batch = pl.concat([f for _, f in parts])
        if self.check(table, batch, part="+".join(k for k, _ in parts), rows=False):
            return True
        del self.failures[failures:]
        del self.results[table][results:]
        del self._keys[table][results:]
        return all([self.check(table, frame, part=key) for key, frame in parts])

    def report(self) -> ValidationReport:
        """The outcome of every batch checked so far; builds the Data Docs when asked to."""
        report = ValidationReport(not self.failures, dict(self.counts), self.failures, self.results)
        if self._docs_dir is not None:
            from flows.datadocs import localize_site

            stale = self._stale_suite_pages()
            kept = [key for keys in self._keys.values() for key in keys]
            if kept or stale:  # (GX renders every stored resource when given none)
                ids = kept + [ids for ids, _ in stale]
                self._context.build_data_docs(site_names=[DOCS_SITE], resource_identifiers=ids)
            for _, (mark, digest) in stale:
                mark.write_text(digest, encoding="utf-8")
            localize_site(self._docs_dir)
            report.docs_index = str(Path(self._docs_dir).resolve() / "index.html")
            report.pages = {t: [self._page(k) for k in keys] for t, keys in self._keys.items()}
        return report

    def _stale_suite_pages(self) -> list[tuple[Any, tuple[Path, str]]]:
        """Suites whose Data Docs page must be rendered: the page is missing, or was rendered
        from other suite contents or another GX version (a ``.<suite>.source`` file beside the
        page holds the digest it was rendered from). Unchanged suite pages are kept as they are;
        only the validation pages of this run and the index are rendered every time."""
        import hashlib

        from great_expectations.data_context.types.resource_identifiers import (
            ExpectationSuiteIdentifier,
        )

        pages = Path(self._docs_dir) / "expectations"
        stale = []
        for table, definition in self._definitions.items():
            name = definition.suite.name
            source = (self._directory / f"{table}.json").read_bytes()
            digest = hashlib.sha256(source + self._gx.__version__.encode()).hexdigest()
            mark = pages / f".{name}.source"
            fresh = (pages / f"{name}.html").is_file() and mark.is_file()
            if not (fresh and mark.read_text(encoding="utf-8") == digest):
                stale.append((ExpectationSuiteIdentifier(name=name), (mark, digest)))
        return stale

    def _page(self, key) -> str:
        """Path of the Data Docs page of one validation result."""
        (site,) = self._context.get_docs_sites_urls(resource_identifier=key, site_name=DOCS_SITE)
        return unquote(site["site_url"].removeprefix("file://"))


def validate_tables(
    tables: dict[str, pl.DataFrame],
    *,
    directory: Path = EXPECTATIONS_DIR,
    docs_dir: Path | None = None,
) -> ValidationReport:
    """Validate every (whole, in-memory) table against its suite; never raises on failures.

    With ``docs_dir``, GX Data Docs (static HTML) are (re)built there after validation.
    """
    checked = with_check_columns(tables)
    validator = Validator(directory=directory, docs_dir=docs_dir)
    for table in sorted(tables):
        validator.check(table, checked[table])
    return validator.report()


def _failures(table: str, frame: pl.DataFrame, result, *, part: str = "all") -> list[Failure]:
    out = []
    for r in result.results:
        if r.success:
            continue
        cfg = r.expectation_config
        res = r.result or {}
        rows = []
        for i in (res.get("partial_unexpected_index_list") or [])[:MAX_EXAMPLES]:
            if isinstance(i, int) and 0 <= i < frame.height:
                rows.append({k: _short(v) for k, v in frame.row(i, named=True).items()})
        message = (r.exception_info or {}).get("exception_message")
        out.append(
            Failure(
                table=table,
                expectation=cfg.type,
                kwargs=dict(cfg.kwargs),
                unexpected_count=res.get("unexpected_count"),
                examples=[_short(v) for v in res.get("partial_unexpected_list") or []],
                rows=rows,
                observed=res.get("observed_value", message),
                part=part,
            )
        )
    return out


def _short(value: Any, limit: int = 80) -> Any:
    if isinstance(value, str) and len(value) > limit:
        return value[: limit - 1] + "…"
    return value
