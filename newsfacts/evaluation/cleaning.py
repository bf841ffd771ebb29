"""Run ingest + cleaning over a directory of raw files and print what happened.

Prints: files, articles, titles recognised, paragraphs per article, rejections by reason (all
``not_english`` ones listed, so a person can read what is left), removals by kind (with examples,
so a person can check that no body paragraph was removed), exact duplicates collapsed,
near-duplicates flagged and the time taken.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from pathlib import Path

import polars as pl

from transforms.dedup import mark_duplicates
from transforms.ids import stable_id
from transforms.ingest import ingest_file
from transforms.parse import FORMATS

EXAMPLES_PER_KIND = 6


def main(corpus: Path, *, limit: int | None = None) -> None:
    """Ingest every file under ``corpus`` (recursively, sorted) and print the counts."""
    from flows.langid import load_language_detector

    detect = load_language_detector()
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and not p.name.startswith("."))
    if limit is not None:
        files = files[:limit]
    started, cpu_started = time.perf_counter(), time.process_time()
    rows: list[dict[str, str]] = []
    reasons: Counter[str] = Counter()
    rejected: dict[str, list[str]] = defaultdict(list)
    kinds: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, str]]] = defaultdict(list)
    skipped = titles = paragraphs = 0
    for path in files:
        if path.suffix.lower() not in FORMATS:
            skipped += 1
        source = path.relative_to(corpus).as_posix()
        result = ingest_file(path.read_bytes(), source=source, detect_language=detect)
        for rejection in result.rejections:
            reasons[rejection.reason] += 1
            rejected[rejection.reason].append(f"{rejection.source}: {rejection.detail}")
        for record, article in result.articles:
            titles += article.title is not None
            paragraphs += article.text.count("\n\n") + 1
            rows.append(
                {
                    "article_id": stable_id("article", record.source),
                    "source": record.source,
                    "text": article.text,
                }
            )
            for piece in article.removed:
                kinds[piece.kind] += 1
                if len(examples[piece.kind]) < EXAMPLES_PER_KIND:
                    examples[piece.kind].append((record.source, piece.text))
    ingest_s = time.perf_counter() - started
    ingest_cpu = time.process_time() - cpu_started
    t0, cpu0 = time.perf_counter(), time.process_time()
    frame = pl.DataFrame(
        rows, schema={"article_id": pl.String, "source": pl.String, "text": pl.String}
    )
    deduped = mark_duplicates(frame)
    dedup_s, dedup_cpu = time.perf_counter() - t0, time.process_time() - cpu0
    id_to_source = dict(zip(frame["article_id"], frame["source"], strict=True))
    exact = frame.height - deduped.height
    near = deduped.filter(pl.col("duplicate_of").is_not_null())

    print(f"corpus: {corpus}")
    print(f"files: {len(files)} ({skipped} with an unsupported extension)")
    print(f"articles: {len(rows)} cleaned, {deduped.height} distinct texts")
    print(f"titles recognised: {titles} of {len(rows)}")
    print(f"paragraphs: {paragraphs} ({paragraphs / max(1, len(rows)):.2f} per article)")
    print(f"rejections: {sum(reasons.values())}")
    for reason, n in reasons.most_common():
        print(f"  {reason}: {n}")
        shown = rejected[reason] if reason == "not_english" else rejected[reason][:3]
        for line in shown:
            print(f"    e.g. {line[:240]}")
    print(f"removals: {sum(kinds.values())} in {len(rows)} articles")
    for kind, n in kinds.most_common():
        print(f"  {kind}: {n}")
        for source, text in examples[kind]:
            print(f"    [{source}] {text[:150]!r}")
    print(f"exact duplicates collapsed: {exact}")
    print(f"near-duplicates flagged (Jaccard >= 0.9): {near.height}")
    for row in near.head(EXAMPLES_PER_KIND).iter_rows(named=True):
        print(f"    {row['sources'][0]} ~ {id_to_source[row['duplicate_of']]}")
    per_file = 1000 * ingest_s / max(1, len(files))
    print(
        f"time: ingest+clean {ingest_s:.2f} s wall / {ingest_cpu:.2f} s CPU ({per_file:.1f} ms/file); "
        f"dedup {dedup_s:.2f} s wall / {dedup_cpu:.2f} s CPU"
    )
