"""Numbers written in words: cardinals, fractions, "and a half", "point", "a dozen", "tens of billions".

The parser reads a run of lexemes (see ``lexer``) with the usual English grammar of numerals:
units and teens, tens with an optional hyphenated unit ("twenty-five"), "hundred" multiplying what
precedes it, scale words ("thousand", "million", "lakh", "crore") closing a group, "and" after a
hundred or a scale, digit lexemes mixed in ("3 hundred and 21", "1.5 million"), fractions with
ordinal denominators ("three fifths", "a hundredth", "two and fifty-four hundredths") and decimal
"point" readings ("five point five", "nought point nought three").
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from transforms.numbers.lexer import Lexeme, parse_digits

UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "million": 1e6, "crore": 1e7,
    "crores": 1e7, "billion": 1e9, "trillion": 1e12, "quadrillion": 1e15,
}  # fmt: skip
# Plural magnitudes read as an approximate order of magnitude ("tens of billions" -> 1e10).
PLURAL_MAGNITUDES = {
    "tens": 10.0, "dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
UNIT_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}  # fmt: skip
OTHER_ORDINALS = {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1e3,
    "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}  # fmt: skip
ORDINALS: dict[str, float] = {**UNIT_ORDINALS, **OTHER_ORDINALS}
# Denominators: ordinals and their plurals, plus "half"/"halves" and "quarter(s)". "second" is
# left out: "a second" is a unit of time.
DENOMINATORS: dict[str, float] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
for _w, _v in ORDINALS.items():
    if _w not in ("first", "second"):
        DENOMINATORS[_w] = _v
        DENOMINATORS[_w + "s"] = _v
DENOMINATORS["firsts"] = 1  # only inside compounds ("three twenty-firsts")

CARDINAL_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | {"hundred", "dozen"}
CARDINAL_WORDS |= frozenset(SCALES)
NUMBER_WORDS = CARDINAL_WORDS | frozenset(DENOMINATORS) | frozenset(PLURAL_MAGNITUDES)
_HYPHENS = frozenset({"-", "‐", "‑"})
_DIGIT_WORDS = {**UNITS, "oh": 0}


@dataclass(slots=True)
class Parsed:
    """A parsed number: value, index of the lexeme after it, and how it was written."""

    value: float
    end: int  # exclusive lexeme index
    words: bool = False  # at least one number word
    fraction: bool = False  # a fraction word or "half" carries the value
    last: str = ""  # class of the last element: unit, teen, tens, hundred, scale, digit, frac


def _cls(lx: Lexeme) -> str | None:
    low = lx.low
    if lx.kind == "num":
        return "digit"
    if low in UNITS:
        return "unit"
    if low in TEENS:
        return "teen"
    if low in TENS:
        return "tens"
    if low == "hundred":
        return "hundred"
    if low == "dozen":
        return "dozen"
    if low in SCALES:
        return "scale"
    return None


def parse_cardinal(lexemes: list[Lexeme], i: int, *, allow_digits: bool = True) -> Parsed | None:
    """Parse the longest cardinal starting at ``lexemes[i]`` ("a hundred and two", "4 thousand")."""
    n = len(lexemes)
    total = 0.0
    current = 0.0
    last = ""
    words = False
    last_scale = 0.0
    end = i
    j = i
    snapshot: tuple[float, float, int] | None = None  # (total, current, end) before an "and"
    if j < n and lexemes[j].low in ("a", "an"):
        # "a hundred", "a million", "a dozen"
        if j + 1 < n and _cls(lexemes[j + 1]) in ("hundred", "scale", "dozen"):
            current = 1.0
            last = "unit"
            j += 1
        else:
            return None
    while j < n:
        lx = lexemes[j]
        c = _cls(lx)
        if c == "digit" and not allow_digits and last:
            break
        if c in ("unit", "teen", "tens", "digit"):
            v = float(UNITS.get(lx.low, TEENS.get(lx.low, TENS.get(lx.low, 0))))
            if c == "digit":
                d = parse_digits(lx.text)
                if d is None:
                    break
                v = d
            ok = (
                last in ("", "hundred", "scale", "and")
                or (last == "tens" and c == "unit" and current % 10 == 0)
                or (last == "hyphen" and c == "unit")
            )
            if last == "and" and c != "digit" and v >= 100:
                ok = False
            if not ok:
                break
            if c == "digit" and last in ("hundred", "scale") and v >= 100:
                break  # "2 million 300 people": a new number
            if c == "digit" and last == "and" and v >= 100:
                break
            current += v
            last = c
            words = words or c != "digit"
            end = j + 1
        elif c == "hundred":
            if last not in ("unit", "teen", "tens", "digit") or current == 0:
                break
            if current >= 100:
                if snapshot is not None:  # "3 hundred and 2 hundred": two numbers
                    total, current, end = snapshot
                break
            current *= 100
            last = "hundred"
            words = True
            end = j + 1
        elif c == "dozen":
            if last not in ("unit", "teen", "tens", "digit") or current >= 100:
                break
            current = (current or 1.0) * 12
            last = "scale"
            words = True
            end = j + 1
        elif c == "scale":
            s = SCALES[lx.low]
            if last not in ("unit", "teen", "tens", "digit", "hundred", "scale", "frac"):
                break
            if last == "scale":
                if s <= last_scale:
                    break
                total = (total + current) * s  # "three lakh crore"
                current = 0.0
            elif total and s > last_scale:
                total = (total + current) * s
                current = 0.0
            else:
                if total and s >= last_scale:
                    break
                total += current * s
                current = 0.0
            last_scale = s
            last = "scale"
            words = True
            end = j + 1
        elif lx.low == "and" and last in ("hundred", "scale"):
            nxt = lexemes[j + 1] if j + 1 < n else None
            if nxt is None or _cls(nxt) not in ("unit", "teen", "tens", "digit"):
                break
            if nxt.kind == "num" and parse_digits(nxt.text) == 0:
                break
            frac = parse_simple_fraction(lexemes, j + 1)
            if frac is not None and frac.value < 1:
                break  # "one hundred and three quarters": a mixed number, read by the caller
            snapshot = (total, current, end)
            last = "and"
        elif lx.low in _HYPHENS and last == "tens" and current % 10 == 0:
            nxt = lexemes[j + 1] if j + 1 < n else None
            if nxt is None or nxt.low not in UNITS or nxt.start - lx.end > 1:
                break
            last = "hyphen"
        else:
            break
        j += 1
    if end == i or (end == i + 1 and lexemes[i].low in ("a", "an")):
        return None
    return Parsed(total + current, end, words, False, _last_class(lexemes[end - 1]))


def _last_class(lx: Lexeme) -> str:
    return _cls(lx) or ""


def _denominator(lexemes: list[Lexeme], k: int) -> tuple[float, int, bool] | None:
    """An ordinal denominator at ``k``: (value, end, plural), incl. "twenty-fifth", "one hundred fifth"."""
    n = len(lexemes)
    if k < n and lexemes[k].low in _HYPHENS and k + 1 < n and lexemes[k + 1].low in DENOMINATORS:
        k += 1  # "five hundred-fifths"
    if k >= n:
        return None
    low = lexemes[k].low
    if low in DENOMINATORS and low != "firsts":
        return float(DENOMINATORS[low]), k + 1, low.endswith(("s", "ves"))
    # compound: a cardinal prefix then a unit ordinal ("twenty-fifth", "twenty firsts")
    p = parse_cardinal(lexemes, k, allow_digits=False)
    if p is None or not p.words:
        return None
    m = p.end
    if (m < n and lexemes[m].low in _HYPHENS) or (m < n and lexemes[m].low == "and"):
        m += 1
    if m < n and p.value % 10 == 0:
        w = lexemes[m].low
        base = w[:-1] if w.endswith("s") else w
        if base in UNIT_ORDINALS:
            return p.value + UNIT_ORDINALS[base], m + 1, w.endswith("s")
    return None


def parse_fraction_tail(lexemes: list[Lexeme], p: Parsed) -> Parsed:
    """Extend a cardinal with a fraction: "three fifths", "one twenty-fifth", "five and a half"."""
    n = len(lexemes)
    k = p.end
    if k >= n:
        return p
    # numerator + denominator ("three fifths", "twenty-three fifths", "one twenty-fifth")
    if (p.last in ("unit", "teen", "tens", "hundred", "scale") and p.words) or (
        p.last == "digit" and lexemes[k].low in ("half", "halves", "quarters", "thirds")
    ):
        d = _denominator(lexemes, k)
        if d is not None and d[0] > 1:
            dv, dend, _plural = d
            return Parsed(p.value / dv, dend, True, True, "frac")
    hyphened = _hyphened_part(lexemes, k)
    if hyphened is not None and p.words:  # "a two-and-a-half year high"
        return Parsed(p.value + hyphened[0], hyphened[1], True, False, "frac")
    # mixed number: "five and a half", "twenty and three fifths", "2 million and a quarter"
    if lexemes[k].low == "and" and k + 1 < n:
        frac = parse_simple_fraction(lexemes, k + 1)
        if frac is not None and frac.value < 1:
            scale = 1.0
            end = frac.end
            if p.last == "scale" and end < n and lexemes[end].low in SCALES:
                scale = SCALES[lexemes[end].low]  # "one billion and a quarter million"
                end += 1
            elif p.last == "scale":
                scale = _last_scale(lexemes, p)  # "two million and a half"
            return Parsed(p.value + frac.value * scale, end, True, False, "frac")
    return p


_HYPHENED_PARTS = {"half": 0.5, "quarter": 0.25}


def _hyphened_part(lexemes: list[Lexeme], k: int) -> tuple[float, int] | None:
    """ "-and-a-half" (or "-and-a-quarter") glued at lexeme ``k``: the part and the end."""
    seq = lexemes[k : k + 6]
    if len(seq) < 6 or any(b.start != a.end for a, b in pairwise(seq)):
        return None
    lows = [x.low for x in seq]
    if lows[0] not in _HYPHENS or lows[1] != "and" or lows[2] not in _HYPHENS:
        return None
    if lows[3] not in ("a", "an") or lows[4] not in _HYPHENS or lows[5] not in _HYPHENED_PARTS:
        return None
    return _HYPHENED_PARTS[lows[5]], k + 6


def _last_scale(lexemes: list[Lexeme], p: Parsed) -> float:
    s = SCALES.get(lexemes[p.end - 1].low, 1.0)
    return s if s >= 1e6 else 1.0


def parse_simple_fraction(lexemes: list[Lexeme], k: int) -> Parsed | None:
    """ "a half", "one third", "three quarters", "half", "a hundredth", "fifty-four hundredths"."""
    n = len(lexemes)
    if k >= n:
        return None
    low = lexemes[k].low
    if low in ("half", "halves"):
        return Parsed(0.5, k + 1, True, True, "frac")
    if low in ("a", "an", "one") and k + 1 < n:
        d = _denominator(lexemes, k + 1)
        if d is not None and d[0] > 1 and not d[2]:
            return Parsed(1.0 / d[0], d[1], True, True, "frac")
        return None
    p = parse_cardinal(lexemes, k, allow_digits=False)
    if p is None or not p.words:
        return None
    d = _denominator(lexemes, p.end)
    if d is not None and d[0] > 1:
        return Parsed(p.value / d[0], d[1], True, True, "frac")
    return None


def parse_point(lexemes: list[Lexeme], p: Parsed) -> Parsed:
    """ "five point five", "nought point nought three", "nought point eleven"."""
    n = len(lexemes)
    k = p.end
    if not p.words or k + 1 >= n or lexemes[k].low != "point":
        return p
    digits = ""
    j = k + 1
    while j < n:
        low = lexemes[j].low
        if low in _DIGIT_WORDS:
            digits += str(_DIGIT_WORDS[low])
        elif low in TEENS or low in TENS:
            digits += str(TEENS.get(low, TENS.get(low)))
        elif lexemes[j].kind == "num" and lexemes[j].text.isdigit():
            digits += lexemes[j].text
        else:
            break
        j += 1
    if not digits:
        return p
    sign = -1.0 if p.value < 0 else 1.0
    return Parsed(p.value + sign * float("0." + digits), j, True, False, "digit")


def parse_words_number(lexemes: list[Lexeme], i: int) -> Parsed | None:
    """A full number in words (or digits plus words) at ``i``: cardinal, fraction or mixed."""
    low = lexemes[i].low
    n = len(lexemes)
    if low == "half" and i + 2 < n and lexemes[i + 1].low in ("a", "an"):
        s = SCALES.get(lexemes[i + 2].low) or (12.0 if lexemes[i + 2].low == "dozen" else None)
        if s is not None:  # "half a million", "half a dozen"
            return Parsed(0.5 * s, i + 3, True, False, "scale")
    # "a half", "half", "a third", "one third", "three quarters" as a leading fraction
    if low in ("a", "an", "half", "one") or low in UNITS or low in TEENS or low in TENS:
        frac = parse_simple_fraction(lexemes, i)
        if frac is not None:
            # "half million", "a quarter million"
            if frac.end < len(lexemes) and lexemes[frac.end].low in SCALES:
                s = SCALES[lexemes[frac.end].low]
                return Parsed(frac.value * s, frac.end + 1, True, False, "scale")
            return frac
    if low == "quarter" and i + 1 < len(lexemes) and lexemes[i + 1].low in SCALES:
        return Parsed(0.25 * SCALES[lexemes[i + 1].low], i + 2, True, False, "scale")
    p = parse_cardinal(lexemes, i)
    if p is None:
        return None
    p = parse_point(lexemes, p)
    p = parse_fraction_tail(lexemes, p)
    if p.last == "frac" and not p.fraction and p.end < len(lexemes):
        s = SCALES.get(lexemes[p.end].low)
        if s is not None:  # "five and a half million"
            return Parsed(p.value * s, p.end + 1, True, False, "scale")
    return p
