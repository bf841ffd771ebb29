"""A number before a comparative of a level adjective is a difference, so the size of a change:
"the rand was 0.6% weaker", "zinc was 1.4% firmer", "1/16 point firmer", "fees were 12% more than in 2019",
"15% more pupils", "12% below last year's level" ("higher" and "lower" are read with the words around the number, in ``surface``).
A count gets a direction only with a "than" phrase that names a time ("employs 500 fewer people
than a year ago", "sold 200 more cars than last year"; "five more people" adds, "200 more cars
than its rival" compares).

A comparison with another time is a rise or fall; a comparison with another thing is not ("9%
smaller than its rival", "bread costs 30% more here than in Italy"): when a "than" phrase follows, it
must name a time (a date, a year, "a year ago", "the previous year") for the number to get a
direction. "more" and "less" before an adjective compare a quality ("12% more likely", "20% more
efficient") and give none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from transforms.types import NumberFact

_UP = frozenset({"bigger", "larger", "greater", "stronger", "firmer", "dearer", "more"})
_DOWN = frozenset({"smaller", "weaker", "softer", "cheaper", "less", "fewer"})
_AMOUNTS = frozenset({"percent", "money", "quantity", "fraction"})  # "five more people": no
# prepositions of position after an amount: a difference from the reference that follows
_POSITIONS = {"above": "up", "below": "down"}
_TIME_WORDS = frozenset({"ago", "earlier", "before", "previous", "prior", "last", "year", "month"})


def comparative_differences(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with ``up``/``down`` on amounts right before a comparative of level."""
    out = list(facts)
    for i, f in enumerate(facts):
        if f.change is not None or f.kind not in _AMOUNTS | {"count"}:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        k = span.end
        if doc[k].lower_ in ("point", "points") and k + 1 < len(doc):
            k += 1  # "1/16 point firmer": a fraction's unit the figure leaves out
        word = doc[k]
        low = word.lower_
        if low in _POSITIONS:  # "12% below last year's level": against a time only
            if _names_time(t for t in word.subtree if t.i > word.i):
                out[i] = replace(f, change=_POSITIONS[low])
            continue
        if low not in _UP and low not in _DOWN:
            continue
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if low in ("more", "less") and nxt is not None and nxt.pos_ in ("ADJ", "ADV"):
            continue  # "12% more likely than boys", "20% more efficient": a quality compared
        than = _than_phrase(doc, k + 1)
        if than is not None and not _names_time(than):
            continue
        if f.kind == "count" and than is None:
            continue  # "five more people": more of them, not a change; "500 fewer than a year ago" is
        out[i] = replace(f, change="up" if low in _UP else "down")
    return out


def _than_phrase(doc: Doc, k: int) -> Span | None:
    """The "than" phrase within two words of ``k`` ("more expensive than ..."), to the clause end."""
    for j in range(k, min(k + 3, len(doc))):
        if doc[j].lower_ == "than":
            return doc[j + 1 : _clause_end(doc, j + 1)]
    return None


def _clause_end(doc: Doc, k: int) -> int:
    while k < len(doc) and not doc[k].is_punct:
        k += 1
    return k


def _names_time(phrase: Iterable[Token]) -> bool:
    return any(
        not _glued(t)
        and not t.is_punct  # "the two-year bond" names no time
        and (t.ent_type_ == "DATE" or t.lower_ in _TIME_WORDS or (t.like_num and len(t.text) == 4))
        for t in phrase
    )


def _glued(tok: Token) -> bool:
    """``tok`` is in a hyphened compound ("two-year")."""
    doc = tok.doc
    before = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    return before or after
