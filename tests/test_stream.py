"""Articles sent to the workers while ingesting (flows.stream): the chunks' facts are the same."""

from __future__ import annotations

from concurrent.futures import Future

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.articles import plan_articles
from flows.extract import ExtractPool, concat_facts
from flows.ingest import RECORDS_SCHEMA
from flows.state import StateReader
from flows.stream import EarlyUnits, batch_sizes
from transforms.ids import stable_id

CHUNK = 4


@pytest.mark.parametrize(
    ("files", "largest", "expected"),
    [
        (0, 500, []),
        (10, 500, [10]),
        (32, 500, [32]),
        (100, 500, [32, 64, 4]),
        (1000, 500, [32, 64, 128, 256, 500, 20]),
        (2225, 500, [32, 64, 128, 256, 500, 500, 500, 245]),
        (7, 3, [3, 3, 1]),  # never above the chunk size
        (3, 1, [1, 1, 1]),
    ],
)
def test_ingest_batches_grow_from_a_small_first_one(files, largest, expected):
    assert batch_sizes(files, largest=largest) == expected
    assert sum(batch_sizes(files, largest=largest)) == files


def fake_facts(unit: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Facts as a function of each article's id, text and date alone (as extraction is)."""
    rows = [
        {"article_id": a, "text": f"{t}|{p}", "label": "X"}
        for a, t, p in unit.select("article_id", "text", "published").iter_rows()
    ]
    frame = pl.DataFrame(
        rows, schema={"article_id": pl.String, "text": pl.String, "label": pl.String}
    )
    failed = pl.DataFrame(schema={"article_id": pl.String})
    return {"entity_mentions": frame, "quotes": frame, "numbers": frame, "failed": failed}


class InlinePool(ExtractPool):
    """A pool that extracts at once in this process, with ``fake_facts``; counts the articles."""

    def __init__(self, processes: int = 2) -> None:
        super().__init__(processes, model="none", batch_size=1)
        self.extracted: list[str] = []

    def submit(self, unit: pl.DataFrame) -> Future:
        self.extracted += unit["article_id"].to_list()
        future: Future = Future()
        future.set_result(fake_facts(unit))
        return future


def records_frame(rows: list[tuple[str, str, str, str | None]]) -> pl.DataFrame:
    """Cleaned records (source, raw content, text, published) as the clean task makes them."""
    return pl.DataFrame(
        [
            {
                "path": source,
                "source": source,
                "record_id": stable_id("article", content),
                "content_sha256": content,
                "text": text,
                "published": published,
                "removed": [],
            }
            for source, content, text, published in rows
        ],
        schema=RECORDS_SCHEMA,
    )


def canonical(facts: dict[str, pl.DataFrame]) -> dict[str, list]:
    return {t: sorted(f.rows()) for t, f in facts.items()}


# A raw content decides its record's text and date (as cleaning does); several contents share a
# text (an exact-duplicate group whose article is the record of the first source).
CONTENTS = [f"raw{i}" for i in range(12)]
TEXT = {c: f"text {int(c[3:]) % 7}" for c in CONTENTS}
DATE = {c: (None if int(c[3:]) % 3 else f"2024-01-{int(c[3:]) + 1:02d}") for c in CONTENTS}


@settings(max_examples=60, deadline=None)
@given(
    contents=st.lists(st.sampled_from(CONTENTS), min_size=1, max_size=14),
    batches=st.lists(st.integers(1, 5), min_size=1, max_size=14),
    published=st.sets(st.sampled_from(CONTENTS), max_size=3),
)
def test_early_facts_give_the_chunks_of_the_plan(contents, batches, published):
    rows = [(f"s{i:02d}.txt", c, TEXT[c], DATE[c]) for i, c in enumerate(contents)]
    rows = rows[::-1]  # arrival order is not source order
    records = records_frame(rows)
    pool = InlinePool()
    early = EarlyUnits(
        pool,
        published={stable_id("article", c) for c in published},
        unit=3,
        window=2,
    )
    start = 0
    for size in batches * len(rows):
        if start >= len(rows):
            break
        early.offer(records.slice(start, size))
        start += size
    early.close()

    delta = plan_articles(
        StateReader(None),
        records,
        set(),
        gone_paths=[],
        forced_paths=[],
        version="v",
    )
    todo = delta.new.select("article_id", "text", "published")
    chunks = [todo.slice(o, CHUNK) for o in range(0, todo.height, CHUNK)]
    streamed = list(pool.map_chunks(chunks, chunk_size=CHUNK, early=early))
    direct = [fake_facts(chunk) for chunk in chunks]
    assert [canonical(s) for s in streamed] == [canonical(d) for d in direct]
    # every article of the plan parsed once, unless its early parse was wasted
    assert set(todo["article_id"]) <= set(pool.extracted)
    assert len(pool.extracted) == len(set(pool.extracted))
    # the facts of every early unit the chunks took from are let go once taken
    assert [early.futures[u] for u in early._wanted] == [None] * len(early._wanted)


def test_published_and_repeated_texts_are_not_sent_early():
    pool = InlinePool()
    early = EarlyUnits(pool, published={stable_id("article", "raw1")}, unit=2, window=4)
    early.offer(
        records_frame(
            [
                ("a.txt", "raw0", "one", None),
                ("b.txt", "raw1", "two", None),  # published already
                ("c.txt", "raw2", "one", None),  # the text of a.txt
                ("d.txt", "raw3", "three", "2024-02-01"),
                ("e.txt", "raw4", "four", None),
            ]
        )
    )
    early.close()
    assert sorted(pool.extracted) == sorted(
        stable_id("article", c) for c in ("raw0", "raw3", "raw4")
    )
    chunk = pl.DataFrame(
        {
            "article_id": [stable_id("article", c) for c in ("raw3", "raw4", "raw5")],
            "text": ["three", "four (another text)", "five"],
            "published": ["2024-02-01", None, None],
        }
    ).with_columns(pl.col("published").str.to_date())
    ids, rest = early.split(chunk)
    assert ids == [stable_id("article", "raw3")]  # raw4 was sent with another text: not used
    assert rest["text"].to_list() == ["four (another text)", "five"]
    facts = concat_facts(early.facts(ids))
    assert facts["quotes"]["text"].to_list() == ["three|2024-02-01"]
