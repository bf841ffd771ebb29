"""`newsfacts eval entities --gold PATH`: score the entities extractor against a gold JSONL file.

Gold format (one JSON object per line): ``{"doc_id", "text", "entities": [{"start", "end",
"label", "text"}, ...]}`` with CoNLL labels PER, ORG, LOC, MISC and offsets into ``text``.
Each document goes through the project's cleaning, one ``nlp.pipe`` parse (of the copy with
ALL-CAPS lines recased, as in the pipeline: :mod:`transforms.recase`) and
``extract_mentions`` (with the place gazetteer of ``flows.gazetteer.load_places``); predicted offsets are mapped back to the gold text with ``OffsetMap``.
The bare spaCy figure (plain ``doc.ents``, same label mapping) is printed beside ours.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsfacts.evaluation.align import OffsetMap

# spaCy (OntoNotes) label -> CoNLL-2003 label; labels not listed (numeric ones) are dropped.
CONLL_LABEL = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
}
CONLL_TYPES = ("LOC", "MISC", "ORG", "PER")

Span = tuple[int, int, str]  # (start, end, CoNLL label)


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: its text and its set of labelled spans."""

    doc_id: str
    text: str
    spans: frozenset[Span]


@dataclass(frozen=True, slots=True)
class Score:
    """Counts and derived precision / recall / F1 of one label (or the micro average)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def to_conll(label: str) -> str | None:
    """The CoNLL-2003 label of a spaCy label, or None for labels the gold does not annotate."""
    return CONLL_LABEL.get(label)


def parse_gold_line(line: str, *, where: str = "gold") -> GoldDoc:
    """Parse one JSONL line of the gold format; raises ValueError naming the bad field."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"{where}: not valid JSON ({exc.msg}); expected one object per line"
        ) from exc
    for key in ("doc_id", "text", "entities"):
        if key not in obj:
            raise ValueError(f"{where}: missing field {key!r}; expected doc_id, text, entities")
    spans = frozenset((int(e["start"]), int(e["end"]), str(e["label"])) for e in obj["entities"])
    return GoldDoc(doc_id=str(obj["doc_id"]), text=str(obj["text"]), spans=spans)


def load_gold(path: Path, *, limit: int | None = None) -> list[GoldDoc]:
    """Read the gold JSONL file (first ``limit`` documents when given)."""
    docs: list[GoldDoc] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            if limit is not None and len(docs) >= limit:
                break
            docs.append(parse_gold_line(line, where=f"{path}:{n}"))
    return docs


def map_spans(spans: Iterable[tuple[int, int, str]], offsets: OffsetMap) -> frozenset[Span]:
    """Map (start, end, spaCy label) spans of the cleaned text to CoNLL spans of the gold text.

    Spans with a label the gold does not annotate, or whose offsets cannot be mapped, are dropped.
    """
    out: set[Span] = set()
    for start, end, label in spans:
        conll = to_conll(label)
        if conll is None:
            continue
        mapped = offsets.span(start, end)
        if mapped is not None:
            out.add((mapped[0], mapped[1], conll))
    return frozenset(out)


def score(gold: Iterable[frozenset[Span]], pred: Iterable[frozenset[Span]]) -> dict[str, Score]:
    """Exact-span scores per CoNLL type and ``"micro"`` over paired documents.

    A prediction counts as a true positive only when start, end and label all match.
    """
    counts = {t: [0, 0, 0] for t in CONLL_TYPES}
    for g, p in zip(gold, pred, strict=True):
        for s in p:
            c = counts.setdefault(s[2], [0, 0, 0])
            c[0 if s in g else 1] += 1
        for s in g - p:
            counts.setdefault(s[2], [0, 0, 0])[2] += 1
    result = {t: Score(*c) for t, c in sorted(counts.items())}
    result["micro"] = Score(
        sum(c[0] for c in counts.values()),
        sum(c[1] for c in counts.values()),
        sum(c[2] for c in counts.values()),
    )
    return result


def format_table(ours: dict[str, Score], bare: dict[str, Score]) -> str:
    """A plain-text table: per type and micro P/R/F1 for ours beside bare spaCy."""
    head = f"{'type':<6} {'n_gold':>6} | {'P':>5} {'R':>5} {'F1':>5} | bare {'P':>5} {'R':>5} {'F1':>5}"
    lines = [head, "-" * len(head)]
    for t in [*sorted(k for k in ours if k != "micro"), "micro"]:
        o, b = ours[t], bare.get(t, Score(0, 0, 0))
        lines.append(
            f"{t:<6} {o.tp + o.fn:>6} | {o.precision:5.3f} {o.recall:5.3f} {o.f1:5.3f} |"
            f"      {b.precision:5.3f} {b.recall:5.3f} {b.f1:5.3f}"
        )
    return "\n".join(lines)


def _predict(
    gold_docs: list[GoldDoc], *, model: str
) -> Iterator[tuple[frozenset[Span], frozenset[Span], float, float]]:
    """Yield (ours, bare, parse seconds, extract seconds) per gold document."""
    from flows.gazetteer import load_countries, load_place_keys, load_places
    from flows.nlp import load_nlp
    from transforms.clean import clean_record
    from transforms.entities import extract_mentions
    from transforms.extract import as_written
    from transforms.recase import recase_for_parsing
    from transforms.types import ArticleFacts, CleanArticle, RawRecord

    nlp = load_nlp(model)
    places, countries, known = load_places(), load_countries(), load_place_keys()
    cleaned: list[str] = []
    for g in gold_docs:
        res = clean_record(RawRecord(source=g.doc_id, content_sha256="", body=g.text, fmt="txt"))
        cleaned.append(res.text if isinstance(res, CleanArticle) else "")
    docs = nlp.pipe((recase_for_parsing(t) for t in cleaned), batch_size=16)
    for g, text in zip(gold_docs, cleaned, strict=True):
        t0 = time.perf_counter()
        doc = next(docs)
        t1 = time.perf_counter()
        found = extract_mentions(doc, places=places, countries=countries, known=known)
        mentions = as_written(ArticleFacts(found), text).mentions
        t2 = time.perf_counter()
        offsets = OffsetMap(text, g.text)
        ours = map_spans(((m.start, m.end, m.label) for m in mentions), offsets)
        bare = map_spans(((e.start_char, e.end_char, e.label_) for e in doc.ents), offsets)
        yield ours, bare, t1 - t0, t2 - t1


def main(gold: Path, *, model: str, limit: int | None = None) -> None:
    """Run cleaning + extraction on every gold document and print the scores."""
    from flows.gazetteer import load_places

    gold_docs = load_gold(gold, limit=limit)
    if not gold_docs:
        print(f"{gold}: no documents to score")
        return
    t0 = time.perf_counter()
    n_places = len(load_places())  # cached: _predict gets the same set
    print(f"gazetteer: {n_places} place names loaded in {time.perf_counter() - t0:.2f} s")
    ours_all, bare_all = [], []
    parse_s = extract_s = 0.0
    for ours, bare, tp, te in _predict(gold_docs, model=model):
        ours_all.append(ours)
        bare_all.append(bare)
        parse_s += tp
        extract_s += te
    gold_sets = [g.spans for g in gold_docs]
    ours_score = score(gold_sets, ours_all)
    bare_score = score(gold_sets, bare_all)
    print(f"{len(gold_docs)} documents, exact-span match (start, end, CoNLL label)")
    print(format_table(ours_score, bare_score))
    share = extract_s / parse_s if parse_s else 0.0
    print(
        f"parse {parse_s:.2f} s, extract_mentions {extract_s:.3f} s "
        f"({share:.1%} of parse time, {1000 * extract_s / len(gold_docs):.2f} ms per document)"
    )
