"""Magnitude suffixes and words after digits ("3bn", "£20m", "0.5k", "10 bln", "1.5 million")."""

from __future__ import annotations

from transforms.numbers.lexer import Lexeme

# always a magnitude after digits
SUFFIXES = {
    "k": 1e3, "thousand": 1e3, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mill": 1e6, "bn": 1e9,
    "bln": 1e9, "tn": 1e12, "tln": 1e12, "trn": 1e12, "trillion": 1e12,
}  # fmt: skip
# a magnitude only in a money context or when the next word is a plural noun ("20m people");
# otherwise a unit ("100m" metres, "1500b" bits)
CONTEXT_SUFFIXES = {"m": 1e6, "b": 1e9}
_CASED = {"K": 1e3, "M": 1e6, "B": 1e9, "Bn": 1e9, "T": 1e12}


def magnitude_at(lexemes: list[Lexeme], k: int, *, money: bool, decimal: bool) -> float | None:
    """Magnitude of the lexeme at ``k`` right after a digit number, or None."""
    if k >= len(lexemes):
        return None
    lx = lexemes[k]
    if lx.kind != "word":
        return None
    glued = k > 0 and lexemes[k - 1].end == lx.start
    low = lx.low
    if low in SUFFIXES:
        if len(low) == 1 and not glued and not money:
            nxt = lexemes[k + 1] if k + 1 < len(lexemes) else None
            if nxt is not None and nxt.kind != "sym":
                return None  # "5 k" spaced: only with money or at the end of a clause
        return SUFFIXES[low]
    if lx.text in _CASED and glued:
        if lx.text == "B" and not (money or decimal):
            return None  # "1500B" bytes
        return _CASED[lx.text]
    if (
        low in CONTEXT_SUFFIXES
        and glued
        and lx.text.islower()
        and (money or (low == "b" and decimal))
    ):
        return CONTEXT_SUFFIXES[low]
    return None


def plural_noun_follows(lexemes: list[Lexeme], k: int) -> bool:
    """Cheap test that the word after ``k`` is a plural noun-like word ("20m people")."""
    if k + 1 >= len(lexemes):
        return False
    w = lexemes[k + 1]
    if w.kind != "word" or w.start - lexemes[k].end != 1:
        return False
    if w.low in ("people", "children", "men", "women"):
        return True
    return len(w.low) > 3 and w.low.endswith("s") and not w.low.endswith(("ss", "us", "is"))


def metres_on_line(lexemes: list[Lexeme], j: int) -> bool:
    """Another number on the line is glued to an "m" that no plural noun, "of" or currency
    follows or precedes ("won the 400m in 45.1 seconds"): the line measures in metres, so the
    "m" at ``j`` before a plural noun after "the" or a possessive is one too ("the men's 110m
    hurdles", "the 400m and 800m titles"), not a million ("about 20m people" stays one)."""
    if j < 2:
        return False
    before = lexemes[j - 2].low
    listed = before in ("and", "or") and j > 3 and lexemes[j - 3].low == "m"  # "400m and 800m"
    if not (before == "the" or before.endswith(("'s", "’s")) or listed):
        return False
    for k, lx in enumerate(lexemes):
        if k == j or lx.low != "m" or k == 0 or lexemes[k - 1].kind != "num":
            continue
        if lexemes[k - 1].end != lx.start or plural_noun_follows(lexemes, k):
            continue
        if k > 1 and lexemes[k - 2].kind == "sym" and lexemes[k - 2].end == lexemes[k - 1].start:
            continue  # "£5m": money
        nxt = lexemes[k + 1] if k + 1 < len(lexemes) else None
        if nxt is not None and nxt.kind == "word" and nxt.low in ("of", "a", "an", "in", "from"):
            continue  # "5m of the", "5m a year", "5m in funding": likely millions
        return True
    return False
