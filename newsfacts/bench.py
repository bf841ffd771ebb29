"""``newsfacts bench``: bare spaCy ``nlp.pipe`` vs the full pipeline on the same corpus."""

from __future__ import annotations

import resource
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from newsfacts.errors import NewsfactsError


class CorpusNotFound(NewsfactsError, FileNotFoundError):
    """The benchmark corpus has no articles."""


@dataclass
class BenchResult:
    articles: int
    words: int
    spacy_seconds: float
    pipeline_seconds: float  # inside the flow (ingest .. publish)
    pipeline_wall_seconds: float  # the whole flow call, with Prefect's start-up
    noop_seconds: float  # a rerun with nothing changed, inside the flow
    noop_wall_seconds: float
    incremental_articles: int = 0
    incremental_seconds: float = 0.0  # a run after adding new articles, inside the flow
    peak_rss_mb: float = 0.0  # peak resident memory of this process (bare spaCy + pipeline)
    runner: str = "local"

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
                f"incremental run     : {self.incremental_seconds:8.2f} s for "
                f"{self.incremental_articles} new articles"
                f"  ({100 * self.incremental_seconds / self.pipeline_seconds:.1f}% of the full run)",
                f"peak memory         : {self.peak_rss_mb:8.0f} MB (runner {self.runner})",
            ]
        )


def copy_corpus(corpus: Path, dest: Path, *, limit: int | None) -> list[Path]:
    """Copy the first ``limit`` ``.txt`` files (sorted) of ``corpus`` into ``dest``."""
    files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())[: limit or None]
    if not files:
        raise CorpusNotFound(f"no .txt files under {corpus}", path=corpus, hint="pass --corpus DIR")
    for p in files:
        target = dest / p.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(p, target)
    return files


def add_new_articles(raw: Path, *, count: int) -> int:
    """Add ``count`` new articles: copies of existing ones with a new closing paragraph."""
    sources = sorted(raw.rglob("*.txt"))[:count]
    for i, p in enumerate(sources):
        text = p.read_text(encoding="utf-8", errors="replace").rstrip("\n")
        extra = f"\n\nUpdate {i}: the figures above were revised on Friday to {1000 + i} units.\n"
        (raw / f"new-{i:03d}.txt").write_text(text + extra, encoding="utf-8")
    return len(sources)


def run_bench(
    corpus: Path,
    *,
    model: str,
    limit: int | None,
    processes: int,
    batch_size: int,
    work_dir: Path | None = None,
    new_articles: int = 10,
    runner: str = "local",
) -> BenchResult:
    """Time bare spaCy and the full pipeline (same model, processes, batch size, articles)."""
    from flows.nlp import load_nlp
    from flows.scale import run_flow
    from newsfacts.settings import Settings

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

    settings = Settings(
        raw_dir=str(raw),
        out_dir=str(out),
        model=model,
        processes=processes,
        batch_size=batch_size,
        runner=runner,
    )
    started = time.perf_counter()
    full = run_flow(settings.model_copy(update={"full_refresh": True}))
    wall = time.perf_counter() - started
    started = time.perf_counter()
    noop = run_flow(settings)
    noop_wall = time.perf_counter() - started
    added = add_new_articles(raw, count=new_articles)
    incremental = run_flow(settings)
    return BenchResult(
        articles=len(texts),
        words=sum(len(t.split()) for t in texts),
        spacy_seconds=spacy_seconds,
        pipeline_seconds=full["seconds"],
        pipeline_wall_seconds=wall,
        noop_seconds=noop["seconds"],
        noop_wall_seconds=noop_wall,
        incremental_articles=added,
        incremental_seconds=incremental["seconds"],
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        runner=runner,
    )
