"""How far better boundaries alone could take the scores (``newsfacts eval quotes --ceiling``).

The relations score (:mod:`newsfacts.evaluation.relations`) counts a gold record and one of our
rows that share text below the token-F1 threshold twice: a miss and a false hit. This module
asks what the same rows would score if every such disagreement were settled in the gold's
favour, which bounds what any change to content edges, splits or nesting can gain:

- ``as run``: the relations score itself;
- ``perfect edges``: after the one-to-one matching, each unmatched row that shares at least one
  character with an unmatched gold record takes that record's span (pairs taken one to one,
  largest shared stretch first, whatever the kinds): an extractor that finds exactly the
  relations we find, with the annotator's boundaries and nesting;
- ``perfect edges, no false rows``: the same, and every row still unmatched dropped (precision
  1.0): what is left below the target is recall of relations no row touches.

For a target F1 it also gives, per line and kind, the recall that target needs at that line's
precision (``None`` when no recall reaches it: the precision is at most half the target).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.evaluation.quotes import GoldDoc, PredQuote
from newsfacts.evaluation.relations import KINDS, PRED_KIND, match, one_to_one, outermost

LINES = ("as run", "perfect edges", "perfect edges, no false rows")


def _shared(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def edge_pairs(
    gold: Sequence[tuple[int, int]],
    pred: Sequence[tuple[int, int]],
    matched: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, pred index)`` pairs among the records and rows left unmatched
    by ``matched`` that share at least one character, largest shared stretch first."""
    used_g = {i for i, _ in matched}
    used_p = {j for _, j in matched}
    cands = [
        (-_shared(g, p), i, j)
        for i, g in enumerate(gold)
        if i not in used_g
        for j, p in enumerate(pred)
        if j not in used_p and _shared(g, p) > 0
    ]
    return one_to_one(cands, used=matched)


def needed_recall(target: float, precision: float) -> float | None:
    """The recall at which ``precision`` gives F1 ``target`` (None: no recall up to 1 does)."""
    if 2 * precision <= target:
        return None
    r = target * precision / (2 * precision - target)
    return r if r <= 1.0 else None


def score_ceilings(
    gold_docs: Sequence[GoldDoc], predictions: Sequence[Sequence[PredQuote]]
) -> dict[str, dict[str, dict[str, float]]]:
    """P/R/F1 per line of :data:`LINES` and per kind (``all`` and :data:`KINDS`)."""
    keys = ("all", *KINDS)
    n = {
        line: {k: {"gold": 0, "pred": 0, "tp_gold": 0, "tp_pred": 0} for k in keys}
        for line in LINES
    }
    for doc, preds in zip(gold_docs, predictions, strict=True):
        counted = outermost([p for p in preds if p.kind in PRED_KIND])
        gold = [(g.start, g.end) for g in doc.quotes]
        pred = [(p.start, p.end) for p in counted]
        pairs = match(doc.text, gold, pred)
        extra = edge_pairs(gold, pred, pairs)
        hit = {"as run": pairs, "perfect edges": pairs + extra}
        hit["perfect edges, no false rows"] = hit["perfect edges"]
        for line in LINES:
            g_hit = {i for i, _ in hit[line]}
            p_hit = {j for _, j in hit[line]}
            for i, g in enumerate(doc.quotes):
                for k in ("all", g.kind):
                    n[line][k]["gold"] += 1
                    n[line][k]["tp_gold"] += i in g_hit
            for j, p in enumerate(counted):
                if line == "perfect edges, no false rows" and j not in p_hit:
                    continue
                for k in ("all", PRED_KIND[p.kind]):
                    n[line][k]["pred"] += 1
                    n[line][k]["tp_pred"] += j in p_hit
    out: dict[str, dict[str, dict[str, float]]] = {}
    for line in LINES:
        out[line] = {}
        for k in keys:
            c = n[line][k]
            p = c["tp_pred"] / c["pred"] if c["pred"] else 0.0
            r = c["tp_gold"] / c["gold"] if c["gold"] else 0.0
            out[line][k] = {
                "precision": p,
                "recall": r,
                "f1": 2 * p * r / (p + r) if p + r else 0.0,
                "n_gold": c["gold"],
                "n_pred": c["pred"],
            }
    return out


def print_ceilings(
    scores: dict[str, dict[str, dict[str, float]]], *, targets: dict[str, float]
) -> None:
    """One line per ceiling and kind, with the recall each ``targets`` F1 would need."""
    print("Ceilings: the same rows with the gold's boundaries (see newsfacts.evaluation.ceiling):")
    for line, kinds in scores.items():
        print(f"  {line}:")
        for kind, s in kinds.items():
            need = ""
            if kind in targets:
                r = needed_recall(targets[kind], s["precision"])
                need = f"  F1 {targets[kind]:.2f} needs R={'-' if r is None else f'{r:.3f}'}"
            print(
                f"    {kind:9s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}"
                f"  (gold={s['n_gold']} pred={s['n_pred']}){need}"
            )
