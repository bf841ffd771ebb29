"""Digit chains that are no quantity: a version or dotted code ("version 4.7.1", "3.817.69"), a
telephone number in groups with a trunk zero ("0800 028 9276", "020 7946 0018"), a written
sum or equation ("2+2=5") and an HTML character reference left in scraped text ("B&#233;ziers"). The whole chain is skipped, so no part of it becomes a row."""

from __future__ import annotations

from transforms.numbers.lexer import Lexeme

_OPERATORS = frozenset({"+", "=", "×", "*"})


def _glued(a: Lexeme, b: Lexeme) -> bool:
    return a.end == b.start


def non_quantity_chain(lexemes: list[Lexeme], i: int) -> int | None:
    """Index after the chain that starts with the number at ``i``, or None when it is no chain."""
    n = len(lexemes)
    if _character_reference(lexemes, i):
        return i + 2
    j = i
    while j + 1 < n and lexemes[j + 1].kind == "num" and _glued(lexemes[j], lexemes[j + 1]):
        if not lexemes[j + 1].text.startswith("."):
            break
        j += 1  # "4.7" + ".1"
    if j > i:
        return j + 1
    first = lexemes[i].text
    if len(first) >= 3 and first.startswith("0") and first.isdigit():
        j = i
        while (
            j + 1 < n
            and lexemes[j + 1].kind == "num"
            and lexemes[j + 1].text.isdigit()
            and len(lexemes[j + 1].text) >= 3
            and lexemes[j + 1].start == lexemes[j].end + 1
        ):
            j += 1
        if j > i:
            return j + 1  # a trunk zero, then groups of digits: a telephone number
    j = i
    ops = []
    while (
        j + 2 < n
        and lexemes[j + 1].text in _OPERATORS
        and lexemes[j + 2].kind == "num"
        and _glued(lexemes[j], lexemes[j + 1])
        and _glued(lexemes[j + 1], lexemes[j + 2])
    ):
        ops.append(lexemes[j + 1].text)
        j += 2
    return j + 1 if "=" in ops else None


def _character_reference(lexemes: list[Lexeme], i: int) -> bool:
    """The digits at ``i`` are the code of "&#233;": "&", "#" before them, ";" after, glued."""
    return (
        i >= 2
        and i + 1 < len(lexemes)
        and lexemes[i - 1].text == "#"
        and lexemes[i - 2].text == "&"
        and lexemes[i + 1].text == ";"
        and _glued(lexemes[i - 2], lexemes[i - 1])
        and _glued(lexemes[i - 1], lexemes[i])
        and _glued(lexemes[i], lexemes[i + 1])
    )
