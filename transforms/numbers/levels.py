"""Numbers near a change word that are not the size of the change.

- The reference of a comparison is a level: "slightly higher than the 40.5 billion of May",
  "well lower than the $60 of last year" (after "than" that follows a comparative
  other than "more", "less" and "fewer", which make a qualifier: "rose more than 5%").
- A threshold crossed is a level: "the peso sank below 20", "rose above $50", "climbed past 10,000"
  (after a verb; "keep rises below 5%" bounds the size of a rise).
- A duration that frames the change is no size of it: "lost $9 in six days", "halve traffic
  within four years", "after two hours", "a 12-month decline"; only "by" or the change verb right
  before it make a duration a change ("delayed by two hours").
- Repetitions are events, not amounts: "raised rates seven times", "lost twice"; and a change of
  zero has no direction ("growth had been zero").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from transforms.numbers.change_words import direction
from transforms.types import NumberFact

_QUALIFYING = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "some", "just", "only", "an", "a",
     "estimated", "over", "under", "more", "less", "than", "at", "least", "most", "up", "to"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
_THRESHOLDS = frozenset({"above", "below", "beyond", "past"})
_QUALIFIER_COMPARATIVES = frozenset({"more", "less", "fewer", "greater", "better", "no", "not"})


def levels_not_changes(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with the change taken off comparison references, thresholds, time frames and
    repetitions."""
    out = list(facts)
    for i, f in enumerate(facts):
        if f.change is None:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        if (f.kind == "count" and f.unit == "time") or (f.value == 0 and f.value_max is None):
            out[i] = replace(f, change=None)
            continue
        k = span.start - 1
        if doc[k].lower_ in _THRESHOLDS and k > 0 and doc[k - 1].pos_ in ("VERB", "AUX"):
            out[i] = replace(f, change=None)
            continue
        if f.kind == "duration" and not _size_of_change(doc, k):
            out[i] = replace(f, change=None)
            continue
        while k > 0 and doc[k].lower_ in _DETERMINERS:
            k -= 1
        if (
            doc[k].lower_ == "than"
            and k > 0
            and doc[k - 1].tag_ in ("JJR", "RBR")
            and doc[k - 1].lower_ not in _QUALIFIER_COMPARATIVES
        ):
            out[i] = replace(f, change=None)
    return out


def _size_of_change(doc: Doc, k: int) -> bool:
    """The duration starting after token ``k`` follows "by" or the change verb itself ("delayed by
    two hours", "lengthened three days"), not another preposition ("in five days") or a
    determiner ("a 12-month decline": how long it lasted)."""
    while k >= 0 and doc[k].lower_ in _QUALIFYING - _DETERMINERS:
        k -= 1
    return k >= 0 and (
        doc[k].lower_ == "by" or (doc[k].pos_ == "VERB" and direction(doc[k]) is not None)
    )
