"""Ordinals: "21st", "third", "twentieth"; not names ("Second World War"), enumerators ("First, ...")
or idioms ("at first", "first of all")."""

from __future__ import annotations

from transforms.numbers.filters import TokenIndex, is_enumerator, is_name_or_code
from transforms.numbers.lexer import Lexeme
from transforms.numbers.rows import Found, make_fact
from transforms.numbers.words import ORDINALS, TENS, UNIT_ORDINALS

ORD_SUFFIX = frozenset({"st", "nd", "rd", "th"})


def digit_ordinal(text: str, idx: TokenIndex, lexemes: list[Lexeme], i: int) -> Found | None:
    """ "21st" at ``i`` (the suffix is the next lexeme)."""
    lx = lexemes[i]
    end = i + 2
    if is_name_or_code(idx, lexemes, i, end):
        return Found(None, end)
    try:
        value = float(lx.text)
    except ValueError:
        return None
    return Found(make_fact(text, lexemes, i, end, value, "ordinal"), end)


def word_ordinal(text: str, idx: TokenIndex, lexemes: list[Lexeme], i: int) -> Found | None:
    """ "third", "twentieth" at ``i`` unless a name, an enumerator or an idiom."""
    lx = lexemes[i]
    n = len(lexemes)
    value = ORDINALS.get(lx.low)
    if value is None:
        return None
    end = i + 1
    if lx.low == "second" and i > 0 and lexemes[i - 1].low in ("a", "one", "per", "every", "split"):
        return Found(None, end)  # the unit of time
    if lx.text[0].isupper() and i > 0 and not _sentence_boundary(lexemes, i):
        return Found(None, end)  # "First Lady", "Second World War"
    if is_enumerator(lexemes, text, i, end):
        return Found(None, end)
    if (i > 0 and lexemes[i - 1].low == "at") or (
        end < n and lexemes[end].low == "of" and end + 1 < n and lexemes[end + 1].low == "all"
    ):
        return Found(None, end)  # "at first", "first of all"
    tok = idx.at(lx.start)
    if tok is not None and tok.pos_ not in ("ADJ", "NUM", "NOUN", "ADV"):
        return Found(None, end)
    if tok is not None and tok.pos_ == "ADV" and lx.low == "first":
        return Found(None, end)  # "first came to power": "initially", not a rank
    return Found(make_fact(text, lexemes, i, end, float(value), "ordinal"), end)


def _sentence_boundary(lexemes: list[Lexeme], i: int) -> bool:
    prev = lexemes[i - 1]
    return prev.text in (".", "!", "?", '"', "“", "‘", ":", ";", "(") or (
        prev.kind == "sym" and prev.text not in (",", "-")
    )


def compound_ordinal(text: str, idx: TokenIndex, lexemes: list[Lexeme], i: int) -> Found | None:
    """ "twenty-first" at ``i`` (tens, hyphen, unit ordinal)."""
    end = i + 3
    if is_enumerator(lexemes, text, i, end):
        return Found(None, end)
    value = TENS[lexemes[i].low] + UNIT_ORDINALS[lexemes[i + 2].low]
    return Found(make_fact(text, lexemes, i, end, float(value), "ordinal"), end)


# verbs whose object "a third" is the third goal (or try, point) of a match report
_SCORING = frozenset(
    {"score", "add", "net", "grab", "concede", "head", "fire", "slot", "bag", "snatch", "curl"}
)


def scored_ordinal(idx: TokenIndex, lexemes: list[Lexeme], s: int, e: int) -> bool:
    """ "added a third", "failed to score a fourth": "a" + an ordinal word (not "half" or
    "quarter") as the object of a verb of scoring, no "of" after it: the next goal, no share."""
    if e < len(lexemes) and lexemes[e].low in ("of", "more", "less", "fewer"):
        return False
    if lexemes[e - 1].low in ("half", "halves", "quarter", "quarters"):
        return False
    tok = idx.at(lexemes[e - 1].start)
    return (
        tok is not None
        and tok.dep_ == "dobj"
        and tok.head.pos_ == "VERB"
        and tok.head.lemma_.lower() in _SCORING
    )
