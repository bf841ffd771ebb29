"""Validate what is new: parts carried unchanged from a validated version are not checked again."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

import flows.validate_new
from flows.pipeline import newsfacts_flow
from newsfacts.settings import Settings

pytestmark = pytest.mark.usefixtures("prefect_harness")


TABLES = ("articles", "entities", "entity_mentions", "numbers", "quarantine", "quotes")


def validated_parts(out: Path, run_id: str, *, batches: bool = False) -> tuple[int, ...]:
    """How many parts (or GX batches: small parts of a table are checked together, the batch's
    ``part`` is their keys joined by ``+``) of each table (in ``TABLES`` order) a run checked."""
    results = json.loads((out / "_validation" / f"{run_id}.json").read_text())["results"]
    if batches:
        return tuple(len(results.get(table, [])) for table in TABLES)
    return tuple(sum(len(r["part"].split("+")) for r in results.get(t, [])) for t in TABLES)


def test_only_new_parts_are_validated_until_the_suites_change(small_raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    kw = dict(raw_dir=str(small_raw), out_dir=str(out), chunk_size=2)
    first = newsfacts_flow(Settings(**kw))  # three articles: parts of 2 and 1
    assert validated_parts(out, first["run_id"]) == (2, 1, 2, 2, 1, 2)
    # the two parts of each table in one GX batch (far under the rows and bytes of a batch)
    assert validated_parts(out, first["run_id"], batches=True) == (1, 1, 1, 1, 1, 1)
    (small_raw / "delta.txt").write_text("Dog show\n\nA dog won the show, beating 40 others.\n")
    second = newsfacts_flow(Settings(**kw))
    # the new article's part (articles and facts); the two old parts (articles and facts), the
    # catalog (the new article names no entity) and the empty quarantine are carried over
    assert validated_parts(out, second["run_id"]) == (1, 0, 1, 1, 0, 1)
    assert second["validation"] == "passed"
    monkeypatch.setattr(flows.validate_new, "suites_digest", lambda *a: "another suite")
    (small_raw / "epsilon.txt").write_text("Cat show\n\nA cat won the show, beating 12 others.\n")
    third = newsfacts_flow(Settings(**kw))
    assert validated_parts(out, third["run_id"]) == (4, 1, 4, 4, 1, 4)


@pytest.mark.parametrize(
    ("parts", "full"),
    [
        ([(3, 10)], False),  # (rows, characters of each row's text) of each gathered part
        ([(3, 10), (6, 10)], False),
        ([(3, 10), (7, 10)], True),  # 10 rows
        ([(1, 2000)], True),  # one long text: over the bytes
        ([(2, 200), (2, 200)], False),
        ([(2, 200), (2, 200), (2, 200)], True),  # 1,200 characters
    ],
)
def test_a_batch_is_full_at_its_rows_or_its_bytes(parts, full, monkeypatch):
    monkeypatch.setattr(flows.validate_new, "BATCH_ROWS", 10)
    monkeypatch.setattr(flows.validate_new, "BATCH_BYTES", 1000)
    batch = [
        (f"k{i}", pl.DataFrame({"text": ["x" * n] * rows})) for i, (rows, n) in enumerate(parts)
    ]
    assert flows.validate_new._full(batch) is full
