"""Parse and extract where the parse happens: the unit of extraction work and its process pool.

``extract_articles`` is the one unit of work: parse a slice of articles with ``nlp.pipe`` (the
model loaded once per process, lazily, under a lock) and run every extractor on the Docs. It
returns only fact rows, so Docs never cross a process boundary. The same function is what the
Prefect ``extract`` task runs in this process or on a Dask worker, and what every process of an
``ExtractPool`` runs for a local run with ``--processes N``.

This module imports neither Prefect nor Great Expectations: a pool worker starts with spaCy and
the extractors only (about 1 s and 150 MB less per worker).
"""

from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import logging
import os
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from queue import Queue
from typing import TYPE_CHECKING, Protocol

import polars as pl

from flows.unit_plan import unit_bounds, unit_size
from flows.units import Supervised, Unit
from transforms.tables import empty, facts_frames

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger("newsfacts")
FACT_TABLES = ("entity_mentions", "quotes", "numbers")
FAILED_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String,
    "reason": pl.String,
    "detail": pl.String,
}
STALL_TIMEOUT = 600.0  # seconds without an article done by any worker (Settings.stall_timeout)
WORKER_PRELOAD = ["flows.extract", "spacy"]  # what the fork server imports once for its workers


class EarlyFacts(Protocol):
    """Articles sent to the workers before the chunks were planned (``flows.stream``)."""

    def split(self, chunk: pl.DataFrame) -> tuple[list[str], pl.DataFrame]: ...

    def facts(
        self, ids: list[str], advance: Callable[[int], None] | None = None
    ) -> list[dict[str, pl.DataFrame]]: ...


def extract_articles(
    articles: pl.DataFrame,
    *,
    model: str,
    batch_size: int,
    advance: Callable[[int], None] | None = None,
    min_population: int | None = None,
) -> dict[str, pl.DataFrame]:
    """Parse ``articles`` (article_id, text, published) once and run every extractor on each Doc.

    Returns the three fact tables' rows (entity ids left to the catalog) and ``"failed"``
    (article_id, reason, detail) for articles whose extraction raised: they are left out and the
    others go on. A text longer than a piece (``transforms.pieces``: at most ``nlp.max_length``
    characters) is parsed as several pieces whose facts are merged with offsets into the whole
    text. ``advance(1)`` is called after each article (progress in the process that runs it).
    """
    from flows.gazetteer import load_countries, load_place_keys, load_places
    from flows.nlp import load_nlp
    from transforms.ingest import rejection_for
    from transforms.pieces import PIECE_CHARS, batch_size_for, merge_facts, split_text
    from transforms.recase import recase_for_parsing

    if articles.is_empty():
        return {t: empty(t) for t in FACT_TABLES} | {"failed": pl.DataFrame(schema=FAILED_SCHEMA)}
    # The model first: the run's warm-up thread (``flows.startup.warm_up``) may be importing
    # spaCy at this moment. ``load_nlp`` waits for that import and load; importing the
    # extractors before it (they import ``spacy.tokens``, whose lock this thread would hold
    # while spaCy's own import waits for it) can deadlock the two imports, and Python then
    # fails both.
    nlp = load_nlp(model)
    from transforms.extract import extract_facts

    places = load_places() if min_population is None else load_places(min_population=min_population)
    countries = load_countries()
    known = load_place_keys()
    ids = articles["article_id"].to_list()
    texts = articles["text"].to_list()
    published = articles["published"].cast(pl.String).to_list()
    size = min(nlp.max_length, PIECE_CHARS)
    plan = [(i, piece) for i, text in enumerate(texts) for piece in split_text(text, size)]
    batch_size = batch_size_for(batch_size, size, split=len(plan) > len(texts))
    items = []
    failed: list[dict] = []
    # Strings and lexemes that spaCy adds while parsing this slice are freed when the zone ends
    # (nothing outside keeps a Doc), so memory does not grow with the corpus.
    with nlp.memory_zone():
        pieces = (recase_for_parsing(texts[i][piece.start : piece.end]) for i, piece in plan)
        docs = parsed_in_background(
            nlp.pipe(pieces, batch_size=batch_size), buffer=max(2 * batch_size, 128)
        )
        parts: list = []
        error: BaseException | None = None
        for (i, piece), doc in zip(plan, docs, strict=True):
            if error is None:
                try:
                    found = extract_facts(  # facts' texts sliced from the piece as written
                        doc,
                        published=published[i],
                        places=places,
                        countries=countries,
                        known=known,
                        text=texts[i][piece.start : piece.end],
                    )
                    parts.append((piece.start, found))
                except (Exception, RecursionError, MemoryError) as exc:  # one article, not the run
                    error = exc
            if piece.end < len(texts[i]):
                continue  # more pieces of this article follow
            if error is None:
                items.append((ids[i], merge_facts(parts)))
            else:
                rejection = rejection_for(f"article {ids[i]}", error, size=len(texts[i]))
                log.warning("extraction failed: %s", rejection.detail)
                failed.append(
                    {"article_id": ids[i], "reason": rejection.reason, "detail": rejection.detail}
                )
            parts, error = [], None
            if advance is not None:
                advance(1)
    facts = facts_frames(items)
    facts["failed"] = pl.DataFrame(failed, schema=FAILED_SCHEMA)
    del items, docs
    trim_heap()
    return facts


def load_worker(model: str, min_population: int | None = None) -> None:
    """Load what ``extract_articles`` reads (the model, the gazetteer) into this process."""
    from flows.gazetteer import load_countries, load_place_keys, load_places
    from flows.nlp import load_nlp

    load_nlp(model)
    if min_population is None:
        load_places()
    else:
        load_places(min_population=min_population)
    load_countries()
    load_place_keys()
    from flows.watchdog import beat

    beat()  # loaded: progress for the watchdog


def trim_heap() -> None:
    """Give freed heap pages back to the OS after a slice.

    glibc keeps the pages a parsed batch used in its arenas, so without this the resident size
    ratchets up slice after slice even though nothing is alive. A no-op where there is no glibc.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def parsed_in_background(docs: Iterator[Doc], *, buffer: int) -> Iterator[Doc]:
    """Iterate ``docs`` in a helper thread, ``buffer`` ahead of the consumer.

    spaCy spends most of its time in matrix code that releases the GIL, so the extractors (pure
    Python) run meanwhile while the next batch is parsed. Exceptions are re-raised here.
    """
    queue: Queue = Queue(maxsize=max(1, buffer))
    done = object()
    failure: list[BaseException] = []

    def produce() -> None:
        try:
            for doc in docs:
                queue.put(doc)
        except BaseException as exc:  # handed to the consumer
            failure.append(exc)
        finally:
            queue.put(done)

    thread = threading.Thread(target=produce, name="newsfacts-parse", daemon=True)
    thread.start()
    while (item := queue.get()) is not done:
        yield item
    thread.join()
    if failure:
        raise failure[0]


def concat_facts(pieces: list[dict[str, pl.DataFrame]]) -> dict[str, pl.DataFrame]:
    """The fact rows of several units as one dict (row order is fixed later, by ``conform``)."""
    return {t: pl.concat([p[t] for p in pieces], how="vertical") for t in (*FACT_TABLES, "failed")}


class ExtractPool(Supervised):
    """Worker processes that each load the model once and run ``extract_articles`` on units.

    Workers come from a fork server (a clean process: no Prefect threads or locks are inherited)
    and start on the first unit, or earlier through ``warm``. Closing the pool stops them. A
    worker that dies or stalls is handled by ``flows.units.Supervised`` (see ``flows.watchdog``).
    """

    def __init__(
        self,
        processes: int,
        *,
        model: str,
        batch_size: int,
        min_population: int | None = None,
        stall_timeout: float = STALL_TIMEOUT,
        work: Callable[..., dict[str, pl.DataFrame]] = extract_articles,
    ) -> None:
        self.processes = processes
        self.min_population = min_population
        self.model = model
        self.batch_size = batch_size
        self.stall_timeout = stall_timeout
        self.work = work  # what a worker runs on a unit (tests: a cheap stand-in)
        self.restarts = 0
        self._executor: ProcessPoolExecutor | None = None
        self._starting: threading.Thread | None = None
        self._beats = self._stacks = None
        self._units: list[Unit] = []  # sent to the current workers, not known to be done
        self._number = 0
        self._progress = time.monotonic()

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            import flows.watchdog as watchdog

            context = watchdog.worker_context(WORKER_PRELOAD)
            self._beats = watchdog.Beats(context, self.processes)
            self._stacks = watchdog.stacks_dir()
            self._progress = time.monotonic()
            self._executor = ProcessPoolExecutor(
                max_workers=self.processes,
                mp_context=context,
                initializer=watchdog.init_worker,
                initargs=(self._beats, self._stacks, watchdog.FAULT, os.getpid()),
            )
        return self._executor

    def warm(self, after: Callable[[], object] | None = None) -> None:
        """Start every worker now and load the model and the gazetteer in each, in the background.

        A run calls this before it ingests and cleans, so the workers' start overlaps that work
        (one core) instead of following it. One job per worker: the executor starts a process for
        each job submitted while none is idle, and a model load keeps each busy long enough.
        The workers are started from a helper thread: starting one waits until the fork server
        has imported spaCy (seconds), which this process spends ingesting instead. ``after``:
        called first in that thread (e.g. wait for the API server to answer, so the workers do
        not slow its start); none is started if it raises.
        """

        def start() -> None:
            with contextlib.suppress(Exception):  # the next submit reports a failure
                if after is not None:
                    after()
                for _ in range(self.processes):
                    self._pool().submit(load_worker, self.model, self.min_population)

        self._starting = threading.Thread(target=start, name="newsfacts-pool-start", daemon=True)
        self._starting.start()

    def ready(self) -> bool:
        """Whether a unit submitted now is queued at once (the workers have been started)."""
        return self._starting is None or not self._starting.is_alive()

    def _started(self) -> None:
        if self._starting is not None:
            self._starting.join()
            self._starting = None

    def submit(self, unit: pl.DataFrame) -> Unit:
        """Run ``extract_articles`` on ``unit`` (article_id, text, published) on a worker."""
        self._started()
        self._number += 1
        return self._send(Unit(self, unit, self._number))

    def map_chunks(
        self,
        chunks: list[pl.DataFrame],
        *,
        chunk_size: int,
        advance: Callable[[int], None] | None = None,
        early: EarlyFacts | None = None,
    ) -> Iterator[dict[str, pl.DataFrame]]:
        """The facts of every chunk, in order; each chunk's units run on all workers.

        ``advance(n)`` is called here as each unit of ``n`` articles comes back. Articles that
        ``early`` sent to the workers before the chunks were known (``flows.stream``) are not
        sent again: their facts are taken from there.

        At most two units per worker wait or run at a time, and at most one more per worker
        is sent while the oldest unit, whose facts come next, still runs (beyond the chunk being
        gathered), so texts and facts in flight stay bounded whatever the corpus size. A unit
        that comes back before the oldest one frees its worker: the next unit is sent then, not
        once the oldest is back (near the end, a worker that finished its small units waited
        idle for the other's last large unit).
        """
        size = unit_size(chunk_size, processes=self.processes, batch_size=self.batch_size)
        # Only the early ids and the number of other articles of every chunk are kept; a chunk's
        # other rows (a filtered copy of its texts) are made when its first unit is sent and
        # dropped once its facts are back, so the texts of the run are not held twice.
        here, heights = [], []
        for chunk in chunks:
            ids, rest = ([], chunk) if early is None else early.split(chunk)
            here.append(ids)
            heights.append(rest.height)
            rest = None
        units = unit_bounds(heights, size, last=self.processes * size, small=self.batch_size)
        rests: dict[int, pl.DataFrame] = {}
        window = 2 * self.processes
        pending: deque[tuple[int, int, Unit]] = deque()
        todo = iter(units)

        def fill() -> None:  # top up the units in flight
            while (
                len(pending) < window + self.processes
                and sum(not f.done() for _, _, f in pending) < window
                and (nxt := next(todo, None)) is not None
            ):
                i, offset, n = nxt
                if i not in rests:
                    rests[i] = chunks[i] if early is None else early.split(chunks[i])[1]
                pending.append((i, n, self.submit(rests[i].slice(offset, n))))

        for i in range(len(chunks)):
            fill()  # before waiting for early units, so no worker idles meanwhile
            pieces = [] if early is None else early.facts(here[i], advance)
            while pending and pending[0][0] == i:
                _, height, future = pending[0]
                while not future.done():  # a later unit done meanwhile frees a worker: refill
                    self.wait_any([f for _, _, f in pending if not f.done()])
                    fill()
                pending.popleft()
                pieces.append(future.result())
                if advance is not None:
                    advance(height)
                fill()
            rests.pop(i, None)
            yield concat_facts(pieces)

    def close(self, *, wait: bool = True) -> None:
        """Stop the workers (``wait=False``: let them exit while this process goes on)."""
        self._started()
        self._units = []
        faulthandler.cancel_dump_traceback_later()  # flows.units: Supervised._arm
        executor, self._executor = self._executor, None
        if executor is not None:
            from flows.watchdog import stop_executor, wait_started

            wait_started(executor, self._beats)  # else a worker still starting prints a trace
            stop_executor(executor, wait=wait)
        if self._stacks is not None:
            shutil.rmtree(self._stacks, ignore_errors=True)
            self._stacks = None

    def __enter__(self) -> ExtractPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
