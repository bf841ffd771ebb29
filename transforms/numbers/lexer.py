"""Split a text into small lexemes (digit runs, words, single symbols) with character offsets.

spaCy's tokens glue or split numeric material in ways that do not suit value parsing ("3bn" is
one token, "70-year-old" five). The numbers extractor therefore reads its own lexemes: one regex
pass over the text, so the cost is linear and small next to parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.lexicon import MONTH_ABBREVIATIONS

# A digit run: thousands groups with commas (Western or Indian grouping) or thin/no-break spaces,
# or plain space groups when there are at least two of them ("1 414 021 100"); a decimal part; an
# exponent ("4e14", "5.5x10-3", "2.48×10−5", "8x2^10", "1.1^23").
_GROUPED = (
    r"\d{1,3}(?:,\d{3})+(?![\d])"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?![\d])"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d])"
    r"|\d{1,3}(?: \d{3}){2,}(?![\d])"
)
_EXPONENT = (
    r"(?:[eE][-+−]?\d+(?![\w])"
    r"|\s?[x×]\s?10(?:\^[-+−]?\d+|[-−]\d+)"
    r"|[x×]\d+\^[-+−]?\d+"
    r"|\^[-+−]?\d+)"
)
# a bare decimal (".5"), but not out of a dot leader ("TOPPING......15.63": 15.63)
_NUMBER = rf"(?:(?:{_GROUPED}|\d+)(?:\.\d+)?|(?<!\.)\.\d+){_EXPONENT}?"
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?![\d,])"

_LEXEME = re.compile(
    rf"(?P<num>{_DECIMAL_COMMA}|{_NUMBER})"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?\.?)"
    r"|(?P<sym>\S)"
)


@dataclass(slots=True)
class Lexeme:
    """One lexeme: ``text == source[start:end]``; ``low`` is its lower-case form without a final dot."""

    start: int
    end: int
    text: str
    kind: str  # "num", "word" or "sym"
    low: str


def lex(text: str, pos: int = 0, endpos: int | None = None) -> list[Lexeme]:
    """Lexemes of ``text[pos:endpos]`` in order (offsets into ``text``).

    A word keeps a final dot only when it looks like an abbreviation ("Sept.", "oz.").
    """
    out: list[Lexeme] = []
    for m in _LEXEME.finditer(text, pos, len(text) if endpos is None else endpos):
        kind = m.lastgroup or "sym"
        s, e = m.span()
        tok = m.group()
        if kind == "word" and tok.endswith("."):
            # keep "Sept." / "oz." as one lexeme, but give back the sentence dot of "miles."
            core = tok[:-1]
            if core.lower() not in _KEEP_DOT:
                out.append(Lexeme(s, e - 1, core, "word", core.lower()))
                out.append(Lexeme(e - 1, e, ".", "sym", "."))
                continue
            out.append(Lexeme(s, e, tok, "word", core.lower()))
            continue
        out.append(Lexeme(s, e, tok, kind, tok.lower()))
    return out


# Abbreviations whose dot belongs to the word (months, units, "No.", "approx.").
_KEEP_DOT = frozenset(
    [
        *MONTH_ABBREVIATIONS,
        "approx",
        "est",
        "no",
        "nos",
        "oz",
        "lb",
        "lbs",
        "ft",
        "yr",
        "yrs",
        "mo",
        "mos",
        "hr",
        "hrs",
        "min",
        "mins",
        "sec",
        "secs",
        "sq",
        "pct",
        "ca",
    ]
)


def parse_digits(text: str) -> float | None:
    """Value of a digit lexeme ("1,234.5", "1 414 021", "12,34,567.89", "1,3", "4e14", "5.5x10-3")."""
    t = text.replace("−", "-")
    try:
        m = re.fullmatch(_DECIMAL_COMMA, t)
        if m:
            return float(t.replace(",", "."))
        mant, exp = _split_exponent(t)
        base = float(re.sub(r"[,\s\u00a0\u202f\u2009]", "", mant))
        return base if exp is None else exp(base)
    except (ValueError, OverflowError):
        return None


_EXP_SPLIT = re.compile(
    r"^(?P<m>.*?)(?:[eE](?P<e>[-+]?\d+)|\s?[x×]\s?10\^?(?P<t>[-+]?\d+)"
    r"|[x×](?P<b>\d+)\^(?P<p>[-+]?\d+)|\^(?P<q>[-+]?\d+))$"
)


def _split_exponent(t: str):
    m = _EXP_SPLIT.match(t)
    if not m or not m.group("m"):
        return t, None
    if m.group("e") is not None:
        e = int(m.group("e"))
        return m.group("m"), lambda v: v * 10.0**e
    if m.group("t") is not None:
        e = int(m.group("t"))
        return m.group("m"), lambda v: v * 10.0**e
    if m.group("b") is not None:
        b, p = int(m.group("b")), int(m.group("p"))
        return m.group("m"), lambda v: v * float(b) ** p
    q = int(m.group("q"))
    return m.group("m"), lambda v: v**q if v >= 0 else -((-v) ** q)


def glued_chain_end(lexemes: list[Lexeme], j: int) -> int:
    """Index after the hyphen-glued numbers starting at ``j`` ("-11" of "23-11", "-3-2" of
    "2-3-2"); ``j`` itself when none follows."""
    n = len(lexemes)
    while (
        j + 1 < n
        and j > 0
        and lexemes[j].text in ("-", "–")
        and lexemes[j].start == lexemes[j - 1].end
        and lexemes[j + 1].kind == "num"
        and lexemes[j + 1].start == lexemes[j].end
    ):
        j += 2
    return j
