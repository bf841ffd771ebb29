"""Duplicate articles: exact duplicates collapse, near-duplicates are flagged.

- Exact duplicates: records with the same cleaned text become one row whose ``article_id`` is
  the id of the record whose ``source`` sorts first, and whose ``sources`` lists every source
  with that text (sorted).
- Near-duplicates: each distinct text is shingled into word 5-grams (lower-cased ``\\w+`` words;
  a text of fewer than five words is one shingle). Each text gets a MinHash signature
  (``datasketch``'s ``affine64`` scheme, 96 permutations, fixed seed; computed here with numpy,
  bit for bit the same, so that a run imports neither ``datasketch`` nor the ``scipy.integrate``
  its package import pulls in) and 16 *band keys* (one per band of 6 rows:
  a pair with Jaccard 0.9 shares a band, and so becomes a candidate, with probability
  > 0.9999). Candidates come from an LSH index (``datasketch.MinHashLSH`` in memory for the
  texts at hand; the same band keys stored as state for the texts of earlier runs), and every
  candidate pair is then checked with the EXACT Jaccard of the shingle sets. A text whose exact
  Jaccard with a text of a smaller ``article_id`` is ``>= threshold`` gets ``duplicate_of`` =
  the smallest such ``article_id``.

So ``duplicate_of`` is a function of the set of verified pairs and the ids, never of the order
in which texts arrived: an incremental run (new texts against stored band keys) gives what a
full run gives. Everything is keyed on content and ids (fixed seeds, crc32 word hashes, a
polynomial hash of each 5-gram, blake2b band keys), so results do not depend on the row order
or on the Python hash seed.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable

import numpy as np
import polars as pl

SHINGLE_WORDS = 5
BANDS = 16
ROWS = 6
NUM_PERM = BANDS * ROWS
SEED = 20231125
THRESHOLD = 0.9
_WORD = re.compile(r"\w+")
_P = np.uint64(1_000_003)
_EMPTY = np.uint64((1 << 64) - 1)
_CHUNK = 4096  # shingles per step of the signature: 4096 x NUM_PERM x 8 bytes = 3 MB


def _permutations(seed: int = SEED, num_perm: int = NUM_PERM) -> tuple[np.ndarray, np.ndarray]:
    """``datasketch.MinHash``'s affine64 permutations ``h -> a*h + b`` mod 2**64 (``a`` odd)."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 63, num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = gen.randint(0, 1 << 64, num_perm, dtype=np.uint64)
    return a, b


_A, _B = _permutations()

DEDUP_SCHEMA = {
    "article_id": pl.String,
    "sources": pl.List(pl.String),
    "duplicate_of": pl.String,
}
BAND_KEYS_SCHEMA = {"article_id": pl.String, "band": pl.Int8, "key": pl.Int64}


def _shingle_array(text: str, cache: dict[str, int] | None = None) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word ``SHINGLE_WORDS``-grams of ``text``."""
    cache = {} if cache is None else cache
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
    return {int(h) for h in _shingle_array(text)}


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer (``datasketch``'s pre-mix of the input hashes)."""
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def minhash(shingle_array: np.ndarray) -> np.ndarray:
    """The MinHash signature of a shingle set: the ``hashvalues`` of ``datasketch.MinHash(
    num_perm=NUM_PERM, seed=SEED, scheme="affine64", hashfunc=int)`` updated with the set."""
    out = np.full(NUM_PERM, _EMPTY, dtype=np.uint64)
    h = _fmix64(np.asarray(shingle_array, dtype=np.uint64).reshape(-1, 1))
    for start in range(0, len(h), _CHUNK):  # a bounded matrix, whatever the text's length
        np.minimum(out, (h[start : start + _CHUNK] * _A + _B).min(axis=0), out=out)
    return out


def band_keys(values: np.ndarray) -> list[int]:
    """One signed 64-bit key per LSH band (rows ``band*ROWS`` to ``(band+1)*ROWS``)."""
    return [
        int.from_bytes(
            hashlib.blake2b(values[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8).digest(),
            "little",
            signed=True,
        )
        for b in range(BANDS)
    ]


def band_key_rows(ids: list[str], arrays: list[np.ndarray]) -> pl.DataFrame:
    """``BAND_KEYS_SCHEMA`` rows of texts (a text without words has no keys: never a candidate)."""
    rows = [
        (i, b, k)
        for i, arr in zip(ids, arrays, strict=True)
        if len(arr)
        for b, k in enumerate(band_keys(minhash(arr)))
    ]
    return pl.DataFrame(rows, schema=BAND_KEYS_SCHEMA, orient="row")


def jaccard(a: set[int], b: set[int]) -> float:
    """Exact Jaccard similarity of two shingle sets (0 when both are empty)."""
    if not a and not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def jaccard_arrays(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique shingle arrays."""
    if len(a) == 0 and len(b) == 0:
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def candidate_pairs(ids: list[str], arrays: list[np.ndarray]) -> set[tuple[str, str]]:
    """Pairs ``(a, b)``, ``a < b``, of texts sharing an LSH band (``datasketch.MinHashLSH``)."""
    from datasketch import MinHash, MinHashLSH  # imported here: a run never builds this index

    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    permutations = np.array([_A, _B])
    pairs: set[tuple[str, str]] = set()
    for i, arr in sorted(zip(ids, arrays, strict=True), key=lambda p: p[0]):
        if not len(arr):
            continue
        m = MinHash(
            seed=SEED, hashvalues=minhash(arr), permutations=permutations, scheme="affine64"
        )
        for j in lsh.query(m):
            pairs.add((min(i, j), max(i, j)))
        lsh.insert(i, m)
    return pairs


def verified(
    pairs: Iterable[tuple[str, str]], arrays: dict[str, np.ndarray], threshold: float = THRESHOLD
) -> set[tuple[str, str]]:
    """The pairs whose exact Jaccard is at least ``threshold``."""
    return {
        (a, b) for a, b in pairs if jaccard_arrays(arrays[a], arrays[b]) >= threshold and a != b
    }


def first_duplicate(article_id: str, partners: Iterable[str]) -> str | None:
    """``duplicate_of`` of an article: its smallest near-duplicate partner below its own id."""
    earlier = [p for p in partners if p < article_id]
    return min(earlier) if earlier else None


def near_duplicates(texts: list[str], *, threshold: float = THRESHOLD) -> list[int | None]:
    """For each text, the index of the first earlier text with Jaccard >= threshold, or None."""
    ids = [f"{i:012d}" for i in range(len(texts))]
    cache: dict[str, int] = {}
    arrays = {i: _shingle_array(t, cache) for i, t in zip(ids, texts, strict=True)}
    pairs = verified(candidate_pairs(ids, list(arrays.values())), arrays, threshold)
    partners: dict[str, list[str]] = {}
    for a, b in pairs:
        partners.setdefault(b, []).append(a)
    out: list[int | None] = []
    for i in ids:
        match = first_duplicate(i, partners.get(i, ()))
        out.append(None if match is None else int(match))
    return out


def mark_duplicates(articles: pl.DataFrame, *, threshold: float = THRESHOLD) -> pl.DataFrame:
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
