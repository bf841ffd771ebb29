"""All attribution relations, per kind: one-to-one matching by content-token F1.

Gold and predicted contents are compared as bags of lower-cased word tokens (quotation marks and
punctuation do not count). Pairs with token F1 >= ``MIN_F1`` are matched one to one, best pair
first, regardless of kind. Then, per kind K (the gold record's kind for recall, our row's kind for
precision):

- recall = matched gold records of kind K / gold records of kind K;
- precision = matched rows of kind K / our rows of kind K;
- speaker accuracy on matched pairs whose gold record has a speaker, strict (speaker spans
  overlap) and lenient (strict, or our resolved name shares a content word with the gold mention).

Our kinds map to the gold's: ``direct`` -> direct, ``mixed`` and ``partial`` (a quoted fragment of
a reported clause) -> mixed, ``indirect`` and ``block`` (unmarked text) -> indirect; ``scare``
rows (nobody credited) are not attributions and are not counted, nor is a row nested inside
another (a quotation inside a mixed row is part of that relation). The gold is scored per record
(fragment): a discontinuous content is several records, as our rows are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsfacts.evaluation.quotes import GoldDoc, PredQuote, speaker_matches

MIN_F1 = 0.6
KINDS = ("direct", "mixed", "indirect")
PRED_KIND = {
    "direct": "direct",
    "mixed": "mixed",
    "partial": "mixed",
    "indirect": "indirect",
    "block": "indirect",
}
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def tokens(text: str) -> Counter[str]:
    """Lower-cased word tokens of ``text`` (a bag)."""
    return Counter(t.lower() for t in _TOKEN.findall(text))


def token_f1(a: Counter[str], b: Counter[str]) -> float:
    """F1 of two token bags (0.0 when either is empty)."""
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(b.values()), common / sum(a.values())
    return 2 * p * r / (p + r)


def match(
    text: str, gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, pred index)`` pairs with token F1 >= MIN_F1, best pair first."""
    g_tok = [tokens(text[s:e]) for s, e in gold]
    p_tok = [tokens(text[s:e]) for s, e in pred]
    cands = []
    for j, (ps, pe) in enumerate(pred):
        for i, (gs, ge) in enumerate(gold):
            if ge <= ps or pe <= gs:
                continue  # contents that share no character are never matched
            f = token_f1(g_tok[i], p_tok[j])
            if f >= MIN_F1:
                cands.append((-f, i, j))
    return one_to_one(cands)


def one_to_one(
    cands: Sequence[tuple[float, int, int]], *, used: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Greedy one-to-one ``(i, j)`` pairs from ``(key, i, j)`` candidates, smallest key first,
    skipping every ``i`` and ``j`` already in ``used``."""
    used_g = {i for i, _ in used}
    used_p = {j for _, j in used}
    pairs = []
    for _, i, j in sorted(cands):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def outermost(preds: Sequence[PredQuote]) -> list[PredQuote]:
    """The rows not nested in another row (a quotation inside a mixed row is part of it)."""
    ordered = sorted(preds, key=lambda p: (p.start, -p.end))
    out: list[PredQuote] = []
    reach = -1
    for p in ordered:
        if p.end <= reach and out and out[-1].start <= p.start:
            continue
        out.append(p)
        reach = max(reach, p.end)
    return out


def _empty() -> dict[str, int]:
    return {"gold": 0, "pred": 0, "tp_gold": 0, "tp_pred": 0, "spk": 0, "strict": 0, "lenient": 0}


def score_relations(
    gold_docs: Sequence[GoldDoc],
    predictions: Sequence[Sequence[PredQuote]],
    *,
    examples: dict[str, list[dict]] | None = None,
) -> dict[str, dict[str, float]]:
    """P/R/F1 and speaker accuracy for ``all`` and each of :data:`KINDS`.

    ``examples`` (when given) collects every miss (``fn:KIND``) and false hit (``fp:KIND``).
    """
    n = {k: _empty() for k in ("all", *KINDS)}
    for doc, preds in zip(gold_docs, predictions, strict=True):
        text = doc.text
        counted = outermost([p for p in preds if p.kind in PRED_KIND])
        pairs = match(
            text, [(g.start, g.end) for g in doc.quotes], [(p.start, p.end) for p in counted]
        )
        g_hit = {i: j for i, j in pairs}
        p_hit = {j for _, j in pairs}
        for i, g in enumerate(doc.quotes):
            for k in ("all", g.kind):
                n[k]["gold"] += 1
            if i not in g_hit:
                if examples is not None:
                    examples.setdefault(f"fn:{g.kind}", []).append(
                        {"doc": doc.doc_id, "gold": text[g.start : g.end], "speaker": g.speaker}
                    )
                continue
            p = counted[g_hit[i]]
            strict, lenient = speaker_matches(g, p) if g.speaker_start is not None else (0, 0)
            for k in ("all", g.kind):
                n[k]["tp_gold"] += 1
                if g.speaker_start is not None:
                    n[k]["spk"] += 1
                    n[k]["strict"] += strict
                    n[k]["lenient"] += lenient
        for j, p in enumerate(counted):
            kind = PRED_KIND[p.kind]
            for k in ("all", kind):
                n[k]["pred"] += 1
                n[k]["tp_pred"] += j in p_hit
            if j not in p_hit and examples is not None:
                examples.setdefault(f"fp:{kind}", []).append(
                    {"doc": doc.doc_id, "pred": text[p.start : p.end], "speaker": p.speaker}
                )
    return {k: _figures(v) for k, v in n.items()}


def _figures(c: dict[str, int]) -> dict[str, float]:
    p = c["tp_pred"] / c["pred"] if c["pred"] else 0.0
    r = c["tp_gold"] / c["gold"] if c["gold"] else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "n_gold": c["gold"],
        "n_pred": c["pred"],
        "speaker_n": c["spk"],
        "speaker_strict": c["strict"] / c["spk"] if c["spk"] else 0.0,
        "speaker_lenient": c["lenient"] / c["spk"] if c["spk"] else 0.0,
    }


def print_relations(scores: dict[str, dict[str, float]], examples: dict[str, list[dict]], k: int):
    """The per-kind table and up to ``k`` misses and false hits per kind."""
    print(f"All attribution relations (one-to-one, content token F1 >= {MIN_F1}):")
    for kind, s in scores.items():
        print(
            f"  {kind:9s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}"
            f"  speaker strict={s['speaker_strict']:.3f} lenient={s['speaker_lenient']:.3f}"
            f"  (gold={s['n_gold']} pred={s['n_pred']})"
        )
    for key in sorted(examples):
        rows = examples[key]
        if not k or not rows:
            continue
        print(f"-- {key}: {len(rows)} (first {min(k, len(rows))}, every {len(rows) // k or 1}th)")
        for row in rows[:: max(1, len(rows) // k)][:k]:
            span = (row.get("gold") or row.get("pred") or "").replace("\n", " ")
            print(f"   [{row['speaker']}] {span[:160]}")
