"""Corpus-wide entity catalog: one row per real-world entity across all articles.

Backbone version: one entity per (label, name). The entities issue adds variant merging.
"""

from __future__ import annotations

import polars as pl

from transforms.ids import stable_id

ENTITIES_SCHEMA = {
    "entity_id": pl.String,
    "name": pl.String,
    "label": pl.String,
    "aliases": pl.List(pl.String),
    "n_mentions": pl.Int64,
    "n_articles": pl.Int64,
}


def build_catalog(mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Cluster mentions into entities.

    ``mentions`` has at least: mention_id, article_id, text, label, name. Returns
    ``(entities, assignment)``: the catalog (``ENTITIES_SCHEMA``, sorted by entity_id) and a frame
    mention_id -> entity_id covering every mention. The result depends only on the set of rows,
    never on their order.
    """
    keyed = mentions.with_columns(
        pl.struct("label", "name")
        .map_elements(lambda r: stable_id("entity", r["label"], r["name"]), return_dtype=pl.String)
        .alias("entity_id")
    )
    entities = (
        keyed.group_by("entity_id")
        .agg(
            pl.col("name").first(),
            pl.col("label").first(),
            pl.col("text").unique().sort().alias("aliases"),
            pl.len().cast(pl.Int64).alias("n_mentions"),
            pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"),
        )
        .select(list(ENTITIES_SCHEMA))
        .cast(ENTITIES_SCHEMA)
        .sort("entity_id")
    )
    return entities, keyed.select("mention_id", "entity_id")
