"""``newsfacts bench``: bare spaCy ``nlp.pipe`` vs the full pipeline on the same corpus."""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class BenchResult:
    articles: int
    words: int
    spacy_seconds: float
    pipeline_seconds: float  # inside the flow (ingest .. publish)
    pipeline_wall_seconds: float  # the whole flow call, with Prefect's start-up
    noop_seconds: float  # a rerun with nothing changed, inside the flow
    noop_wall_seconds: float

    def report(self) -> str:
        bare = self.articles / self.spacy_seconds
        full = self.articles / self.pipeline_seconds
        return "\n".join(
            [
                f"corpus: {self.articles} articles, {self.words} words",
                f"bare spaCy nlp.pipe : {self.spacy_seconds:8.1f} s  {bare:7.1f} articles/s",
                f"full pipeline       : {self.pipeline_seconds:8.1f} s  {full:7.1f} articles/s"
                f"  (wall {self.pipeline_wall_seconds:.1f} s with Prefect start-up)",
                f"ratio pipeline/bare : {full / bare:8.3f}",
                f"no-op rerun         : {self.noop_seconds:8.2f} s inside the flow"
                f"  (wall {self.noop_wall_seconds:.1f} s)",
            ]
        )


def copy_corpus(corpus: Path, dest: Path, *, limit: int | None) -> list[Path]:
    """Copy the first ``limit`` ``.txt`` files (sorted) of ``corpus`` into ``dest``."""
    files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())[: limit or None]
    if not files:
        raise FileNotFoundError(f"no .txt files under {corpus}: pass --corpus DIR")
    for p in files:
        target = dest / p.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(p, target)
    return files


def run_bench(
    corpus: Path,
    *,
    model: str,
    limit: int | None,
    processes: int,
    batch_size: int,
    work_dir: Path | None = None,
) -> BenchResult:
    """Time bare spaCy and the full pipeline (same model, processes, batch size, articles)."""
    from flows.nlp import load_nlp
    from flows.pipeline import newsfacts_flow

    base = Path(work_dir or tempfile.mkdtemp(prefix="newsfacts-bench-"))
    raw, out = base / "raw", base / "out"
    files = copy_corpus(corpus, raw, limit=limit)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    nlp = load_nlp(model)
    list(nlp.pipe(texts[:20], batch_size=batch_size))  # warm-up
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
        pass
    spacy_seconds = time.perf_counter() - started

    params = dict(
        raw_dir=str(raw), out_dir=str(out), model=model, processes=processes, batch_size=batch_size
    )
    started = time.perf_counter()
    full = newsfacts_flow(full_refresh=True, **params)
    wall = time.perf_counter() - started
    started = time.perf_counter()
    noop = newsfacts_flow(**params)
    noop_wall = time.perf_counter() - started
    return BenchResult(
        articles=len(texts),
        words=sum(len(t.split()) for t in texts),
        spacy_seconds=spacy_seconds,
        pipeline_seconds=full["seconds"],
        pipeline_wall_seconds=wall,
        noop_seconds=noop["seconds"],
        noop_wall_seconds=noop_wall,
    )
