"""`newsfacts eval quotes --gold PATH`: score the quotes extractor against a gold JSONL file.

Gold format: ``shared/gold/README-quotes.md`` (PolNeAR-derived; gold spans include the marks, the
gold speaker is the source mention as written). Each document's text goes through the project's
own cleaning, parsing, mention and quote extraction; predicted offsets are mapped back to the gold
text with :class:`~newsfacts.evaluation.align.OffsetMap`.

Scoring (pure functions, :func:`score_quotes`):

- target gold = records whose ``kind`` is in ``gold_kinds`` (default ``direct``);
- counted predictions = ours whose kind is in ``pred_kinds`` (default ``direct``; the command also
  prints ``direct+partial``);
- **exact**: both spans trimmed of white space, quotation marks and edge punctuation are equal;
- **overlap**: the spans share at least one character;
- a prediction that overlaps no target gold but overlaps non-target gold (e.g. the quoted part
  of a "mixed" record) is ignored, neither true nor false positive;
- **speaker accuracy** is computed on target gold records with a gold speaker that have an
  overlapping prediction (the one with the largest overlap): *strict* = our speaker mention span
  overlaps the gold speaker span; *lenient* = strict, or our resolved name shares a content word
  with the gold speaker mention. A prediction without a speaker counts as wrong.

Then all attribution relations (direct, mixed, indirect), each kind separately, one-to-one by
content token F1 (:mod:`newsfacts.evaluation.relations`), with examples of misses and false hits
per kind (``--examples N``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass

_TRIM = " \t\n\r\"'“”‘’„‟`«».,;:!?…—–-()[]"
_WORD = re.compile(r"[^\W_]+")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "as",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "its",
        "our",
        "mr",
        "mrs",
        "ms",
        "dr",
        "who",
        "which",
        "that",
        "this",
        "these",
        "those",
    ]
)


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One gold record (offsets into the gold document's text, marks included)."""

    start: int
    end: int
    kind: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True, slots=True)
class PredQuote:
    """One of our quotes with offsets mapped to the gold document's text (marks excluded)."""

    start: int
    end: int
    kind: str
    speaker: str | None = None  # resolved name
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_text: str | None = None  # the attributing mention as written
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """A gold document: its text and records."""

    doc_id: str
    text: str
    quotes: tuple[GoldQuote, ...]


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without white space, quotation marks and punctuation at either edge."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def content_words(text: str | None) -> set[str]:
    """Lower-cased words of ``text`` minus function words and single letters."""
    if not text:
        return set()
    return {w for w in (x.lower() for x in _WORD.findall(text)) if len(w) > 1 and w not in _STOP}


def speaker_matches(gold: GoldQuote, pred: PredQuote) -> tuple[bool, bool]:
    """(strict, lenient) speaker agreement of one matched pair."""
    strict = (
        gold.speaker_start is not None
        and gold.speaker_end is not None
        and pred.speaker_start is not None
        and pred.speaker_end is not None
        and _overlap(gold.speaker_start, gold.speaker_end, pred.speaker_start, pred.speaker_end) > 0
    )
    lenient = strict or bool(content_words(pred.speaker) & content_words(gold.speaker))
    return strict, lenient


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict[str, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp_pred": tp_p, "n_pred": n_p, "n_gold": n_r}


def score_quotes(
    gold_docs: Sequence[GoldDoc],
    predictions: Sequence[Sequence[PredQuote]],
    *,
    gold_kinds: Iterable[str] = ("direct",),
    pred_kinds: Iterable[str] = ("direct",),
    errors: list[dict] | None = None,
) -> dict:
    """Span P/R/F1 (exact, overlap) and speaker accuracy (strict, lenient) over all documents.

    ``predictions[i]`` are the predictions for ``gold_docs[i]``. When ``errors`` is given, every
    missed gold, false positive and speaker error is appended to it as a dict (for inspection).
    """
    gold_kinds, pred_kinds = set(gold_kinds), set(pred_kinds)
    n = {"pred": 0, "gold": 0, "tp_p_exact": 0, "tp_p_ov": 0, "tp_r_exact": 0, "tp_r_ov": 0}
    n_spk = strict_ok = lenient_ok = 0
    for doc, preds in zip(gold_docs, predictions, strict=True):
        text = doc.text
        targets = [g for g in doc.quotes if g.kind in gold_kinds]
        others = [g for g in doc.quotes if g.kind not in gold_kinds]
        counted = [p for p in preds if p.kind in pred_kinds]
        g_trim = [trim_span(text, g.start, g.end) for g in targets]
        p_trim = [trim_span(text, p.start, p.end) for p in counted]
        for p, pt in zip(counted, p_trim, strict=True):
            hits = [g for g in targets if _overlap(p.start, p.end, g.start, g.end)]
            if not hits and any(_overlap(p.start, p.end, g.start, g.end) for g in others):
                continue  # only non-target gold: ignored
            n["pred"] += 1
            if hits:
                n["tp_p_ov"] += 1
                n["tp_p_exact"] += pt in g_trim
            elif errors is not None:
                errors.append({"doc": doc.doc_id, "type": "fp", "pred": text[p.start : p.end]})
        p_trim_set = set(p_trim)
        for g, gt in zip(targets, g_trim, strict=True):
            n["gold"] += 1
            n["tp_r_exact"] += gt in p_trim_set
            best = max(
                counted, key=lambda p: _overlap(p.start, p.end, g.start, g.end), default=None
            )
            if best is None or not _overlap(best.start, best.end, g.start, g.end):
                if errors is not None:
                    errors.append({"doc": doc.doc_id, "type": "fn", "gold": text[g.start : g.end]})
                continue
            n["tp_r_ov"] += 1
            if g.speaker is None or g.speaker_start is None:
                continue
            n_spk += 1
            strict, lenient = speaker_matches(g, best)
            strict_ok += strict
            lenient_ok += lenient
            if errors is not None and not (strict and lenient):
                errors.append(
                    {
                        "doc": doc.doc_id,
                        "type": "speaker" if not lenient else "speaker_strict",
                        "quote": text[g.start : g.end][:80],
                        "gold": g.speaker,
                        "pred": best.speaker,
                        "pred_mention": best.speaker_text,
                    }
                )
    return {
        "exact": _prf(n["tp_p_exact"], n["pred"], n["tp_r_exact"], n["gold"]),
        "overlap": _prf(n["tp_p_ov"], n["pred"], n["tp_r_ov"], n["gold"]),
        "speaker": {
            "n": n_spk,
            "strict": strict_ok / n_spk if n_spk else 0.0,
            "lenient": lenient_ok / n_spk if n_spk else 0.0,
        },
    }


def read_gold(path: Path, *, limit: int | None = None, offset: int = 0) -> list[GoldDoc]:
    """Gold documents of a JSONL file (documents ``offset`` to ``offset + limit``)."""
    docs = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < offset or not line.strip():
                continue
            if limit is not None and len(docs) >= limit:
                break
            row = json.loads(line)
            quotes = tuple(
                GoldQuote(
                    q["start"],
                    q["end"],
                    q["kind"],
                    q.get("speaker"),
                    q.get("speaker_start"),
                    q.get("speaker_end"),
                    q.get("cue_start"),
                    q.get("cue_end"),
                )
                for q in row.get("quotes", ())
            )
            docs.append(GoldDoc(row["doc_id"], row["text"], quotes))
    return docs


def _print_scores(title: str, scores: dict) -> None:
    print(title)
    for name in ("exact", "overlap"):
        s = scores[name]
        print(
            f"  {name:8s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}"
            f"  (pred={s['n_pred']} gold={s['n_gold']})"
        )
    sp = scores["speaker"]
    print(f"  speaker  strict={sp['strict']:.3f} lenient={sp['lenient']:.3f}  (pairs={sp['n']})")


def main(
    gold: Path,
    *,
    model: str,
    limit: int | None = None,
    offset: int = 0,
    errors_out: Path | None = None,
    examples: int = 3,
    doc_cache: Path | None = None,
    edges: bool = False,
    ceiling: bool = False,
    targets: dict[str, float] | None = None,
) -> None:
    """Run cleaning + extraction on every gold document and print the scores (``edges``: and
    the partial overlaps per edge, :mod:`newsfacts.evaluation.edges`; ``ceiling``: and the
    scores with the gold's boundaries, :mod:`newsfacts.evaluation.ceiling`, with the recall
    each of ``targets`` would need)."""
    from newsfacts.evaluation.quotes_predict import predict

    docs = read_gold(gold, limit=limit, offset=offset)
    preds, timing = predict(docs, model=model, doc_cache=doc_cache)
    report(docs, preds, timing, errors_out=errors_out, examples=examples)
    if edges:
        from newsfacts.evaluation.edges import print_edges

        print_edges(docs, preds)
    if ceiling:
        from newsfacts.evaluation.ceiling import print_ceilings, score_ceilings

        print_ceilings(score_ceilings(docs, preds), targets=targets or {})


def report(
    docs: Sequence[GoldDoc],
    preds: Sequence[Sequence[PredQuote]],
    timing: dict,
    *,
    errors_out: Path | None = None,
    examples: int = 3,
) -> dict:
    """Print direct-quote scores, all relations per kind with examples, and timings."""
    from newsfacts.evaluation.relations import print_relations, score_relations

    errors: list[dict] = []
    _print_scores(
        f"Direct quotes, {len(docs)} docs (our kind=direct vs gold direct)",
        score_quotes(docs, preds, errors=errors),
    )
    _print_scores(
        "Our direct+partial vs gold direct",
        score_quotes(docs, preds, pred_kinds=("direct", "partial")),
    )
    found: dict[str, list[dict]] = {}
    relations = score_relations(docs, preds, examples=found)
    print_relations(relations, found, examples)
    nd = max(1, timing["docs"])
    parse = timing["parse"]
    share = (
        f"{100 * timing['quotes'] / max(parse, 1e-9):.1f}% of parse"
        if parse is not None
        else "parse not timed: Docs from the cache"
    )
    print(
        f"Time per article: parse "
        f"{'-' if parse is None else f'{1000 * parse / nd:.1f}'} ms, mentions "
        f"{1000 * timing['mentions'] / nd:.2f} ms, extract_quotes {1000 * timing['quotes'] / nd:.2f} ms"
        f" ({share})"
    )
    if errors_out is not None:
        with errors_out.open("w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
        print(f"{len(errors)} errors written to {errors_out}")
    return relations
