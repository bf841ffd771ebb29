"""Collapse exact duplicate articles (backbone version; the ingest issue adds near-duplicates)."""

from __future__ import annotations

import polars as pl


def mark_duplicates(articles: pl.DataFrame, *, threshold: float = 0.9) -> pl.DataFrame:
    """One row per distinct ``text``: article_id of the first source, all sources, duplicate_of.

    Input columns: article_id, source, text. Independent of the input row order.
    """
    return (
        articles.sort("source")
        .group_by("text", maintain_order=True)
        .agg(pl.col("article_id").first(), pl.col("source").alias("sources"))
        .select(
            "article_id",
            pl.col("sources").list.sort(),
            pl.lit(None, dtype=pl.String).alias("duplicate_of"),
        )
        .sort("article_id")
    )
