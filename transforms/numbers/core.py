"""The numeric core of an expression: currency prefix, sign, digits or words, magnitude.

``parse_core`` reads lexemes from a start index and returns the value and the span it covers;
units, ranges and qualifiers are added around it by ``transforms.numbers.extract``.
"""

from __future__ import annotations

from dataclasses import dataclass

from transforms.numbers.lexer import Lexeme, parse_digits
from transforms.numbers.magnitudes import magnitude_at, metres_on_line, plural_noun_follows
from transforms.numbers.units import (
    DOLLAR_PREFIXES,
    NATIONAL_NAMES,
    NATIONALITY,
    SPACED_DOLLAR_PREFIXES,
    SYMBOLS,
    currency_name,
    iso_code,
    local_symbol,
    singular,
)
from transforms.numbers.words import (
    NUMBER_WORDS,
    PLURAL_MAGNITUDES,
    SCALES,
    Parsed,
    parse_words_number,
)

VULGAR = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    "⅐": 1 / 7, "⅑": 1 / 9, "⅒": 0.1,
}  # fmt: skip
_SIGNS = frozenset({"-", "−", "–"})
_SIGN_WORDS = frozenset({"minus", "negative"})


@dataclass(slots=True)
class Core:
    """Value and lexeme span of a number with its prefix currency and how it was written."""

    start: int
    end: int
    value: float
    currency: str | None = None
    words: bool = False
    fraction: bool = False
    magnitude: float = 1.0  # scale applied by a word or suffix ("million", "bn")
    plural_magnitude: bool = False  # "thousands of", "tens of billions"
    couple: bool = False  # "a couple of"
    digits_only: bool = False  # one plain digit lexeme, nothing else


def currency_prefix(lexemes: list[Lexeme], i: int) -> tuple[str, float, int] | None:
    """Currency written before a number at ``i``: (code, multiplier, index after it)."""
    n = len(lexemes)
    lx = lexemes[i]
    if lx.text in SYMBOLS:
        if (
            lx.text == "$"
            and i + 2 < n
            and lexemes[i + 1].kind == "word"
            and lexemes[i + 1].low in DOLLAR_PREFIXES
            and lexemes[i + 1].start == lx.end
            and lexemes[i + 2].start == lexemes[i + 1].end
            and lexemes[i + 2].kind == "num"
        ):
            return DOLLAR_PREFIXES[lexemes[i + 1].low], 1.0, i + 2  # "$US55m", "$A82,000"
        return SYMBOLS[lx.text], 1.0, i + 1
    local = local_symbol(lexemes, i)
    if local is not None:
        return local[0], 1.0, local[1]
    if lx.kind == "word":
        nxt = lexemes[i + 1] if i + 1 < n else None
        if nxt is not None and nxt.text == "$":
            glued = nxt.start == lx.end
            if lx.low in DOLLAR_PREFIXES and (glued or lx.low in SPACED_DOLLAR_PREFIXES):
                return DOLLAR_PREFIXES[lx.low], 1.0, i + 2
        code = iso_code(lx.text.rstrip("."))
        if code is not None and nxt is not None and (nxt.kind == "num" or nxt.text in SYMBOLS):
            if nxt.text == "$":
                return code[0], code[1], i + 2  # "usd$ 15"
            return code[0], code[1], i + 1
        if nxt is not None and nxt.kind == "num" and lx.low.rstrip("s") in NAMES_BEFORE:
            # "Australian dollars 648m", "dollar 22.5 million"
            name = singular(lx.low)
            code_n = currency_name(name)
            if code_n is not None and i > 0:
                national = NATIONALITY.get((lexemes[i - 1].low,))
                if national is not None and name in NATIONAL_NAMES:
                    code_n = national if national in NATIONAL_NAMES[name] else code_n
            if code_n is not None:
                return code_n, 1.0, i + 1
    return None


NAMES_BEFORE = frozenset({"dollar", "euro", "yuan", "yen", "rupee", "franc", "rouble", "ruble"})


def _sign_at(lexemes: list[Lexeme], i: int) -> int | None:
    """Index after a minus sign at ``i`` ("-10", "−273.15", "minus 5", "minus-5"), else None."""
    n = len(lexemes)
    lx = lexemes[i]
    if i + 1 >= n:
        return None
    nxt = lexemes[i + 1]
    if lx.text in _SIGNS and nxt.kind == "num" and nxt.start == lx.end:
        if i > 0 and lexemes[i - 1].end == lx.start and lexemes[i - 1].kind in ("num", "word"):
            return None  # "1904-05", "COVID-19": a hyphen, not a sign
        return i + 1
    if lx.low in _SIGN_WORDS:
        if nxt.text in _SIGNS and nxt.start == lx.end and i + 2 < n:
            after = lexemes[i + 2]
            if after.kind == "num" and after.start == nxt.end:
                return i + 2  # "minus-130": the hyphen joins the sign word to the digits
        return i + 1
    return None


def parse_core(lexemes: list[Lexeme], i: int, *, money_after: bool = False) -> Core | None:
    """Parse the number starting at ``i`` (with its currency prefix and sign)."""
    n = len(lexemes)
    start = i
    currency: str | None = None
    mult = 1.0
    cp = currency_prefix(lexemes, i)
    if cp is not None and cp[2] < n:
        currency, mult, i = cp
    sign = 1.0
    si = _sign_at(lexemes, i) if i < n else None
    if si is not None:
        sign, i = -1.0, si
    if currency is None and si is not None and i < n:
        cp = currency_prefix(lexemes, i)  # "-$5"
        if cp is not None and cp[2] < n:
            currency, mult, i = cp
    if currency is not None and si is None and i < n:
        si = _sign_at(lexemes, i)  # "$-99.99"
        if si is not None:
            sign, i = -1.0, si
    if i >= n:
        return None
    lx = lexemes[i]
    core = _plural_magnitude(lexemes, i) or _couple(lexemes, i) or _few(lexemes, i)
    if core is None:
        core = _number(lexemes, i, money=currency is not None or money_after)
    if core is None:
        return None
    core.start = start
    core.value = sign * core.value * mult
    core.currency = currency
    if mult != 1.0:
        core.magnitude *= mult
    if core.digits_only and (currency is not None or si is not None or start != i):
        core.digits_only = False
    del lx
    return core


def _number(lexemes: list[Lexeme], i: int, *, money: bool) -> Core | None:
    n = len(lexemes)
    lx = lexemes[i]
    if lx.kind == "word" and lx.text[:1] in VULGAR and len(lx.text) == 1:
        return Core(i, i + 1, VULGAR[lx.text], fraction=True)
    if lx.kind == "num":
        v = parse_digits(lx.text)
        if v is None:
            return None
        j = i + 1
        # vulgar fraction glued ("2½") or a slash fraction ("3/4", "10 1/2")
        if j < n and lexemes[j].text in VULGAR and lexemes[j].start == lx.end:
            return Core(i, j + 1, v + VULGAR[lexemes[j].text])
        frac = _slash_fraction(lexemes, i)
        if frac is not None:
            return frac
        if (
            j + 1 < n
            and lexemes[j].text == "/"
            and lexemes[j].start == lx.end
            and lexemes[j + 1].kind == "num"
            and lexemes[j + 1].start == lexemes[j].end
        ):
            return None  # "1/0", "24/7": not a number to report
        frac = _slash_fraction(lexemes, j) if j < n and lexemes[j].kind == "num" else None
        if frac is not None and frac.value < 1 and "." not in lx.text and "," not in lx.text:
            return Core(i, frac.end, v + frac.value)
        wire = _wire_fraction(lexemes, i)
        if wire is not None:
            return wire
        # digits with scale words ("1.5 million", "4 thousand 3 hundred and 21")
        if (j < n and lexemes[j].low in SCALES) or (j < n and lexemes[j].low == "hundred"):
            p = parse_words_number(lexemes, i)
            if p is not None and p.end > j:
                mag = p.value / v if v else 1.0
                if abs(mag - round(mag)) < 1e-9 * mag:
                    mag = float(round(mag))  # 1.4e6 / 1.4 is 1000000.0000000001: compared with ==
                return Core(i, p.end, p.value, words=True, magnitude=mag)
        m = magnitude_at(lexemes, j, money=money, decimal="." in lx.text)
        if (
            m is None
            and j < n
            and lexemes[j].low == "m"
            and lexemes[j].start == lx.end
            and (
                (plural_noun_follows(lexemes, j) and not metres_on_line(lexemes, j))
                or _money_or_of_follows(lexemes, j)
            )
        ):
            m = 1e6  # "20m people", "1.47m yuan", "1.1m of the"
        if m is not None:
            return Core(i, j + 1, v * m, magnitude=m)
        return Core(i, j, v, digits_only=True)
    if lx.kind == "word" and (lx.low in NUMBER_WORDS or lx.low in ("a", "an", "quarter")):
        p: Parsed | None = parse_words_number(lexemes, i)
        if p is None:
            return None
        if p.end < n and lexemes[p.end].low in WIRE_MAGNITUDES and not p.fraction:
            m = WIRE_MAGNITUDES[lexemes[p.end].low]  # "three mln dlrs"
            return Core(i, p.end + 1, p.value * m, words=True, magnitude=m)
        return Core(i, p.end, p.value, words=True, fraction=p.fraction)
    return None


# magnitude abbreviations that also follow a number word ("three mln", "two bln")
WIRE_MAGNITUDES = {"mln": 1e6, "bln": 1e9, "mn": 1e6, "bn": 1e9, "tln": 1e12, "trn": 1e12}


def _money_or_of_follows(lexemes: list[Lexeme], j: int) -> bool:
    if j + 1 >= len(lexemes):
        return False
    nxt = lexemes[j + 1]
    if nxt.low == "of":
        return True
    return currency_name(nxt.low) is not None or iso_code(nxt.text) is not None


def _wire_fraction(lexemes: list[Lexeme], i: int) -> Core | None:
    """ "5-1/2", "35-3/4": a whole number and halves, quarters or eighths joined by a hyphen (the
    wire's prices)."""
    n = len(lexemes)
    a = lexemes[i]
    if i + 4 >= n or not a.text.isdigit() or lexemes[i + 1].text != "-":
        return None
    if not (a.end == lexemes[i + 1].start and lexemes[i + 1].end == lexemes[i + 2].start):
        return None
    frac = _slash_fraction(lexemes, i + 2)
    if frac is None or lexemes[i + 2].end != lexemes[i + 3].start:
        return None
    if lexemes[i + 4].text not in ("2", "4", "8", "16", "32", "64"):
        return None
    return Core(i, frac.end, float(a.text) + frac.value)


def _slash_fraction(lexemes: list[Lexeme], i: int) -> Core | None:
    """ "3/4", "1/40" (glued digits around a slash)."""
    n = len(lexemes)
    if i + 2 >= n:
        return None
    a, s, b = lexemes[i], lexemes[i + 1], lexemes[i + 2]
    if s.text != "/" or b.kind != "num" or a.kind != "num":
        return None
    if not (a.end == s.start and s.end == b.start) and not (
        s.start - a.end == 1 and b.start - s.end == 1 and len(a.text) <= 2 and len(b.text) <= 2
    ):
        return None
    if i + 3 < n and lexemes[i + 3].text == "/":
        return None  # a date
    x, y = parse_digits(a.text), parse_digits(b.text)
    if x is None or not y or x >= y:
        return None  # "24/7", "4/1" odds: not a proper fraction
    return Core(i, i + 3, x / y, fraction=True)


def _plural_magnitude(lexemes: list[Lexeme], i: int) -> Core | None:
    """ "thousands of", "tens of billions", "hundreds of thousands", "millions"."""
    n = len(lexemes)
    lx = lexemes[i]
    if lx.low not in PLURAL_MAGNITUDES:
        return None
    value = PLURAL_MAGNITUDES[lx.low]
    j = i + 1
    while j + 1 < n and lexemes[j].low == "of" and lexemes[j + 1].low in PLURAL_MAGNITUDES:
        value *= PLURAL_MAGNITUDES[lexemes[j + 1].low]
        j += 2
    if lx.low in ("tens", "scores") and j == i + 1 and not (j < n and lexemes[j].low == "of"):
        return None
    if j < n and lexemes[j].low in SCALES:
        value *= SCALES[lexemes[j].low]
        j += 1
    return Core(i, j, value, words=True, plural_magnitude=True)


def _few(lexemes: list[Lexeme], i: int) -> Core | None:
    """ "a few thousand", "several hundred", "many millions": the scale, approximately."""
    n = len(lexemes)
    j = i + 1 if lexemes[i].low == "a" and i + 1 < n and lexemes[i + 1].low == "few" else i
    if lexemes[j].low not in ("few", "several") or j + 1 >= n:
        return None
    scale = SCALES.get(lexemes[j + 1].low) or {"hundred": 100.0, "dozen": 12.0}.get(
        lexemes[j + 1].low
    )
    if scale is None:
        return None
    return Core(i, j + 2, scale, words=True, plural_magnitude=True)


def _couple(lexemes: list[Lexeme], i: int) -> Core | None:
    """ "a couple of" -> 2, "a couple (of) hundred" -> 200 (approximately)."""
    n = len(lexemes)
    if i + 2 >= n or lexemes[i].low != "a" or lexemes[i + 1].low != "couple":
        return None
    j = i + 3 if lexemes[i + 2].low == "of" else i + 2
    scale = (SCALES.get(lexemes[j].low) or _HUNDRED.get(lexemes[j].low)) if j < n else None
    if scale is not None:
        return Core(i, j + 1, 2.0 * scale, words=True, couple=True)
    if j == i + 3:
        return Core(i, i + 3, 2.0, words=True, couple=True)
    return None


_HUNDRED = {"hundred": 100.0}
