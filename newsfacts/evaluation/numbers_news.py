"""Scoring of the news-sentence gold format (NewsQuant style) for `newsfacts eval numbers`.

Gold format: one sentence per line, ``{"id", "text", "quantities": [{"value", "unit",
"normalized_unit", "change", "concept"}]}`` with **no offsets**; ``value`` is a float or
``{"low", "high"}`` for a range; ``change`` is ``=`` (exact), ``~`` (approximate), ``>``/``<``
(bounds) or ``up``/``down`` (the size of a rise or fall); ``concept`` is what is measured (``-``
when nothing).

Matching is per sentence, one to one: a gold quantity matches an unused prediction with the same
value (relative tolerance 1e-3); a gold range only matches a predicted range with the same bounds
(in either order), a single value only a single value. Gold amounts in cents or pence ("19 cents",
"118.5p") are compared with predicted money in the major unit (0.19, 1.185), as the extractor gives it. Among several candidates the one that also agrees on unit,
change and concept is taken. Predictions of kinds the format never annotates (``date``, ``year``,
``ordinal``) are left out of the scoring.

Figures (P/R/F1 over all gold quantities and all scored predictions):

- **value**: the value matches;
- **value+unit**: and the units agree after normalisation (:func:`unit_key`: ISO codes for money,
  any dollar code for "dollar", singular lower-case names, counted nouns by their last word);
- **value+change**: and the change agrees. The gold has one symbol per quantity, so a prediction
  is read as its qualifier when it is not exact (``~`` approximately, ``>`` more_than/at_least,
  ``<`` less_than/at_most: "up about 19%" is ``~`` there), else its ``change`` (``up``/``down``),
  else ``=``. "nearly" and "almost" right before the figure are ``~`` in the gold's scheme (CQE's
  table of bound words puts them with "about"; the extractor reads them as less_than, the true
  figure being below the one written), so a less_than prediction after them is read as ``~``;
- **value+concept (partial)**: and ``about`` shares a content word with the gold concept (gold
  ``-`` needs an empty ``about``).

Recall is also given by gold class (money, percent, quantity, count: from the gold unit) and
precision by predicted kind.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from newsfacts.evaluation.numbers import Pred, Tally, money_scale, same_value
from transforms.numbers.lexer import lex
from transforms.numbers.units import CLDR_NAMES, currency_name, match_unit, singular

UNSCORED_KINDS = frozenset({"date", "year", "ordinal"})
_QUALIFIER_SIGN = {
    "exact": "=",
    "approximately": "~",
    "more_than": ">",
    "at_least": ">",
    "less_than": "<",
    "at_most": "<",
}
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "by",
        "from",
        "and",
        "or",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "with",
        "as",
        "is",
        "was",
        "be",
        "are",
        "were",
        "it",
        "per",
    ]
)
_DOLLARS = frozenset({"usd", "cad", "aud", "nzd", "hkd", "sgd", "twd"})
_GOLD_SPELLING = {
    "celsius": "degree celsius",
    "fahrenheit": "degree fahrenheit",
    "year of age": "year",
    "month of age": "month",
    "age": "year",
    "pound-mass": "pound",
    "percentage": "%",
    "people": "person",
    "revolutions per minute": "revolution per minute",
}


def is_news_format(items: list[dict]) -> bool:
    """True when the gold items have no offsets but change/concept (the news format)."""
    for item in items:
        for q in item.get("quantities", []):
            return "start" not in q and ("change" in q or "concept" in q)
    return False


def gold_range(q: dict, scale: float = 1.0) -> tuple[float, float | None]:
    """(value, value_max) of a gold quantity, divided by ``scale``."""
    v = q["value"]
    if isinstance(v, dict):
        return float(v["low"]) / scale, float(v["high"]) / scale
    return float(v) / scale, None


def value_equal(q: dict, p: Pred) -> bool:
    """The gold value equals the prediction; a range only equals a range. Cents and pence are
    compared in their major unit with predicted money (:func:`money_scale`)."""
    lo, hi = gold_range(q, money_scale(q, p))
    if hi is None:
        return p.value_max is None and same_value(p.value, lo)
    if p.value_max is None or p.value is None:
        return False
    lo, hi = min(lo, hi), max(lo, hi)  # gold ranges keep the textual order ("from 9 to 4")
    a, b = min(p.value, p.value_max), max(p.value, p.value_max)
    return same_value(a, lo) and same_value(b, hi)


def _money_code(name: str) -> str | None:
    words = name.split()
    if not words:
        return None
    if name in ("cent", "penny", "pence", "sen"):  # predicted in the major unit
        return {"cent": "USD", "sen": "MYR"}.get(name, "GBP")
    code = CLDR_NAMES.get(name) or currency_name(" ".join(words[-2:])) or currency_name(words[-1])
    if code is None:
        return None
    if words[-1] == "dollar" and len(words) > 1:
        nation = {"united states": "USD", "australian": "AUD", "canadian": "CAD"}
        return nation.get(" ".join(words[:-1]), code)
    return code


def unit_key(unit: str | None) -> str:
    """A comparable key of a gold ``normalized_unit`` or a predicted unit ("" for none)."""
    if unit is None:
        return ""
    u = unit.strip()
    if u in ("-", ""):
        return ""
    if u.isupper() and len(u) == 3:
        return "dollar" if u.lower() in _DOLLARS else u.lower()
    u = u.lower()
    u = _GOLD_SPELLING.get(u, u)
    if u.startswith("%"):
        return "%"
    code = _money_code(u)
    if code is not None:
        return "dollar" if code.lower() in _DOLLARS else code.lower()
    lexemes = lex(u)
    hit = match_unit(lexemes, 0)
    if hit is None:
        return singular(u.split()[-1])
    if hit[2] == len(lexemes) or lexemes[hit[2]].low == "of":
        return hit[0].lower()  # "brake horsepower" -> horsepower, "barrel of oil" -> barrel
    return u


def pred_unit_key(p: Pred) -> str:
    if p.kind == "money" and p.unit:
        return unit_key(p.unit)
    return unit_key(_GOLD_SPELLING.get(p.unit or "", p.unit))


def units_agree(q: dict, p: Pred) -> bool:
    g, k = unit_key(q.get("normalized_unit")), pred_unit_key(p)
    if g == k:
        return True
    return g == "dollar" and k in _DOLLARS


def pred_change(p: Pred) -> str:
    """The prediction in the gold's change vocabulary."""
    sign = _QUALIFIER_SIGN.get(p.qualifier, "=")
    if sign != "=":
        return sign
    return p.change if p.change in ("up", "down") else "="


# words the gold's scheme (CQE's bound words) reads as approximate, the extractor as less_than
_NEAR_WORDS = frozenset({"nearly", "almost"})
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def in_gold_scheme(text: str, p: Pred) -> Pred:
    """The prediction with its qualifier as the gold's scheme reads it: less_than after "nearly" or
    "almost" (``text`` the item's sentence, ``p`` in its offsets) is approximately."""
    if p.qualifier != "less_than":
        return p
    m = _LAST_WORD.search(text, max(0, p.start - 20), p.start)
    if m is None or m.group(1).lower() not in _NEAR_WORDS:
        return p
    return replace(p, qualifier="approximately")


def change_agrees(q: dict, p: Pred) -> bool:
    return (q.get("change") or "=") == pred_change(p)


_WORD = re.compile(r"[^\W_]+")


def content_words(text: str | None) -> set[str]:
    if not text:
        return set()
    return {singular(w) for w in _WORD.findall(text.lower()) if w not in _STOP}


def concept_agrees(q: dict, p: Pred) -> bool:
    gold = q.get("concept") or "-"
    if gold.strip() == "-":
        return not p.about
    return bool(content_words(gold) & content_words(p.about))


def gold_class(q: dict) -> str:
    """money, percent, quantity or count, from the gold unit."""
    key = unit_key(q.get("normalized_unit"))
    if key == "%" or key in ("percentage point", "basis point"):
        return "percent"
    if _money_code((q.get("normalized_unit") or "").lower()) is not None:
        return "money"
    if key and match_unit(lex(key), 0) is not None:
        return "quantity"
    return "count"


@dataclass(slots=True)
class PRF:
    """True positives over predictions and gold."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def p(self) -> float:
        return self.tp / self.n_pred if self.n_pred else float("nan")

    @property
    def r(self) -> float:
        return self.tp / self.n_gold if self.n_gold else float("nan")

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def fmt(self) -> str:
        return f"P {self.p:.3f}  R {self.r:.3f}  F1 {self.f1:.3f}  ({self.tp}/{self.n_pred}/{self.n_gold})"


@dataclass(slots=True)
class NewsScores:
    value: PRF = field(default_factory=PRF)
    unit: PRF = field(default_factory=PRF)
    change: PRF = field(default_factory=PRF)
    concept: PRF = field(default_factory=PRF)
    recall_by_class: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    precision_by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[tuple[str, dict, list[Pred]]] = field(default_factory=list)
    false_hits: list[tuple[str, Pred, str]] = field(default_factory=list)
    wrong_unit: list[tuple[str, dict, Pred]] = field(default_factory=list)
    wrong_change: list[tuple[str, dict, Pred]] = field(default_factory=list)
    wrong_concept: list[tuple[str, dict, Pred]] = field(default_factory=list)


def _agreement(q: dict, p: Pred) -> tuple[bool, bool, bool]:
    return (units_agree(q, p), change_agrees(q, p), concept_agrees(q, p))


def score_news_item(item: dict, preds: list[Pred], scores: NewsScores) -> None:
    """Match one sentence's gold quantities to its predictions and add the counts."""
    preds = [in_gold_scheme(item["text"], p) for p in preds if p.kind not in UNSCORED_KINDS]
    gold = [q for q in item.get("quantities", []) if q.get("value") is not None]
    used: set[int] = set()
    for prf in (scores.value, scores.unit, scores.change, scores.concept):
        prf.n_pred += len(preds)
        prf.n_gold += len(gold)
    for q in gold:
        cands = [i for i, p in enumerate(preds) if i not in used and value_equal(q, p)]
        cls = gold_class(q)
        if not cands:
            scores.recall_by_class[cls].add(False)
            scores.misses.append((item["id"], q, preds))
            continue

        best = max(cands, key=lambda i, q=q: _agreement(q, preds[i]))
        used.add(best)
        p = preds[best]
        scores.recall_by_class[cls].add(True)
        scores.value.tp += 1
        if units_agree(q, p):
            scores.unit.tp += 1
        else:
            scores.wrong_unit.append((item["id"], q, p))
        if change_agrees(q, p):
            scores.change.tp += 1
        else:
            scores.wrong_change.append((item["id"], q, p))
        if concept_agrees(q, p):
            scores.concept.tp += 1
        else:
            scores.wrong_concept.append((item["id"], q, p))
    for i, p in enumerate(preds):
        scores.precision_by_kind[p.kind].add(i in used)
        if i not in used:
            scores.false_hits.append((item["id"], p, item["text"][p.start : p.end]))


def format_news_scores(scores: NewsScores) -> str:
    """The report printed for the news format."""
    lines = [
        f"value                   {scores.value.fmt()}",
        f"value+unit              {scores.unit.fmt()}",
        f"value+change            {scores.change.fmt()}",
        f"value+concept (partial) {scores.concept.fmt()}",
        "recall by gold class:",
    ]
    for cls, t in sorted(scores.recall_by_class.items()):
        lines.append(f"  {cls:10s} {t.rate:.3f} ({t.correct}/{t.total})")
    lines.append("precision by predicted kind:")
    for kind, t in sorted(scores.precision_by_kind.items()):
        lines.append(f"  {kind:10s} {t.rate:.3f} ({t.correct}/{t.total})")
    return "\n".join(lines)


def format_news_errors(scores: NewsScores, n: int) -> str:
    """Misses, false hits and wrong unit/change/concept, ``n`` of each."""
    out = ["misses (id, gold value, unit, change, concept | predictions):"]
    for id_, q, preds in scores.misses[:n]:
        got = ", ".join(f"{p.value}..{p.value_max} {p.unit}" for p in preds)
        out.append(
            f"  {id_} {q['value']} {q.get('unit')} {q.get('change')} {q.get('concept')!r} | {got}"
        )
    out.append("false hits (id, value, unit, kind, text):")
    for id_, p, text in scores.false_hits[:n]:
        out.append(f"  {id_} {p.value}..{p.value_max} {p.unit} {p.kind} {text!r}")
    out.append("wrong unit (id, gold unit, normalized, predicted unit, kind, value):")
    for id_, q, p in scores.wrong_unit[:n]:
        out.append(
            f"  {id_} {q.get('unit')!r} {q.get('normalized_unit')!r} {p.unit!r} {p.kind} {p.value}"
        )
    out.append("wrong change (id, gold change, predicted change/qualifier, text):")
    for id_, q, p in scores.wrong_change[:n]:
        out.append(f"  {id_} {q.get('change')} {pred_change(p)} {p.value}")
    out.append("wrong concept (id, gold concept, predicted about):")
    for id_, q, p in scores.wrong_concept[:n]:
        out.append(f"  {id_} {q.get('concept')!r} {p.about!r} ({p.value})")
    return "\n".join(out)
