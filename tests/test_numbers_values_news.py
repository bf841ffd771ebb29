"""Values of news constructions the NewsQuant annotation counts (issue #15). Invented sentences,
exact rows: (text, value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import PUBLISHED, rows
from transforms.numbers import extract_numbers

GROUP_COUNTS = [
    # "one of" a superlative's group counts one member; the group is the unit, no about
    ("She is one of the best players in the league.", [("one", 1.0, None, "player", "count", None, None)]),
    ("The castle is one of Britain's oldest buildings.", [("one", 1.0, None, "building", "count", None, None)]),
    ("The firm is one of the world's biggest makers of chips.", [("one", 1.0, None, "maker", "count", None, None)]),
    ("He is one of the most respected judges in the country.", [("one", 1.0, None, "judge", "count", None, None)]),
    ("It was one of the proudest days of her career.", [("one", 1.0, None, "day", "count", None, None)]),
    # the count takes no phrase from the figures beside it
    ("One of the largest banks in Spain cut 300 jobs.", [("One", 1.0, None, "bank", "count", None, None), ("300", 300.0, None, "job", "count", "down", "One of the largest banks in Spain")]),
    # "one of" anything else is a pronoun: no row
    ("One of the victims was a teacher.", []),
    ("It is one of the latest phones.", []),
    ("The one of the best was sold.", []),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", GROUP_COUNTS)
def test_group_counts(nlp, text, expected):
    assert rows(nlp, text) == expected


ONE_WITH_UNIT = [
    # "one" hyphened to a unit is read as "two" is: an age, a duration, a length
    ("A one-year-old boy was rescued.", [("one-year-old", 1.0, None, "year", "age", None, "boy")]),
    ("He signed a one-year contract.", [("one-year", 1.0, None, "year", "duration", None, "contract")]),
    ("The river is one-mile wide.", [("one-mile", 1.0, None, "mile", "quantity", None, "river")]),
    # not a hyphened word that is no unit
    ("It was a one-off payment and a one-sided game.", []),
    ("It was a one-man show.", []),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", ONE_WITH_UNIT)
def test_one_with_unit(nlp, text, expected):
    assert rows(nlp, text) == expected


SET_SCORES = [
    # a lost set's score rises, yet beside other set scores it is no range
    ("Lee beat Moss 7-6 (7-5) 4-6 6-3 4-6 6-0 in round one.", []),
    ("She came through 3-6 7-6 (7-3) 6-1 against Roe.", []),
    ("He lost 4-6 6-7 (5-7) in the final.", []),
    # a rising pair alone, or with a unit, is a range
    ("He needs 2-3 weeks to recover, and 4-6 players are injured.", [("2-3 weeks", 2.0, 3.0, "week", "duration", None, None), ("4-6", 4.0, 6.0, "player", "count", None, None)]),
    ("The index moved 1.5-3 on the day.", [("1.5-3", 1.5, 3.0, None, "count", None, "index")]),
    ("Temperatures of 4-6 degrees are expected.", [("4-6 degrees", 4.0, 6.0, "degree", "quantity", None, "Temperatures")]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", SET_SCORES)
def test_set_scores(nlp, text, expected):
    assert rows(nlp, text) == expected


CHARACTER_REFERENCES = [
    # the code of an HTML character reference left in scraped text is no number
    ("Roe (B&#233;ziers) and 3 others played.", [("3", 3.0, None, None, "count", None, None)]),
    ("It was for the risqu&#233; buyer.", []),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", CHARACTER_REFERENCES)
def test_character_references(nlp, text, expected):
    assert rows(nlp, text) == expected


RANKS = [
    # a number one space after "number" or "version" is a place or a release, not a count
    ("The single is at number three in the chart.", []),
    ("He can play at number seven or eight.", []),
    ("The world number six beat the top seed.", []),
    ("The firm released version 2.0 of the browser.", []),
    # "a number of" counts what follows the figure
    ("A number of 40 firms bid.", [("40", 40.0, None, "firm", "count", None, "number")]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", RANKS)
def test_ranks(nlp, text, expected):
    assert rows(nlp, text) == expected


LISTED_DAYS = [
    # days listed with a date's day, the month written once, are dates of that month
    ("The gigs on June 24 and 25 sold out.", [("June 24", "date", "2023-06-24"), ("25", "date", "2023-06-25")]),
    ("She will decide on 4 or 5 April.", [("4", "date", "2023-04-04"), ("5 April", "date", "2023-04-05")]),
    ("The talks on 3, 4 and 5 May ended.", [("3", "date", "2023-05-03"), ("4", "date", "2023-05-04"), ("5 May", "date", "2023-05-05")]),
    # not a count of a plural noun after the date
    ("On June 2 and 3 people left.", [("June 2", "date", "2023-06-02"), ("3", "count", None)]),
    ("On May 5, 6 people died.", [("May 5", "date", "2023-05-05"), ("6", "count", None)]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", LISTED_DAYS)
def test_listed_days(nlp, text, expected):
    facts = extract_numbers(nlp(text), published=PUBLISHED)
    assert [(f.text, f.kind, f.date) for f in facts] == expected


HALVES = [
    # "half" with a determiner of its own names a side of the pitch, no fraction
    ("Lions were pinned in their own half.", []),
    ("He won the ball in the opposition half.", []),
    ("Roe broke into the Wales half and scored.", []),
    # a fraction of something stays
    ("Half of the staff were laid off.", [("Half", 0.5, None, None, "fraction", None, "staff")]),
    ("The firm bought a half share in the club.", [("half", 0.5, None, None, "fraction", None, "share")]),
    ("Profits fell by half.", [("half", 0.5, None, None, "fraction", "down", "Profits")]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", HALVES)
def test_halves(nlp, text, expected):
    assert rows(nlp, text) == expected


SCORED_ORDINALS = [
    # "a third" scored or added in a match is the third goal: an ordinal, no share
    ("They failed to score a fourth and conceded late.", [("fourth", 4.0, None, None, "ordinal", None, None)]),
    ("Lyon added a third through Roe.", [("third", 3.0, None, None, "ordinal", None, None)]),
    # a share stays a share
    ("The index added a third of its value.", [("a third", 1 / 3, None, None, "fraction", "up", "index")]),
    ("Costs were cut by a third.", [("a third", 1 / 3, None, None, "fraction", "down", "Costs")]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", SCORED_ORDINALS)
def test_scored_ordinals(nlp, text, expected):
    assert rows(nlp, text) == expected


GLUED_INCHES = [
    # "in" glued to the digits is the inch, never the preposition
    ("Up to 10in of rain fell.", [("10in", 10.0, None, "inch", "quantity", None, "rain")]),
    ("He bought a 55in TV.", [("55in", 55.0, None, "inch", "quantity", None, "TV")]),
    ("He is 6ft 2in.", [("6ft 2in", 6 + 2 / 12, None, "foot", "quantity", None, None)]),
    # spaced, it stays the preposition
    ("Sales rose 10 in 2019.", [("10", 10.0, None, None, "count", "up", "Sales"), ("2019", 2019.0, None, None, "year", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", GLUED_INCHES)
def test_glued_inches(nlp, text, expected):
    assert rows(nlp, text) == expected


UNIT_AND_A_HALF = [
    # "a(n) <unit> and a half": one unit and a half of it
    ("The meeting lasted an hour and a half.", [("an hour and a half", 1.5, None, "hour", "duration", None, "meeting")]),
    ("She ran a mile and a half to the station.", [("a mile and a half", 1.5, None, "mile", "quantity", None, "station")]),
    ("It took nearly a year and a quarter.", [("nearly a year and a quarter", 1.25, None, "year", "duration", None, None)]),
    ("Two and a half years passed.", [("Two and a half years", 2.5, None, "year", "duration", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", UNIT_AND_A_HALF)
def test_unit_and_a_half(nlp, text, expected):
    assert rows(nlp, text) == expected


COUPLES = [
    # "a couple (of) hundred" is two hundred, approximately
    ("A couple of hundred fans waited.", [("A couple of hundred", 200.0, None, "fan", "count", None, None)]),
    ("A couple hundred people came.", [("A couple hundred", 200.0, None, "people", "count", None, None)]),
    ("He needs a couple of weeks.", [("a couple of weeks", 2.0, None, "week", "duration", None, None)]),
    # a quotation mark closing spelled-out figures is no inch sign
    ('It cost "a couple of million" dollars.', [("a couple of million", 2e6, None, None, "count", None, None)]),
    ('He said "billions" were spent.', [("billions", 1e9, 1e10, None, "count", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", COUPLES)
def test_couples(nlp, text, expected):
    assert rows(nlp, text) == expected


BARE_INCHES = [
    # the inches written as a bare number after the feet
    ("The 6-foot-5 forward scored 20 points.", [("6-foot-5", 6 + 5 / 12, None, "foot", "quantity", None, "forward"), ("20", 20.0, None, "point", "count", None, "forward")]),
    ("He is 6 foot 5 and she is 5 feet 4.", [("6 foot 5", 6 + 5 / 12, None, "foot", "quantity", None, None), ("5 feet 4", 5 + 4 / 12, None, "foot", "quantity", None, None)]),
    # not a number with a unit of its own, nor more than eleven
    ("The wall is 6 foot 5 metres away.", [("6 foot", 6.0, None, "foot", "quantity", None, "wall"), ("5 metres", 5.0, None, "metre", "quantity", None, "wall")]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", BARE_INCHES)
def test_bare_inches(nlp, text, expected):
    assert rows(nlp, text) == expected


TALLIES = [
    # a falling pair joined by "to" beside a word of voting is a tally: two counts, no range
    ("The Senate voted 93 to 0 to urge sanctions.", [("93", 93.0, None, None, "count", None, "Senate"), ("0", 0.0, None, None, "count", None, "Senate")]),
    ("The board voted seven to two in favour.", [("seven", 7.0, None, None, "count", None, "board"), ("two", 2.0, None, None, "count", None, "board")]),
    # a falling range with a unit stays one row
    ("Prices fell 10 to 2 percent.", [("10 to 2 percent", 2.0, 10.0, "%", "percent", "down", "Prices")]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", TALLIES)
def test_tallies(nlp, text, expected):
    assert rows(nlp, text) == expected


PLUS_SIGNS = [
    # a "+" glued after a figure is a lower bound
    ("He said 1,000+ people applied.", [("1,000+", 1000.0, "at_least")]),
    ("The offer is for people aged 65+ only.", [("65+", 65.0, "at_least")]),
    # not a sum
    ("He wrote 2+2=5 on the board.", []),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", PLUS_SIGNS)
def test_plus_signs(nlp, text, expected):
    facts = extract_numbers(nlp(text), published=PUBLISHED)
    assert [(f.text, f.value, f.qualifier) for f in facts] == expected


DECADES_OF_LIFE = [
    # a decade after a possessive, or in an age group, is an age
    ("She is in her early 20s.", [("20s", 20.0, "age", "approximately")]),
    ("They are in their mid-30s.", [("30s", 30.0, "age", "approximately")]),
    ("The scheme is for the over-50s.", [("50s", 50.0, "age", "more_than")]),
    ("Many under-18s have phones.", [("18s", 18.0, "age", "less_than")]),
    # a decade of the calendar stays a year
    ("The music of the early 90s returned.", [("90s", 1990.0, "year", "exact")]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", DECADES_OF_LIFE)
def test_decades_of_life(nlp, text, expected):
    facts = extract_numbers(nlp(text), published=PUBLISHED)
    assert [(f.text, f.value, f.kind, f.qualifier) for f in facts] == expected


QUARTERS = [
    # quarters counted in a run of periods
    ("Sales fell in the first three quarters of 2019.", [("three quarters", 3.0, "quarter", "count")]),
    ("Profits fell for three consecutive quarters.", [("three", 3.0, "quarter", "count")]),
    # a share stays a fraction
    ("Three quarters of voters agreed.", [("Three quarters", 0.75, None, "fraction")]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", QUARTERS)
def test_quarters(nlp, text, expected):
    facts = [
        f
        for f in extract_numbers(nlp(text), published=PUBLISHED)
        if f.kind not in ("year", "ordinal")
    ]
    assert [(f.text, f.value, f.unit, f.kind) for f in facts] == expected


SHARE_RATIOS = [
    # a ratio of shares is no count
    ("Acme declared a 3-for-2 stock split.", []),
    ("The board approved a two-for-one stock split.", []),
    ("It plans a one for two rights issue of 40 mln shares.", [("40 mln", 4e7, None, "share", "count", None, "two rights issue")]),
    # "N for M" with a price stays two figures
    ("He sold 5 for 2 dlrs each.", [("5", 5.0, None, None, "count", None, None), ("2 dlrs", 2.0, None, "USD", "money", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", SHARE_RATIOS)
def test_share_ratios(nlp, text, expected):
    assert rows(nlp, text) == expected


MONTH_ABBREVIATIONS = [
    # wire copy's "mths" is months
    ("Nine mths Shr 1.83 dlrs vs 1.55 dlrs", [("Nine mths", 9.0, "month", "duration")]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", MONTH_ABBREVIATIONS)
def test_month_abbreviations(nlp, text, expected):
    facts = extract_numbers(nlp(text), published=PUBLISHED)
    assert [(f.text, f.value, f.unit, f.kind) for f in facts][:1] == expected
