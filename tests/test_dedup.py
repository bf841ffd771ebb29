"""Duplicates: exact duplicates collapse with all their sources, near-duplicates are flagged."""

from __future__ import annotations

import random
import time

import numpy as np
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.dedup import (
    NUM_PERM,
    SEED,
    _shingle_array,
    jaccard,
    mark_duplicates,
    minhash,
    shingles,
)

WORDS = [
    "council",
    "library",
    "river",
    "bridge",
    "vote",
    "money",
    "plan",
    "mayor",
    "flood",
    "roof",
    "books",
    "year",
    "week",
    "city",
    "school",
    "road",
    "train",
    "budget",
    "report",
    "police",
    "court",
    "judge",
    "market",
    "price",
    "bank",
    "rate",
    "growth",
]


def article(seed: int, n: int = 120) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + ("." if i % 12 == 11 else "") for i in range(n))


def frame(rows: list[tuple[str, str, str]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=["article_id", "source", "text"], orient="row")


A, B, C = article(1), article(2), article(3)
A_NEAR = A.replace(A.split()[60], "zebra", 1)  # one word changed in 120: Jaccard ~0.92


def test_exact_duplicates_collapse_and_near_duplicates_are_flagged() -> None:
    rows = [
        ("id-c", "z/c.txt", C),
        ("id-a2", "b/copy.txt", A),
        ("id-a1", "a/orig.txt", A),
        ("id-b", "m/b.txt", B),
        ("id-x", "y/near.txt", A_NEAR),
    ]
    out = mark_duplicates(frame(rows))
    assert out.to_dicts() == [
        {"article_id": "id-a1", "sources": ["a/orig.txt", "b/copy.txt"], "duplicate_of": None},
        {"article_id": "id-b", "sources": ["m/b.txt"], "duplicate_of": None},
        {"article_id": "id-c", "sources": ["z/c.txt"], "duplicate_of": None},
        {"article_id": "id-x", "sources": ["y/near.txt"], "duplicate_of": "id-a1"},
    ]
    assert out.schema == {
        "article_id": pl.String,
        "sources": pl.List(pl.String),
        "duplicate_of": pl.String,
    }


def test_near_duplicate_points_at_the_earlier_id() -> None:
    out = mark_duplicates(frame([("b", "1.txt", A), ("a", "2.txt", A_NEAR)]))
    assert out.to_dicts() == [
        {"article_id": "a", "sources": ["2.txt"], "duplicate_of": None},
        {"article_id": "b", "sources": ["1.txt"], "duplicate_of": "a"},
    ]


@pytest.mark.parametrize(
    ("threshold", "flagged"),
    [(0.5, True), (0.9, True), (0.99, False)],
)
def test_threshold(threshold: float, flagged: bool) -> None:
    assert 0.9 <= jaccard(shingles(A), shingles(A_NEAR)) < 0.99
    out = mark_duplicates(frame([("a", "1", A), ("b", "2", A_NEAR)]), threshold=threshold)
    assert (out["duplicate_of"][1] == "a") is flagged


def test_different_articles_are_not_flagged() -> None:
    out = mark_duplicates(frame([(f"id{i}", f"s{i}", article(i)) for i in range(50)]))
    assert out["duplicate_of"].null_count() == 50


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", 0), ("one two", 1), ("a b c d e", 1), ("a b c d e f", 2), ("A b, c d e. A B C D E", 5)],
)
def test_shingle_counts(text: str, expected: int) -> None:
    assert len(shingles(text)) == expected


def test_empty_frame() -> None:
    out = mark_duplicates(frame([]))
    assert out.height == 0
    assert out.columns == ["article_id", "sources", "duplicate_of"]


@settings(max_examples=40, deadline=None)
@given(st.permutations(list(range(6))))
def test_result_does_not_depend_on_row_order(order: list[int]) -> None:
    rows = [
        ("id-1", "a.txt", A),
        ("id-2", "b.txt", A),
        ("id-3", "c.txt", A_NEAR),
        ("id-4", "d.txt", B),
        ("id-5", "e.txt", B),
        ("id-6", "f.txt", C),
    ]
    expected = mark_duplicates(frame(rows))
    assert mark_duplicates(frame([rows[i] for i in order])).equals(expected)


def test_fast_enough_for_a_few_thousand_articles() -> None:
    rows = [(f"id{i:05d}", f"s{i}", article(i, 380)) for i in range(2200)]
    rows += [(f"dup{i}", f"d{i}", rows[i][2]) for i in range(0, 200, 2)]
    # CPU time of this process (all its threads), not wall time: other work on a shared machine
    # does not count. Comparing all pairs of 2,300 texts would take minutes.
    started = time.process_time()
    out = mark_duplicates(frame(rows))
    elapsed = time.process_time() - started
    assert out.height == 2200
    assert elapsed < 6.0, f"mark_duplicates took {elapsed:.2f} s of CPU for {len(rows)} rows"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The council voted.",
        "The council voted to repair the old bridge over the river before the flood season.",
        "Money for the school roof was found this week, the mayor said. " * 40,
    ],
)
def test_minhash_is_datasketch_affine64(text: str) -> None:
    from datasketch import MinHash

    arr = _shingle_array(text)
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine64", hashfunc=int)
    m.update_batch(arr.tolist())
    assert minhash(arr).tolist() == m.hashvalues.tolist()


def test_minhash_of_a_long_text_is_datasketch_affine64() -> None:
    """More shingles than one step of the signature takes (the matrix is built in chunks)."""
    from datasketch import MinHash

    arr = np.random.default_rng(7).integers(0, 1 << 63, size=10_000, dtype=np.uint64)
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine64", hashfunc=int)
    m.update_batch(arr.tolist())
    assert minhash(arr).tolist() == m.hashvalues.tolist()
