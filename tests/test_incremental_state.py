"""Incremental state read by need: an added article loads no text of the unchanged ones, and
duplicates found through stored fingerprints equal those of a full refresh."""

from __future__ import annotations

import random
from pathlib import Path

import polars as pl
import pytest

import flows.state
from flows.parts import FactPart
from flows.pipeline import newsfacts_flow
from newsfacts.settings import Settings
from tests.conftest import table_digests

pytestmark = pytest.mark.usefixtures("prefect_harness")

SUBJECTS = ["The council", "The mayor", "A local school", "The river authority", "The bank"]
VERBS = ["approved", "rejected", "delayed", "reviewed", "funded", "criticised"]
OBJECTS = ["the budget", "a new bridge", "the flood plan", "the library roof", "a bus route"]
WHEN = ["on Monday", "last week", "this year", "after a long debate", "in March"]


def story(seed: int, sentences: int = 14) -> str:
    """An invented article of plain sentences (about 110 words)."""
    rng = random.Random(seed)
    body = " ".join(
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(WHEN)}."
        for _ in range(sentences)
    )
    return f"Town news {seed}\n\n{body}\n"


def near(text: str) -> str:
    """The same article with one word of its body changed (Jaccard of 5-grams about 0.93)."""
    return text.replace(" funded ", " vetoed ", 1) if " funded " in text else text + "Fine.\n"


def run(raw: Path, out: Path, **kw) -> dict:
    return newsfacts_flow(Settings(raw_dir=str(raw), out_dir=str(out), chunk_size=2, **kw))


def test_an_added_article_loads_no_text_of_unchanged_articles(small_raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(small_raw, out)
    first = (out / "current").resolve()
    opened = []  # (table, key, from the previous version) of every part file read whole
    read = FactPart.read
    monkeypatch.setattr(
        FactPart,
        "read",
        lambda self, t: opened.append((t, self.key, self.previous)) or read(self, t),
    )
    (small_raw / "delta.txt").write_text("Dog show\n\nA dog won the show, beating 40 others.\n")
    assert run(small_raw, out)["extracted"] == 1
    # neither the catalog nor the linking opened a part of the previous version
    assert opened and not [o for o in opened if o[2]]
    reader = flows.state.last_reader
    assert reader is not None and reader.version_dir == first
    assert reader.texts_loaded() == set()
    # the records state holds no text; the band keys read are only those matching the new text
    assert all("text" not in r.columns for r in reader.reads if r.table == "_records")
    assert {(r.table, r.rows) for r in reader.reads if r.table in ("_records", "_lsh")} == {
        ("_records", 0),
        ("_lsh", 0),
    }
    # the articles table grew by a part: the old parts are the same files, not rewritten
    second = (out / "current").resolve()
    old = sorted(p.name for p in (first / "articles").iterdir())
    new = sorted(p.name for p in (second / "articles").iterdir())
    assert len(new) == len(old) + 1 and set(old) < set(new)
    for name in old:
        assert (second / "articles" / name).stat().st_ino == (
            first / "articles" / name
        ).stat().st_ino


@pytest.mark.slow  # twelve flow runs
def test_duplicates_through_stored_fingerprints_equal_a_full_refresh(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    a, b = story(1), story(2)
    (raw / "a.txt").write_text(a)
    (raw / "b.txt").write_text(b)
    steps = [
        # an exact copy (other bytes, same cleaned text) and a near-duplicate of a
        lambda: ((raw / "a-copy.txt").write_text(a + "\n\n"), (raw / "z.txt").write_text(near(a))),
        # the group's first source leaves: its id moves to the stored record of a.txt, whose
        # text is read from the articles table (by id)
        lambda: (raw / "a-copy.txt").unlink(),
        lambda: (raw / "a.txt").unlink(),  # the near-duplicate's original leaves
        lambda: (raw / "y.txt").write_text(near(b)),  # a near-duplicate of b
        lambda: (raw / "b.txt").write_text(story(3)),  # b changes: y is on its own again
    ]
    run(raw, out)
    flagged = []
    for i, step in enumerate(steps):
        step()
        run(raw, out)
        fresh = tmp_path / f"fresh{i}"
        run(raw, fresh, full_refresh=True)
        assert table_digests(out) == table_digests(fresh), f"step {i}"
        articles = pl.read_parquet(out / "articles")
        flagged.append(articles["duplicate_of"].is_not_null().sum())
    assert flagged == [1, 1, 0, 1, 0]
