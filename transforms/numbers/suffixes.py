"""What follows a number: percent, currency, measurement unit, age ("-year-old", "years of age")."""

from __future__ import annotations

from dataclasses import dataclass

from transforms.numbers.core import Core
from transforms.numbers.lexer import Lexeme, parse_digits
from transforms.numbers.subunits import SUBUNITS
from transforms.numbers.units import (
    AMBIGUOUS_NAMES,
    NATIONAL_NAMES,
    NATIONALITY,
    SYMBOLS,
    cldr_name,
    currency_name,
    iso_code,
    match_percent,
    match_unit,
    singular,
)
from transforms.numbers.words import NUMBER_WORDS, parse_words_number

_HYPHENS = frozenset({"-", "‑", "‐"})
_CLOSERS = frozenset({".", ",", ";", ":", ")", "!", "?"})


@dataclass(slots=True)
class Suffix:
    """Unit found after a number: canonical unit, kind hint, lexeme end, age flag."""

    unit: str | None
    kind: str | None  # money, percent, quantity, duration, or None
    end: int
    age: bool = False
    adjectival: bool = False  # "27-kilometer", "16-month"


def _glued(a: Lexeme, b: Lexeme) -> bool:
    return a.end == b.start


def _currency_after(lexemes: list[Lexeme], k: int, core: Core) -> tuple[str, int] | None:
    """Currency written after the number at ``k``: (code, end index)."""
    n = len(lexemes)
    if k >= n:
        return None
    lx = lexemes[k]
    if (lx.text in SYMBOLS and lx.text != "$") or (
        lx.text == "$" and (k + 1 >= n or lexemes[k + 1].kind != "num")
    ):
        return SYMBOLS[lx.text], k + 1
    if lx.kind == "word":
        code = iso_code(lx.text)
        if code is not None:
            if k + 1 < n and lexemes[k + 1].kind == "num" and lexemes[k + 1].start == lx.end:
                return None  # "3 USD50": the code belongs to the next number
            if code[1] != 1.0:
                core.value *= code[1]  # "120 MEUR"
                core.magnitude *= code[1]
            return code[0], k + 1
        big = core.magnitude > 1 or core.plural_magnitude
        j = k
        if lx.low == "of" and big and k + 1 < n:
            j = k + 1  # "billions of dollars", "$3 million of" is not money-of
        if lx.low == "ct" and _wire_cent(lexemes, k):
            return "cent", k + 1  # wire "one ct", "a five ct a share charge"
        if _us_dotted(lexemes, j):
            nxt = currency_name(lexemes[j + 4].low) if j + 4 < n else None
            if nxt is not None and singular(lexemes[j + 4].low) in ("dollar", "dlr"):
                return "USD", j + 5  # "17 U.S. dlrs"
        full = cldr_name(lexemes, j)
        if full is not None:
            return full
        # nationality + name ("australian dollars", "us dollar", "new zealand dollars")
        for size in (2, 1):
            key = tuple(x.low for x in lexemes[j : j + size])
            if len(key) == size and key in NATIONALITY and j + size < n:
                name = lexemes[j + size].low
                crown = CROWNS.get(key[0]) if singular(name) == "crown" else None
                if crown is not None:
                    return crown, j + size + 1  # "7.5 million Danish crowns": the krone
                code_n = currency_name(name)
                if code_n is not None:
                    base = "dollar" if singular(name) == "dlr" else singular(name)
                    national = NATIONALITY[key]
                    if base in NATIONAL_NAMES and national in NATIONAL_NAMES[base]:
                        return national, j + size + 1
                    if base in NATIONAL_NAMES or base in ("lira", "yen", "yuan", "guilder"):
                        return national, j + size + 1
                    return code_n, j + size + 1
        name = lexemes[j].low
        code_n = currency_name(name)
        if code_n == "sen" and lexemes[j].text != "sen":
            return None  # "18 Sen. Smith": a senator, not the hundredth of a ringgit
        if code_n is not None and lexemes[j].kind == "word":
            if singular(name) in AMBIGUOUS_NAMES or name in AMBIGUOUS_NAMES:
                sterling = j + 1 < n and lexemes[j + 1].low == "sterling"
                if not (big or sterling):
                    return None
                return code_n, j + (2 if sterling else 1)
            return code_n, j + 1
    return None


# the English name of the Nordic and Czech currencies, money only after the nationality
CROWNS = {"danish": "DKK", "swedish": "SEK", "norwegian": "NOK", "czech": "CZK"}

# what a carat ("ct") weighs: "an 18 ct gold ring", "a 2 ct diamond"
_CARAT_WORDS = frozenset(
    {"gold", "diamond", "diamonds", "stone", "stones", "ring", "rings", "sapphire", "ruby",
     "emerald", "solitaire", "white", "yellow", "rose", "platinum"}
)  # fmt: skip


def _wire_cent(lexemes: list[Lexeme], k: int) -> bool:
    """ "ct" at ``k`` is a (wire) cent: spaced from its number and not the carat of a gem or gold."""
    if lexemes[k].start == lexemes[k - 1].end:
        return False  # "1.5ct": jewellery style
    nxt = lexemes[k + 1].low if k + 1 < len(lexemes) else ""
    return nxt not in _CARAT_WORDS


def _us_dotted(lexemes: list[Lexeme], j: int) -> bool:
    """ "U.S." written with dots (four lexemes) at ``j``."""
    seg = lexemes[j : j + 4]
    return (
        len(seg) == 4 and "".join(x.text for x in seg) == "U.S." and seg[-1].end - seg[0].start == 4
    )


def _cents(lexemes: list[Lexeme], k: int) -> tuple[float, int] | None:
    """ "3 dollars 50 cents", "15 dollars and 50", "thirteen dollars forty-five": (cents, end)."""
    n = len(lexemes)
    j = k + 1 if k < n and lexemes[k].low == "and" else k
    if j >= n:
        return None
    lx = lexemes[j]
    if lx.kind == "num" and lx.text.isdigit() and len(lx.text) <= 2:
        v, end = float(lx.text), j + 1
    elif lx.low in NUMBER_WORDS:
        p = parse_words_number(lexemes, j)
        if p is None or p.value >= 100 or p.value != int(p.value):
            return None
        v, end = p.value, p.end
    else:
        return None
    if end < n and lexemes[end].low in ("cent", "cents", "c"):
        return v / 100, end + 1
    if end < n and lexemes[end].text in ("-", "/") and lexemes[end].start == lexemes[end - 1].end:
        return None  # "a 300 mln crown 11-1/4 pct bond": the coupon's fraction, not cents
    if end >= n or lexemes[end].kind == "sym" or lexemes[end].low in ("and", "or", "but"):
        return v / 100, end
    return None


def suffix_after(lexemes: list[Lexeme], k: int, core: Core) -> Suffix:
    """The unit (if any) written from lexeme ``k`` on, after the number ``core``."""
    n = len(lexemes)
    if k >= n:
        return Suffix(core.currency, "money" if core.currency else None, k)
    # uncertainty: "2,000.45±0.01 pounds"
    if lexemes[k].text == "±" and k + 1 < n and lexemes[k + 1].kind == "num":
        k += 2
        if k >= n:
            return Suffix(core.currency, "money" if core.currency else None, k)
    if core.currency is not None:
        end = k
        cur = _currency_after(lexemes, k, core)
        if cur is not None and cur[0] == core.currency:
            end = cur[1]  # "$ 10 dollars"
        elif core.currency == "USD" and end < len(lexemes) and lexemes[end].text == "US":
            end += 1  # "$31.20 US"
        elif core.currency == "USD" and _us_dotted(lexemes, end):
            end += 4  # "$75 U.S. per barrel"
        return Suffix(core.currency, "money", _rate(lexemes, end))
    pct = match_percent(lexemes, k)
    if pct is not None:
        return Suffix(pct[0], "percent", pct[1])
    # adjectival compound: "27-kilometer", "70-year-old", "12-cent", "16-month"
    if (
        lexemes[k].text in _HYPHENS
        and k + 1 < n
        and _glued(lexemes[k - 1], lexemes[k])
        and _glued(lexemes[k], lexemes[k + 1])
        and lexemes[k + 1].kind == "word"
    ):
        return _adjectival(lexemes, k + 1, core)
    cur = _currency_after(lexemes, k, core)
    if cur is not None:
        code, end = cur
        cents = _cents(lexemes, end) if code not in SUBUNITS else None
        if cents is not None:
            core.value += cents[0]
            end = cents[1]
        return Suffix(code, "money", _rate(lexemes, end))
    if _pence(lexemes, k, core):
        return Suffix("penny", "money", _rate(lexemes, k + 1))
    unit = _measurement(lexemes, k, core)
    if unit is None and core.fraction and lexemes[k].low in ("a", "an") and k + 1 < n:
        unit = match_unit(lexemes, k + 1)  # "half an hour", "a third of a mile" is not read
    if unit is not None:
        canon, kind, end = unit
        if canon == "foot":
            end = _inches(lexemes, end, core)
        if kind == "duration":
            age_end = _age_tail(lexemes, end)
            if age_end is not None:
                return Suffix(canon, "age", age_end, age=True)
        return Suffix(canon, kind, end)
    return Suffix(None, None, k)


# video resolutions written like pence ("1080p"); every other glued "p" after digits is pence
_RESOLUTIONS = frozenset({144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})


def _pence(lexemes: list[Lexeme], k: int, core: Core) -> bool:
    """ "310p", "118.5p": pence written glued to the digits (British style)."""
    lx = lexemes[k]
    if lx.text != "p" or not _glued(lexemes[k - 1], lx) or core.value in _RESOLUTIONS:
        return False
    return k + 1 >= len(lexemes) or not (
        _glued(lx, lexemes[k + 1]) and lexemes[k + 1].kind in ("word", "num")
    )


def _inches(lexemes: list[Lexeme], k: int, core: Core) -> int:
    """ "5 feet 2 inches", "6 ft and 1 in": add the inches to the feet."""
    n = len(lexemes)
    j = k + 1 if k < n and lexemes[k].low == "and" else k
    if j + 1 < n and lexemes[j].kind == "num" and lexemes[j].text.isdigit():
        unit = match_unit(lexemes, j + 1)
        if (
            unit is None
            and lexemes[j + 1].low == "in"
            and _glued(lexemes[j], lexemes[j + 1])
            and (j + 2 >= n or lexemes[j + 2].kind != "num")
        ):
            unit = ("inch", "quantity", j + 2)  # "6ft 2in"
        if unit is not None and unit[0] == "inch":
            core.value += int(lexemes[j].text) / 12
            return unit[2]
    return _bare_inches(lexemes, k, core)


def _bare_inches(lexemes: list[Lexeme], k: int, core: Core) -> int:
    """ "6-foot-5", "6 foot 5.": the inches written as a bare number after the feet."""
    n = len(lexemes)
    if k >= n or core.value != int(core.value):
        return k
    hyphen = lexemes[k].text in _HYPHENS and _glued(lexemes[k - 1], lexemes[k])
    j = k + 1 if hyphen else k
    if j >= n or not lexemes[j].text.isdigit() or int(lexemes[j].text) > 11:
        return k
    if hyphen and not _glued(lexemes[k], lexemes[j]):
        return k
    after = lexemes[j + 1] if j + 1 < n else None
    if hyphen:
        if after is not None and after.text in _HYPHENS and _glued(lexemes[j], after):
            return k  # "6-foot-5-inch": read by the unit after it, or not at all
    elif not (
        after is None
        or after.low in ("and", "but", "or", "tall", "high")
        or after.text in (",", ".", ";", ")", "!", "?", ":")
    ):
        return k  # "5 feet 4 inches" is read above; "6 foot 5 players" counts
    core.value += int(lexemes[j].text) / 12
    return j + 1


def _adjectival(lexemes: list[Lexeme], k: int, core: Core) -> Suffix:
    n = len(lexemes)
    code = currency_name(lexemes[k].low)
    if code is not None and singular(lexemes[k].low) not in AMBIGUOUS_NAMES:
        return Suffix(code, "money", _rate(lexemes, k + 1), adjectival=True)
    unit = match_unit(lexemes, k)
    if unit is not None:
        canon, kind, end = unit
        if canon == "foot":
            end = _bare_inches(lexemes, end, core)  # "a 6-foot-5 forward"
        if (
            kind == "duration"
            and end + 1 < n
            and lexemes[end].text in _HYPHENS
            and lexemes[end + 1].low in ("old", "olds")
        ):
            return Suffix(canon, "age", end + 2, age=True, adjectival=True)  # "10-year-olds"
        if kind == "duration" and end < n and lexemes[end].low == "olds":
            return Suffix(canon, "age", end + 1, age=True, adjectival=True)  # "21 to 25-year olds"
        return Suffix(canon, kind, end, adjectival=True)
    return Suffix(None, None, k - 1)


def _measurement(lexemes: list[Lexeme], k: int, core: Core) -> tuple[str, str, int] | None:
    n = len(lexemes)
    lx = lexemes[k]
    prev = lexemes[k - 1]
    glued = prev.end == lx.start
    if lx.low == "in" and core.digits_only:
        if k + 1 >= n or (
            lexemes[k + 1].text in _CLOSERS and (k + 2 >= n or lexemes[k + 2].text == "\n")
        ):
            return "inch", "quantity", k + 1
        if glued and lexemes[k + 1].kind != "num":
            return "inch", "quantity", k + 1  # "10in of rain", "a 55in TV": never the preposition
        return None
    if lx.text in ('"', "″") and glued and core.digits_only:
        if lx.text == '"' and sum(1 for x in lexemes[:k] if x.text == '"') % 2 == 1:
            return None  # a closing quotation mark, not inches
        return "inch", "quantity", k + 1
    if lx.text == '"' and not core.digits_only:
        return None  # "a couple of million" dollars: a quotation mark after words
    unit = match_unit(lexemes, k)
    if unit is None:
        return None
    canon, kind, end = unit
    one_letter = end == k + 1 and len(lx.text) == 1 and lx.text.isalpha()
    if one_letter:
        if not glued:
            return None
        if (
            end < n
            and lexemes[end].start == lx.end
            and (lexemes[end].kind != "sym" or lexemes[end].text == "/")
        ):
            return None  # "14.7C/", "3Dx"
    if canon == "second" and lx.low == "second" and core.value == int(core.value) != 1:
        return None  # "the second": an ordinal after a whole number; "a 4.3 second dash" is time
    if end < n and lexemes[end].start == lexemes[end - 1].end and lexemes[end].kind == "word":
        return None  # glued letters continue: a code, not a unit
    if end + 1 < n and lexemes[end].low in ("per", "/") and kind == "quantity":
        per = match_unit(lexemes, end + 1)
        if per is not None:  # "kg/cm³", "kilograms per hectare"
            return f"{canon} per {per[0]}", kind, per[2]
    return canon, kind, end


def _rate(lexemes: list[Lexeme], k: int) -> int:
    """Skip a rate after money ("$350 per kg", "$15.4/hour", "12 cents a share")."""
    n = len(lexemes)
    if k + 1 < n and lexemes[k].low in ("per", "/", "a", "an"):
        unit = match_unit(lexemes, k + 1)
        if unit is not None:
            return unit[2]
        if lexemes[k].low in ("per", "a", "an") and lexemes[k + 1].low in (
            "share",
            "head",
            "person",
        ):
            return k + 2
    return k


def _age_tail(lexemes: list[Lexeme], k: int) -> int | None:
    """ "old" or "of age" right after a duration unit: index after it."""
    n = len(lexemes)
    if k < n and lexemes[k].low in ("old", "olds"):
        return k + 1  # "70 years old", "16 to 17 year olds"
    if k + 1 < n and lexemes[k].text in _HYPHENS and lexemes[k + 1].low in ("old", "olds"):
        return k + 2  # "eleven year-old", "10-12 year-olds"
    if k + 1 < n and lexemes[k].low == "of" and lexemes[k + 1].low == "age":
        return k + 2
    return None


def year_range_end(first_text: str, second_text: str) -> float | None:
    """The end year of "1904-05" / "2014-2016" style ranges, or None."""
    if len(second_text) == 2 and second_text.isdigit():
        century = int(first_text) // 100 * 100
        end = century + int(second_text)
        if end < int(first_text):
            end += 100
        return float(end)
    if len(second_text) == 4 and second_text.isdigit():
        return parse_digits(second_text)
    return None


def one_with_unit(lexemes: list[Lexeme], core: Core, e: int) -> bool:
    """ "one-year-old", "a one-year deal", "a one-mile walk": "one" hyphened to a unit, as
    "two-year-old" is (not "one-off", "one-sided")."""
    return (
        e < len(lexemes)
        and lexemes[e].text in ("-", "‑")
        and (
            (suffix := suffix_after(lexemes, e, core)).kind in ("duration", "quantity")
            or suffix.age
        )
    )
