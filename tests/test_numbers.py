"""Numeric facts: one parametrised case per form of the issue, non-numbers, and properties."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

try:  # num2words comes with quantulum3; the property falls back to our own speller without it
    from num2words import num2words as _num2words
except ImportError:  # pragma: no cover
    _num2words = None

from transforms.contract import NUMBER_KINDS
from transforms.numbers import extract_numbers
from transforms.numbers.lexer import lex, parse_digits
from transforms.numbers.words import parse_words_number

PUBLISHED = "2023-06-27"

_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """English words for 0 <= n < 10**12 ("three hundred and twelve thousand and five")."""
    if n < 20:
        return _SMALL[n]
    if n < 100:
        return _TENS[n // 10 - 2] + ("-" + _SMALL[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _SMALL[n // 100] + " hundred" + (" and " + spell(rest) if rest else "")
    for scale, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= scale:
            rest = n % scale
            head = spell(n // scale) + " " + name
            if not rest:
                return head
            return head + (" and " if rest < 100 else " ") + spell(rest)
    raise ValueError(n)


def num2words(n: int) -> str:
    return _num2words(n) if _num2words is not None else spell(n)


def rows(nlp, text: str, published: str | None = PUBLISHED) -> list[tuple]:
    doc = nlp(text)
    return [
        (f.text, f.value, f.kind, f.unit, f.qualifier, f.value_max, f.date)
        for f in extract_numbers(doc, published=published)
    ]


# (text, [(surface, value, kind, unit, qualifier, value_max, date)])
CASES = [
    # digits: separators, decimals, signs
    ("The company sold 1,234,567 shares.", [("1,234,567", 1234567.0, "count", "share", "exact", None, None)]),
    ("Temperatures fell to -4.5 degrees Celsius overnight.", [("-4.5 degrees Celsius", -4.5, "quantity", "degree celsius", "exact", None, None)]),
    ("Pi is roughly 3.14.", [("3.14", 3.14, "count", None, "approximately", None, None)]),
    ("The temperature was minus 5 at dawn.", [("minus 5", -5.0, "count", None, "exact", None, None)]),
    # words
    ("Officials counted twenty-five ballots and three hundred and twelve envelopes.", [("twenty-five", 25.0, "count", "ballot", "exact", None, None), ("three hundred and twelve", 312.0, "count", "envelope", "exact", None, None)]),
    ("The building has one hundred and one rooms.", [("one hundred and one", 101.0, "count", "room", "exact", None, None)]),
    ("A hundred volunteers came.", [("A hundred", 100.0, "count", "volunteer", "exact", None, None)]),
    ("She bought a dozen roses for her mother.", [("a dozen", 12.0, "count", "rose", "exact", None, None)]),
    ("Half a dozen eggs broke.", [("Half a dozen", 6.0, "count", "egg", "exact", None, None)]),
    ("He waited a couple of days before replying.", [("a couple of days", 2.0, "duration", "day", "approximately", None, None)]),
    ("The storm lasted one and a half hours.", [("one and a half hours", 1.5, "duration", "hour", "exact", None, None)]),
    ("They waited half an hour.", [("half an hour", 0.5, "duration", "hour", "exact", None, None)]),
    # fractions
    ("Nearly half the budget went on salaries.", [("half", 0.5, "fraction", None, "less_than", None, None)]),
    ("A third of the staff left.", [("A third", 1 / 3, "fraction", None, "exact", None, None)]),
    ("Two-thirds of voters backed the plan.", [("Two-thirds", 2 / 3, "fraction", None, "exact", None, None)]),
    ("Three quarters of the homes lost power.", [("Three quarters", 0.75, "fraction", None, "exact", None, None)]),
    # magnitudes and money
    ("The firm raised 1.5 million pounds from investors.", [("1.5 million pounds", 1500000.0, "money", "GBP", "exact", None, None)]),
    ("The deal is worth $3bn.", [("$3bn", 3e9, "money", "USD", "exact", None, None)]),
    ("The club paid £20m for the striker.", [("£20m", 2e7, "money", "GBP", "exact", None, None)]),
    ("Governments spent tens of billions of dollars on subsidies.", [("tens of billions of dollars", 1e10, "money", "USD", "exact", 1e11, None)]),
    ("The debt reached 2.3 trillion yen.", [("2.3 trillion yen", 2.3e12, "money", "JPY", "exact", None, None)]),
    ("Profits were $1.13bn.", [("$1.13bn", 1.13e9, "money", "USD", "exact", None, None)]),
    ("The house sold for €500,000.", [("€500,000", 500000.0, "money", "EUR", "exact", None, None)]),
    ("The fund holds US$5 million in bonds.", [("US$5 million", 5e6, "money", "USD", "exact", None, None)]),
    ("The club was fined 5 million euros.", [("5 million euros", 5e6, "money", "EUR", "exact", None, None)]),
    ("Each ticket costs 12 dollars.", [("12 dollars", 12.0, "money", "USD", "exact", None, None)]),
    ("The stock traded at €12.50 on Friday.", [("€12.50", 12.5, "money", "EUR", "exact", None, None)]),
    ("Half a million people signed.", [("Half a million", 500000.0, "count", "people", "exact", None, None)]),
    ("Hundreds of thousands of people marched.", [("Hundreds of thousands", 100000.0, "count", "people", "exact", 1e6, None)]),
    ("The town is home to a few thousand residents.", [("a few thousand", 1000.0, "count", "resident", "exact", 10000.0, None)]),
    # ranges
    ("The repairs will take 24 to 36 hours.", [("24 to 36 hours", 24.0, "duration", "hour", "exact", 36.0, None)]),
    ("The empire fought wars between 1853 and 1856.", [("between 1853 and 1856", 1853.0, "year", None, "exact", 1856.0, None)]),
    ("The 1904-05 season was a disaster.", [("1904-05", 1904.0, "year", None, "exact", 1905.0, None)]),
    ("The road is 10-15 kilometres long.", [("10-15 kilometres", 10.0, "quantity", "kilometre", "exact", 15.0, None)]),
    # percentages
    ("Unemployment rose to 5.2%.", [("5.2%", 5.2, "percent", "%", "exact", None, None)]),
    ("Inflation fell 3 per cent last year.", [("3 per cent", 3.0, "percent", "%", "exact", None, None)]),
    ("The rate went up by 0.5 percentage points.", [("0.5 percentage points", 0.5, "percent", "percentage point", "exact", None, None)]),
    # measurement units
    ("The ship sailed 300 nautical miles.", [("300 nautical miles", 300.0, "quantity", "nautical mile", "exact", None, None)]),
    ("The parcel weighs 2.5 kg.", [("2.5 kg", 2.5, "quantity", "kilogram", "exact", None, None)]),
    ("They ran 5.5 miles and swam 800 metres.", [("5.5 miles", 5.5, "quantity", "mile", "exact", None, None), ("800 metres", 800.0, "quantity", "metre", "exact", None, None)]),
    ("The project will take 2,000 years.", [("2,000 years", 2000.0, "duration", "year", "exact", None, None)]),
    ("It rained for 30-minute spells.", [("30-minute", 30.0, "duration", "minute", "exact", None, None)]),
    # qualifiers
    ("More than 300 people attended.", [("300", 300.0, "count", "people", "more_than", None, None)]),
    ("At least 100,000 people were displaced.", [("100,000", 100000.0, "count", "people", "at_least", None, None)]),
    ("Up to 40 flights were cancelled.", [("40", 40.0, "count", "flight", "at_most", None, None)]),
    # "up" the particle of a verb of moving after its object: the level reached, no bound
    ("The frost pushed grain prices up to $9 a bushel.", [("$9 a bushel", 9.0, "money", "USD", "exact", None, None)]),
    ("The rumour sent the shares up to 310p.", [("310p", 3.1, "money", "GBP", "exact", None, None)]),
    ("The shop offers discounts up to 40% on old stock.", [("40%", 40.0, "percent", "%", "at_most", None, None)]),
    ("The jobless rate ticked up to 4.2% in May.", [("4.2%", 4.2, "percent", "%", "exact", None, None)]),
    ("Fares could rise up to 15% next spring.", [("15%", 15.0, "percent", "%", "at_most", None, None)]),
    # a percentage in brackets after a rough share in words is the exact figure; a restated sum is not
    ("Nearly a third (31%) of members voted.", [("a third", 1 / 3, "fraction", None, "less_than", None, None), ("31%", 31.0, "percent", "%", "exact", None, None)]),
    ("The club owes almost £20m ($25m).", [("£20m", 20000000.0, "money", "GBP", "less_than", None, None), ("$25m", 25000000.0, "money", "USD", "less_than", None, None)]),
    ("The repairs could take up to six weeks.", [("six weeks", 6.0, "duration", "week", "at_most", None, None)]),
    ("About 60 protesters gathered outside.", [("60", 60.0, "count", "protester", "approximately", None, None)]),
    ("Fewer than 20 seats remain.", [("20", 20.0, "count", "seat", "less_than", None, None)]),
    ("Some 500 troops arrived.", [("500", 500.0, "count", "troop", "approximately", None, None)]),
    ("The trip lasted two weeks or so.", [("two weeks or so", 2.0, "duration", "week", "approximately", None, None)]),
    # ages
    ("The 70-year-old driver was unhurt.", [("70-year-old", 70.0, "age", "year", "exact", None, None)]),
    ("The driver, who is 45 years old, was unhurt.", [("45 years old", 45.0, "age", "year", "exact", None, None)]),
    ("The suspect, aged 62, was arrested.", [("62", 62.0, "age", "year", "exact", None, None)]),
    ("He retired at the age of 30.", [("30", 30.0, "age", "year", "exact", None, None)]),
    ("The singer, now in her 40s, returned.", [("40s", 40.0, "age", "year", "approximately", None, None)]),
    # what a person is: the complement of "be" after a name or a personal pronoun
    ("Dana Varga was 19 when she turned professional.", [("19", 19.0, "age", "year", "exact", None, None)]),
    ("The final is in May, when he will be 31.", [("31", 31.0, "age", "year", "exact", None, None)]),
    ("The index was 19 when trading closed.", [("19", 19.0, "count", None, "exact", None, None)]),
    ("Varga was 3 under par.", [("3", 3.0, "count", None, "exact", None, None)]),
    # an age group written as a range
    ("Voters aged between 25 and 40 were asked.", [("between 25 and 40", 25.0, "age", "year", "exact", 40.0, None)]),
    ("Few 16 to 17 year olds vote.", [("16 to 17 year olds", 16.0, "age", "year", "exact", 17.0, None)]),
    ("Most 10-12 year-olds can swim.", [("10-12 year-olds", 10.0, "age", "year", "exact", 12.0, None)]),
    ("A poll of 15 to 19-year-olds was held.", [("15 to 19-year-olds", 15.0, "age", "year", "exact", 19.0, None)]),
    ("Few 22 to 24-year olds voted.", [("22 to 24-year olds", 22.0, "age", "year", "exact", 24.0, None)]),
    ("Most 9-year-olds can read.", [("9-year-olds", 9.0, "age", "year", "exact", None, None)]),
    # years and dates
    ("The museum opened in 1998.", [("1998", 1998.0, "year", None, "exact", None, None)]),
    ("Music from the 1990s was played.", [("1990s", 1990.0, "year", None, "exact", 1999.0, None)]),
    ("The 2000 soldiers left.", [("2000", 2000.0, "count", "soldier", "exact", None, None)]),
    ("The talks resumed on 14 March.", [("14 March", 2023.0, "date", None, "exact", None, "2023-03-14")]),
    # a span of days written once with its month: two dates, not a range or a fraction
    ("The fair runs from 10-20 February in the town.", [("10", 2023.0, "date", None, "exact", None, "2023-02-10"), ("20 February", 2023.0, "date", None, "exact", None, "2023-02-20")]),
    ("Replays will be held on 19/20 May.", [("19", 2023.0, "date", None, "exact", None, "2023-05-19"), ("20 May", 2023.0, "date", None, "exact", None, "2023-05-20")]),
    ("Voting is open between 6 and 12 July.", [("6", 2023.0, "date", None, "exact", None, "2023-07-06"), ("12 July", 2023.0, "date", None, "exact", None, "2023-07-12")]),
    ("Sales rose 5-10 percent in June.", [("5-10 percent", 5.0, "percent", "%", "exact", 10.0, None)]),
    # a result between two names is a score in either order; a range before a noun stays a range
    ("Harlequins 19-33 Wasps was the result on Saturday.", []),
    ("Acme expects 10-15 Labour seats.", [("10-15", 10.0, "count", "seat", "exact", 15.0, None)]),
    ("The talks resumed on March 14, 2021.", [("March 14, 2021", 2021.0, "date", None, "exact", None, "2021-03-14")]),
    ("Shares closed on Sept. 30 higher.", [("Sept. 30", 2023.0, "date", None, "exact", None, "2023-09-30")]),
    ("The report was published on 2023-06-24.", [("2023-06-24", 2023.0, "date", None, "exact", None, "2023-06-24")]),
    ("The vote is scheduled for October.", []),
    ("The coup failed in August 1991.", [("August 1991", 1991.0, "date", None, "exact", None, None)]),
    # ordinals
    ("It was the 21st attempt.", [("21st", 21.0, "ordinal", None, "exact", None, None)]),
    ("She finished third in the race.", [("third", 3.0, "ordinal", None, "exact", None, None)]),
    ("Now in its twenty-first year, the festival grows.", [("twenty-first", 21.0, "ordinal", None, "exact", None, None)]),
    ("The indicator predicts growth two quarters ahead.", [("two quarters", 2.0, "count", "quarter", "exact", None, None)]),
    ("There are a further 1.5 million-2 million people waiting.", [("1.5 million-2 million", 1.5e6, "count", "people", "exact", 2e6, None)]),
    ("Mr Tanzi, 66, issued a statement.", [("66", 66.0, "age", "year", "exact", None, None)]),
    ("Songs from the 80s and early 90s.", [("80s", 1980.0, "year", None, "exact", 1989.0, None), ("90s", 1990.0, "year", None, "exact", 1999.0, None)]),
    ("Compiled by an eleven year-old girl.", [("eleven year-old", 11.0, "age", "year", "exact", None, None)]),
    ("The cost was $350 per kg, and 5 feet 2 inches of cable.", [("$350 per kg", 350.0, "money", "USD", "exact", None, None), ("5 feet 2 inches", 5 + 2 / 12, "quantity", "foot", "exact", None, None)]),
    ("Prices rose well above 2003's levels.", [("2003", 2003.0, "year", None, "exact", None, None)]),
    ("Record Australian dollars 648m ($492m) profit.", [("dollars 648m", 6.48e8, "money", "AUD", "exact", None, None), ("$492m", 4.92e8, "money", "USD", "exact", None, None)]),
    ("He must pay 1.47m yuan in compensation.", [("1.47m yuan", 1.47e6, "money", "CNY", "exact", None, None)]),
    ("He is 5ft 9ins tall.", [("5ft 9ins", 5.75, "quantity", "foot", "exact", None, None)]),
    ("The pipe is 9\" wide.", [("9\"", 9.0, "quantity", "inch", "exact", None, None)]),
    ('He said: "We lost money in 2002". Then he left.', [("2002", 2002.0, "year", None, "exact", None, None)]),
    ("About 3/4 of them left.", [("3/4", 0.75, "fraction", None, "approximately", None, None)]),
    ("Bids valued the tracks at between £40m-£50m.", [("between £40m-£50m", 4e7, "money", "GBP", "exact", 5e7, None)]),
    ("Premiums were cut from 2% to 1% this year.", [("2% to 1%", 1.0, "percent", "%", "exact", 2.0, None)]),
    ("Temperatures ranged from -18 °C to -34 °C.", [("-18 °C to -34 °C", -34.0, "quantity", "degree celsius", "exact", -18.0, None)]),
    # non-numbers
    ("The shop is open 24/7.", []),
    ("The number 1/0 is not a valid value.", []),
    ("The court issued a 2-1 decision.", []),
    ("It was shown on Channel 4 and topped the Billboard 200 chart.", []),
    ("It predicts GDP a quarter in advance.", []),
    ("One of the guards was injured.", []),
    ("One can only guess what happened.", []),
    ("For one thing, the roads were closed.", []),
    ("One thing is certain: the plan failed.", []),
    ("The wounded were taken to the hospital one by one.", []),
    ("Veterans of World War I and World War II attended.", []),
    ("King Louis XIV and Pope John Paul II are remembered.", []),
    ("First, we need to talk about money.", []),
    ("The M4 motorway was closed near the G7 summit venue.", []),
    ("The Covid-19 outbreak spread.", []),
    ("The meeting starts at 6pm.", []),
    ("Schools will stay open from 0800 to 1800GMT for parents.", []),
    ("The shop opens from 9 to 5pm.", []),
    # a span of days written once with its month first: one date, the second day no count
    ("Sales from March 3 to 15 rose 5 pct on the year.", [("March 3 to 15", 2023.0, "date", None, "exact", None, "2023-03-03"), ("5 pct", 5.0, "percent", "%", "exact", None, None)]),
    ("The fair runs June 3-9 in Leeds.", [("June 3-9", 2023.0, "date", None, "exact", None, "2023-06-03")]),
    ("Rates rose on March 1 to 15 pct on the year.", [("March 1", 2023.0, "date", None, "exact", None, "2023-03-01"), ("15 pct", 15.0, "percent", "%", "exact", None, None)]),
    # a day under ten spelled out after a capitalised month, as wire text writes it: a date
    ("Bank stocks in the week ended March six rose to 41.2 mln dlrs.", [("March six", 2023.0, "date", None, "exact", None, "2023-03-06"), ("41.2 mln dlrs", 41.2e6, "money", "USD", "exact", None, None)]),
    ("Stocks in the week ended April four to 11.6 mln barrels.", [("April four", 2023.0, "date", None, "exact", None, "2023-04-04"), ("11.6 mln barrels", 11.6e6, "quantity", "barrel", "exact", None, None)]),
    ("The notes due February one, 2009, were called.", [("February one, 2009", 2009.0, "date", None, "exact", None, "2009-02-01")]),
    # but not a count of a plural noun, nor "one of", nor a fraction
    ("In March six people were hurt.", [("six", 6.0, "count", "people", "exact", None, None)]),
    ("In May one of the plants shut.", []),
    ("In May five pct of the staff left.", [("five pct", 5.0, "percent", "%", "exact", None, None)]),
    ("By June two-thirds of the crop was in.", [("two-thirds", 2 / 3, "fraction", None, "exact", None, None)]),
    # digits ending a noun phrase after the singular noun they designate: one of a series
    ("Fans of the crime drama 19 and the film 41 queued.", []),
    ("The pilot of flight 212 was praised, and game 6 sold out.", []),
    ("The team scored 36 and the club had a total 12.", [("36", 36.0, "count", None, "exact", None, None), ("12", 12.0, "count", None, "exact", None, None)]),
    # minutes in a match report's line-up: substitutes, scorers, bookings
    ("Reeve, Tanner (Hollis 64), Marsh, Quint (De Witt 81), Oakes.", []),
    ("Tanner 12, Oakes 47 pen, Marsh 88.", []),
    ("Quint (55).", []),
    # but not a line that is no list of names
    ("Sales rose 12.", [("12", 12.0, "count", None, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_numbers(nlp, text, expected):
    got = rows(nlp, text)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0] and g[2:] == e[2:], g
        assert g[1] == pytest.approx(e[1]) if e[1] is not None else g[1] is None


def test_missing_year_needs_published_date(nlp):
    assert rows(nlp, "The talks resumed on 14 March.", published=None) == [
        ("14 March", None, "date", None, "exact", None, None)
    ]
    # the nearest year to the published date: December news of January is next year's
    assert rows(nlp, "Talks resume on 3 January.", published="2023-12-20")[0][-1] == "2024-01-03"


def test_year_before_plural_noun_near_published_date(nlp):
    text = "The demand that had driven 2004 sales dissipated."
    assert rows(nlp, text, published="2005-03-01")[0][2] == "year"
    assert rows(nlp, text, published=None)[0][:4] == ("2004", 2004.0, "count", "sale")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.5", 1234.5),
        ("1 414 021 100", 1414021100.0),
        ("12,34,567.89", 1234567.89),
        ("4e14", 4e14),
        ("5.5x10-3", 0.0055),
        ("2.48×10−5", 2.48e-5),
        ("1,3", 1.3),
    ],
)
def test_parse_digits(text, value):
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty-one", 21),
        ("a hundred and two", 102),
        ("two hundred and two thousand", 202000),
        ("five and a half million", 5.5e6),
        ("one billion and a quarter million", 1000250000),
        ("three fifths", 0.6),
        ("twenty and three fifths", 20.6),
        ("one hundred and three quarters", 100.75),
        ("one twenty-fifth", 0.04),
        ("a hundredth", 0.01),
        ("nine point nought four", 9.04),
        ("three lakh crore", 3e12),
        ("4 thousand 3 hundred", 4300),
        ("half a million", 5e5),
    ],
)
def test_parse_words(text, value):
    lexemes = lex(text)
    parsed = parse_words_number(lexemes, 0)
    assert parsed is not None and parsed.end == len(lexemes)
    assert parsed.value == pytest.approx(value)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_words_equal_digits(n):
    """A number in words ("three hundred and twelve") reads as the same value as in digits."""
    for words in (
        spell(n),
        num2words(n).replace(",", ""),
        num2words(n).replace(",", "").replace(" and ", " "),
    ):
        lexemes = lex(words)
        parsed = parse_words_number(lexemes, 0)
        assert parsed is not None and parsed.end == len(lexemes), words
        assert parsed.value == n, words
    assert parse_digits(f"{n:,}") == n


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=9999),
    st.sampled_from(["people", "miles", "dollars", "per cent", "years", "tonnes"]),
)
def test_sentence_words_equal_digits(nlp, n, noun):
    """In a sentence, digits and words give the same value, and text == doc.text[start:end]."""
    values = []
    for written in (f"{n:,}", num2words(n).replace(",", "")):
        doc = nlp(f"Officials said {written} {noun} were reported on Monday.")
        facts = extract_numbers(doc, published=PUBLISHED)
        for f in facts:
            assert doc.text[f.start : f.end] == f.text
        values.append([f.value for f in facts])
    assert values[0] == values[1] == [float(n)]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet="0123456789 ,.-$£%/abcmkonetwhyrsd\n", max_size=60))
def test_offsets_hold_on_odd_input(nlp, text):
    doc = nlp(text)
    for f in extract_numbers(doc, published="not a date"):
        assert doc.text[f.start : f.end] == f.text
        assert f.kind in NUMBER_KINDS
