"""The second figure of a range after a first one: "3 to 5", "$5-6m", "1 to 2 million",
"10 or 15 pct", "2008-09"; and what is not a range ("two or three", "from 44 ml to 50 mg", "the
three months to 31 December", "in 2008 to 29 mpg")."""

from __future__ import annotations

from transforms.numbers.core import Core, parse_core
from transforms.numbers.dates import is_year, month_of
from transforms.numbers.lexer import Lexeme
from transforms.numbers.suffixes import Suffix, suffix_after, year_range_end
from transforms.numbers.words import NUMBER_WORDS

_RANGE_WORDS = frozenset({"to", "-", "–", "—", "through", "and", "or", "‑"})


def or_range_start(lexemes: list[Lexeme], core: Core, suffix: Suffix, k: int) -> bool:
    """A number word, then "or" at ``k`` and another ("two or three"), or bare digits and digits:
    perhaps a range of estimates ("10 or 15 pct", "5 or 6 cents"), checked by
    ``alternatives_of_one_order`` once the second is read."""
    if k + 1 >= len(lexemes):
        return False
    if core.words:
        return lexemes[k + 1].low in NUMBER_WORDS
    s = core.start
    if s > 1 and lexemes[s - 1].text == "," and lexemes[s - 2].kind == "num":
        return False  # "at 20, 21 or 22 dlrs": a list of alternatives
    return (
        lexemes[k + 1].kind == "num"
        and suffix.unit is None
        and not is_year(lexemes[core.start].text)
    )


def alternatives_of_one_order(
    lexemes: list[Lexeme], core: Core, second: Core, suffix2: Suffix
) -> bool:
    """ "10 or 15 pct", "700 or 800 mln dlrs": the second larger but under three times the first
    and followed by a unit, not a month; not "20.5 or 14.5 years", "on 16 or 17 March"."""
    if suffix2.unit is None or suffix2.kind == "date":
        return False
    if second.end < len(lexemes) and month_of(lexemes[second.end]) is not None:
        return False
    v2 = second.value / second.magnitude if core.magnitude == 1 else second.value
    return 0 < core.value < v2 < 3 * core.value


def range_end(
    lexemes: list[Lexeme], core: Core, suffix: Suffix, k: int, *, between: bool
) -> tuple[float, Suffix, int] | None:
    """The range a connective at lexeme ``k`` opens after ``core`` and its ``suffix``: the
    second value, its suffix and the lexeme after it; None when ``k`` opens no range (``between``:
    "and" may join the ends, after "between")."""
    n = len(lexemes)
    if k + 1 >= n or lexemes[k].low not in _RANGE_WORDS or (suffix.adjectival and suffix.age):
        return None
    conn = lexemes[k]
    if conn.low == "and" and not between:
        return None
    if conn.low == "or" and not or_range_start(lexemes, core, suffix, k):
        return None  # "two or three", "10 or 15 pct"
    hyphen = conn.low in ("-", "–", "—", "‑")
    second = parse_core(lexemes, k + 1, money_after=suffix.kind == "money")
    if second is None:
        # "$5 to $6": currency repeated
        return None
    if hyphen:
        spaced = conn.start != lexemes[k - 1].end
        if lexemes[k + 1].kind != "num" and not (second.currency and suffix.kind == "money"):
            return None
        if lexemes[core.end - 1].kind != "num" and not (core.magnitude > 1 and not spaced):
            return None
        if spaced and conn.text == "-" and not core.digits_only:
            return None
    if second.currency and suffix.kind == "money" and second.currency != suffix.unit:
        return None
    if suffix.kind == "duration" and second.end < n and month_of(lexemes[second.end]) is not None:
        return None  # "the three months to 31 December": a period, then a date
    suffix2 = suffix_after(lexemes, second.end, second)
    if (
        conn.low == "or"
        and not core.words
        and not alternatives_of_one_order(lexemes, core, second, suffix2)
    ):
        return None  # "20.5 or 14.5 years", "on 16 or 17 March", "in 1986 or 1.8 pct"
    if suffix.kind == "duration" and not suffix2.unit and is_year(lexemes[second.start].text):
        return None  # "the three years to 2020": a period, then a year
    if suffix.unit and suffix2.unit and suffix.unit != suffix2.unit:
        return None  # "from 44 ml to 50 mg": two quantities
    if (
        suffix.unit is None
        and suffix2.unit is not None
        and is_year(lexemes[core.start].text)
        and (second.value < core.value or (core.start > 0 and lexemes[core.start - 1].low == "in"))
    ):
        return None  # "in 2008 to 29 mpg", "in 1986 to 550,332 dinars": a year, then a quantity
    value2 = second.value
    first_text = lexemes[core.start].text
    if (
        core.digits_only
        and is_year(first_text)
        and second.digits_only
        and suffix.unit is None
        and suffix2.unit is None
    ):
        second_text = lexemes[second.start].text
        if not hyphen and conn.text != "/" and len(second_text) == 2:
            return None  # "from 14 mpg in 2008 to 24": a short end year is only hyphened
        y = year_range_end(first_text, second_text)
        if y is not None:
            value2 = y
    elif second.magnitude > 1 and core.magnitude == 1 and core.value * second.magnitude <= value2:
        core.value *= second.magnitude  # "1 to 2 million"
    if (
        hyphen
        and suffix2.unit is None
        and suffix.unit is None
        and not core.digits_only
        and not (core.magnitude > 1 and second.magnitude > 1)
    ):
        return None
    return value2, suffix2, suffix2.end
