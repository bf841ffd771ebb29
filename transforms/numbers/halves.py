""" "Half" as the noun of a place or a part with its own determiner: a side of the pitch in a match
report ("pinned in their own half", "in the opposition half", "broke into the Wales half"). No
fraction of anything is given: "half of the staff", "half the country" and "a half share" are."""

from __future__ import annotations

from transforms.numbers.filters import TokenIndex
from transforms.numbers.lexer import Lexeme

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
