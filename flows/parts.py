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

from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

import polars as pl

from flows.storage import Staging, find_part, part_path, write_table
from transforms.ids import stable_id
from transforms.tables import conform

FACT_TABLES = ("entity_mentions", "quotes", "numbers")
PARTS = "_parts"
PARTS_SCHEMA: dict[str, pl.DataType] = {"part": pl.String, "article_id": pl.String}


@dataclass
class FactPart:
    """One part of the fact tables: its key, its articles and where its three files are."""

    key: str
    article_ids: list[str]  # sorted
    files: dict[str, Path]  # fact table -> Parquet file (of the previous version, or spilled)
    previous: bool = False  # files are published parts of the previous version

    def read(self, table: str) -> pl.DataFrame:
        return pl.read_parquet(self.files[table])


def part_key(article_ids: list[str]) -> str:
    """The key of a part: a digest of its sorted article ids."""
    return stable_id("part", *sorted(article_ids))


def spill(staging: Staging, article_ids: list[str], facts: dict[str, pl.DataFrame]) -> FactPart:
    """Write freshly extracted facts of ``article_ids`` to the staging scratch space as a part."""
    ids = sorted(article_ids)
    key = part_key(ids)
    files = {}
    for table in FACT_TABLES:
        path = part_path(staging.work / table, key)
        write_table(conform(facts[table], table), path)
        files[table] = path
    return FactPart(key, ids, files)


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
        files = {t: find_part(version_dir / t, key) for t in FACT_TABLES}
        if len(live) == len(ids):
            out.append(FactPart(key, ids, files, previous=True))
            continue
        facts = {
            t: pl.read_parquet(files[t]).filter(pl.col("article_id").is_in(live))
            for t in FACT_TABLES
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
    facts = {t: pl.concat([p.read(t) for p in group], how="vertical") for t in FACT_TABLES}
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
