"""Derived check columns that let the expectation suites test cross-table invariants.

Great Expectations validates one frame at a time. Invariants that need another table (offsets
pointing at their text, foreign keys) are computed here as boolean columns, which the suites in
``expectations/`` then require to be true.
"""

from __future__ import annotations

import polars as pl

from transforms.contract import ABOUT_SPAN_OK, ARTICLE_OK, SPAN_OK, SPEAKER_SPAN_OK
from transforms.tables import SPAN_TABLES

__all__ = ["ABOUT_SPAN_OK", "ARTICLE_OK", "SPAN_OK", "SPEAKER_SPAN_OK", "with_check_columns"]


def with_check_columns(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Return the tables with their check columns appended (tables without checks unchanged).

    - span tables: ``_span_ok`` (``articles.text[start:end] == text`` and ``0 <= start < end``)
      and ``_article_ok`` (``article_id`` exists in ``articles``);
    - quotes: ``_speaker_span_ok`` (no speaker span, or a non-empty one inside the text);
    - numbers: ``_about_span_ok`` (no ``about``, or ``articles.text[about_start:about_end]``).
    """
    articles = tables["articles"].select(
        "article_id",
        pl.col("text").str.len_chars().alias("_article_len"),
        pl.lit(True).alias(ARTICLE_OK),
    )
    texts = dict(tables["articles"].select("article_id", "text").iter_rows())
    out = dict(tables)
    for name in (t for t in SPAN_TABLES if t in tables):
        frame = tables[name].join(articles, on="article_id", how="left", maintain_order="left")
        checks = [
            (
                pl.col(ARTICLE_OK).fill_null(False)
                & (pl.col("start") >= 0)
                & (pl.col("end") > pl.col("start"))
                & _slice_is(frame, texts, "start", "end", "text")
            )
            .fill_null(False)
            .alias(SPAN_OK),
            pl.col(ARTICLE_OK).fill_null(False),
        ]
        if name == "quotes":
            ok = (pl.col("speaker_start").is_null() & pl.col("speaker_end").is_null()) | (
                (pl.col("speaker_start") >= 0)
                & (pl.col("speaker_end") > pl.col("speaker_start"))
                & (pl.col("speaker_end") <= pl.col("_article_len"))
            )
            checks.append(ok.fill_null(False).alias(SPEAKER_SPAN_OK))
        if name == "numbers":
            ok = (
                pl.col("about").is_null()
                & pl.col("about_start").is_null()
                & pl.col("about_end").is_null()
            ) | (
                (pl.col("about_start") >= 0)
                & (pl.col("about_end") > pl.col("about_start"))
                & _slice_is(frame, texts, "about_start", "about_end", "about")
            )
            checks.append(ok.fill_null(False).alias(ABOUT_SPAN_OK))
        out[name] = frame.with_columns(checks).drop("_article_len")
    return out


def _slice_is(
    frame: pl.DataFrame, texts: dict[str, str], start: str, end: str, column: str
) -> pl.Series:
    """Per row: ``texts[article_id][start:end] == column`` (null where any of them is null).

    Sliced in Python, where a slice costs its length: polars slices a string by characters from
    its beginning, so checking every span of a very long article that way costs spans x length.
    """
    rows = frame.select("article_id", start, end, column).iter_rows()
    return pl.Series(
        [
            None
            if a not in texts or s is None or e is None or t is None
            else texts[a][max(s, 0) : max(e, 0)] == t
            for a, s, e, t in rows
        ],
        dtype=pl.Boolean,
    )
