"""Whether a line can hold a number at all: the cheap test that lets the extractor skip a line.

A line is numeric when it has a digit, a vulgar fraction, a one-character currency or unit
symbol, or a whole word (any case) that is a number word, an ordinal or "couple". The test is
the same as one case-insensitive regex search of ``\\d|[fractions symbols]|\\b(?:words)\\b``
over the line, done in two cheaper steps: one character class, then the line's word runs looked
up in a set (a word bounded by ``\\b`` on both sides is exactly a maximal ``\\w+`` run). A run
that is not ASCII is matched with the case-insensitive word regex, so Unicode case folding
("ſ" for "s", the Kelvin sign for "k") is the regex's own.
"""

from __future__ import annotations

import re

from transforms.numbers.units import SYMBOLS
from transforms.numbers.words import NUMBER_WORDS, ORDINALS

TRIGGER_WORDS = NUMBER_WORDS | frozenset(ORDINALS) | {"couple"}
_CHARS = re.compile(
    r"[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅐⅑⅒" + "".join(re.escape(s) for s in SYMBOLS if len(s) == 1) + "]"
)
_RUN = re.compile(r"\w+")
_WORD = re.compile(
    "|".join(sorted((re.escape(w) for w in TRIGGER_WORDS), key=len, reverse=True)), re.IGNORECASE
)


def numeric_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (a whole line) has a digit, fraction, symbol or number word."""
    if _CHARS.search(text, start, end) is not None:
        return True
    for run in _RUN.findall(text, start, end):
        if run.isascii():
            if run.lower() in TRIGGER_WORDS:
                return True
        elif _WORD.fullmatch(run) is not None:
            return True
    return False
