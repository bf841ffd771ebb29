"""Change and ``about`` by construction, round 18 of issue #15: sen as the hundredth of the
ringgit, a participle clause after a direction word, "ranging from" after a noun and a comma, a
sentential "which", suspended hyphens ("two-, three- and four-door"), a list of movers ("Acme,
down 5p at 90p, Beta, ..."), a gapped list ("Acme rose 4%, Beta 3%"), a sum in change nouns
("€2bn in pension cuts"), a reduced passive ("with 700 posts axed"), a bound after "by" ("was up
by more than 3 cents"), "1/8 point weaker", "fell 1 pct and this year 2 pct", "raise its payout
15 cts a share", "eight points behind" and "rose by 4 and 9". Invented sentences, exact rows (text, value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, cases, rows

# a sen is a hundredth of a ringgit: a price that adds or gains sen rises
SEN = [
    ("Omega Bhd rose 16 sen to RM5.40.", [("16 sen", 0.16, None, "MYR", "money", "up", "Omega Bhd"), ("RM5.40", 5.4, None, "MYR", "money", None, "Omega Bhd")]),
    ("Delta Bhd added 12 sen to RM1.90.", [("12 sen", 0.12, None, "MYR", "money", "up", "Delta Bhd"), ("RM1.90", 1.9, None, "MYR", "money", None, "Delta Bhd")]),
    ("Sigma Bhd gained 7 sen to RM3.15.", [("7 sen", 0.07, None, "MYR", "money", "up", "Sigma Bhd"), ("RM3.15", 3.15, None, "MYR", "money", None, "Sigma Bhd")]),
    ("The stock fell 5 sen on Monday.", [("5 sen", 0.05, None, "MYR", "money", "down", "stock")]),
    # a capitalised "Sen." is a senator
    ("The bill had 18 Sen. sponsors.", [("18", 18.0, None, "sponsor", "count", None, "bill")]),
]  # fmt: skip

# a participle clause after a direction word has the subject of the clause the word is in
AFTER_MOVING = [
    ("The yen ended the week weak, up 1% after losing 2% on Monday.", [("1%", 1.0, None, "%", "percent", "up", "yen"), ("2%", 2.0, None, "%", "percent", "down", "yen")]),
    ("The index closed on a high note, down 2% after rising 1% in the morning.", [("2%", 2.0, None, "%", "percent", "down", "index"), ("1%", 1.0, None, "%", "percent", "up", "index")]),
]  # fmt: skip

# "ranging" after a noun and a comma measures the noun; a "which" on an adjective stands for no noun
PARTICIPLES_AND_RELATIVES = [
    ("The auction drew 25 lots with bids, ranging from $300 to $2 million.", [("25", 25.0, None, None, "count", None, "auction"), ("$300 to $2 million", 300.0, 2e6, "USD", "money", None, "bids")]),
    # "ranging" without "from" sizes the subject's move
    ("Bonds eased in thin dealing, ranging two to five points lower by noon.", [("two to five", 2.0, 5.0, "point", "count", "down", "Bonds")]),
    ("Think of a $90 kettle, only lighter, which hardly matters until you learn it can reach 120 degrees.", [("$90", 90.0, None, "USD", "money", None, "kettle"), ("120 degrees", 120.0, None, "degree", "quantity", None, "kettle")]),
]  # fmt: skip

# a figure whose hyphened unit is left to the last of the list takes its unit and about
SUSPENDED = [
    ("The fleet is varied, with two-, four- and six-berth cabin options.", [("two", 2.0, None, "berth", "count", None, "fleet"), ("four", 4.0, None, "berth", "count", None, "fleet"), ("six", 6.0, None, "berth", "count", None, "fleet")]),
    ("They signed two- or three-year deals.", [("two", 2.0, None, "year", "duration", None, None), ("three-year", 3.0, None, "year", "duration", None, None)]),
]  # fmt: skip

# a list of movers: a name and a comma before the direction word is what moved
MOVERS = [
    ("The losers list showed Kappa Mines, down 9p at 210p, Lambda Retail, down 3.5p at 77.5p.", [("9p", 0.09, None, "GBP", "money", "down", "Kappa Mines"), ("210p", 2.1, None, "GBP", "money", None, "Kappa Mines"), ("3.5p", 0.035, None, "GBP", "money", "down", "Lambda Retail"), ("77.5p", 0.775, None, "GBP", "money", None, "Lambda Retail")]),
    ("Fallers included Delta Mining, down 8% at 55p, Zeta Oil, down 6% at 310p.", [("8%", 8.0, None, "%", "percent", "down", "Delta Mining"), ("55p", 0.55, None, "GBP", "money", None, "Delta Mining"), ("6%", 6.0, None, "%", "percent", "down", "Zeta Oil"), ("310p", 3.1, None, "GBP", "money", None, "Zeta Oil")]),
    ("The top risers were Acme, up 4% at 120p, and Beta, up 3% at 80p.", [("4%", 4.0, None, "%", "percent", "up", "Acme"), ("120p", 1.2, None, "GBP", "money", None, "Acme"), ("3%", 3.0, None, "%", "percent", "up", "Beta"), ("80p", 0.8, None, "GBP", "money", None, "Beta")]),
    # a common noun before the comma keeps its own phrase
    ("Shares in Acme, down 3% this year, rose 1% on Friday.", [("3%", 3.0, None, "%", "percent", "down", "Shares in Acme"), ("1%", 1.0, None, "%", "percent", "up", "Shares in Acme")]),
]  # fmt: skip

# a conjunct whose verb is left out, its name hung on the figure's own noun by the parse
GAPPED = [
    ("Acme rose 4%, Beta 3% and Gamma 2%.", [("4%", 4.0, None, "%", "percent", "up", "Acme"), ("3%", 3.0, None, "%", "percent", "up", "Beta"), ("2%", 2.0, None, "%", "percent", "up", "Gamma")]),
    ("Acme rose 4 cents and Beta 3 cents.", [("4 cents", 0.04, None, "USD", "money", "up", "Acme"), ("3 cents", 0.03, None, "USD", "money", "up", "Beta")]),
    # a list of figures with no names keeps the one subject
    ("Profits rose 5%, 7% and 9% in turn.", [("5%", 5.0, None, "%", "percent", "up", "Profits"), ("7%", 7.0, None, "%", "percent", "up", "Profits"), ("9%", 9.0, None, "%", "percent", "up", "Profits")]),
]  # fmt: skip

# a sum made of change nouns is their size; not of results realised or of aid given
SUMS_IN_CHANGES = [
    ("The council wants €2bn in pension cuts over five years.", [("€2bn", 2e9, None, "EUR", "money", "down", "pension cuts"), ("five years", 5.0, None, "year", "duration", None, "council")]),
    ("The plan includes $3bn in tax increases.", [("$3bn", 3e9, None, "USD", "money", "up", "tax increases")]),
    ("Traders are sitting on $4m in gains.", [("$4m", 4e6, None, "USD", "money", None, "Traders")]),
    ("The state gave $700m in disaster relief.", [("$700m", 7e8, None, "USD", "money", None, "disaster relief")]),
]  # fmt: skip

# a held stock with a reduced passive of a change verb after it moves that way (not after "add")
REDUCED_PASSIVES = [
    ("Mills struggled in 2019, with 700 posts axed by spring.", [("2019", 2019.0, None, None, "year", None, None), ("700", 700.0, None, "post", "count", "down", "Mills")]),
    ("Acme reported 300 jobs lost at its plant.", [("300", 300.0, None, "job", "count", "down", "Acme")]),
    ("The 500 jobs added last year helped.", [("500", 500.0, None, "job", "count", None, None)]),
    ("Acme cut 500 jobs based in Leeds.", [("500", 500.0, None, "job", "count", "down", "Acme")]),
]  # fmt: skip

# a bound between "by" and the figure keeps the direction of the word before "by"
BOUNDED_BY = [
    ("The stock was up briefly by more than 3 cents.", [("3 cents", 0.03, None, "USD", "money", "up", "stock")]),
    ("Sales were down by up to 3% in May.", [("3%", 3.0, None, "%", "percent", "down", "Sales")]),
    ("Costs were up by at least 1%.", [("1%", 1.0, None, "%", "percent", "up", "Costs")]),
    ("The index was down by 2% to 4,000.", [("2%", 2.0, None, "%", "percent", "down", "index"), ("4,000", 4000.0, None, None, "count", None, "index")]),
]  # fmt: skip

# a fraction's "point" before a comparative of level; a gapped conjunct after a time phrase;
# a sum after the object of "raise" is the size of the rise, not money raised
MORE_GAPS = [
    ("Yields were 1/8 point weaker at 5-1/4 pct.", [("1/8", 0.125, None, None, "fraction", "down", "Yields"), ("5-1/4 pct.", 5.25, None, "%", "percent", None, "Yields")]),
    ("Bonds were 1/4 point softer.", [("1/4", 0.25, None, None, "fraction", "down", "Bonds")]),
    ("Last year sales fell 1 pct and this year 2 pct, she said.", [("1 pct", 1.0, None, "%", "percent", "down", "sales"), ("2 pct", 2.0, None, "%", "percent", "down", "sales")]),
    ("Sales rose 3% in 2019 and in 2020 5% of staff left.", [("3%", 3.0, None, "%", "percent", "up", "Sales"), ("2019", 2019.0, None, None, "year", None, None), ("2020", 2020.0, None, None, "year", None, None), ("5%", 5.0, None, "%", "percent", None, "staff")]),
    # (the about of the sum is still the subject here: the parse reads "20 cts" as a second object)
    ("Gamma will raise its payout 15 cts a share.", [("15 cts a share", 0.15, None, "USD", "money", "up", "Gamma")]),
    ("Acme raised $5m from investors.", [("$5m", 5e6, None, "USD", "money", None, "Acme")]),
]  # fmt: skip

# a gap to a rival is no move; a bare count paired with a "by" count moves with it
GAPS_AND_PAIRS = [
    ("The club lost again, sliding eight points behind Rovers.", [("eight", 8.0, None, "point", "count", None, "club")]),
    ("Acme shares fell 5%, lagging behind the market.", [("5%", 5.0, None, "%", "percent", "down", "Acme shares")]),
    ("Well counts in Utah and Idaho rose by 4 and 9, respectively.", [("4", 4.0, None, None, "count", "up", "counts"), ("9", 9.0, None, None, "count", "up", "counts")]),
    # a figure with a unit before a plural change noun sizes each change; a bare one counts them
    ("The nurses accepted 40 pct wage increases.", [("40 pct", 40.0, None, "%", "percent", "up", "wage")]),
    ("The bank made three rate cuts.", [("three", 3.0, None, "cut", "count", None, "bank")]),
    ("The bank cut its staff by 500 and 300 more left.", [("500", 500.0, None, None, "count", "down", "staff"), ("300", 300.0, None, None, "count", None, "bank")]),
]  # fmt: skip

# the "by" amount of a change verb the parse hung on a clause describing its object (the about is
# still the noun nearest the figure: left)
DEEP_BY = [
    ("Acme said it is lowering the fee it asks small shops for card use by 2 cents a sale.", [("2 cents", 0.02, None, "USD", "money", "down", "small shops")]),
    ("Acme is raising all fees for its range of paints sold in Europe by 6 pct, it said.", [("6 pct", 6.0, None, "%", "percent", "up", "paints")]),
]  # fmt: skip

CASES = cases(
    {"sen": SEN, "after_moving": AFTER_MOVING, "suspended": SUSPENDED, "movers": MOVERS}
    | {"participles_and_relatives": PARTICIPLES_AND_RELATIVES, "gapped": GAPPED}
    | {"sums": SUMS_IN_CHANGES, "reduced": REDUCED_PASSIVES, "bounded_by": BOUNDED_BY}
    | {"more_gaps": MORE_GAPS, "gaps_and_pairs": GAPS_AND_PAIRS, "deep_by": DEEP_BY}
)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round18_constructions(nlp, text, expected):
    """Rows of invented sentences, exactly."""
    _check(rows(nlp, text), expected)
