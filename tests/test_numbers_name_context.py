"""Issue #15, session 18: numbers that belong to a name, a title or a match, told by the words
around them (``transforms.numbers.name_context``, ``sport_marks``, ``designations``, the metre
reading of a glued "m"). Invented sentences, exact rows: (text, value, value_max, unit, kind,
qualifier, change); years, dates and ordinals left out."""

from __future__ import annotations

import pytest

from tests.test_numbers_convention import rows
from tests.test_numbers_facts import _check, cases

NAMES = [
    # a decimal one space after a word in capitals: a version
    ("Early devices will use fast HDMI 3.1 links.", []),
    # a list that goes on from a numbered name is more of that name; a noun after it counts
    ("The flaw hits machines running Zentix 8, 9 and 10 only.", []),
    ("Patches exist for Zentix 7, 8 and 2000.", []),
    ("The council closed Route 9 and 12 other roads.", [("12", 12.0, None, "road", "count", "exact", None)]),
    ("Parts fit Acme 310, 320 and 330 aircraft.", []),
    ("The council closed Route 9, 10 and 12 other roads.", [("12", 12.0, None, "road", "count", "exact", None)]),
    # digits after a capitalised name of two words, or between capitalised words
    ("Critics praised the Live Aid 30 record on Monday.", []),
    ("Listeners preferred the rival Top 30 UK chart show.", []),
    ("Ruritania's 11 commercial banks reported losses.", [("11", 11.0, None, "bank", "count", "exact", None)]),
    # digits before capitalised words and the singular noun they name; a plural noun is counted
    ("She has sold her 21 Media company to a rival.", []),
    ("The 24 Grammy categories were announced.", [("24", 24.0, None, "category", "count", "exact", None)]),
    # a capitalised article inside a sentence opens a title
    ("The season included Twelve Angry Men, The 12 Chairs and Vertigo.", []),
    # a number word hyphen-glued to a capitalised word
    ("His debut novel, Flight Nine-Eleven, appeared in 1990.", []),
    # a capitalised currency name before a year is an event
    ("The hosts of Euro 2016 made a profit.", []),
    ("He paid 2016 euros for the car.", [("2016 euros", 2016.0, None, "EUR", "money", "exact", None)]),
    # a capitalised number word opening a sentence is a name when it stands alone as one elsewhere
    ("The regulator wrote to Seven about the advert. Seven said it would appeal.", []),
    ("Seven said it would appeal.", [("Seven", 7.0, None, None, "count", "exact", None)]),
    # the same digits before a singular noun, when the article also writes them as a name
    ("She has sold her 21 Media company to a rival. The 21 firm signed a new singer last year.", []),
    ("The 21 firm signed a new singer last year.", [("21", 21.0, None, "firm", "count", "exact", None)]),
    ("It ordered 40 Acme jet planes. It holds options on another 40 aircraft.", [("40", 40.0, None, "plane", "count", "exact", None), ("40", 40.0, None, "aircraft", "count", "exact", None)]),
    # a capitalised number word and unit word before another capitalised word: a title
    ("She starred in Lost and Nine Miles Down last year.", []),
    ("He walked Nine Miles on Sunday.", [("Nine Miles", 9.0, None, "mile", "quantity", "exact", None)]),
    # an age group hyphen-glued to "under" or "over" is an age, not a count of what follows
    ("He played for the under-21 side last year.", [("21", 21.0, None, "year", "age", "less_than", None)]),
    ("It ran for over-12 months.", [("12 months", 12.0, None, "month", "duration", "exact", None)]),
]  # fmt: skip

SPORT = [
    # seeds or places in brackets after team names
    ("Seeds: Ruritania (1), Freedonia (4), Atlantis.", []),
    ("The goals came from Smith (2), Jones and Brown.", [("2", 2.0, None, None, "count", "exact", None)]),
    # the minute of a match after "on"; "on 30 minutes of" measures time
    ("The striker equalised on 63 minutes, but they lost.", []),
    ("Goals: Smith 12, Jones 81 og. Att: 30,123", [("30,123", 30123.0, None, None, "count", "exact", None)]),
    ("She lives on 30 minutes of sleep a night.", [("30 minutes", 30.0, None, "minute", "duration", "exact", None)]),
    # tennis point scores with no noun after them; a range before a noun stays
    ("He trailed 30-40 before saving it.", []),
    ("She was 0-40 down in the third game.", []),
    ("The work took 30-40 hours.", [("30-40 hours", 30.0, 40.0, "hour", "duration", "exact", None)]),
    # a tie-break after a set score and betting odds are no fractions; a share of voters is one
    ("Result: Smith 7-6 (9/7) 3-6 6-2 Jones.", []),
    ("His odds were cut from 5/4 to 8/11 this week.", []),
    ("A rival horse is on 7/4 odds.", []),
    ("She is the 9/4 favourite. About 3/4 of voters agreed.", [("3/4", 0.75, None, None, "fraction", "approximately", None)]),
    # a glued "m" before a plural noun is a distance when the line measures in metres
    ("She took the 400m and then won the women's 100m hurdles.", [("400m", 400.0, None, "metre", "quantity", "exact", None), ("100m", 100.0, None, "metre", "quantity", "exact", None)]),
    ("He holds the 400m and 800m titles.", [("400m", 400.0, None, "metre", "quantity", "exact", None), ("800m", 800.0, None, "metre", "quantity", "exact", None)]),
    ("About 20m viewers watched the 800m final.", [("20m", 2e7, None, "viewer", "count", "approximately", None), ("800m", 800.0, None, "metre", "quantity", "exact", None)]),
    # a bare number after "at" or "to" on a line that gives places as "number N" is a place
    ("The duo went in at number two, while the choir entered at five with a carol.", []),
    ("The firm cut its staff to five after the sale.", [("five", 5.0, None, None, "count", "exact", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), cases({"names": NAMES, "sport": SPORT}))
def test_name_and_match_numbers(nlp, text, expected):
    """Rows (text, value, value_max, unit, kind, qualifier, change) of invented sentences."""
    _check(rows(nlp, text), expected)
