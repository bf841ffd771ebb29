"""Multiplicative changes: a number that says how many times a thing grew or shrank.

"Sales rose by a factor of five", "output fell by a factor of 2", "exports rose five-fold": the
number is the size of a rise or fall, as a multiplier rather than a difference ("-fold" only
where a change word governs it: "the task is two-fold" is in two parts; "a factor of" without
"by" only with a change word: "expressed as a factor of N" is a scale). Such a row is a
``quantity`` with the unit ``factor``; its ``change`` is the direction of the change word the
phrase hangs on ("rose", "fell", "higher", "a five-fold increase": ``up``; "differ by a factor
of 10": none), and its ``about`` what moved (the subject of that verb; never the word "factor").
One word ("rose fivefold", "a tenfold rise", "was up threefold") is read as "five-fold", and only
where a change word governs it ("a twofold aim" gives no row). "rose three times" stays a count
of events ("raised rates three times"): the parse does not tell it from a multiplier, and in the
corpora every such phrase counted events. A verb that multiplies without a number ("tripled to
$30m", "doubled from $4m") gives no row of its own: its figures are the levels reached or left,
with no ``change``.
"""

from __future__ import annotations

import re
from bisect import insort
from dataclasses import replace

from spacy.tokens import Doc, Token

from transforms.doctext import doc_text
from transforms.numbers.about import with_about
from transforms.numbers.change_words import direction
from transforms.numbers.lexer import lex
from transforms.numbers.phrases import noun_phrase
from transforms.numbers.qualifiers import qualifier_before
from transforms.numbers.subjects import subject
from transforms.numbers.surface import verb_direction
from transforms.numbers.words import TEENS, TENS, UNITS
from transforms.types import NumberFact

_FACTOR_OF = re.compile(r"\b(?P<by>by\s+)?a\s+factor\s+of\s+$", re.IGNORECASE)
_FOLD = re.compile(r"-fold\b", re.IGNORECASE)
_ONE_WORD = re.compile(r"(?P<n>[a-z]+)fold", re.IGNORECASE)
_FOLD_VALUES = {
    **{w: float(v) for w, v in {**UNITS, **TEENS, **TENS}.items() if v > 1},
    "hundred": 100.0,
    "thousand": 1e3,
}
UNIT = "factor"


def multipliers(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with each multiplier of a change made a ``factor`` (see the module)."""
    text = doc_text(doc)
    out = []
    for f in facts:
        if f.kind == "count" and f.value_max is None:
            factor_of = _FACTOR_OF.search(text, max(0, f.start - 40), f.start)
            if factor_of is not None and f.unit is None:
                f = _by_a_factor(doc, f, by=factor_of.group("by") is not None)
            elif _FOLD.match(text, f.end) and (f.unit is None or _unit_moves(doc, f)):
                f = _fold(doc, f)
        out.append(f)
    spans = [(f.start, f.end) for f in out]
    for t in doc:
        if (m := _ONE_WORD.fullmatch(t.text)) and (value := _FOLD_VALUES.get(m["n"].lower())):
            f = _one_word(doc, t, value, spans)
            if f is not None:
                insort(out, f, key=lambda g: g.start)
    return out


def _unit_moves(doc: Doc, f: NumberFact) -> bool:
    """A "-fold" count whose counted noun is a change noun ("a five-fold rise in profits")."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.lower_ == f.unit and direction(t) is not None for t in span.root.ancestors)


def _one_word(doc: Doc, t: Token, value: float, spans: list[tuple[int, int]]) -> NumberFact | None:
    """ "fivefold", "tenfold" read as "five-fold": a row only where a change word governs it."""
    text = doc_text(doc)
    start, end = t.idx, t.idx + len(t.text)
    if any(s < end and start < e for s, e in spans):
        return None  # already read as part of another row
    lexemes = lex(text, t.sent.start_char, start)
    q, _ = qualifier_before(lexemes, len(lexemes))
    f = NumberFact(start, end, text[start:end], value, "count", qualifier=q)
    f = _fold(doc, with_about(doc, f, spans))
    if f.unit == UNIT:
        return f
    found = _particle(t)
    if found is None:
        return None
    return replace(f, kind="quantity", unit=UNIT, change=f.change or found)


def _particle(t: Token) -> str | None:
    """The direction of an "up" or "down" before the multiplier, on it or on the copula it
    hangs on ("was up threefold", "were up more than tenfold")."""
    holders = [t, *(a for a in list(t.ancestors)[:3] if a.pos_ == "AUX")][:2]
    for h in holders:
        for c in h.children:
            if c.dep_ == "advmod" and c.i < t.i and (found := direction(c)) is not None:
                return found
    return None


def _fold(doc: Doc, f: NumberFact) -> NumberFact:
    """ "N-fold" sizing a change ("rose five-fold", "expand six-fold", "a five-fold rise"); not
    "the task is two-fold" (in two parts)."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return f
    t = span.root
    for _ in range(3):
        if t.head.i == t.i:
            break
        t = t.head
        found = verb_direction(t) if t.pos_ in ("VERB", "AUX") else direction(t)
        if found is not None:
            return replace(f, kind="quantity", unit=UNIT, change=f.change or found)
    return f


def _by_a_factor(doc: Doc, f: NumberFact, *, by: bool) -> NumberFact:
    """The number after "a factor of": the change word "factor" hangs on gives its direction and
    what moved; without "by" and a change word it is no multiplier (a scale "expressed as a
    factor of N")."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    factor = _factor_token(doc, span.start) if span is not None else None
    mover = _mover(factor) if factor is not None else None
    change = None
    about = None
    if mover is not None:
        change = verb_direction(mover) if mover.pos_ in ("VERB", "AUX") else direction(mover)
        subj = subject(mover) if mover.pos_ in ("VERB", "AUX", "ADJ") else None
        about = noun_phrase(subj, f.start, f.end) if subj is not None else None
    if not by and change is None:
        return f
    s, e = about if about is not None else (None, None)
    words = doc_text(doc)[s:e] if about is not None else None
    f = replace(f, kind="quantity", unit=UNIT, change=change)
    return replace(f, about=words, about_start=s, about_end=e)


def _factor_token(doc: Doc, start: int) -> Token | None:
    """The token "factor" before the number at token ``start`` ("a factor of N")."""
    for k in range(start - 1, max(-1, start - 4), -1):
        if doc[k].lower_ == "factor":
            return doc[k]
    return None


def _mover(factor: Token) -> Token | None:
    """The change word "factor" hangs on: the head of "by" ("rose by a factor of 5", "an increase
    by a factor of 5", "higher by a factor of 3"), or the verb it is the object of."""
    head = factor.head
    if factor.dep_ == "pobj" and head.lower_ == "by":
        head = head.head
    if head.i == factor.i or head.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "ADV"):
        return None
    return head
