"""The building blocks of the table contract: column and table types, closed sets of values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

# check columns computed by transforms.checks; a suite requires each to be true on every row
ARTICLE_OK = "_article_ok"
SPAN_OK = "_span_ok"
SPEAKER_SPAN_OK = "_speaker_span_ok"
ABOUT_SPAN_OK = "_about_span_ok"

ENTITY_LABELS = (
    "PERSON",
    "NORP",
    "FAC",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
)
QUOTE_KINDS = ("direct", "partial", "scare", "block", "indirect", "mixed")
NUMBER_KINDS = (
    "count",
    "money",
    "percent",
    "quantity",
    "duration",
    "age",
    "year",
    "date",
    "ordinal",
    "fraction",
)
PLACE_KINDS = ("continent", "country", "admin_region", "city")
# the entities columns that transforms.geocode adds to the catalog's rows
GEO_COLUMNS = ("geonameid", "country_code", "latitude", "longitude", "place_kind")
CHANGES = ("up", "down")
QUALIFIERS = ("exact", "approximately", "at_least", "at_most", "more_than", "less_than")
REMOVED_DTYPE = pl.List(pl.Struct({"kind": pl.String, "text": pl.String}))


@dataclass(frozen=True)
class Column:
    """One column of an output table."""

    name: str
    dtype: pl.DataType
    description: str
    nullable: bool = True
    unique: bool = False
    values: tuple[Any, ...] | None = None  # allowed values (nulls allowed when nullable)
    references: str | None = None  # foreign key "table.column"
    regex: str | None = None
    min_value: int | float | None = None
    max_value: int | float | None = None
    min_length: int | None = None
    length: int | None = None  # every value has exactly this many characters
    # the full conventions of a column whose rules do not fit a table cell: README shows
    # `description` with a link, docs/columns.md shows both
    details: str | None = None


@dataclass(frozen=True)
class Table:
    """One output table: its columns in file order, row order and validation extras."""

    name: str
    description: str
    columns: tuple[Column, ...]
    sort_keys: tuple[str, ...]
    checks: tuple[str, ...] = ()  # check columns appended by transforms.checks
    unique_together: tuple[str, ...] = ()

    @property
    def schema(self) -> dict[str, pl.DataType]:
        return {c.name: c.dtype for c in self.columns}

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def id_column(name: str, what: str, **kw: Any) -> Column:
    return Column(name, pl.String, what, nullable=False, unique=True, **kw)


def article_id_column() -> Column:
    return Column(
        "article_id", pl.String, "the article", nullable=False, references="articles.article_id"
    )


def span_columns(what: str, text: str | None = None) -> tuple[Column, ...]:
    return (
        Column("start", pl.Int64, f"start of the {what} in `articles.text`", nullable=False),
        Column("end", pl.Int64, f"end of the {what} (exclusive)", nullable=False),
        Column(
            "text",
            pl.String,
            f"{text or 'the ' + what}: `articles.text[start:end]`",
            nullable=False,
        ),
    )


SPAN_CHECKS = (ARTICLE_OK, SPAN_OK)
