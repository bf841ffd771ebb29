"""`newsfacts eval numbers --gold PATH`: score the numbers extractor against a gold JSONL file.

Gold format (``numbers_dev.jsonl``): one item per line with ``id``, ``text``, ``source_file``,
``scope`` ("all" = every quantity annotated) and ``quantities`` [{surface, value, unit, start,
end}], offsets into ``text``.

Scoring (pure functions below):

- **value accuracy**: a gold quantity with a value is correct when a prediction overlapping its
  span has the same value within a relative tolerance of 1e-3. For a predicted range the lower
  bound, the upper bound or the midpoint may match (quantulum3's gold gives range midpoints,
  Recognizers-Text sometimes the upper end: "40 - 50 years old" -> 50).
- **spelled-out**: the same, restricted to gold surfaces containing a number word.
- **unit agreement**: among value-correct quantities, the share whose predicted unit maps to the
  gold unit (see :func:`gold_unit_key` / :func:`pred_unit_key`): gold "dimensionless" agrees with
  a prediction without a measurement/money/percent unit (counts, years, fractions); currencies
  compare as ISO codes ("Dollar" accepts any dollar code, "Pound" GBP, "Cent" a currency of
  cents); gold amounts in cents or pence are compared with predicted money in the major unit
  ("50 cents" = 0.50 USD: :func:`money_scale`); measurement
  units compare as lower-case British-spelled names ("Meter" = "metre", "C" = "degree celsius",
  "Metric ton" = "tonne", gold "Ton" accepts ton or tonne, age units "Age"/"Year" = "year").
- **precision** on ``scope == "all"`` items: predictions that overlap a gold quantity with a
  matching value, over all predictions; also without the kinds that gold never annotates
  (ordinal, date).
"""

from __future__ import annotations

import json
import math
import re
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REL_TOL = 1e-3


@dataclass(frozen=True, slots=True)
class Pred:
    """A prediction in original-text offsets."""

    start: int
    end: int
    value: float | None
    value_max: float | None = None
    unit: str | None = None
    kind: str = "count"
    qualifier: str = "exact"
    change: str | None = None
    about: str | None = None


@dataclass(slots=True)
class Tally:
    """Counts behind one accuracy figure."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    @property
    def rate(self) -> float:
        return self.correct / self.total if self.total else float("nan")


@dataclass(slots=True)
class Scores:
    """All figures of one evaluation run."""

    overall: Tally = field(default_factory=Tally)
    spelled: Tally = field(default_factory=Tally)
    units: Tally = field(default_factory=Tally)
    precision: Tally = field(default_factory=Tally)
    precision_annotated_kinds: Tally = field(default_factory=Tally)
    per_source: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[tuple[str, str, float, list[Pred]]] = field(default_factory=list)
    false_positives: list[tuple[str, Pred, str]] = field(default_factory=list)


def same_value(a: float | None, b: float | None, *, rel_tol: float = REL_TOL) -> bool:
    """Equal within a relative tolerance (absolute 1e-9 around zero)."""
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=rel_tol, abs_tol=1e-9)


def value_matches(pred: Pred, gold_value: float) -> bool:
    """The prediction's value, upper bound or range midpoint equals ``gold_value``."""
    if same_value(pred.value, gold_value):
        return True
    if pred.value_max is not None:
        if same_value(pred.value_max, gold_value):
            return True
        if pred.value is not None and same_value((pred.value + pred.value_max) / 2, gold_value):
            return True
    return False


_SUBUNITS = frozenset({"cent", "cents", "ct", "cts", "penny", "pence", "p", "sen"})


def is_subunit(unit: str | None) -> bool:
    """A gold unit in cents, pence or sen ("Cent", "cents per share", "penny", "p", "sen")."""
    words = (unit or "").lower().split()
    return bool(words) and words[0] in _SUBUNITS


def money_scale(q: dict, pred: Pred) -> float:
    """100 when a gold amount in cents or pence (by its unit or its unit as written) is compared
    with predicted money, which the extractor gives in the major unit ("50 cents" -> 0.5 USD)."""
    sub = is_subunit(q.get("normalized_unit")) or is_subunit(q.get("unit"))
    return 100.0 if sub and pred.kind == "money" else 1.0


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open spans share at least one character."""
    return a_start < b_end and b_start < a_end


_NUMBER_WORD = re.compile(
    r"\b(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"billion|trillion|lakh|crore|dozens?|half|halves|quarters?|thirds?|fourths?|fifths?|"
    r"\w+ths?|tens|hundreds|thousands|millions|billions|couple)\b",
    re.IGNORECASE,
)


def is_spelled_out(surface: str) -> bool:
    """The gold surface contains a number word ("two meters", "a hundred and two")."""
    return bool(_NUMBER_WORD.search(surface))


_CURRENCY_GOLD = {
    "dollar": {"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN"},
    "united states dollar": {"USD"},
    "canadian dollar": {"CAD"},
    "australian dollar": {"AUD"},
    "euro": {"EUR"},
    "pound": {"GBP", "pound"},  # Recognizers-Text uses "Pound" for both money and weight
    "british pound": {"GBP"},
    "pound sterling": {"GBP"},
    "cent": {"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD"},  # value in the major unit
    "penny": {"GBP"},
    "chinese yuan": {"CNY"},
    "japanese yen": {"JPY"},
    "franc": {"CHF", "FRF", "BEF"},
    "peseta": {"ESP"},
    "netherlands guilder": {"NLG"},
    "rupee": {"INR", "PKR", "LKR"},
    "sri lankan rupee": {"LKR"},
    "bitcoin": {"BTC"},
    "turkish lira": {"TRY"},
    "mexican peso": {"MXN"},
    "costa rican colón": {"CRC"},
    "georgian lari": {"GEL"},
    "lao kip": {"LAK"},
}
_SPELLING = {
    "meter": "metre", "liter": "litre", "milliliter": "millilitre", "millimeter": "millimetre",
    "centimeter": "centimetre", "kilometer": "kilometre", "decimeter": "decimetre",
    "nanometer": "nanometre", "square meter": "square metre",
    "square kilometer": "square kilometre", "metric ton": "tonne", "c": "degree celsius",
    "f": "degree fahrenheit", "age": "year", "pound-mass": "pound", "microgram": "microgram",
}  # fmt: skip
_DIMENSIONLESS_KINDS = frozenset({"count", "year", "fraction", "ordinal", "date"})


def gold_unit_key(unit: str | None) -> set[str]:
    """Acceptable predicted unit keys for a gold unit name (empty set = no unit expected)."""
    if unit is None:
        return set()
    u = unit.strip().lower()
    if u == "dimensionless":
        return {""}
    if u == "percentage":
        return {"%"}
    if u in _CURRENCY_GOLD:
        return {c.lower() for c in _CURRENCY_GOLD[u]}
    u = _SPELLING.get(u, u)
    if u == "ton":
        return {"ton", "tonne"}
    if u == "cubic centimetre":
        return {u, "millilitre"}
    return {u}


def pred_unit_key(pred: Pred) -> str:
    """The predicted unit as a comparable key ("" for counts, years, fractions)."""
    if pred.kind in _DIMENSIONLESS_KINDS:
        return ""
    return (pred.unit or "").lower()


def score_item(item: dict, preds: list[Pred], scores: Scores, *, keep_errors: bool = True) -> None:
    """Add one gold item's figures to ``scores``."""
    source = item.get("source_file", "?").rsplit("/", 1)[-1]
    for q in item.get("quantities", []):
        if q.get("value") is None:
            continue
        gv = float(q["value"])
        near = [p for p in preds if overlaps(p.start, p.end, q["start"], q["end"])]
        hit = next((p for p in near if value_matches(p, gv / money_scale(q, p))), None)
        ok = hit is not None
        scores.overall.add(ok)
        scores.per_source[source].add(ok)
        if is_spelled_out(q["surface"]):
            scores.spelled.add(ok)
        if hit is not None and q.get("unit"):
            scores.units.add(pred_unit_key(hit) in gold_unit_key(q["unit"]))
        if not ok and keep_errors:
            scores.misses.append((item["id"], q["surface"], gv, near))
    if item.get("scope") == "all":
        for p in preds:
            good = any(
                overlaps(p.start, p.end, q["start"], q["end"])
                and q.get("value") is not None
                and value_matches(p, float(q["value"]) / money_scale(q, p))
                for q in item.get("quantities", [])
            )
            scores.precision.add(good)
            if p.kind not in ("ordinal", "date"):
                scores.precision_annotated_kinds.add(good)
            if not good and keep_errors:
                scores.false_positives.append((item["id"], p, item["text"][p.start : p.end]))


def read_gold(path: Path, *, limit: int | None = None) -> list[dict]:
    """Gold items of a JSONL file (first ``limit`` only when given)."""
    items = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                items.append(json.loads(line))
            if limit is not None and len(items) >= limit:
                break
    return items


def format_scores(scores: Scores) -> str:
    """The report printed by the command."""

    def fmt(t: Tally) -> str:
        return f"{t.rate:.3f} ({t.correct}/{t.total})"

    lines = [
        f"value accuracy overall        {fmt(scores.overall)}",
        f"value accuracy spelled-out    {fmt(scores.spelled)}",
        f"unit agreement (value hits)   {fmt(scores.units)}",
        f"precision (scope=all)         {fmt(scores.precision)}",
        f"  without ordinal/date kinds  {fmt(scores.precision_annotated_kinds)}",
        "per source file:",
    ]
    for src, t in sorted(scores.per_source.items()):
        lines.append(f"  {src:32s} {fmt(t)}")
    return "\n".join(lines)


def _pipeline_preds(items: list[dict], model: str) -> tuple[list[list[Pred]], float, float]:
    from flows.nlp import load_nlp
    from newsfacts.evaluation.align import OffsetMap
    from transforms.clean import clean_record
    from transforms.numbers import extract_numbers
    from transforms.types import CleanArticle, RawRecord

    nlp = load_nlp(model)
    cleaned: list[CleanArticle | None] = []
    for item in items:
        art = clean_record(  # gold items may be a few words: no minimum length here
            RawRecord(source=item["id"], content_sha256="", body=item["text"], fmt="txt"),
            min_words=0,
        )
        cleaned.append(art if isinstance(art, CleanArticle) else None)
    texts = [c.text if c is not None else "" for c in cleaned]
    out: list[list[Pred]] = []
    t_parse = t_extract = 0.0
    t0 = time.perf_counter()
    docs = nlp.pipe(texts, batch_size=64)
    for item, art, doc in zip(items, cleaned, docs, strict=True):
        t1 = time.perf_counter()
        t_parse += t1 - t0
        preds: list[Pred] = []
        if art is not None:
            facts = extract_numbers(doc, published=art.published)
            omap = OffsetMap(art.text, item["text"])
            for f in facts:
                span = omap.span(f.start, f.end)
                if span is not None:
                    preds.append(
                        Pred(
                            span[0],
                            span[1],
                            f.value,
                            f.value_max,
                            f.unit,
                            f.kind,
                            f.qualifier,
                            f.change,
                            f.about,
                        )
                    )
        t0 = time.perf_counter()
        t_extract += t0 - t1
        out.append(preds)
    return out, t_parse, t_extract


def _quantulum_preds(items: list[dict]) -> tuple[list[list[Pred]], float, float]:
    from quantulum3 import parser

    out = []
    t0 = time.perf_counter()
    for item in items:
        preds = []
        try:
            quantities = parser.parse(item["text"])
        except Exception:  # quantulum3 raises assorted errors on odd input
            quantities = []
        for q in quantities:
            unit = None if q.unit.name == "dimensionless" else q.unit.name
            kind = "count" if unit is None else "quantity"
            preds.append(Pred(q.span[0], q.span[1], q.value, None, unit, kind))
        out.append(preds)
    return out, 0.0, time.perf_counter() - t0


def evaluate(items: Iterable[dict], predictions: Iterable[list[Pred]]) -> Scores:
    """Score predictions (one list per item, original offsets) against gold items."""
    scores = Scores()
    for item, preds in zip(items, predictions, strict=True):
        score_item(item, preds, scores)
    return scores


def main(
    gold: Path,
    *,
    model: str,
    limit: int | None = None,
    engine: str = "newsfacts",
    errors: int = 0,
) -> None:
    """Run cleaning + extraction on every gold document and print the scores.

    Items without offsets but with ``change``/``concept`` are scored in the news format
    (``newsfacts.evaluation.numbers_news``).

    ``engine="quantulum3"`` scores quantulum3 alone on the raw text (a baseline); ``errors``
    prints that many misses and false positives.
    """
    from newsfacts.evaluation.numbers_news import (
        NewsScores,
        format_news_errors,
        format_news_scores,
        is_news_format,
        score_news_item,
    )

    items = read_gold(gold, limit=limit)
    if engine == "quantulum3":
        preds, t_parse, t_extract = _quantulum_preds(items)
    elif engine == "newsfacts":
        preds, t_parse, t_extract = _pipeline_preds(items, model)
    else:
        raise ValueError(f"unknown engine {engine!r}: use 'newsfacts' or 'quantulum3'")
    print(f"numbers: {len(items)} items, engine {engine}")
    news = is_news_format(items)
    if news:
        news_scores = NewsScores()
        for item, item_preds in zip(items, preds, strict=True):
            score_news_item(item, item_preds, news_scores)
        print(format_news_scores(news_scores))
    else:
        scores = evaluate(items, preds)
        print(format_scores(scores))
    if engine == "newsfacts":
        share = t_extract / t_parse if t_parse else float("nan")
        print(f"time: spaCy parse {t_parse:.2f} s, extract_numbers {t_extract:.3f} s ({share:.1%})")
    else:
        print(f"time: quantulum3 {t_extract:.2f} s")
    if errors and news:
        print(format_news_errors(news_scores, errors))
    elif errors:
        print("\nmisses (id, gold surface, gold value, overlapping predictions):")
        for miss in scores.misses[:errors]:
            print("  ", miss)
        print("\nfalse positives on scope=all items (id, prediction, text):")
        for fp in scores.false_positives[:errors]:
            print("  ", fp)
