"""A figure compared with a change is the size of a change too, in the same direction.

"Sales rose 1.2% in May, compared with 0.1% in April", "grew 5% against 3% a year earlier": the
figure after "compared with", "against" or "versus" that follows a rise or fall in the same unit,
with no verb and no other figure between, sizes the same kind of change in another period or place
(not a share of a whole nor the subject of a clause of its own: "rose 8% compared with 40% of the
firms surveyed"). A reference compared with a level stays a level ("fell 9% to $31m, against $34m a
year earlier": the nearest figure before it is the level $31m).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from transforms.types import NumberFact

_KINDS = frozenset({"percent", "money", "quantity"})
_REFERENCES = frozenset({"against", "versus", "vs", "vs."})
_COMPARING = frozenset({"compared", "compares", "comparing", "comparison"})
_TIMES = frozenset({"date", "year", "ordinal"})
_SKIPPED = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "just", "only"})


def compared_moves(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with the direction of a change given to the figure compared with it."""
    out = list(facts)
    for i in range(1, len(out)):
        f, j = out[i], i - 1
        while j > 0 and out[j].kind in _TIMES:
            j -= 1  # "rose 1.1% in 1986 against 2.0% in 1985"
        prev = out[j]
        if f.change is not None or prev.change is None or f.kind not in _KINDS:
            continue
        if f.unit != prev.unit or f.value_max is not None:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        before = doc.char_span(prev.start, prev.end, alignment_mode="expand")
        if span is None or before is None or before.sent.start != span.sent.start:
            continue
        k = span.start - 1
        while k > before.end and doc[k].lower_ in _SKIPPED:
            k -= 1
        if k <= before.end or not _reference(doc, k) or _share_or_subject(span):
            continue
        between = doc[before.end : k]
        if any(t.pos_ in ("VERB", "AUX") and t.lower_ not in _COMPARING for t in between):
            continue  # "rose 5%, but analysts expected 3%"
        out[i] = replace(f, change=prev.change)
    return out


def _share_or_subject(span: Span) -> bool:
    """ "compared with 40% of the firms": a share of a whole, or the subject of a clause of its own."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        return True
    return span.root.dep_ in ("nsubj", "nsubjpass")


def _reference(doc: Doc, k: int) -> bool:
    """Token ``k`` ends a word of comparison: "against", "versus", "compared with"."""
    word = doc[k].lower_
    if word in _REFERENCES:
        return True
    return word in ("with", "to") and k > 0 and doc[k - 1].lower_ in _COMPARING
