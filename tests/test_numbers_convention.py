"""Issue #15, session 17: which numbers are facts on unseen news (docs/numbers.md's table).
Invented sentences, exact rows: (text, value, value_max, unit, kind, qualifier, change); years and
ordinals left out."""

from __future__ import annotations

import pytest

from tests.test_numbers_addresses import rows as address_rows
from tests.test_numbers_facts import _check, cases

_SKIP = frozenset({"year", "ordinal", "date"})


def rows(nlp, text: str) -> list[tuple]:
    return address_rows(nlp, text, skip=_SKIP)


YEARS = [
    # a year before a period's accounts, after "year"/"fiscal", or before a singular noun dates it
    ("The brewer will publish its 1996 results next week.", []),
    ("Full year 1997 earnings were flat.", []),
    ("The 1999 coming-of-age comedy follows three friends.", [("three", 3.0, None, "friend", "count", "exact", None)]),
    # a year-like number before a plural noun it modifies still counts it
    ("They meet the 1995 champions Leeds next.", []),
    ("The army sent 2000 soldiers to the border.", [("2000", 2000.0, None, "soldier", "count", "exact", None)]),
]  # fmt: skip

NAMES = [
    # a capitalised number word after lower-case text, modifying no noun: a channel, a band, a song
    ("Regulators have written to Seven about the advert.", []),
    ("The quiz show moved from the BBC to Four last year.", []),
    ("The singer recorded a cover of Nine to Five in 1999.", []),
    # modifying a noun after it, or opening a sentence, it still counts
    ("Police arrested Four suspects on Monday.", [("Four", 4.0, None, "suspect", "count", "exact", None)]),
    ("Four were injured in the crash.", [("Four", 4.0, None, None, "count", "exact", None)]),
]  # fmt: skip

HALVES_AND_TIMES = [
    # "-and-a-half" glued by hyphens is part of the number before it
    ("The pound hit a three-and-a-half year low.", [("three-and-a-half year", 3.5, None, "year", "duration", "exact", None)]),
    ("The strike lasted one-and-a-half weeks.", [("one-and-a-half weeks", 1.5, None, "week", "duration", "exact", None)]),
    ("Some two-and-a-half thousand people came.", [("two-and-a-half thousand", 2500.0, None, "people", "count", "approximately", None)]),
    # a clock time is no count
    ("The market opens at nine o'clock sharp.", []),
]  # fmt: skip

MONEY = [
    # "crowns" after a Nordic or Czech nationality is that country's krone/koruna
    ("The bank holds 4.2 billion Danish crowns in deposits.", [("4.2 billion Danish crowns", 4.2e9, None, "DKK", "money", "exact", None)]),
    ("Sales reached 80 mln Swedish crowns.", [("80 mln Swedish crowns", 8e7, None, "SEK", "money", "exact", None)]),
    # parts per million/billion are units of concentration
    ("Readings reached 15 ppb last week.", [("15 ppb", 15.0, None, "part per billion", "quantity", "exact", None)]),
    # a number glued to a hyphen after a currency name is the next figure, not its cents
    ("It sold a 50 mln dlr seven-year bond.", [("50 mln dlr", 5e7, None, "USD", "money", "exact", None), ("seven-year", 7.0, None, "year", "duration", "exact", None)]),
]  # fmt: skip

CODES_AND_SHORT_YEARS = [
    # digits glued by a slash to an upper-case name: a model or system code
    ("The bank still runs OS/2 on its tills.", []),
    # digits with a leading zero are a name, a code or a clock time
    ("Fans of 007 queued as the shop opened at 0830 local time.", []),
    ("The update fixes versions 2.3 and earlier.", []),
    # a number the tagger put inside a person's name is part of that name (a console, a game)
    ("Microsoft chief Bill Gates said Xbox 2 would be shown.", []),
    ("It ordered a Cray X-MP/48 supercomputer.", []),
    # two digits after an opening apostrophe, after a preposition or before punctuation: a year
    ("They last won the cup in '78, and again in ’91.", []),
    ("The sign said '24 rooms left' on Friday.", [("24", 24.0, None, "room", "count", "exact", None)]),
]  # fmt: skip

RANKS = [
    # a lone number paired with "number N" is a place in the chart too
    ("The singles entered at number six and 9 respectively.", []),
    ("Her single climbed from 17 to number three.", []),
    # a move of places before "to number N" is a count of places
    ("The album moved up four to number one.", [("four", 4.0, None, None, "count", "exact", "up")]),
]  # fmt: skip

SHARED_UNITS = [
    # a bare figure compared with a figure with a unit takes that unit
    ("Profit rose to 40 mln dlrs from 31 mln.", [("40 mln dlrs", 4e7, None, "USD", "money", "exact", None), ("31 mln", 3.1e7, None, "USD", "money", "exact", None)]),
    ("Output was 2.5 mln tonnes, vs 2.1 mln last year and 1.9 mln in 1985.", [("2.5 mln tonnes", 2.5e6, None, "tonne", "quantity", "exact", None), ("2.1 mln", 2.1e6, None, "tonne", "quantity", "exact", None), ("1.9 mln", 1.9e6, None, "tonne", "quantity", "exact", None)]),
    ("Stocks were 14.2 mln tonnes, vs 13.9 last month.", [("14.2 mln tonnes", 1.42e7, None, "tonne", "quantity", "exact", None), ("13.9", 1.39e7, None, "tonne", "quantity", "exact", None)]),
    ("She has saved 30 million of the 90 million rupees she needs.", [("30 million", 3e7, None, "INR", "money", "exact", None), ("90 million rupees", 9e7, None, "INR", "money", "exact", None)]),
    ("Bonds rose by 3 percent but stocks fell by 2.", [("3 percent", 3.0, None, "%", "percent", "exact", "up"), ("2", 2.0, None, "%", "percent", "exact", "down")]),
    # a percentage change lends nothing to the level it left, nor a sum in pence
    ("The index fell 2% from 7,000 on Monday.", [("2%", 2.0, None, "%", "percent", "exact", "down"), ("7,000", 7000.0, None, None, "count", "exact", None)]),
    ("The shares rose to 250p from 240.", [("250p", 2.5, None, "GBP", "money", "exact", None), ("240", 240.0, None, None, "count", "exact", None)]),
]  # fmt: skip

UNITS = [
    # a decimal before "second" is a time ("a 4.4 second sprint"); a time noun after "last" is no counted noun
    ("He ran a 4.4 second sprint.", [("4.4 second", 4.4, None, "second", "duration", "exact", None)]),
    ("It angled 3.5 degrees in 2019 and 2.5 last year.", [("3.5 degrees", 3.5, None, "degree", "quantity", "exact", None), ("2.5", 2.5, None, None, "count", "exact", None)]),
]  # fmt: skip

TABLES = {
    "years": YEARS,
    "units": UNITS,
    "shared_units": SHARED_UNITS,
    "ranks": RANKS,
    "codes_and_short_years": CODES_AND_SHORT_YEARS,
    "names": NAMES,
    "halves_and_times": HALVES_AND_TIMES,
    "money": MONEY,
}


@pytest.mark.parametrize(("text", "expected"), cases(TABLES))
def test_convention_rows(nlp, text, expected):
    """Rows (text, value, value_max, unit, kind, qualifier, change) of invented sentences."""
    _check(rows(nlp, text), expected)
