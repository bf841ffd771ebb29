"""Calendar dates and years: "June 24", "24 June 2023", "Sept. 30", "August 1991", "5/17/2018".

A date without a year takes the year (published year, or the one before or after) that puts it
nearest to the article's published date. Dates are ISO days ("2023-06-24"), the type of the
table's ``date`` column; "August 1991" has no day, so its ``date`` stays None and only its year
is kept (as the fact's value).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from transforms.lexicon import MONTHS
from transforms.numbers.lexer import Lexeme

_NEEDS_CAPITAL = frozenset({"may", "march", "mar", "jan", "dec", "sep"})
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})
_INT = re.compile(r"\d{1,4}")


@dataclass(slots=True)
class DateMatch:
    """A date found around a number: lexeme span, ISO date (None if unresolved), its year."""

    start: int
    end: int
    iso: str | None
    year: int | None


def month_of(lx: Lexeme) -> int | None:
    """Month number of a month word (capitalised for the ambiguous "May", "March")."""
    if lx.kind != "word":
        return None
    m = MONTHS.get(lx.low)
    if m is None:
        return None
    if lx.low in _NEEDS_CAPITAL and not lx.text[0].isupper():
        return None
    return m


def is_year(text: str) -> bool:
    """A plain four-digit year between 1000 and 2199 ("1917", not "1,917")."""
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) < 2200


def _int(lx: Lexeme) -> int | None:
    return int(lx.text) if lx.kind == "num" and _INT.fullmatch(lx.text) else None


def _day_at(lexemes: list[Lexeme], k: int) -> tuple[int, int] | None:
    """Day of month at ``k`` (with a glued "th"): (day, end index)."""
    if k >= len(lexemes):
        return None
    d = _int(lexemes[k])
    if d is None or not 1 <= d <= 31 or len(lexemes[k].text) > 2:
        return None
    end = k + 1
    if (
        end < len(lexemes)
        and lexemes[end].low in _ORDINAL_SUFFIX
        and lexemes[end].start == lexemes[k].end
    ):
        end += 1
    return d, end


def _year_after(lexemes: list[Lexeme], k: int) -> tuple[int, int] | None:
    """ "[,] 2023" after a date part: (year, end index)."""
    j = k
    if j < len(lexemes) and lexemes[j].text == ",":
        j += 1
    if j < len(lexemes) and is_year(lexemes[j].text):
        return int(lexemes[j].text), j + 1
    return None


def _month_before(lexemes: list[Lexeme], i: int) -> tuple[int, int] | None:
    """A month word just before ``i`` (also "oct . 7" with a detached dot): (month, index)."""
    if i >= 1:
        m = month_of(lexemes[i - 1])
        if m is not None:
            return m, i - 1
    if i >= 2 and lexemes[i - 1].text == ".":
        m = month_of(lexemes[i - 2])
        if m is not None and len(lexemes[i - 2].low) <= 4:
            return m, i - 2
    return None


def match_date(lexemes: list[Lexeme], i: int, *, published: str | None) -> DateMatch | None:
    """A date containing the number lexeme ``i`` (its first number)."""
    n = len(lexemes)
    # numeric dates: 2023-06-24, 5/17/2018, 17/5/2018
    numeric = _numeric_date(lexemes, i)
    if numeric is not None:
        return numeric
    mb = _month_before(lexemes, i)
    if mb is not None:
        month, ms = mb
        if is_year(lexemes[i].text):  # August 1991
            y = int(lexemes[i].text)
            return DateMatch(ms, i + 1, None, y)  # month precision: no day to give
        day = _day_at(lexemes, i)
        if day is not None:
            d, end = day
            ya = _year_after(lexemes, end)
            if ya is not None:
                return DateMatch(ms, ya[1], _iso(ya[0], month, d), ya[0])
            y = _resolve_year(month, d, published)
            return DateMatch(ms, end, _iso(y, month, d) if y else None, y)
        return None
    # 24 June [2023], 24th of June
    day = _day_at(lexemes, i)
    if day is not None:
        d, k = day
        if k < n and lexemes[k].low == "of":
            k += 1
        if k < n:
            month = month_of(lexemes[k])
            if month is not None:
                ya = _year_after(lexemes, k + 1)
                if ya is not None and (lexemes[k + 1].text != ","):
                    return DateMatch(i, ya[1], _iso(ya[0], month, d), ya[0])
                y = _resolve_year(month, d, published)
                return DateMatch(i, k + 1, _iso(y, month, d) if y else None, y)
    return None


def _numeric_date(lexemes: list[Lexeme], i: int) -> DateMatch | None:
    n = len(lexemes)
    if i + 4 >= n:
        return None
    a, s1, b, s2, c = lexemes[i : i + 5]
    if (
        s1.text != s2.text
        or s1.text not in "/-."
        or not (a.end == s1.start and s1.end == b.start and b.end == s2.start and s2.end == c.start)
    ):
        return None
    x, y, z = _int(a), _int(b), _int(c)
    if x is None or y is None or z is None:
        return None
    if len(a.text) == 4 and s1.text == "-":  # ISO
        return DateMatch(i, i + 5, _iso(x, y, z), x) if _valid(x, y, z) else None
    if len(c.text) == 4 and s1.text in "/.":
        month, day = (x, y) if x <= 12 else (y, x)
        if s1.text == "." and y <= 12:
            month, day = y, x  # 24.06.2023 is day-first
        return DateMatch(i, i + 5, _iso(z, month, day), z) if _valid(z, month, day) else None
    return None


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _iso(y: int | None, m: int, d: int) -> str | None:
    if y is None or not _valid(y, m, d):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def published_date(published: str | None) -> dt.date | None:
    """The published date as a date (ISO "YYYY-MM-DD" prefix), or None when absent/unreadable."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _resolve_year(month: int, day: int, published: str | None) -> int | None:
    p = published_date(published)
    if p is None:
        return None
    best: tuple[int, int] | None = None
    for y in (p.year - 1, p.year, p.year + 1):
        if not _valid(y, month, day):
            continue
        gap = abs((dt.date(y, month, day) - p).days)
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else None


# wire style spells the days under ten: "the week ended March six", "payable April one"
DAY_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip


def word_day_date(
    lexemes: list[Lexeme], i: int, *, published: str | None, counted_after: bool
) -> DateMatch | None:
    """A day word after a capitalised month ("March six", "April one, 1987"): a date, unless
    ``counted_after`` (the next word is a plural noun it counts: "in March six people died") or
    "of", "-", a percent sign or word or a number or scale word follows ("May one of the", "June
    two-thirds", "in May five pct of them")."""
    lx = lexemes[i]
    day = DAY_WORDS.get(lx.low) if lx.kind == "word" else None
    month = month_of(lexemes[i - 1]) if i >= 1 else None
    if day is None or month is None or counted_after:
        return None
    nxt = lexemes[i + 1] if i + 1 < len(lexemes) else None
    if nxt is not None and (nxt.kind == "num" or nxt.low in _NOT_A_DAY_AFTER):
        return None
    ya = _year_after(lexemes, i + 1)
    if ya is not None:
        return DateMatch(i - 1, ya[1], _iso(ya[0], month, day), ya[0])
    y = _resolve_year(month, day, published)
    return DateMatch(i - 1, i + 1, _iso(y, month, day) if y else None, y)


_NOT_A_DAY_AFTER = frozenset(
    {"of", "-", "‑", "%", "pct", "percent", "per", "hundred", "thousand", "million", "billion"}
    | {"mln", "bln", "dozen"}
)
_DAY_SPAN_MARKS = frozenset({"-", "–", "/", "to", "and"})


def first_day_of_span(lexemes: list[Lexeme], i: int, *, published: str | None) -> DateMatch | None:
    """The first day of a span of days written once with its month ("10-20 February", "19/20
    February", "between 6 and 12 December"): a date of lexeme ``i`` alone."""
    n = len(lexemes)
    first = _int(lexemes[i])
    if first is None or not 1 <= first <= 31 or i + 2 >= n:
        return None
    mark = lexemes[i + 1]
    if mark.low not in _DAY_SPAN_MARKS:
        return None
    if mark.low == "and" and (i == 0 or lexemes[i - 1].low != "between"):
        return None
    second = _int(lexemes[i + 2])
    if second is None or not first < second <= 31 or _month_before(lexemes, i) is not None:
        return None
    rest = match_date(lexemes, i + 2, published=published)
    if rest is None or rest.start != i + 2:
        return None
    month = month_of(lexemes[i + 3])
    if month is None:
        return None
    return DateMatch(i, i + 1, _iso(rest.year, month, first) if rest.year else None, rest.year)


def last_day_of_span(lexemes: list[Lexeme], dm: DateMatch) -> int:
    """The end of a span of days written once with its month first ("March 1 to 15", "June
    3-9"): the lexeme after the last day, else ``dm.end``; the second day is no quantity."""
    n, k = len(lexemes), dm.end
    if k + 1 >= n or month_of(lexemes[dm.start]) is None or lexemes[k].low not in ("to", "-", "–"):
        return dm.end
    day = _day_at(lexemes, dm.end - 1)
    last = _day_at(lexemes, k + 1)
    if day is None or last is None or day[1] != dm.end or not day[0] < last[0]:
        return dm.end
    if last[1] < n and (lexemes[last[1]].kind == "num" or lexemes[last[1]].low in ("%", "pct")):
        return dm.end  # "March 1 to 15 pct" is no span of days
    return last[1]


_LIST_MARKS = frozenset({",", "and", "or", "&"})
_LIST_BACK_MARKS = frozenset({"and", "or", "&"})


def listed_day(lexemes: list[Lexeme], i: int, *, published: str | None) -> DateMatch | None:
    """A day listed with the day of a date, the month written once: "12 and 13 March", "3, 4 and
    5 May", "4 or 5 April" (days rising to "D Month"), "June 24 and 25" (after "Month D")."""
    day = _day_at(lexemes, i)
    if day is None or day[1] != i + 1:
        return None
    d, n = day[0], len(lexemes)
    k, last = i + 1, d
    while k + 1 < n and lexemes[k].low in _LIST_MARKS:
        nxt = _day_at(lexemes, k + 1)
        if nxt is None or nxt[0] <= last:
            break
        dm = match_date(lexemes, k + 1, published=published)
        if dm is not None and dm.start == k + 1:
            month = month_of(lexemes[nxt[1]]) if nxt[1] < n else None
            if month is None:
                return None
            return DateMatch(i, i + 1, _iso(dm.year, month, d) if dm.year else None, dm.year)
        k, last = nxt[1], nxt[0]
    k, first = i, d
    while k >= 2 and lexemes[k - 1].low in _LIST_BACK_MARKS | ({","} if k != i else set()):
        before = _day_at(lexemes, k - 2)
        if before is None or before[1] != k - 1 or before[0] >= first:
            return None
        mb = _month_before(lexemes, k - 2)
        if mb is not None:
            y = _resolve_year(mb[0], d, published)
            return DateMatch(i, i + 1, _iso(y, mb[0], d) if y else None, y)
        k, first = k - 2, before[0]
    return None
