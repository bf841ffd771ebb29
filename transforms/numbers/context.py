"""Context tests that decide how a number in its sentence is read (pure predicates on lexemes).

A rise "from 2% to 5%" is a change, not a range; "2-1" after a match is a score; "half" after
"the first" is a noun; "a third of" is a fraction but "a third term" an ordinal.
"""

from __future__ import annotations

from transforms.numbers.core import Core, parse_core
from transforms.numbers.filters import TokenIndex
from transforms.numbers.lexer import Lexeme
from transforms.numbers.qualifiers import qualifier_before
from transforms.numbers.suffixes import Suffix
from transforms.numbers.units import match_unit
from transforms.numbers.words import SCALES

HALF_BLOCKERS = frozenset(
    [
        "the",
        "first",
        "second",
        "third",
        "last",
        "this",
        "that",
        "each",
        "every",
        "other",
        "latter",
        "former",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "in",
        "one",
    ]
)

_CHANGE_VERBS = frozenset(
    [
        "rise",
        "fall",
        "increase",
        "decrease",
        "cut",
        "drop",
        "grow",
        "climb",
        "jump",
        "slip",
        "reduce",
        "raise",
        "decline",
        "soar",
        "plunge",
        "slump",
        "surge",
        "lift",
        "lower",
        "shrink",
        "expand",
        "double",
        "halve",
        "swell",
        "sink",
        "tumble",
        "rocket",
        "dip",
        "boost",
        "trim",
        "widen",
        "narrow",
        "improve",
        "worsen",
        "change",
        "move",
        "go",
    ]
)


def is_change(idx: TokenIndex, lexemes: list[Lexeme], s: int) -> bool:
    """ "rose from (about) 2% to 5%": a change between two values, not a range."""
    _, s = qualifier_before(lexemes, s)
    if s == 0 or lexemes[s - 1].low != "from":
        return False
    tok = idx.at(lexemes[s - 1].start)
    return tok is not None and tok.head.lemma_.lower() in _CHANGE_VERBS


def is_score(lexemes: list[Lexeme], core: Core, suffix: Suffix, k: int) -> bool:
    """ "2-1": small whole numbers joined by a hyphen, the second smaller (ranges ascend)."""
    if not core.digits_only or suffix.unit is not None or k + 1 >= len(lexemes):
        return False
    hy, nxt = lexemes[k], lexemes[k + 1]
    if hy.text not in ("-", "–") or nxt.kind != "num" or not nxt.text.isdigit():
        return False
    if not (lexemes[k - 1].end == hy.start and hy.end == nxt.start):
        return False
    return core.value < 100 and int(nxt.text) < core.value and len(lexemes[k - 1].text) <= 2


def over_fraction(lexemes: list[Lexeme], core: Core, k: int) -> bool:
    """ "2000 over 3", "one over twenty" ending a clause: a fraction (not "over 3 years")."""
    n = len(lexemes)
    if core.currency or k + 1 >= n or lexemes[k].low != "over":
        return False
    second = parse_core(lexemes, k + 1)
    if second is None or second.currency:
        return False
    return second.end >= n or lexemes[second.end].kind == "sym"


def fraction_use(lexemes: list[Lexeme], e: int) -> bool:
    """After "three quarters": "of", a unit, a scale or the end of a clause make it a fraction."""
    if e >= len(lexemes) or lexemes[e].kind == "sym" or lexemes[e].low in ("of", "and", "or"):
        return True
    return match_unit(lexemes, e) is not None or lexemes[e].low in SCALES


def half_ok(lexemes: list[Lexeme], s: int) -> bool:
    if s > 0 and lexemes[s - 1].low in HALF_BLOCKERS:
        return False
    nxt = lexemes[s + 1] if s + 1 < len(lexemes) else None
    return not (nxt is not None and nxt.text in ("-", "‑") and nxt.start == lexemes[s].end)


def ordinal_use(idx: TokenIndex, lexemes: list[Lexeme], e: int) -> bool:
    if e >= len(lexemes):
        return False
    nxt = lexemes[e]
    if nxt.low in ("of", "and", "or") or nxt.kind != "word":
        return False
    if match_unit(lexemes, e) is not None:
        return False
    tok = idx.at(nxt.start)
    return tok is not None and tok.pos_ in ("NOUN", "PROPN", "ADJ")
