"""Days listed with a date's day, the month written once ("12 and 13 March", "June 24 and 25"):
dates of that month, unless a plural noun or a figure's sign follows ("May 5 and 6 people")."""

from __future__ import annotations

from transforms.numbers.dates import DateMatch, listed_day
from transforms.numbers.filters import TokenIndex
from transforms.numbers.lexer import Lexeme


def listed_day_date(
    idx: TokenIndex, lexemes: list[Lexeme], i: int, published: str | None
) -> DateMatch | None:
    """A day listed with a date's day ("12 and 13 March", "June 24 and 25"), unless a plural
    noun or a figure's sign follows it ("May 5 and 6 people")."""
    dm = listed_day(lexemes, i, published=published)
    if dm is None or i + 1 >= len(lexemes):
        return dm
    nxt = lexemes[i + 1]
    if nxt.kind == "num" or nxt.low in ("%", "pct", "percent", "per"):
        return None
    tok = idx.at(nxt.start)
    return None if tok is not None and tok.tag_ in ("NNS", "NNPS") else dm
