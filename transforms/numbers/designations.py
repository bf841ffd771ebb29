"""Digits that end a noun phrase after the singular common noun they designate: "the film 36",
"episode 4", "flight 370", "room 101", "game 7". The number names one of a series (a work, a
flight, a room), it counts nothing; a noun after it is the other case ("a category 4 storm",
``filters.is_in_name``)."""

from __future__ import annotations

from itertools import pairwise

from transforms.numbers.dates import is_year
from transforms.numbers.filters import TokenIndex
from transforms.numbers.lexer import Lexeme

_DEPS = frozenset({"nummod", "appos", "npadvmod", "dep", "compound", "attr"})
_NOT_DESIGNATORS = frozenset({"total", "average", "score", "tally", "age", "par", "rate"})


def designates_before(idx: TokenIndex, lexemes: list[Lexeme], i: int) -> bool:
    """The plain digits at lexeme ``i`` follow, one space off, a singular common noun the parse
    hangs them on, and end its noun phrase (a punctuation mark, a verb, a conjunction or a
    preposition after them)."""
    text = lexemes[i].text
    if not text.isdigit() or is_year(text) or i == 0:
        return False
    tok = idx.at(lexemes[i].start)
    if tok is None or tok.i == 0 or tok.dep_ not in _DEPS:
        return False
    prev = tok.doc[tok.i - 1]
    if (
        prev.tag_ != "NN"
        or not prev.is_alpha
        or prev.lower_ in _NOT_DESIGNATORS
        or tok.head.i != prev.i
        or prev.idx + len(prev.text) + 1 != tok.idx
    ):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "CCONJ", "ADP", "PRON")


_RANK_WORDS = frozenset({"number", "version", "versions"})


def ranked_after(lexemes: list[Lexeme], i: int) -> bool:
    """The number at lexeme ``i`` comes one space after "number" or "version": a place in a
    ranking or series ("at number three", "the world number six", "version 2.0"), not a count
    ("a number of 40 firms" has words between). A lone number paired with such a place by "and",
    "or" or "to" is a place too ("at number eight and 10", "from 13 to number four")."""
    if i == 0:
        return False
    prev = lexemes[i - 1]
    if prev.low in _RANK_WORDS and prev.end + 1 == lexemes[i].start:
        return True
    n = len(lexemes)
    if i + 2 < n and lexemes[i + 1].low in _PAIRING and lexemes[i + 2].low == "number":
        # "from 13 to number four"; "moved up three to number two" moves by three places
        return prev.low in ("from", "at", "between") and (
            lexemes[i].kind == "num" or lexemes[i].low in _SMALL
        )
    if _place_beside_ranks(lexemes, i):
        return True
    return (
        i > 2
        and prev.low in _PAIRING
        and lexemes[i - 3].low == "number"
        and (lexemes[i - 2].kind == "num" or lexemes[i - 2].low in _SMALL)
        and (i + 1 >= n or lexemes[i + 1].kind == "sym" or lexemes[i + 1].low == "respectively")
    )


def _place_beside_ranks(lexemes: list[Lexeme], i: int) -> bool:
    """A bare number right after "at" or "to", with no noun after it, on a line that also gives
    a place as "number N": another place in the same ranking ("went in at number two, and the
    other new entry came in at five", "dropped to 10."), not a count."""
    prev, lx = lexemes[i - 1], lexemes[i]
    if prev.low not in ("at", "to") or prev.end + 1 != lx.start:
        return False
    if not ((lx.kind == "num" and lx.text.isdigit() and int(lx.text) <= 100) or lx.low in _SMALL):
        return False
    nxt = lexemes[i + 1] if i + 1 < len(lexemes) else None
    if nxt is not None and not (
        (nxt.kind == "sym" and nxt.text not in ("-", "%", "/")) or nxt.low in _AFTER_PLACE
    ):
        return False
    return any(
        a.low == "number" and (b.kind == "num" or b.low in _SMALL) and k + 1 != i
        for k, (a, b) in enumerate(pairwise(lexemes))
    )


_AFTER_PLACE = frozenset({"with", "after", "and", "in", "on", "behind", "ahead", "for", "but"})
_PAIRING = frozenset({"and", "or", "to"})
_SMALL = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
     "twenty", "thirty", "forty"}
)  # fmt: skip
