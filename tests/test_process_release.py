"""What the run lets go of once ``assemble`` has written it (flows.process.release_written)."""

from __future__ import annotations

import polars as pl
import pytest

from flows.articles import STATE_RECORDS_SCHEMA, ArticlesDelta
from flows.process import release_written
from transforms.dedup import BAND_KEYS_SCHEMA
from transforms.tables import SCHEMAS


def _frame(schema: dict, rows: int) -> pl.DataFrame:
    """``rows`` rows of ``schema`` (every value null): only heights and schemas are checked."""
    return pl.DataFrame({c: [None] * rows for c in schema}, schema=schema)


@pytest.mark.parametrize(
    ("sources", "duplicate_of", "touched"),
    [
        ({}, {}, set()),
        ({"a1": ["x.txt", "y.txt"]}, {"a2": None}, {"a1", "a2"}),
    ],
)
def test_written_frames_are_emptied_in_place_and_touched_is_kept(sources, duplicate_of, touched):
    delta = ArticlesDelta(
        new=_frame(SCHEMAS["articles"], 3).drop("text"),
        records=_frame(STATE_RECORDS_SCHEMA, 4),
        band_keys=_frame(BAND_KEYS_SCHEMA, 5),
        removed={"a9"},
        sources=sources,
        duplicate_of=duplicate_of,
    )
    schemas = (delta.new.schema, delta.records.schema, delta.band_keys.schema)
    state = {"_manifest": _frame({"path": pl.String}, 2)}
    held = delta  # what Prefect keeps of the task's parameters: the same object

    new = release_written(delta, state)

    assert (held.new.height, held.records.height, held.band_keys.height, state) == (0, 0, 0, {})
    assert (held.new.schema, held.records.schema, held.band_keys.schema) == schemas
    assert new is held.new
    assert (held.touched, held.removed) == (touched, {"a9"})
