"""A number before a comparative of a level adjective is a difference, so the size of a change:
"the rand was 0.6% weaker", "zinc was 1.4% firmer", "fees were 12% more than in 2019",
"15% more pupils" ("higher" and "lower" are read with the words around the number, in ``surface``).

A comparison with another time is a rise or fall; a comparison with another thing is not ("9%
smaller than its rival", "bread costs 30% more here than in Italy"): when a "than" phrase follows, it
must name a time (a date, a year, "a year ago", "the previous year") for the number to get a
direction. "more" and "less" before an adjective compare a quality ("12% more likely", "20% more
efficient") and give none.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from transforms.types import NumberFact

_UP = frozenset({"bigger", "larger", "greater", "stronger", "firmer", "dearer", "more"})
_DOWN = frozenset({"smaller", "weaker", "softer", "cheaper", "less", "fewer"})
_AMOUNTS = frozenset({"percent", "money", "quantity", "fraction"})  # "five more people": no
_TIME_WORDS = frozenset({"ago", "earlier", "before", "previous", "prior", "last", "year", "month"})


def comparative_differences(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with ``up``/``down`` on amounts right before a comparative of level."""
    out = list(facts)
    for i, f in enumerate(facts):
        if f.change is not None or f.kind not in _AMOUNTS:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        word = doc[span.end]
        low = word.lower_
        if low not in _UP and low not in _DOWN:
            continue
        nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if low in ("more", "less") and nxt is not None and nxt.pos_ in ("ADJ", "ADV"):
            continue  # "12% more likely than boys", "20% more efficient": a quality compared
        than = _than_phrase(doc, span.end + 1)
        if than is not None and not _names_time(than):
            continue
        out[i] = replace(f, change="up" if low in _UP else "down")
    return out


def _than_phrase(doc: Doc, k: int) -> Span | None:
    """The "than" phrase within two words of ``k`` ("more expensive than ..."), to the clause end."""
    for j in range(k, min(k + 3, len(doc))):
        if doc[j].lower_ == "than":
            end = j + 1
            while end < len(doc) and not doc[end].is_punct:
                end += 1
            return doc[j + 1 : end]
    return None


def _names_time(phrase: Span) -> bool:
    return any(
        t.ent_type_ == "DATE" or t.lower_ in _TIME_WORDS or (t.like_num and len(t.text) == 4)
        for t in phrase
    )
