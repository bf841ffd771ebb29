"""The plan's shingle arrays, stored as views into one block per batch, equal those made one by
one (texts without words, and batch boundaries, included)."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

import flows.articles as articles
from transforms.dedup import _shingle_array

TEXTS = [
    "The council approved the budget on Monday after a long debate.",
    "",
    "Rain.",
    "The mayor delayed the bridge and the bank funded a new bus route this year.",
    "!!! ...",
    "Four words only here",
    "The river authority reviewed the flood plan in March and criticised it.",
]


@pytest.mark.parametrize("batch", [1, 2, 3, 512])
def test_shingle_arrays_equal_one_by_one(monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    monkeypatch.setattr(articles, "KEY_BATCH", batch)
    ids = [f"a{i}" for i in range(len(TEXTS))]
    got = articles._shingle_arrays(ids, pl.Series(TEXTS, dtype=pl.String))
    assert list(got) == ids
    for i, text in zip(ids, TEXTS, strict=True):
        expected = _shingle_array(text)
        assert got[i].dtype == np.uint64
        assert got[i].tolist() == expected.tolist()


def test_shingle_arrays_of_nothing() -> None:
    assert articles._shingle_arrays([], pl.Series([], dtype=pl.String)) == {}
