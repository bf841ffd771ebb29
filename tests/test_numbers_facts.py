"""Numbers as facts: change, about, names that are not quantities, unit and currency vocabulary,
vague magnitudes and wire copy. Invented sentences, exact rows:
(text, value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.numbers import extract_numbers

PUBLISHED = "2023-06-27"


def rows(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    out = []
    for f in extract_numbers(doc, published=PUBLISHED):
        assert text[f.start : f.end] == f.text
        if f.about is not None:
            assert text[f.about_start : f.about_end] == f.about
        out.append((f.text, f.value, f.value_max, f.unit, f.kind, f.change, f.about))
    return out


CHANGE_AND_ABOUT = [
    # a change, then the level reached: two rows, not a range
    ("Acme shares rose 4.2% to 310p.", [("4.2%", 4.2, None, "%", "percent", "up", "Acme shares"), ("310p", 3.1, None, "GBP", "money", None, "Acme shares")]),
    ("The index fell 0.8 per cent to 7,412.", [("0.8 per cent", 0.8, None, "%", "percent", "down", "index"), ("7,412", 7412.0, None, None, "count", None, "index")]),
    ("Sales of the drug rose by 12% to $5 billion.", [("12%", 12.0, None, "%", "percent", "up", "Sales of the drug"), ("$5 billion", 5e9, None, "USD", "money", None, "Sales of the drug")]),
    ("Reserves fell 298 mln francs to 19.61 billion francs.", [("298 mln francs", 2.98e8, None, "CHF", "money", "down", "Reserves"), ("19.61 billion francs", 1.961e10, None, "CHF", "money", None, "Reserves")]),
    # a change noun and what it applies to
    ("A 3 percent drop in exports hit the economy.", [("3 percent", 3.0, None, "%", "percent", "down", "exports")]),
    ("The September crude contract was up 19 cents at $58.24 per barrel.", [("19 cents", 0.19, None, "USD", "money", "up", "September crude contract"), ("$58.24 per barrel", 58.24, None, "USD", "money", None, "September crude contract")]),
    # "from X to Y" after a change word: the interval moved over (levels: no change)
    ("Horsepower jumped from 240 to 273.", [("240 to 273", 240.0, 273.0, None, "count", None, "Horsepower")]),
    ("Profits rose 3 to 4 percent.", [("3 to 4 percent", 3.0, 4.0, "%", "percent", "up", "Profits")]),
    # "from A ... to B" with words between: one row, the interval moved over
    ("Bitcoin plummeted from $36,040 at 10.45pm last night to $34,935 at 5am.", [("$36,040 at 10.45pm last night to $34,935", 34935.0, 36040.0, "USD", "money", None, "Bitcoin")]),
    ("Mileage has been creeping upward, from 20 miles per gallon in 2008 to 29 mpg in 2020.", [("20 miles per gallon in 2008 to 29 mpg", 20.0, 29.0, "mile per gallon", "quantity", None, "Mileage"), ("2008", 2008.0, None, None, "year", None, None), ("2020", 2020.0, None, None, "year", None, None)]),
    ("He moved from 3 Main St to 5 Elm St.", []),
    ("Its EU deficit rose from £2.1bn, while its non-EU shortfall dropped to £2.7bn.", [("£2.1bn", 2.1e9, None, "GBP", "money", None, "EU deficit"), ("£2.7bn", 2.7e9, None, "GBP", "money", None, "non-EU shortfall")]),
    # a transitive change verb: what it changes is its object
    ("The bank cut its main rate by 0.25 percentage points.", [("0.25 percentage points", 0.25, None, "percentage point", "percent", "down", "main rate")]),
    ("Those passengers paid a total of HK $216,925 for flights.", [("HK $216,925", 216925.0, None, "HKD", "money", None, "passengers")]),
    ("Revenue of $4 million was reported.", [("$4 million", 4e6, None, "USD", "money", None, "Revenue")]),
    ("So far 60% of the union workers approved the deal.", [("60%", 60.0, None, "%", "percent", None, "union workers")]),
    ("The index holds 40% of the FTSE 100.", [("40%", 40.0, None, "%", "percent", None, "FTSE")]),
    # counts: the counted noun is the unit, about is who has them
    ("Ford, which has 13,000 workers in Britain, cut 500 jobs.", [("13,000", 13000.0, None, "worker", "count", None, "Ford"), ("500", 500.0, None, "job", "count", "down", "Ford")]),
    ("Acme on Monday announced plans to lay off more than 6,650 employees.", [("6,650", 6650.0, None, "employee", "count", None, "Acme")]),
    ("Cayman Airways said it was grounding two new jets.", [("two", 2.0, None, "jet", "count", None, "Cayman Airways")]),
    # change words the parse misses, signs, "higher"/"lower"
    ("The index is trending up 0.4% today.", [("0.4%", 0.4, None, "%", "percent", "up", "index")]),
    ("Shares of the bank closed 3% higher.", [("3%", 3.0, None, "%", "percent", "up", "Shares of the bank")]),
    ("The price was $3.1 million, down 9.2% on the year.", [("$3.1 million", 3.1e6, None, "USD", "money", None, "price"), ("9.2%", 9.2, None, "%", "percent", "down", "price")]),
    ("Charges rose 1.38pc.", [("1.38pc", 1.38, None, "%", "percent", "up", "Charges")]),
    # a reporting period says when: no change, no about; the date or year after it is its own row
    ("Output grew 0.7% in the three months to 31 December.", [("0.7%", 0.7, None, "%", "percent", "up", "Output"), ("three months", 3.0, None, "month", "duration", None, None), ("31 December", 2022.0, None, None, "date", None, None)]),
    ("The drug cut the risk over the three years to 2020 by 4%.", [("three years", 3.0, None, "year", "duration", None, None), ("2020", 2020.0, None, None, "year", None, None), ("4%", 4.0, None, "%", "percent", "down", "risk")]),
    # money raised is collected, not a rise; raising a price or a forecast by an amount is
    ("The start-up has raised $40 million from investors this year.", [("$40 million", 4e7, None, "USD", "money", None, "start-up")]),
    ("The firm raised £3m in a share sale, then raised its forecast by 4%.", [("£3m", 3e6, None, "GBP", "money", None, "firm"), ("4%", 4.0, None, "%", "percent", "up", "forecast")]),
    ("The store raised prices by $2 a box.", [("$2", 2.0, None, "USD", "money", "up", "prices")]),
    # "a record", "a high of", "a record low of" mark a level: about is what reached it
    ("The painting sold for a record $44 million at auction.", [("$44 million", 4.4e7, None, "USD", "money", None, "painting")]),
    ("Acme shares hit a high of $58 on Monday.", [("$58", 58.0, None, "USD", "money", None, "Acme shares")]),
    ("The bank cut its main rate to a record low of 1.5 percent.", [("1.5 percent", 1.5, None, "%", "percent", None, "main rate")]),
]  # fmt: skip

NAMES = [
    ("Apple showed the iPhone 11 Pro and 11 Pro Max on Tuesday.", []),
    ("The debut of its own 787 Dreamliner was delayed.", []),
    ("A category 4 hurricane hit the coast.", []),
    ('"Once we are in the Six Nations, the players will be released."', []),
    ("It will come with Spider-Man 2 on disc.", []),
    ("Leaks from Number 10 angered ministers.", []),
    ("He lives at 575 Wilbraham Road in Leeds.", []),
    ("The FTSE 100 closed flat.", []),
    ("The plant is certified to ISO 9001.", []),
    ("The airline bought four 777 Freighters.", [("four", 4.0, None, None, "count", None, "airline")]),
    ("Acme boss Bell dies aged 44\n\nCharlie Bell led the firm.", [("44", 44.0, None, "year", "age", None, "Acme boss Bell")]),
    ("Police arrested 12 Britons.", [("12", 12.0, None, "briton", "count", None, "Police")]),
    ("They met in the 1917 Russian Revolution museum.", [("1917", 1917.0, None, None, "year", None, None)]),
    ("The stream is in 1080p and costs 99p.", [("99p", 0.99, None, "GBP", "money", None, "stream")]),
]  # fmt: skip

UNITS = [
    ("The car has a 500 bhp engine and a 12kHz radio.", [("500 bhp", 500.0, None, "horsepower", "quantity", None, "engine"), ("12kHz", 12.0, None, "hertz", "quantity", None, "radio")]),
    ("Members pay RM45 a month.", [("RM45 a month", 45.0, None, "MYR", "money", None, "Members")]),
    ("It cost Rp5,000 and zł20.", [("Rp5,000", 5000.0, None, "IDR", "money", None, None), ("zł20", 20.0, None, "PLN", "money", None, None)]),
    ("The flat is worth $US5,000,000 ($A7,000,000).", [("$US5,000,000", 5e6, None, "USD", "money", None, "flat"), ("$A7,000,000", 7e6, None, "AUD", "money", None, "flat")]),
    ("The PS5 and RM2 models sold 3,000 units.", [("3,000", 3000.0, None, "unit", "count", None, "PS5 and RM2 models")]),
    # vague magnitudes: one order of magnitude
    ("The wavelengths are at least 2.4 \u03bcm long.", [("2.4 \u03bcm", 2.4, None, "micrometre", "quantity", None, "wavelengths")]),  # Greek mu for micro
    ("Dozens of people came.", [("Dozens", 12.0, 120.0, "people", "count", None, None)]),
    ("Tens of thousands of fans marched.", [("Tens of thousands", 1e4, 1e5, "fan", "count", None, None)]),
]  # fmt: skip

WIRE = [
    ("The company said profit rose to 40 mln dlrs from 32.5 mln dlrs, or 1.20 dlrs a share.", [("40 mln dlrs", 4e7, None, "USD", "money", None, "profit"), ("32.5 mln dlrs", 3.25e7, None, "USD", "money", None, "profit"), ("1.20 dlrs a share", 1.2, None, "USD", "money", None, "profit")]),
    ("It sold 15 mln stg of bills and 500 mln yen.", [("15 mln stg", 1.5e7, None, "GBP", "money", None, "bills"), ("500 mln yen", 5e8, None, "JPY", "money", None, "bills")]),
    ("Italy paid 12 billion lire and 45 mln Dutch guilders.", [("12 billion lire", 1.2e10, None, "ITL", "money", None, "Italy"), ("45 mln Dutch guilders", 4.5e7, None, "NLG", "money", None, "Italy")]),
    ("Congress approved two mln dlrs.", [("two mln dlrs", 2e6, None, "USD", "money", None, "Congress")]),
    ("It posted a loss of 553,000 or 11 cts a share.", [("553,000", 553000.0, None, None, "count", None, "loss"), ("11 cts a share", 0.11, None, "USD", "money", None, "loss")]),
    ("Shr one ct vs nine cts", [("one ct", 0.01, None, "USD", "money", None, None), ("nine cts", 0.09, None, "USD", "money", None, None)]),
    ("The December gold contract was up $31.20 US.", [("$31.20 US", 31.2, None, "USD", "money", "up", "December gold contract")]),
    ("Inflation was 2.5 pct in March.", [("2.5 pct", 2.5, None, "%", "percent", None, "Inflation")]),
    # cents and pence are money in the major unit of their currency (the text keeps the cents)
    ("Acme took a six ct a share charge for the quarter.", [("six ct a share", 0.06, None, "USD", "money", None, "charge")]),  # the noun the sum modifies
    ("The group signed a 75 mln dlr credit with six banks.", [("75 mln dlr", 7.5e7, None, "USD", "money", None, "credit"), ("six", 6.0, None, "bank", "count", None, "group")]),
    ("Its Canadian unit paid 2.50 Canadian dlrs and 40 cts a share.", [("2.50 Canadian dlrs", 2.5, None, "CAD", "money", None, "Canadian unit"), ("40 cts a share", 0.4, None, "CAD", "money", None, "Canadian unit")]),
    ("Fares rose 12 pence after a 1.20 stg rise the year before.", [("12 pence", 0.12, None, "GBP", "money", "up", "Fares"), ("1.20 stg", 1.2, None, "GBP", "money", "up", "Fares")]),
    ("Shares rose 2-1/2 dlrs to 41-1/4.", [("2-1/2 dlrs", 2.5, None, "USD", "money", "up", "Shares"), ("41-1/4", 41.25, None, None, "count", None, "Shares")]),
    ("The dividend was raised to 15 cts from 12-1/2 cts.", [("15 cts", 0.15, None, "USD", "money", None, "dividend"), ("12-1/2 cts", 0.125, None, "USD", "money", None, "dividend")]),
    ("Brent fell 1.10 dlrs to 18.40 dlrs a barrel.", [("1.10 dlrs", 1.1, None, "USD", "money", "down", "Brent"), ("18.40 dlrs a barrel", 18.4, None, "USD", "money", None, "Brent")]),
    ("The bank cut the price 2 dlrs to 18 dlrs a barrel.", [("2 dlrs", 2.0, None, "USD", "money", "down", "bank"), ("18 dlrs a barrel", 18.0, None, "USD", "money", None, "price")]),
    ("Prices rose from 3 dlrs to 5 dlrs.", [("3 dlrs to 5 dlrs", 3.0, 5.0, "USD", "money", None, "Prices")]),
    ("The move would cut its profits by $3.8m to $4.9m this year.", [("$3.8m to $4.9m", 3.8e6, 4.9e6, "USD", "money", "down", "profits")]),
    ("The rapper 50 Cent topped the chart.", []),
    # titles and model names after lower-case text; counted capitalised plurals stay counts
    ("Acme unveiled a new version of its 7-Series coupe.", []),
    ("She had a small part in 48 Hour Film Night, the comedy.", []),
    ("He starred in the drama 14 Harbour Lane.", []),
    ("The airline is grounding three new 787 Nova jets.", [("three", 3.0, None, "jet", "count", None, "airline")]),
    ("Number 10 said the plan would go ahead.", []),
    ("Inspectors traced the Congo 4 dye scare to a factory.", []),
    # numbers glued to a name or score go with it; chains of three are formations or codes
    ("The airline ordered 12 Acme 747-800 jets.", [("12", 12.0, None, "jet", "count", None, "airline")]),
    ("That day the Lions beat the All Blacks 23-11 in Cardiff.", []),
    ("The coach switched to a 4-4-2 formation.", []),
    ("The carrier leases five 747-300s.", [("five", 5.0, None, None, "count", None, "carrier")]),
    ("Scores ranged 150-200 points.", [("150-200", 150.0, 200.0, "point", "count", None, "Scores")]),
    ("The band will play 24 European gigs and won 3 Golden Globes.", [("24", 24.0, None, "gig", "count", None, "band"), ("3", 3.0, None, "globe", "count", None, "band")]),
    ("Up to 30 Labour MPs could rebel against the bill.", [("30", 30.0, None, "mp", "count", None, None)]),
    # a rugby position or a match period is not a fraction; a sign word joined by a hyphen
    ("The fly-half kicked a penalty and a second-half try.", []),
    ("The board asked for a third-party review.", [("third", 3.0, None, None, "ordinal", None, None)]),
    ("Temperatures fell to minus-12 degrees overnight.", [("minus-12 degrees", -12.0, None, "degree", "quantity", None, "Temperatures")]),
    ("The jeweller sold an 18 ct gold ring.", [("18", 18.0, None, "ring", "count", None, "jeweller")]),
    (
        "Shr 22 cts vs 13 cts\nNet 3,166,000 vs 1,780,000\nSales 30.4 mln vs 16.9 mln",
        [("22 cts", 0.22, None, "USD", "money", None, "Shr"), ("13 cts", 0.13, None, "USD", "money", None, "Shr"),
         ("3,166,000", 3166000.0, None, "USD", "money", None, "Net"), ("1,780,000", 1780000.0, None, "USD", "money", None, "Net"),
         ("30.4 mln", 3.04e7, None, "USD", "money", None, "Sales"), ("16.9 mln", 1.69e7, None, "USD", "money", None, "Sales")],
    ),
    # the bare figures of a results table: its currency, or shares on a line of shares
    (
        "Oper shr loss 12 cts vs loss 1.05 dlrs\nOper net loss 2,410,000 vs loss 9.8 mln\nAvg shrs 20.4 mln vs 9.3 mln",
        [("12 cts", 0.12, None, "USD", "money", None, "Oper shr loss"), ("1.05 dlrs", 1.05, None, "USD", "money", None, "Oper shr loss"),
         ("2,410,000", 2410000.0, None, "USD", "money", None, "Oper net loss"), ("9.8 mln", 9.8e6, None, "USD", "money", None, "Oper net loss"),
         ("20.4 mln", 2.04e7, None, "share", "count", None, "Avg shrs"), ("9.3 mln", 9.3e6, None, "share", "count", None, "Avg shrs")],
    ),
    (
        "Shr 8.1p vs 6.4p\nPretax profit 45.2 mln vs 39.1 mln",
        [("8.1p", 0.081, None, "GBP", "money", None, "Shr"), ("6.4p", 0.064, None, "GBP", "money", None, "Shr"),
         ("45.2 mln", 4.52e7, None, "GBP", "money", None, "Pretax profit"), ("39.1 mln", 3.91e7, None, "GBP", "money", None, "Pretax profit")],
    ),
    # a per-share line in words lends its currency too; rows of one figure beside other rows
    (
        "Shr profit three cts vs profit two cts\nNet profit 184,000 vs 201,000",
        [("three cts", 0.03, None, "USD", "money", None, "Shr profit"), ("two cts", 0.02, None, "USD", "money", None, "Shr profit"),
         ("184,000", 184000.0, None, "USD", "money", None, "Net profit"), ("201,000", 201000.0, None, "USD", "money", None, "Net profit")],
    ),
    (
        "Oper shr loss six cts vs loss 21 cts\nOper net loss 143,000 vs loss 688,000",
        [("six cts", 0.06, None, "USD", "money", None, "Oper shr loss"), ("21 cts", 0.21, None, "USD", "money", None, "Oper shr loss"),
         ("143,000", 143000.0, None, "USD", "money", None, "Oper net loss"), ("688,000", 688000.0, None, "USD", "money", None, "Oper net loss")],
    ),
    (
        "Shr loss 14 cts\n\nNet loss 612,300\n\nRevs 9,845,120",
        [("14 cts", 0.14, None, "USD", "money", None, "Shr loss"), ("612,300", 612300.0, None, "USD", "money", None, "Net loss"),
         ("9,845,120", 9845120.0, None, "USD", "money", None, "Revs")],
    ),
    # no money line in the table: the bare figures stay counts
    ("Net 3,166,000 vs 1,780,000", [("3,166,000", 3166000.0, None, None, "count", None, "Net"), ("1,780,000", 1780000.0, None, None, "count", None, "Net")]),
]  # fmt: skip


def cases(tables: dict[str, list]) -> list:
    """Parameters of named tables of (text, expected rows), each with the id "table-n"."""
    return [
        pytest.param(text, expected, id=f"{name}-{n}")
        for name, table in tables.items()
        for n, (text, expected) in enumerate(table)
    ]


def _check(got: list[tuple], expected: list[tuple]) -> None:
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert (g[0], *g[3:]) == (e[0], *e[3:]), g
        assert g[1] == pytest.approx(e[1])
        assert g[2] == (pytest.approx(e[2]) if e[2] is not None else None)


@pytest.mark.parametrize(("text", "expected"), CHANGE_AND_ABOUT)
def test_change_and_about(nlp, text, expected):
    _check(rows(nlp, text), expected)


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names_models_and_codes_are_not_quantities(nlp, text, expected):
    _check(rows(nlp, text), expected)


@pytest.mark.parametrize(("text", "expected"), UNITS)
def test_units_currencies_and_vague_magnitudes(nlp, text, expected):
    _check(rows(nlp, text), expected)


@pytest.mark.parametrize(("text", "expected"), WIRE)
def test_wire_money_and_results_lines(nlp, text, expected):
    _check(rows(nlp, text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "~" and "sub-" are qualifiers
        ("Cooking takes ~25 min for the fillets.", [("25 min", "approximately", None, "Cooking")]),
        ("Chipmakers produce sub-7 nanometer chips.", [("7 nanometer", "less_than", None, "Chipmakers")]),
        # figures in brackets restate the one before: same qualifier, change and about
        ("The engine makes just under 296 hp (224 kW) at full power.", [("296 hp", "less_than", None, "engine"), ("224 kW", "less_than", None, "engine")]),
        ("Temperatures dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit) then.", [("1 to 1.5 degrees Celsius", "exact", "down", "Temperatures"), ("1.8 to 2.7 Fahrenheit", "exact", "down", "Temperatures")]),
    ],
)  # fmt: skip
def test_qualifiers_and_restatements(nlp, text, expected):
    got = [(f.text, f.qualifier, f.change, f.about) for f in extract_numbers(nlp(text))]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    ["rose 5%", "+3%", "(4)", "from 2 to", "to 5 from", "Shr vs 3 cts", "~", "5 (6 (7)",
     "fell from 3,\n to 4", "the 12 12 12 Pro", "$US", "RM", "Y=", "sub-"],
)  # fmt: skip
def test_fragments_give_consistent_rows(nlp, text):
    for f in extract_numbers(nlp(text)):
        assert text[f.start : f.end] == f.text
        assert f.change in (None, "up", "down")
        assert (f.about is None) == (f.about_start is None) == (f.about_end is None)
        if f.about is not None:
            assert text[f.about_start : f.about_end] == f.about


_WORDS = ["rose", "fell", "by", "to", "from", "about", "Acme", "shares", "5%", "310p", "$3m",
          "(", ")", ",", "vs", "12", "three", "mln", "dlrs", "cts", "iPhone", "Six", "Nations",
          "~", "sub-7", "the", "of", "\n", "dozens", "RM45", "up", "down", "1.5", "per", "cent"]  # fmt: skip


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
def test_rows_stay_consistent_on_any_word_salad(nlp, words):
    text = " ".join(words)
    for f in extract_numbers(nlp(text)):
        assert text[f.start : f.end] == f.text
        assert f.value_max is None or f.kind == "year" or f.value <= f.value_max
        assert f.change in (None, "up", "down")
        if f.about is not None:
            assert text[f.about_start : f.about_end] == f.about
