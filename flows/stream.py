"""Ingest and clean in growing batches, and send articles to the workers before the plan is made.

The articles a run extracts, their ids and the parts they land in come from the plan over *all*
new records (``flows.articles.plan_articles``: exact groups, ids, what is already published),
so the plan waits for the whole ingest. The workers need not wait: an article's facts depend
only on its id, its text and its date, never on the other articles of its batch or part. So
while this process ingests and cleans, each batch's records that will most likely become new
articles (a text not seen before in this run, a record id not published) are sent to the pool
at once under their record id (``EarlyUnits``). Once the plan is made, the facts of an early
article are used when the plan extracts an article of that id (then the same text and date:
the id is a digest of the raw bytes, and the text and date are cleaned from them), and dropped
otherwise (a wasted parse, e.g. when a later record with the same text becomes its group's
article); the plan's other articles are extracted as before. The parts, ids and tables are
exactly those of a run without early units.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future

import polars as pl

from flows.articles import text_sha256
from flows.extract import ExtractPool
from flows.ingest import RECORDS_SCHEMA, clean, ingest
from flows.plan import RawFile

log = logging.getLogger("newsfacts")
FIRST_BATCH = 32  # files in the first ingest batch; each next batch is twice as large


def batch_sizes(files: int, *, largest: int, first: int = FIRST_BATCH) -> list[int]:
    """Sizes of the ingest batches of ``files`` files: ``first``, then doubling up to ``largest``.

    The first batch is small so the workers get their first articles within a second; later
    batches are as large as before (``chunk_size``) so the number of task runs stays small.
    """
    sizes, size = [], max(1, min(first, largest))
    while files > 0:
        sizes.append(min(size, files))
        files -= sizes[-1]
        size = min(2 * size, largest)
    return sizes


class EarlyUnits:
    """Articles sent to an ``ExtractPool`` while the run still ingests (see the module docstring).

    At most ``window`` early units wait or run at a time; a unit is sent when ``unit`` articles
    wait, or at once (whatever waits) when fewer than ``pool.processes`` units are in flight, so
    no worker idles while this process ingests. Early facts are held until their chunk is
    assembled: at most what the workers parse during the ingest.
    """

    def __init__(self, pool: ExtractPool, *, published: set[str], unit: int, window: int) -> None:
        self.pool = pool
        self.published = published
        self.unit = unit
        self.window = window
        self.futures: list[Future | None] = []
        self._unit: dict[str, int] = {}  # article id -> index of its unit in ``futures``
        self._sent: dict[str, tuple] = {}  # article id -> (text digest, date) it was sent with
        self._wanted: dict[int, set[str]] = {}  # unit -> its articles a chunk still takes
        self._texts: set[str] = set()  # text digests already sent
        self._waiting: list[pl.DataFrame] = []
        self._open = True

    def offer(self, records: pl.DataFrame) -> None:
        """Queue the likely new articles among one batch of cleaned records and send units."""
        if not self._open or records.is_empty():
            return
        rows = []
        for i, (rid, text) in enumerate(zip(records["record_id"], records["text"], strict=True)):
            if rid in self.published or rid in self._unit:
                continue
            digest = text_sha256(text)
            if digest in self._texts:
                continue
            self._texts.add(digest)
            self._unit[rid] = -1  # waiting
            rows.append(i)
        if rows:
            self._waiting.append(
                records[rows].select(
                    pl.col("record_id").alias("article_id"),
                    "text",
                    pl.col("published").str.to_date(strict=False),
                )
            )
        self._send()

    def _in_flight(self) -> int:
        return sum(f is not None and not f.done() for f in self.futures)

    def _send(self) -> None:
        while self._waiting and self.pool.ready():
            waiting = sum(f.height for f in self._waiting)
            in_flight = self._in_flight()
            if in_flight >= self.window or (
                waiting < self.unit and in_flight >= self.pool.processes
            ):
                return
            queued = pl.concat(self._waiting)
            size = self.unit  # or what waits, shared among the idle workers
            if waiting < self.unit:
                size = -(-waiting // max(1, self.pool.processes - in_flight))
            unit, rest = queued.head(size), queued.slice(size)
            self._waiting = [rest] if rest.height else []
            for article_id, text, date in unit.iter_rows():
                self._unit[article_id] = len(self.futures)
                self._sent[article_id] = (text_sha256(text), date)
            self.futures.append(self.pool.submit(unit))

    def close(self) -> None:
        """Send nothing more; articles still waiting are extracted with the plan's chunks."""
        self._open = False
        for frame in self._waiting:
            for article_id in frame["article_id"]:
                del self._unit[article_id]  # never sent
        self._waiting = []
        if self._sent:
            log.info("%d articles sent to the workers while ingesting", len(self._sent))

    def split(self, chunk: pl.DataFrame) -> tuple[list[str], pl.DataFrame]:
        """The ids of the articles of ``chunk`` (article_id, text, published) whose facts are
        here (sent with the same id, text and date), and the rest of ``chunk``."""
        keys = chunk.select("article_id", "text", "published").iter_rows()
        here = [a in self._sent and self._sent[a] == (text_sha256(t), p) for a, t, p in keys]
        ids = chunk.filter(pl.Series(here, dtype=pl.Boolean))["article_id"].to_list()
        for a in ids:
            self._wanted.setdefault(self._unit[a], set()).add(a)
        return ids, chunk.filter(~pl.Series(here, dtype=pl.Boolean))

    def facts(
        self, ids: list[str], advance: Callable[[int], None] | None = None
    ) -> list[dict[str, pl.DataFrame]]:
        """The facts of the early articles ``ids`` (from ``split``; waits for their units).

        A unit's facts are let go once every article of it that ``split`` found is taken (so
        all chunks are split before their facts are taken, as ``ExtractPool.map_chunks`` does).
        """
        wanted = [a for a in ids if a in self._sent]
        units = sorted({self._unit[a] for a in wanted})
        keep = pl.Series(wanted, dtype=pl.String)
        out = []
        for u in units:
            facts = self.futures[u].result()
            out.append({t: f.filter(pl.col("article_id").is_in(keep)) for t, f in facts.items()})
            left = self._wanted.get(u)
            if left is not None:
                left.difference_update(wanted)
                if not left:
                    self.futures[u] = None  # every article of it is taken
        if advance is not None and wanted:
            advance(len(wanted))
        return out


def ingest_and_clean(
    files: list[RawFile], settings, early: EarlyUnits | None = None
) -> tuple[pl.DataFrame, list]:
    """Ingest and clean ``files`` in growing batches (raw bytes of one batch at a time); each
    batch's records are offered to ``early`` as soon as they are cleaned."""
    from flows.process import take

    frames, rejected = [], []
    start = 0
    for size in batch_sizes(len(files), largest=settings.chunk_size):
        raw_records, rejected_raw = ingest(
            files[start : start + size], max_bytes=settings.max_bytes
        )
        start += size
        cleaned = take(clean(raw_records, max_chars=settings.max_chars))
        raw_records.clear()  # see flows.process.take
        frames.append(cleaned["records"])
        rejected += rejected_raw + cleaned["rejected"]
        if early is not None:
            early.offer(cleaned["records"])
    if early is not None:
        early.close()
    records = pl.concat(frames) if frames else pl.DataFrame(schema=RECORDS_SCHEMA)
    return records, rejected
