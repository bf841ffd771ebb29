"""What the table contract generates: Great Expectations suites, README column tables and the
column conventions in full (docs/columns.md)."""

from __future__ import annotations

import json
from typing import Any

import polars as pl

from transforms.contract.columns import Table
from transforms.contract.tables import TABLES

_GX_TYPES = {pl.String: "str", pl.Int64: "int", pl.Float64: "float", pl.Date: "date"}
_DOC_TYPES = {pl.String: "string", pl.Int64: "int", pl.Float64: "float", pl.Date: "date"}


def gx_type(dtype: pl.DataType) -> str:
    """The type name the suites check (``expect_column_values_to_be_of_type``)."""
    if isinstance(dtype, pl.List):
        return "list"
    return _GX_TYPES[dtype]


def doc_type(dtype: pl.DataType) -> str:
    """The type as README.md writes it: string, int, list[string], list[struct{kind, text}]."""
    if isinstance(dtype, pl.List):
        return f"list[{doc_type(dtype.inner)}]"
    if isinstance(dtype, pl.Struct):
        return "struct{" + ", ".join(f.name for f in dtype.fields) + "}"
    return _DOC_TYPES[dtype]


def _expect(kind: str, **kwargs: Any) -> dict[str, Any]:
    return {"type": f"expect_{kind}", "kwargs": kwargs}


def suite(table: Table) -> dict[str, Any]:
    """The Great Expectations suite (as JSON data) that ``expectations/<table>.json`` holds."""
    cols = table.columns
    out = [
        _expect("table_columns_to_match_ordered_list", column_list=[*table.schema, *table.checks])
    ]
    out += [
        _expect("column_values_to_be_of_type", column=c.name, type_=gx_type(c.dtype)) for c in cols
    ]
    out += [_expect("column_values_to_be_of_type", column=c, type_="bool") for c in table.checks]
    out += [_expect("column_values_to_be_unique", column=c.name) for c in cols if c.unique]
    out += [_expect("column_values_to_not_be_null", column=c.name) for c in cols if not c.nullable]
    out += [
        _expect("column_values_to_be_in_set", column=c.name, value_set=list(c.values))
        for c in cols
        if c.values is not None
    ]
    out += [_expect("column_values_to_be_in_set", column=c, value_set=[True]) for c in table.checks]
    out += [
        _expect("column_values_to_match_regex", column=c.name, regex=c.regex)
        for c in cols
        if c.regex
    ]
    out += [
        _expect(
            "column_values_to_be_between",
            column=c.name,
            **{
                k: v
                for k, v in (("min_value", c.min_value), ("max_value", c.max_value))
                if v is not None
            },
        )
        for c in cols
        if c.min_value is not None or c.max_value is not None
    ]
    out += [
        _expect("column_value_lengths_to_be_between", column=c.name, min_value=c.min_length)
        for c in cols
        if c.min_length is not None
    ]
    out += [
        _expect("column_value_lengths_to_equal", column=c.name, value=c.length)
        for c in cols
        if c.length is not None
    ]
    if table.unique_together:
        out.append(
            _expect("compound_columns_to_be_unique", column_list=list(table.unique_together))
        )
    return {
        "name": table.name,
        "meta": {
            "table": table.name,
            "note": "Generated from transforms/contract/ by `newsfacts contract --write`: edit "
            "the declaration, not this file. Columns starting with '_' are check columns "
            "computed by transforms.checks before validation.",
        },
        "expectations": out,
    }


def suite_json(table: Table) -> str:
    """The exact text of ``expectations/<table>.json``."""

    return json.dumps(suite(table), indent=2, ensure_ascii=False) + "\n"


def readme_table(table: Table) -> str:
    """The Markdown column table of ``table`` as README.md shows it."""
    rows = ["| column | type | meaning |", "|---|---|---|"]
    for c in table.columns:
        meaning = c.description
        if c.references and c.references.split(".")[0] != "articles":
            meaning += f" (→ `{c.references}`)"
        if c.details:
            meaning += f" ([in full]({COLUMNS_DOC}#{column_anchor(table.name, c.name)}))"
        rows.append(f"| {c.name} | {doc_type(c.dtype)} | {meaning} |")
    return "\n".join(rows) + "\n"


COLUMNS_DOC = "docs/columns.md"


def column_anchor(table: str, column: str) -> str:
    """The id of a column's section in docs/columns.md."""
    return f"{table}-{column}".replace("_", "-")


def columns_doc(tables: dict[str, Table] | None = None) -> str:
    """The exact text of docs/columns.md: every column that has ``details``, in full."""
    tables = TABLES if tables is None else tables
    out = [
        "# Column conventions in full",
        "",
        "<!-- generated from transforms/contract/ by `newsfacts contract --write`: edit the",
        "declaration, not this file -->",
        "",
        "The README's column tables give each column's meaning in a sentence or two; the columns",
        "below follow more conventions than fit a table cell. Each section gives every rule, with",
        "invented examples.",
    ]
    for table in tables.values():
        for c in table.columns:
            if not c.details:
                continue
            out += [
                "",
                f'<a id="{column_anchor(table.name, c.name)}"></a>',
                "",
                f"## `{table.name}.{c.name}`",
                "",
                c.details,
            ]
    return "\n".join(out) + "\n"


def readme_marker(name: str) -> tuple[str, str]:
    """The comment lines around the generated table of ``name`` in README.md."""
    return (
        f"<!-- contract:{name} (generated: newsfacts contract --write) -->",
        f"<!-- /contract:{name} -->",
    )


def render_readme(readme: str) -> str:
    """``readme`` with every table section between its markers regenerated.

    Raises ValueError naming the table whose markers are missing.
    """
    for name, table in TABLES.items():
        start, end = readme_marker(name)
        i, j = readme.find(start), readme.find(end)
        if i < 0 or j < i:
            raise ValueError(f"README.md has no {start} ... {end} section for table {name!r}")
        readme = readme[: i + len(start)] + "\n" + readme_table(table) + readme[j:]
    return readme
