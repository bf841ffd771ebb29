"""Articles of a run: exact groups and near-duplicates from stored fingerprints, read by need.

The state of the previous version is read by column and predicate (``flows.state``), never
whole:

- ``_records`` (one row per cleaned record, *without* its text: metadata, ``text_sha256`` and the
  ``article_id`` of its group) is read only for the paths that changed or left and for the texts
  those and the new records have;
- ``_lsh`` (16 MinHash band keys per article, ``transforms.dedup``) is searched with the new
  texts' band keys (a semi-join), so near-duplicate candidates come from an index;
- ``articles`` is read for the text of a candidate (exact Jaccard check), of an article whose
  id moves to another record of its group, and for ``duplicate_of`` of articles whose
  near-duplicate left. An incremental run that adds unrelated articles loads no text at all.

The result says which articles are new (to extract), which leave, and which kept articles get
another ``sources`` or ``duplicate_of``; ``flows.parts`` writes them part by part.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from flows.ingest import RECORDS_SCHEMA
from flows.state import NOTHING, StateReader, among
from transforms.dedup import (
    BAND_KEYS_SCHEMA,
    _shingle_array,
    band_key_rows,
    first_duplicate,
    verified,
)
from transforms.tables import SCHEMAS

RECORDS = "_records"
LSH = "_lsh"
KEY_BATCH = 512  # new texts whose band key rows are made at a time
STATE_RECORDS_SCHEMA: dict[str, pl.DataType] = {
    **{k: v for k, v in RECORDS_SCHEMA.items() if k != "text"},
    "text_sha256": pl.String,
    "article_id": pl.String,
}


@dataclass
class ArticlesDelta:
    """What a run changes in the articles (computed from the new records and stored state)."""

    new: pl.DataFrame  # rows (articles schema, with text) of the articles to extract
    records: pl.DataFrame  # state records of every affected text group (STATE_RECORDS_SCHEMA)
    band_keys: pl.DataFrame  # BAND_KEYS_SCHEMA rows of the new articles
    removed: set[str] = field(default_factory=set)  # article ids leaving the tables
    sources: dict[str, list[str]] = field(default_factory=dict)  # kept article -> its sources
    duplicate_of: dict[str, str | None] = field(default_factory=dict)  # kept article -> new value

    @property
    def touched(self) -> set[str]:
        """Kept articles whose row or records change (their parts are rewritten)."""
        return set(self.sources) | set(self.duplicate_of)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def plan_articles(
    reader: StateReader,
    new_records: pl.DataFrame,
    published: set[str],
    *,
    gone_paths: list[str],
    forced_paths: list[str],
    version: str,
) -> ArticlesDelta:
    """The articles a run adds, removes and updates.

    ``new_records`` are this run's cleaned records (with text; let go once the new articles'
    rows are made, if the caller holds no other reference), ``published`` the article ids of
    the previous version, ``gone_paths`` the raw files changed or removed since (their stored
    records are replaced or dropped), ``forced_paths`` those reprocessed by ``--only``.
    """
    new_records = new_records.with_columns(
        pl.col("text").map_elements(text_sha256, return_dtype=pl.String).alias("text_sha256")
    )
    gone = reader.read(
        RECORDS,
        ["path", "article_id", "text_sha256"],
        among("path", gone_paths),
        schema=STATE_RECORDS_SCHEMA,
    )
    affected = set(new_records["text_sha256"].to_list()) | set(gone["text_sha256"].to_list())
    where = among("text_sha256", affected)
    if where is not NOTHING and gone_paths:
        where = where & ~pl.col("path").is_in(gone_paths)
    stored = reader.read(RECORDS, list(STATE_RECORDS_SCHEMA), where, schema=STATE_RECORDS_SCHEMA)
    old_id = dict(
        zip(
            [*gone["text_sha256"].to_list(), *stored["text_sha256"].to_list()],
            [*gone["article_id"].to_list(), *stored["article_id"].to_list()],
            strict=True,
        )
    )
    records = pl.concat(
        [
            stored.drop("article_id"),
            new_records.select(list(STATE_RECORDS_SCHEMA)[:-1]).cast(
                {k: v for k, v in STATE_RECORDS_SCHEMA.items() if k != "article_id"}
            ),
        ]
    ).sort("source", "record_id")
    _refuse_split_records(records)
    groups = records.group_by("text_sha256", maintain_order=True).agg(
        pl.col("record_id").first().alias("article_id"),
        pl.col("source").unique().sort().alias("sources"),
    )
    records = records.join(
        groups.select("text_sha256", "article_id"), on="text_sha256", maintain_order="left"
    )
    group_ids = set(groups["article_id"].to_list())
    forced = set(records.filter(pl.col("path").is_in(forced_paths))["article_id"].to_list())
    removed = (set(old_id.values()) - group_ids) | (forced & published)
    todo = (group_ids - published) | forced
    live = (published - removed) | todo

    new = _new_rows(reader, groups, records, new_records, old_id, todo, version)
    # the new rows hold their own texts: the records' go before the shingles are made, when the
    # caller passed its only reference (the plan's peak is then one copy of the texts, not two)
    del new_records
    arrays = _shingle_arrays(new["article_id"].to_list(), new["text"])
    keys = _band_key_rows(arrays)

    delta = ArticlesDelta(new=new, records=records, band_keys=keys, removed=removed)
    kept = group_ids - todo
    sources = groups.filter(pl.col("article_id").is_in(kept))
    delta.sources = dict(zip(sources["article_id"], sources["sources"].to_list(), strict=True))
    _near_duplicates(reader, delta, arrays, keys, live)
    return delta


def _shingle_arrays(ids: list[str], texts: pl.Series) -> dict[str, np.ndarray]:
    """``_shingle_array`` of every text, by id, as views into one block per ``KEY_BATCH`` texts.

    The arrays live to the end of the plan. Made one by one, each lands between the freed
    temporaries of the texts shingled before it, and glibc's heap keeps those holes (at the
    bench's x4 about 17 MB beside 27 MB of arrays); copied into a block per batch, the freed
    arrays of a batch leave one hole that the next batch fills."""
    out: dict[str, np.ndarray] = {}
    for start in range(0, len(ids), KEY_BATCH):
        batch = [_shingle_array(t) for t in texts.slice(start, KEY_BATCH)]
        block = np.concatenate(batch)
        ends = np.cumsum([len(a) for a in batch]).tolist()
        del batch
        for a, begin, end in zip(
            ids[start : start + KEY_BATCH], [0, *ends[:-1]], ends, strict=True
        ):
            out[a] = block[begin:end]
    return out


def _band_key_rows(arrays: dict[str, np.ndarray]) -> pl.DataFrame:
    """``band_key_rows`` of ``arrays``, ``KEY_BATCH`` texts at a time: the same rows, without a
    Python tuple per key of every new text at once (142,000 of them at the bench's x4)."""
    ids = list(arrays)
    frames = [
        band_key_rows(ids[i : i + KEY_BATCH], [arrays[a] for a in ids[i : i + KEY_BATCH]])
        for i in range(0, len(ids), KEY_BATCH)
    ]
    return pl.concat(frames).rechunk() if frames else band_key_rows([], [])


def _refuse_split_records(records: pl.DataFrame) -> None:
    twice = records.group_by("record_id").agg(pl.col("text_sha256").n_unique().alias("n"))
    bad = twice.filter(pl.col("n") > 1)["record_id"]
    if bad.len():
        raise RuntimeError(
            f"internal error: article ids {bad.head(5).to_list()} name two different texts; "
            "rerun with --full-refresh and report this"
        )


def _new_rows(
    reader: StateReader,
    groups: pl.DataFrame,
    records: pl.DataFrame,
    new_records: pl.DataFrame,
    old_id: dict[str, str],
    todo: set[str],
    version: str,
) -> pl.DataFrame:
    """Article rows (with their text) of the articles to extract.

    The texts are gathered once, in the rows' final order: the join and the sort move row
    numbers, not texts (a copy of every new text for each, at the plan's peak)."""
    todo_groups = groups.filter(pl.col("article_id").is_in(todo))
    texts = new_records["text"]
    firsts = new_records.select("text_sha256").with_row_index("_row").unique("text_sha256")
    missing = set(todo_groups["text_sha256"].to_list()) - set(firsts["text_sha256"].to_list())
    if missing:  # the group's article moved to a stored record: its text is the old article's
        old = reader.read(
            "articles", ["article_id", "text"], among("article_id", [old_id[t] for t in missing])
        )
        sha = {old_id[t]: t for t in missing}
        firsts = pl.concat(
            [
                firsts,
                old.select(pl.col("article_id").replace_strict(sha).alias("text_sha256"))
                .with_row_index("_row", offset=texts.len())
                .select(firsts.columns),
            ]
        )
        texts = pl.concat([texts, old["text"]], rechunk=False)
    meta = records.filter(pl.col("record_id") == pl.col("article_id")).unique(
        "article_id", keep="first", maintain_order=True
    )
    rows = (
        todo_groups.join(
            meta.drop("article_id", "text_sha256"), left_on="article_id", right_on="record_id"
        )
        .join(firsts, on="text_sha256")
        .sort("article_id")
    )
    text = texts.gather(rows["_row"])
    rows = rows.drop("_row").with_columns(
        text.alias("text"),
        pl.col("sources").list.first().alias("source"),
        pl.col("published").str.to_date(strict=False),
        text.str.count_matches(r"\S+").cast(pl.Int64).alias("n_words"),
        pl.lit(version).alias("pipeline_version"),
        pl.lit(None, pl.String).alias("duplicate_of"),
    )
    schema = SCHEMAS["articles"]
    return rows.select(list(schema)).cast(schema)


def _candidate_pairs(query: pl.DataFrame, index: pl.DataFrame) -> set[tuple[str, str]]:
    """Pairs ``(a, b)``, ``a < b``, of a query article and an indexed one sharing a band key.

    Joined one band at a time: every band two near-duplicates share is a hit, so the hits of all
    bands at once are many times the pairs (at the bench's x4, where each article has three
    copies, about 570,000 hits for 13,000 pairs)."""
    pairs: set[tuple[str, str]] = set()
    for band in sorted(set(query["band"].to_list())):
        hits = query.filter(pl.col("band") == band).join(
            index.filter(pl.col("band") == band), on=["band", "key"], suffix="_other"
        )
        pairs.update(
            (min(a, b), max(a, b))
            for a, b in hits.select("article_id", "article_id_other").iter_rows()
            if a != b
        )
    return pairs


def _near_duplicates(
    reader: StateReader,
    delta: ArticlesDelta,
    arrays: dict,
    keys: pl.DataFrame,
    live: set[str],
) -> None:
    """Set ``duplicate_of`` of the new articles and of the kept ones it changes for."""
    new_ids = set(arrays)
    # kept articles whose near-duplicate left: their partners are searched again
    orphans = reader.read(
        "articles", ["article_id", "duplicate_of"], among("duplicate_of", delta.removed)
    ).filter(pl.col("article_id").is_in(live - new_ids))
    orphan_ids = set(orphans["article_id"].to_list())
    orphan_keys = reader.read(LSH, list(BAND_KEYS_SCHEMA), among("article_id", orphan_ids))
    query = pl.concat([keys, orphan_keys.cast(BAND_KEYS_SCHEMA)])
    stored = reader.read(
        LSH,
        list(BAND_KEYS_SCHEMA),
        None if query.height else NOTHING,
        semi=(query, ["band", "key"]) if query.height else None,
    ).cast(BAND_KEYS_SCHEMA)
    index = pl.concat([stored, keys]).filter(pl.col("article_id").is_in(live)).unique()
    # the new articles' keys are in both: this also pairs new with new
    pairs = _candidate_pairs(query, index)
    needed = {x for p in pairs for x in p} - set(arrays)
    old_texts = reader.read("articles", ["article_id", "text"], among("article_id", needed))
    arrays = {
        **arrays,
        **{a: _shingle_array(t) for a, t in old_texts.iter_rows()},
    }
    partners: dict[str, set[str]] = {}
    for a, b in verified(pairs, arrays):
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    dup = {a: first_duplicate(a, partners.get(a, ())) for a in new_ids}
    delta.new = delta.new.with_columns(
        pl.col("article_id").replace_strict(dup, return_dtype=pl.String).alias("duplicate_of")
    )
    for a in orphan_ids:
        delta.duplicate_of[a] = first_duplicate(a, partners.get(a, ()))
    # kept articles that gained an earlier near-duplicate among the new ones
    gained = {
        a: first_duplicate(a, partners[a] & new_ids) for a in set(partners) - new_ids - orphan_ids
    }
    gained = {a: d for a, d in gained.items() if d is not None}
    current = reader.read("articles", ["article_id", "duplicate_of"], among("article_id", gained))
    for a, cur in current.iter_rows():
        best = gained[a] if cur is None else min(cur, gained[a])
        if best != cur:
            delta.duplicate_of[a] = best
