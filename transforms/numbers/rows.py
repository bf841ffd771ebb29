"""The result of reading one spot of the text: a fact (or a consumed non-number) and where it ends."""

from __future__ import annotations

from dataclasses import dataclass

from transforms.numbers.lexer import Lexeme
from transforms.types import NumberFact


@dataclass(slots=True)
class Found:
    """A fact (None for a non-number that was read and skipped) and the lexeme index after it."""

    fact: NumberFact | None
    end: int  # lexeme index after the expression


def make_fact(
    text: str, lexemes: list[Lexeme], s: int, e: int, value: float | None, kind: str, **kw
) -> NumberFact:
    start, end = lexemes[s].start, lexemes[e - 1].end
    return NumberFact(start, end, text[start:end], value, kind, **kw)
