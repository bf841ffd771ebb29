"""Duplicate articles: exact duplicates collapse, near-duplicates are flagged.

- Exact duplicates: records with the same cleaned text become one row whose ``article_id`` is
  the id of the record whose ``source`` sorts first, and whose ``sources`` lists every source
  with that text (sorted).
- Near-duplicates: each distinct text is shingled into word 5-grams (lower-cased ``\\w+`` words;
  a text of fewer than five words is one shingle). Candidate pairs come from MinHash LSH
  (96 hash functions in 16 bands of 6 rows: a pair with Jaccard 0.9 becomes a candidate with
  probability > 0.9999), and every candidate pair is then checked with the EXACT Jaccard of the
  shingle sets. A text whose exact Jaccard with an earlier text (by ``article_id``) is
  ``>= threshold`` gets ``duplicate_of`` = the smallest such ``article_id``.

Everything is keyed on content and ids (fixed seeds, crc32 word hashes, a polynomial hash
of each 5-gram), so the result does not
depend on the input row order or on the Python hash seed.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict

import numpy as np
import polars as pl

SHINGLE_WORDS = 5
BANDS = 16
ROWS = 6
_WORD = re.compile(r"\w+")
_RNG = np.random.default_rng(20231125)
_A = _RNG.integers(1, 2**63, size=BANDS * ROWS, dtype=np.uint64) | np.uint64(1)
_B = _RNG.integers(0, 2**63, size=BANDS * ROWS, dtype=np.uint64)
_P = np.uint64(1_000_003)

DEDUP_SCHEMA = {
    "article_id": pl.String,
    "sources": pl.List(pl.String),
    "duplicate_of": pl.String,
}


def _shingle_array(text: str, cache: dict[str, int]) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word ``SHINGLE_WORDS``-grams of ``text``."""
    words = _WORD.findall(text.casefold())
    ids = np.fromiter(
        (
            cache[w] if w in cache else cache.setdefault(w, zlib.crc32(w.encode("utf-8")))
            for w in words
        ),
        dtype=np.uint64,
        count=len(words),
    )
    n = len(ids)
    if n == 0:
        return ids
    size = min(SHINGLE_WORDS, n)
    hashed = np.zeros(n - size + 1, dtype=np.uint64)
    for k in range(size):  # polynomial rolling hash, wrapping modulo 2**64
        hashed = hashed * _P + ids[k : n - size + 1 + k]
    return np.unique(hashed)


def shingles(text: str) -> set[int]:
    """The set of hashed word 5-grams of ``text`` (deterministic across processes)."""
    return {int(h) for h in _shingle_array(text, {})}


def _signature(shingle_array: np.ndarray) -> np.ndarray:
    hashed = (shingle_array[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    return hashed.min(axis=0)


def jaccard(a: set[int], b: set[int]) -> float:
    """Exact Jaccard similarity of two shingle sets (0 when both are empty)."""
    if not a and not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _jaccard_arrays(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) == 0 and len(b) == 0:
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def near_duplicates(texts: list[str], *, threshold: float = 0.9) -> list[int | None]:
    """For each text, the index of the first earlier text with Jaccard >= threshold, or None."""
    cache: dict[str, int] = {}
    arrays = [_shingle_array(t, cache) for t in texts]
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    candidates: dict[int, set[int]] = defaultdict(set)
    for i, arr in enumerate(arrays):
        if len(arr) == 0:
            continue
        signature = _signature(arr)
        for band in range(BANDS):
            key = (band, signature[band * ROWS : (band + 1) * ROWS].tobytes())
            for j in buckets[key]:
                candidates[i].add(j)
            buckets[key].append(i)
    out: list[int | None] = []
    for i in range(len(texts)):
        match = None
        for j in sorted(candidates.get(i, ())):
            if _jaccard_arrays(arrays[i], arrays[j]) >= threshold:
                match = j
                break
        out.append(match)
    return out


def mark_duplicates(articles: pl.DataFrame, *, threshold: float = 0.9) -> pl.DataFrame:
    """Collapse exact duplicates and flag near-duplicates (see the module docstring).

    ``articles`` has columns article_id, source, text (one row per cleaned record). Returns one
    row per distinct text, sorted by article_id, with columns article_id, sources (sorted list of
    str), duplicate_of (str or null).
    """
    if articles.height == 0:
        return pl.DataFrame(schema=DEDUP_SCHEMA)
    grouped = (
        articles.select("article_id", "source", "text")
        .sort("source", "article_id")
        .group_by("text")
        .agg(
            pl.col("article_id").first(),
            pl.col("source").unique().sort().alias("sources"),
        )
        .sort("article_id")
    )
    ids = grouped["article_id"].to_list()
    matches = near_duplicates(grouped["text"].to_list(), threshold=threshold)
    duplicate_of = [None if m is None else ids[m] for m in matches]
    return (
        grouped.select("article_id", "sources")
        .with_columns(pl.Series("duplicate_of", duplicate_of, dtype=pl.String))
        .cast(DEDUP_SCHEMA)
    )
