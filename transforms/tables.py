"""Polars schemas of the output tables and builders from typed results.

The columns of every table are declared once, in :mod:`transforms.contract`; the schemas and
sort keys here are derived from it. Every span table has ``article_id, start, end, text`` with
``articles.text[start:end] == text``.
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from transforms.contract import REMOVED_DTYPE, SPAN_OK, TABLES
from transforms.ids import stable_id
from transforms.types import ArticleFacts

__all__ = ["REMOVED_DTYPE", "SCHEMAS", "SORT_KEYS", "SPAN_TABLES"]

SCHEMAS: dict[str, dict[str, pl.DataType]] = {name: t.schema for name, t in TABLES.items()}

# Sort keys that fix the row order, so equal tables are written as equal bytes.
SORT_KEYS: dict[str, list[str]] = {name: list(t.sort_keys) for name, t in TABLES.items()}

WINDOW = 512  # characters per window of the span joins (see _by_window)
_WINDOW = "_window"
SPAN_TABLES = tuple(name for name, t in TABLES.items() if SPAN_OK in t.checks)


def empty(table: str) -> pl.DataFrame:
    """An empty frame with the schema of ``table``."""
    return pl.DataFrame(schema=SCHEMAS[table])


def conform(frame: pl.DataFrame, table: str) -> pl.DataFrame:
    """Select, cast and sort ``frame`` into the exact column order, types and row order of ``table``."""
    schema = SCHEMAS[table]
    missing = [c for c in schema if c not in frame.columns]
    if missing:
        raise ValueError(f"table {table!r} is missing columns {missing}; it has {frame.columns}")
    return frame.select(list(schema)).cast(schema).sort(SORT_KEYS[table])


def facts_frames(items: Iterable[tuple[str, ArticleFacts]]) -> dict[str, pl.DataFrame]:
    """Rows of ``entity_mentions``, ``quotes`` and ``numbers`` for ``(article_id, facts)`` pairs.

    ``entity_id``, ``speaker_entity_id`` and ``about_entity_id`` are left null: they are assigned
    by the corpus catalog.
    """
    mentions: list[dict] = []
    quotes: list[dict] = []
    numbers: list[dict] = []
    for article_id, facts in items:
        for m in facts.mentions:
            mentions.append(
                {
                    "mention_id": stable_id("mention", article_id, m.start, m.end, m.label),
                    "article_id": article_id,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "label": m.label,
                    "entity_id": None,
                    "name": m.name,
                    "title": m.title,
                }
            )
        for q in facts.quotes:
            quotes.append(
                {
                    "quote_id": stable_id("quote", article_id, q.start, q.end),
                    "article_id": article_id,
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "kind": q.kind,
                    "speaker": q.speaker,
                    "speaker_start": q.speaker_start,
                    "speaker_end": q.speaker_end,
                    "speaker_entity_id": None,
                    "cue": q.cue,
                }
            )
        for n in facts.numbers:
            numbers.append(
                {
                    "number_id": stable_id("number", article_id, n.start, n.end),
                    "article_id": article_id,
                    "start": n.start,
                    "end": n.end,
                    "text": n.text,
                    "value": n.value,
                    "value_max": n.value_max,
                    "unit": n.unit,
                    "kind": n.kind,
                    "qualifier": n.qualifier,
                    "date": n.date,
                    "change": n.change,
                    "about": n.about,
                    "about_start": n.about_start,
                    "about_end": n.about_end,
                    "about_entity_id": None,
                }
            )
    return {
        "entity_mentions": _frame(mentions, "entity_mentions"),
        "quotes": _frame(quotes, "quotes"),
        "numbers": _frame(numbers, "numbers"),
    }


def _frame(rows: list[dict], table: str) -> pl.DataFrame:
    schema = SCHEMAS[table]
    if not rows:
        return empty(table)
    loose = {k: (pl.String if v == pl.Date else v) for k, v in schema.items()}
    frame = pl.DataFrame(rows, schema=loose, orient="row")
    dates = [k for k, v in schema.items() if v == pl.Date]
    if dates:
        frame = frame.with_columns(pl.col(c).str.to_date(strict=False) for c in dates)
    return frame


def link_entities(
    tables: dict[str, pl.DataFrame],
    assignment: pl.DataFrame,
    *,
    person_entities: pl.Series | None = None,
) -> dict[str, pl.DataFrame]:
    """Fill ``entity_mentions.entity_id`` from the catalog assignment, link quote speakers and
    the entities numbers are about (``numbers.about_entity_id``, when ``numbers`` is given).

    A quote's speaker links to the entity of a same-article mention whose resolved name equals the
    speaker (a person's entity first, when the same name is also a place or an organisation);
    failing that, to the entity of a mention that overlaps the speaker span. "A person's entity"
    is one with a PERSON mention anywhere in the corpus: pass ``person_entities`` (their ids)
    when ``tables`` hold only part of the corpus, so the link does not depend on the parts.
    """
    mentions = (
        tables["entity_mentions"].drop("entity_id").join(assignment, on="mention_id", how="left")
    )
    quotes = tables["quotes"].drop("speaker_entity_id")
    by_span = (
        _by_window(
            quotes.filter(pl.col("speaker_start").is_not_null()).select(
                "quote_id", "article_id", "speaker_start", "speaker_end"
            ),
            "speaker_start",
            "speaker_end",
        )
        .join(
            _by_window(mentions.select("article_id", "start", "end", "entity_id"), "start", "end"),
            on=["article_id", _WINDOW],
        )
        .filter(
            (pl.col("start") < pl.col("speaker_end")) & (pl.col("end") > pl.col("speaker_start"))
        )
        .group_by("quote_id")
        .agg(pl.col("entity_id").sort().first().alias("by_span"))
    )
    if person_entities is None:  # the tables are the whole corpus: read it off the mentions
        person_entities = mentions.filter(pl.col("label") == "PERSON")["entity_id"]
    entity_labels = pl.DataFrame({"entity_id": person_entities.unique()}).with_columns(
        pl.lit(True).alias("_person")
    )
    by_name = (
        quotes.filter(pl.col("speaker").is_not_null())
        .select("quote_id", "article_id", "speaker")
        .join(
            mentions.select("article_id", pl.col("name").alias("speaker"), "entity_id").unique(),
            on=["article_id", "speaker"],
        )
        .join(entity_labels, on="entity_id", how="left")
        .group_by("quote_id")
        .agg(
            pl.col("entity_id")
            .sort_by(~pl.col("_person").fill_null(False), "entity_id")
            .first()
            .alias("by_name")
        )
    )
    quotes = (
        quotes.join(by_span, on="quote_id", how="left")
        .join(by_name, on="quote_id", how="left")
        .with_columns(pl.coalesce("by_name", "by_span").alias("speaker_entity_id"))
        .drop("by_span", "by_name")
    )
    out = dict(tables)
    out["entity_mentions"] = conform(mentions, "entity_mentions")
    out["quotes"] = conform(quotes, "quotes")
    if "numbers" in tables:
        out["numbers"] = conform(_link_about(tables["numbers"], mentions), "numbers")
    return out


def _by_window(frame: pl.DataFrame, start: str, end: str) -> pl.DataFrame:
    """``frame`` with one row per ``WINDOW``-character window its span ``[start, end)`` touches
    (column ``_window``). Joining two such frames on (article_id, window) pairs only spans that
    are near each other, where a join on article_id alone pairs every span of an article with
    every other (quadratic: billions of rows for a very long article)."""
    last = pl.max_horizontal(pl.col(start), pl.col(end) - 1)
    windows = pl.int_ranges(pl.col(start) // WINDOW, last // WINDOW + 1, dtype=pl.Int64)
    return frame.with_columns(windows.alias(_WINDOW)).explode(_WINDOW)


def _link_about(numbers: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """``about_entity_id``: the entity of a same-article mention inside the ``about`` span (the
    last one, the head of the phrase, when several are: "Acme's shares" -> Acme; "the Dow Jones
    index" -> Dow Jones)."""
    numbers = numbers.drop("about_entity_id")
    linked = (
        _by_window(
            numbers.filter(pl.col("about_start").is_not_null()).select(
                "number_id", "article_id", "about_start", "about_end"
            ),
            "about_start",
            "about_end",
        )
        .join(
            mentions.select(
                "article_id",
                "start",
                "end",
                "entity_id",
                (pl.col("start") // WINDOW).cast(pl.Int64).alias(_WINDOW),
            ),
            on=["article_id", _WINDOW],
        )
        .filter(
            (pl.col("start") >= pl.col("about_start"))
            & (pl.col("end") <= pl.col("about_end"))
            & pl.col("entity_id").is_not_null()
        )
        .group_by("number_id")
        .agg(pl.col("entity_id").sort_by("end", "entity_id").last().alias("about_entity_id"))
    )
    return numbers.join(linked, on="number_id", how="left")
