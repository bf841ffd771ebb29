"""Digits that open a title or a model name after lower-case text ("in 24 Hour Party People",
"its 3-Series saloon", "two new 737 Max jets"): a name, not a count."""

from __future__ import annotations

from transforms.lexicon import WEEKDAYS
from transforms.numbers.dates import MONTHS, is_year
from transforms.numbers.filters import TokenIndex
from transforms.numbers.lexer import Lexeme
from transforms.numbers.units import match_unit

_HYPHEN_MARKS = frozenset({"-", "‑"})


def capitalised(lx: Lexeme) -> bool:
    """A capitalised word that is no month or weekday name."""
    return (
        lx.kind == "word"
        and lx.text[:1].isupper()
        and lx.low not in MONTHS
        and lx.low not in WEEKDAYS
    )


def is_titled_name(idx: TokenIndex, lexemes: list[Lexeme], s: int, e: int) -> bool:
    """Digits that open a title or a model name after lower-case text.

    - glued by a hyphen to a capitalised word that is no unit ("its 3-Series saloon");
    - followed by two or more capitalised words that end the noun phrase, the last one not a
      plural ("in 24 Hour Party People", "the series 21 Jump Street"; but "three Six Nations",
      "30 Labour MPs", "148 WTO members" count);
    - after another number and its adjectives, before a capitalised word ("two new 737 Max jets").
    """
    n = len(lexemes)
    if not lexemes[s].text.isdigit() or is_year(lexemes[s].text):
        return False  # "7,599", "1.80": amounts; names and models use plain digits
    if e >= n or s == 0 or lexemes[s - 1].kind != "word" or not lexemes[s - 1].text[:1].islower():
        return False  # title-case or sentence-initial text says nothing
    nxt = lexemes[e]
    if (
        nxt.text in _HYPHEN_MARKS
        and nxt.start == lexemes[e - 1].end
        and e + 1 < n
        and lexemes[e + 1].start == nxt.end
        and capitalised(lexemes[e + 1])
        and match_unit(lexemes, e + 1) is None
    ):
        return True
    if not capitalised(nxt):
        return False
    if match_unit(lexemes, e) is not None and (len(nxt.text) <= 3 or nxt.text.isupper()):
        return False  # "a 5 W USB-C charger": a unit symbol, not a title ("24 Hour Party People")
    j = e
    while j < n and capitalised(lexemes[j]) and lexemes[j].start - lexemes[j - 1].end == 1:
        j += 1
    if j - e >= 2 and not lexemes[j - 1].low.endswith("s"):
        after = lexemes[j] if j < n else None
        if after is None or after.kind == "sym" or not _modifier_or_noun(idx, after.start):
            return True
    tok = idx.at(lexemes[s].start)
    if tok is None or tok.i < 2:
        return False
    k = tok.i - 1
    while k > 0 and tok.doc[k].pos_ == "ADJ" and k > tok.i - 3:
        k -= 1
    return k < tok.i - 1 and tok.doc[k].like_num and tok.doc[k].head.i == tok.head.i


def _modifier_or_noun(idx: TokenIndex, char: int) -> bool:
    tok = idx.at(char)
    return tok is not None and tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
