"""Fact tables in parts: one part per group of articles, shared by the three fact tables.

A *fact part* is a set of articles whose ``entity_mentions``, ``quotes`` and ``numbers`` rows are
stored in three files with the same part key (a digest of the sorted article ids). The state
table ``_parts`` lists the articles of every part (articles without any fact included), so a
later run knows which parts it can reuse whole, which it must filter (an article changed or was
removed) and which it drops. New articles are extracted in chunks and every chunk becomes a new
part as soon as it is extracted ("spilled"), so extraction output never accumulates in memory.

Linking (entity ids from the corpus catalog) and validation then go over the parts one at a time;
a reused part whose linked rows are unchanged is hard-linked into the new version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

import polars as pl

from flows.storage import Staging, find_part, part_path, write_table
from transforms.ids import stable_id
from transforms.tables import conform

FACT_TABLES = ("entity_mentions", "quotes", "numbers")
# Tables stored in the same parts as the facts, rows keyed by the part's articles: the articles
# table, its records (state, no text), its near-duplicate band keys (state) and the catalog's
# summary of its mentions (state: ``transforms.catalog.form_summary``).
ARTICLE_TABLES = ("articles", "_records", "_lsh", "_forms")
CARRIED = ("_lsh", "_forms")  # depend on the article's text alone: never rewritten in place
PART_TABLES = FACT_TABLES + ARTICLE_TABLES
PARTS = "_parts"
PARTS_SCHEMA: dict[str, pl.DataType] = {"part": pl.String, "article_id": pl.String}


@dataclass
class FactPart:
    """One part of the fact tables: its key, its articles and where its three files are."""

    key: str
    article_ids: list[str]  # sorted
    files: dict[str, Path]  # table -> Parquet file (of the previous version, or spilled)
    previous: bool = False  # files are published parts of the previous version

    def read(self, table: str) -> pl.DataFrame:
        return pl.read_parquet(self.files[table])


class SpilledChunks(Sequence[pl.DataFrame]):
    """The articles to extract, ``size`` rows a chunk, written once to a scratch file and read
    back a chunk at a time: a run holds the texts of the chunks in flight, not those of the
    whole archive, while it extracts (at the bench's x4 the texts are about 36 MB).

    Chunk ``i`` is rows ``i * size`` to ``(i + 1) * size`` of ``frame``, as ``frame.slice``
    gives them; every read is a new frame, let go by the caller when it is done with it.
    """

    def __init__(self, frame: pl.DataFrame, path: Path, *, size: int) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        frame.write_parquet(path, compression="lz4", row_group_size=size, statistics=False)
        self.path, self.size, self.height = path, size, frame.height

    def __len__(self) -> int:
        return -(-self.height // self.size)

    def __getitem__(self, i: int) -> pl.DataFrame:  # type: ignore[override]
        if not 0 <= i < len(self):
            raise IndexError(f"chunk {i} of {len(self)} in {self.path}")
        return pl.scan_parquet(self.path).slice(i * self.size, self.size).collect()


def part_key(article_ids: list[str]) -> str:
    """The key of a part: a digest of its sorted article ids."""
    return stable_id("part", *sorted(article_ids))


def spill(staging: Staging, article_ids: list[str], tables: dict[str, pl.DataFrame]) -> FactPart:
    """Write the rows of ``article_ids`` (every table of ``PART_TABLES``; one not given is empty)
    to the staging scratch space as a part."""
    ids = sorted(article_ids)
    key = part_key(ids)
    files = {}
    for table in PART_TABLES:
        path = part_path(staging.work / table, key)
        frame = tables[table] if table in tables else _empty_part(table)
        write_table(sort_part(frame, table), path)
        files[table] = path
    return FactPart(key, ids, files)


def sort_part(frame: pl.DataFrame, table: str) -> pl.DataFrame:
    """A part's rows in the fixed column and row order of its table (state tables included)."""
    if table == "_records":
        return frame.sort("source", "path", "record_id")
    if table == "_lsh":
        return frame.sort("article_id", "band")
    if table == "_forms":
        return frame.sort("label", "name", "article_id")
    return conform(frame, table)


def reusable_parts(
    version_dir: Path, index: pl.DataFrame, keep: set[str], staging: Staging
) -> list[FactPart]:
    """Parts of the previous version with the articles in ``keep``.

    A part whose articles are all kept is reused as it is; one with only some of its articles
    kept is filtered into a new part in the staging scratch space; one with none is dropped.
    """
    out = []
    rows = index.sort("part", "article_id").iter_rows()
    for key, group in groupby(rows, key=lambda r: r[0]):
        ids = [a for _, a in group]
        live = [a for a in ids if a in keep]
        if not live:
            continue
        files = {t: find_part(version_dir / t, key) for t in PART_TABLES}
        if len(live) == len(ids):
            out.append(FactPart(key, ids, files, previous=True))
            continue
        facts = {
            t: pl.read_parquet(files[t]).filter(pl.col("article_id").is_in(live))
            for t in PART_TABLES
        }
        out.append(spill(staging, live, facts))
    return out


def compact(parts: list[FactPart], staging: Staging, *, target: int) -> list[FactPart]:
    """Merge small parts (under half of ``target`` articles) into parts of up to ``target``.

    Incremental runs add one small part each; without merging, a table would end up as many
    tiny files. Merging reads only the small parts, so it stays bounded by ``target`` articles.
    Nothing is merged while there are at most four small parts.
    """
    small = [p for p in parts if len(p.article_ids) < target // 2]
    if len(small) <= 4:
        return parts
    merged: list[FactPart] = []
    group: list[FactPart] = []
    for part in sorted(small, key=lambda p: p.key):
        if group and sum(len(p.article_ids) for p in group) + len(part.article_ids) > target:
            merged.append(_merge(group, staging))
            group = []
        group.append(part)
    merged.append(_merge(group, staging))
    small_keys = {p.key for p in small}
    return [p for p in parts if p.key not in small_keys] + merged


def _merge(group: list[FactPart], staging: Staging) -> FactPart:
    if len(group) == 1:
        return group[0]
    ids = sorted(a for p in group for a in p.article_ids)
    facts = {t: pl.concat([p.read(t) for p in group], how="vertical") for t in PART_TABLES}
    return spill(staging, ids, facts)


def parts_index(parts: list[FactPart]) -> pl.DataFrame:
    """The ``_parts`` state table; refuses an article listed in two parts."""
    rows = [(p.key, a) for p in parts for a in p.article_ids]
    index = pl.DataFrame(rows, schema=PARTS_SCHEMA, orient="row").sort("part", "article_id")
    twice = index.filter(pl.col("article_id").is_duplicated())
    if twice.height:
        raise RuntimeError(
            f"internal error: articles in more than one part: {twice.head(5).rows()}; "
            "rerun with --full-refresh"
        )
    return index


def write_article_tables(
    parts: list[FactPart],
    staging: Staging,
    *,
    records: pl.DataFrame,
    sources: dict[str, list[str]],
    duplicate_of: dict[str, str | None],
) -> int:
    """Write the ``ARTICLE_TABLES`` of every part; return how many files were rewritten.

    A part of the previous version none of whose articles changed (``sources`` of a regrouped
    article, ``duplicate_of``) is hard-linked, not read; so is every ``_lsh`` part carried over
    (band keys depend on the text only). ``records`` are the stored records of the regrouped
    articles (those in ``sources``), which replace theirs.
    """
    touched = set(sources) | set(duplicate_of)
    written = 0
    for part in parts:
        hit = touched.intersection(part.article_ids)
        for table in ARTICLE_TABLES:
            if part.previous and (table in CARRIED or not hit):
                staging.link_part(table, part.files[table])
                continue
            frame = part.read(table)
            if table == "articles":
                frame = _apply_updates(frame, sources, duplicate_of)
            elif table == "_records" and hit & set(sources):
                regrouped = sorted(hit & set(sources))
                frame = pl.concat(
                    [
                        frame.filter(~pl.col("article_id").is_in(regrouped)),
                        records.filter(pl.col("article_id").is_in(regrouped)).select(frame.columns),
                    ]
                )
            staging.write_part(table, sort_part(frame, table), key=part.key)
            written += 1
    for table in ARTICLE_TABLES:
        if not staging.parts(table):
            staging.write_part(table, _empty_part(table), key="empty")
    return written


def _empty_part(table: str) -> pl.DataFrame:
    from flows.articles import STATE_RECORDS_SCHEMA
    from transforms.catalog import SUMMARY_SCHEMA
    from transforms.dedup import BAND_KEYS_SCHEMA
    from transforms.tables import empty

    if table == "_records":
        return pl.DataFrame(schema=STATE_RECORDS_SCHEMA)
    if table == "_lsh":
        return pl.DataFrame(schema=BAND_KEYS_SCHEMA)
    if table == "_forms":
        return pl.DataFrame(schema=SUMMARY_SCHEMA)
    return empty(table)


def _apply_updates(
    frame: pl.DataFrame, sources: dict[str, list[str]], duplicate_of: dict[str, str | None]
) -> pl.DataFrame:
    ids = frame["article_id"].to_list()
    new_sources = {a: sources[a] for a in ids if a in sources}
    if new_sources:
        m = pl.DataFrame(
            {"article_id": list(new_sources), "_s": list(new_sources.values())},
            schema={"article_id": pl.String, "_s": pl.List(pl.String)},
        )
        frame = (
            frame.join(m, on="article_id", how="left")
            .with_columns(pl.coalesce("_s", "sources").alias("sources"))
            .with_columns(pl.col("sources").list.first().alias("source"))
            .drop("_s")
        )
    new_dup = {a: duplicate_of[a] for a in ids if a in duplicate_of}
    if new_dup:
        m = pl.DataFrame(
            {"article_id": list(new_dup), "_d": list(new_dup.values()), "_has": True},
            schema={"article_id": pl.String, "_d": pl.String, "_has": pl.Boolean},
        )
        frame = (
            frame.join(m, on="article_id", how="left")
            .with_columns(
                pl.when(pl.col("_has"))
                .then(pl.col("_d"))
                .otherwise("duplicate_of")
                .alias("duplicate_of")
            )
            .drop("_d", "_has")
        )
    return frame
