"""Our side of ``newsfacts eval quotes``: each gold document cleaned, parsed and extracted as a run
would, with our quotes mapped back to the gold text's offsets, and the time each step took."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsfacts.evaluation.quotes import GoldDoc, PredQuote

if TYPE_CHECKING:
    from spacy.tokens import Doc


def predict(
    gold_docs: Sequence[GoldDoc], *, model: str, doc_cache: Path | None = None
) -> tuple[list[list[PredQuote]], dict]:
    """Clean, parse and extract every document; our quotes mapped to gold offsets, and timings.

    With ``doc_cache`` (a directory) parsed Docs are reused from it; parse time is then not
    measured (``timing["parse"]`` is None)."""
    from flows.nlp import load_nlp, model_key, pipeline_key
    from transforms.recase import recase_for_parsing

    cleaned = clean_texts(gold_docs)
    # parsed as a run parses them: an ALL-CAPS title recased (same length, same offsets)
    recased = [recase_for_parsing(t) for t in cleaned]
    if doc_cache is None:
        return predict_parsed(gold_docs, cleaned, load_nlp(model).pipe(recased))
    from newsfacts.evaluation.doc_cache import cached_docs

    docs, parsed = cached_docs(
        recased,
        model=model,
        cache_dir=doc_cache,
        load=load_nlp,
        pipeline_key=pipeline_key,
        model_key=model_key,
    )
    print(f"doc cache {doc_cache}: {len(docs) - parsed} reused, {parsed} parsed")
    preds, timing = predict_parsed(gold_docs, cleaned, docs)
    timing["parse"] = None
    return preds, timing


def clean_texts(gold_docs: Sequence[GoldDoc]) -> list[str]:
    """Each gold document's text through the project's cleaning ("" when rejected)."""
    from transforms.clean import clean_record
    from transforms.ids import sha256_hex
    from transforms.types import RawRecord, Rejection

    cleaned: list[str] = []
    for d in gold_docs:
        rec = RawRecord(
            source=d.doc_id,
            content_sha256=sha256_hex(d.text.encode("utf-8")),
            body=d.text,
            fmt="txt",
        )
        art = clean_record(rec)
        cleaned.append("" if isinstance(art, Rejection) else art.text)
    return cleaned


def predict_parsed(
    gold_docs: Sequence[GoldDoc], cleaned: Sequence[str], docs: Iterable[Doc]
) -> tuple[list[list[PredQuote]], dict]:
    """Our quotes of already parsed ``docs`` (of the ``cleaned`` texts) at gold offsets, and
    timings (parse time is the time spent waiting for the next Doc)."""
    from newsfacts.evaluation.align import OffsetMap
    from transforms.entities import extract_mentions
    from transforms.quotes import extract_quotes

    timing = {"parse": 0.0, "mentions": 0.0, "quotes": 0.0, "docs": len(gold_docs)}
    out: list[list[PredQuote]] = []
    t0 = time.perf_counter()
    for d, text, doc in zip(gold_docs, cleaned, docs, strict=True):
        t1 = time.perf_counter()
        timing["parse"] += t1 - t0
        mentions = extract_mentions(doc)
        t2 = time.perf_counter()
        quotes = extract_quotes(doc, mentions=mentions)
        t3 = time.perf_counter()
        timing["mentions"] += t2 - t1
        timing["quotes"] += t3 - t2
        omap = OffsetMap(text, d.text)
        preds = []
        for q in quotes:
            span = omap.span(q.start, q.end)
            if span is None:
                continue
            spk: tuple[int, int] | None = None
            if q.speaker_start is not None and q.speaker_end is not None:
                spk = omap.span(q.speaker_start, q.speaker_end)
            preds.append(
                PredQuote(
                    span[0],
                    span[1],
                    q.kind,
                    q.speaker,
                    spk[0] if spk else None,
                    spk[1] if spk else None,
                    text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
                    q.cue,
                )
            )
        out.append(preds)
        t0 = time.perf_counter()
    return out, timing
