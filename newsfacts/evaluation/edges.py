"""Partial overlaps of reported-speech contents, per edge (``newsfacts eval quotes --edges``).

A gold record and one of our rows that share characters but have content token F1 below
:data:`~newsfacts.evaluation.relations.MIN_F1`, neither of them matched to anything else, count
twice (a miss and a false hit). For each such pair and each edge (left, right) this module says
who has more text there (``we+``: our row, ``gold+``: the gold record) and what that text is,
read from the words alone:

- ``eq`` (same edge), ``punct`` (only punctuation or spaces differ);
- ``sentence`` (the difference crosses a sentence or paragraph break);
- left: ``that`` (the complementizer alone), ``to`` (an infinitive's "to" and more),
  ``other``;
- right: ``said-tail`` (", he said", "according to X"), ``paren``, ``dash``, ``coord``
  ("and", "but", "or"), ``sub`` (because, although, if, while, as, when, ...), ``rel``
  (who, which, that, where, whose), ``time`` (a day, week, month, year, "today" ...),
  ``prep`` (another preposition), ``to``, ``comma-ing`` (", saying ...", ", adding ..."),
  ``comma`` (another phrase after a comma), ``other``.

The classes are a first sort for reading the pairs, not a parse; ``docs/quotes_edges.md`` has
the figures of round 16 and the gold's consistency per construction measured on the parse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsfacts.evaluation.quotes import GoldDoc, GoldQuote, PredQuote
from newsfacts.evaluation.relations import MIN_F1, PRED_KIND, match, outermost, token_f1, tokens

_SUB = frozenset(
    [
        "because",
        "although",
        "though",
        "if",
        "while",
        "when",
        "as",
        "since",
        "after",
        "before",
        "unless",
        "until",
        "whether",
        "so",
        "even",
        "despite",
        "than",
        "once",
    ]
)
_REL = frozenset(("who", "which", "that", "where", "whose", "whom"))
_PREP = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "for",
        "from",
        "with",
        "over",
        "by",
        "about",
        "of",
        "into",
        "through",
        "against",
        "without",
        "amid",
        "under",
        "among",
        "within",
        "across",
        "between",
        "toward",
        "towards",
    ]
)
_TIME = re.compile(
    r"(?:on|last|this|next|earlier|later|in|during|at|early|late)?\s*(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|week|weekend|month|year|january|february|march|april|may"
    r"|june|july|august|september|october|november|december|today|yesterday|tonight|recently"
    r"|\d{4})\b",
    re.I,
)
_SAID = re.compile(
    r",?\s*(?:according to\b|(?:[\w.'’-]+\s+){1,6}(?:said|says|say|told|tells|added|adds|wrote"
    r"|writes|argued|argues|noted|notes|explained|explains|insisted|insists)\b)",
    re.I,
)
_BREAK = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]|\n")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@dataclass(frozen=True, slots=True)
class Pair:
    """A gold record and one of our rows that overlap with content token F1 < ``MIN_F1``."""

    doc_id: str
    gold: tuple[int, int]
    pred: tuple[int, int]
    f1: float
    gold_kind: str
    pred_kind: str
    relation: str  # see :func:`relation`


def partial_pairs(
    gold_docs: Sequence[GoldDoc], predictions: Sequence[Sequence[PredQuote]]
) -> list[Pair]:
    """Every (gold record, counted row) pair sharing characters with token F1 < ``MIN_F1``, both
    left unmatched by the one-to-one matching (the pairs that count twice)."""
    out: list[Pair] = []
    for doc, preds in zip(gold_docs, predictions, strict=True):
        text = doc.text
        counted = outermost([p for p in preds if p.kind in PRED_KIND])
        gold = [(g.start, g.end) for g in doc.quotes]
        pred = [(p.start, p.end) for p in counted]
        pairs = match(text, gold, pred)
        g_used = {i for i, _ in pairs}
        p_used = {j for _, j in pairs}
        for j, (ps, pe) in enumerate(pred):
            if j in p_used:
                continue
            for i, (gs, ge) in enumerate(gold):
                if i in g_used or ge <= ps or pe <= gs:
                    continue
                f = token_f1(tokens(text[gs:ge]), tokens(text[ps:pe]))
                if f < MIN_F1:
                    g, p = doc.quotes[i], counted[j]
                    rel = relation(text, g, p)
                    out.append(
                        Pair(doc.doc_id, (gs, ge), (ps, pe), f, g.kind, PRED_KIND[p.kind], rel)
                    )
    return out


def relation(text: str, gold: GoldQuote, pred: PredQuote) -> str:
    """How the pair's two relations relate, from the gold cue's offsets and our cue's words:

    - ``gold cue inside ours``: our content holds the gold's cue (we read an outer report or
      another relation where the gold keeps the one inside);
    - ``our cue inside gold``: our cue's words stand in the gold content outside our row (the
      gold keeps the outer report, we the one inside it);
    - ``same cue``: the gold cue holds our cue's words (or ours the gold's): the edges differ;
    - ``other cue`` / ``no gold cue``.
    """
    if gold.cue_start is None or gold.cue_end is None:
        return "no gold cue"
    if pred.start <= gold.cue_start < pred.end:
        return "gold cue inside ours"
    cue = (pred.cue or "").lower().strip()
    gcue = text[gold.cue_start : gold.cue_end].lower()
    if (cue and _has_words(gcue, cue)) or (gcue and _has_words(cue, gcue)):
        return "same cue"
    if cue and re.search(r"\w", cue):
        outside = text[gold.start : pred.start] + " | " + text[pred.end : gold.end]
        if _has_words(outside.lower(), cue):
            return "our cue inside gold"
    return "other cue"


def _has_words(hay: str, words: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", hay) is not None


def edge(text: str, gold: tuple[int, int], pred: tuple[int, int], side: str) -> tuple[str, str]:
    """``(who, class)`` of the ``side`` ("left" or "right") edge of a pair: ``who`` is "eq",
    "we+" or "gold+"; the class as in the module docstring."""
    if side not in ("left", "right"):
        raise ValueError(f"edge: side must be 'left' or 'right', not {side!r}")
    k = 0 if side == "left" else 1
    g, p = gold[k], pred[k]
    if g == p:
        return "eq", "eq"
    ours = p < g if side == "left" else p > g
    who = "we+" if ours else "gold+"
    diff = text[min(g, p) : max(g, p)].strip()
    words = [w.lower() for w in _WORD.findall(diff)]
    if not words:
        return who, "punct"
    if _BREAK.search(diff):
        return who, "sentence"
    if side == "left":
        if words == ["that"]:
            return who, "that"
        return who, "to" if words[0] == "to" else "other"
    return who, _right_class(diff, words)


def _right_class(diff: str, words: list[str]) -> str:
    first, lead = words[0], diff[0]
    if lead == "(":
        return "paren"
    if lead in "—–-":
        return "dash"
    if _SAID.match(diff):
        return "said-tail"
    if first in ("and", "but", "or"):
        return "coord"
    if first in _SUB:
        return "sub"
    if first in _REL:
        return "rel"
    if _TIME.match(diff.lstrip(", ")):
        return "time"
    if first in _PREP:
        return "prep"
    if first == "to":
        return "to"
    if lead == ",":
        return "comma-ing" if first.endswith("ing") else "comma"
    return "other"


def edge_table(
    gold_docs: Sequence[GoldDoc], pairs: Sequence[Pair]
) -> Counter[tuple[str, str, str]]:
    """``(side, who, class)`` counts over ``pairs`` (both edges of each pair)."""
    texts = {d.doc_id: d.text for d in gold_docs}
    table: Counter[tuple[str, str, str]] = Counter()
    for pr in pairs:
        for side in ("left", "right"):
            who, cls = edge(texts[pr.doc_id], pr.gold, pr.pred, side)
            table[(side, who, cls)] += 1
    return table


def print_edges(gold_docs: Sequence[GoldDoc], predictions: Sequence[Sequence[PredQuote]]) -> None:
    """The partial-overlap pairs per kind and relation, and the edge table of the pairs with
    the same cue (the boundary disagreements), largest first."""
    pairs = partial_pairs(gold_docs, predictions)
    kinds = ", ".join(f"{k} {n}" for k, n in Counter(p.pred_kind for p in pairs).most_common())
    print(
        f"Partial overlaps (token F1 < {MIN_F1}, both unmatched): {len(pairs)} pairs"
        + (f" (our kind: {kinds})" if kinds else "")
    )
    for rel, n in Counter(p.relation for p in pairs).most_common():
        print(f"  {n:5d}  {rel}")
    same = [p for p in pairs if p.relation == "same cue"]
    print(f"Edges of the {len(same)} pairs with the same cue:")
    for (side, who, cls), n in edge_table(gold_docs, same).most_common():
        if who != "eq":
            print(f"  {n:5d}  {side:5s} {who:5s} {cls}")
