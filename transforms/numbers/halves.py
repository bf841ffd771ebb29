""" "Half" as the noun of a place or a part with its own determiner: a side of the pitch in a match
report ("pinned in their own half", "in the opposition half", "broke into the Wales half"). No
fraction of anything is given: "half of the staff", "half the country" and "a half share" are.
And "an hour and a half": one unit and a half of it, 1.5 hours."""

from __future__ import annotations

from transforms.numbers.filters import TokenIndex
from transforms.numbers.lexer import Lexeme
from transforms.numbers.qualifiers import qualifier_before
from transforms.numbers.rows import Found, make_fact
from transforms.numbers.units import match_unit

_DETERMINER_DEPS = frozenset({"det", "poss"})
_NOT_OWN = frozenset({"a", "an", "about", "nearly", "almost", "over", "under", "some"})


def half_as_place(idx: TokenIndex, lexemes: list[Lexeme], s: int) -> bool:
    """The "half" at lexeme ``s`` is a noun the parse gives a determiner or possessor of its own
    (not "a"), or a name after "the", with no "of" or noun phrase after it."""
    if s + 1 < len(lexemes) and lexemes[s + 1].low in ("of", "a", "an", "the"):
        return False
    if s > 1 and lexemes[s - 2].low == "the" and lexemes[s - 1].text[:1].isupper():
        return lexemes[s - 1].kind == "word"  # "the Wales half", however the parse hangs it
    tok = idx.at(lexemes[s].start)
    if tok is None or tok.pos_ != "NOUN":
        return False
    return any(
        c.dep_ in _DETERMINER_DEPS and c.i < tok.i and c.lower_ not in _NOT_OWN
        for c in tok.children
    )


_PARTS = {"half": 0.5, "quarter": 0.25}


def unit_and_a_half(text: str, lexemes: list[Lexeme], i: int) -> Found | None:
    """ "an hour and a half" (1.5 hours), "a mile and a half", "a year and a quarter": "a" or
    "an" at ``i``, a singular unit of time or measure, "and a half" (or quarter)."""
    n = len(lexemes)
    unit = match_unit(lexemes, i + 1) if i + 1 < n else None
    if unit is None or unit[1] not in ("duration", "quantity") or unit[2] != i + 2:
        return None
    k = unit[2]
    if k + 2 >= n or lexemes[k].low != "and" or lexemes[k + 1].low not in ("a", "an"):
        return None
    part = _PARTS.get(lexemes[k + 2].low)
    if part is None:
        return None
    qualifier, q = qualifier_before(lexemes, i, duration=unit[1] == "duration")
    start = q if qualifier != "exact" else i
    end = k + 3
    value = 1 + part
    fact = make_fact(text, lexemes, start, end, value, unit[1], unit=unit[0], qualifier=qualifier)
    return Found(fact, end)
