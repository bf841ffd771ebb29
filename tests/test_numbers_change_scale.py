"""Direction of change, round 4 (issue #15): words of FrameNet's change-of-position-on-a-scale frames,
change nouns after a number's unit, "by" phrases with words between, and levels that only look like
changes. Invented sentences, exact rows: (text, value, value_max, unit, kind, change)."""

from __future__ import annotations

import pytest

from tests.test_numbers_change import rows
from tests.test_numbers_facts import _check, cases

FRAME_WORDS = [
    # directed units of Change_position_on_a_scale / Cause_change_of_position_on_a_scale
    ("Ticket sales leapt 18% over the summer.", [("18%", 18.0, None, "%", "percent", "up")]),
    ("The herd dwindled by 30% in a decade.", [("30%", 30.0, None, "%", "percent", "down")]),
    ("Repair bills escalated 25% after the storm.", [("25%", 25.0, None, "%", "percent", "up")]),
    ("Orders exploded 60% once the price fell.", [("60%", 60.0, None, "%", "percent", "up")]),
    ("Ministers curtailed spending by 12% last year.", [("12%", 12.0, None, "%", "percent", "down")]),
    ("Fans saw a 7% escalation in ticket prices.", [("7%", 7.0, None, "%", "percent", "up")]),
    # a rate that slows, ground won back (as verbs only)
    ("Growth slowed by 1.2 points in the spring.", [("1.2", 1.2, None, "point", "count", "down")]),
    ("Inflation moderated 0.3 points last month.", [("0.3", 0.3, None, "point", "count", "down")]),
    ("The shares bounced back 7% on Friday.", [("7%", 7.0, None, "%", "percent", "up")]),
    ("Bonds regained 1 point after the auction.", [("1", 1.0, None, "point", "count", "up")]),
    ("The slow 2% growth worried investors.", [("2%", 2.0, None, "%", "percent", "up")]),
    ("Growth slowed to 2% from 3%.", [("2%", 2.0, None, "%", "percent", None), ("3%", 3.0, None, "%", "percent", None)]),
    # the "by" amount of a verb whose particle gives the direction
    ("The company ratcheted up prices by 8%.", [("8%", 8.0, None, "%", "percent", "up")]),
    ("The group made up the shortfall by 5%.", [("5%", 5.0, None, "%", "percent", None)]),
]  # fmt: skip

NOUN_AFTER = [
    # a singular change noun right after the number's unit, in one compound
    ("Planners expect 4% growth next year.", [("4%", 4.0, None, "%", "percent", "up")]),
    ("Brokers see 6% growth forecast for the port.", [("6%", 6.0, None, "%", "percent", "up")]),
    ("The new rate is a 1/8 point drop from the old one.", [("1/8", 0.125, None, None, "fraction", "down")]),
    # a noun that names a level is no change noun
    ("The board set a 3% inflation target.", [("3%", 3.0, None, "%", "percent", None)]),
]  # fmt: skip

BY_PHRASE = [
    # the change verb's "by" phrase with an article, an adjective or a summing noun between
    ("The region expanded by a record 8.5% last year.", [("8.5%", 8.5, None, "%", "percent", "up")]),
    ("Fees had risen by an average of 2.4% over the decade.", [("2.4%", 2.4, None, "%", "percent", "up")]),
    ("The crop shrank by a further 6% in August.", [("6%", 6.0, None, "%", "percent", "down")]),
    # the change verb's own amount after an article and an adjective, ending its phrase
    ("Burglaries rose an estimated 9% to 41,000.", [("9%", 9.0, None, "%", "percent", "up"), ("41,000", 41000.0, None, None, "count", None)]),
    ("The striker added a 25 yard goal late on.", [("25 yard", 25.0, None, "yard", "quantity", None)]),
    # a gerund after "by": the amount belongs to the other verb
    ("The insurer will widen its role by taking 25% of the pool.", [("25%", 25.0, None, "%", "percent", None)]),
]  # fmt: skip

NOT_CHANGES = [
    # a threshold after the verb's object, or one aimed at: a level
    ("The group may lift its holding beyond 40% next year.", [("40%", 40.0, None, "%", "percent", None)]),
    ("The index should rise toward 9,000 by the autumn.", [("9,000", 9000.0, None, None, "count", None)]),
    # a debt settled, a credit line used: no direction of the amount
    ("The sale will help pay off $12m of loans.", [("$12m", 12e6, None, "USD", "money", None)]),
    ("The firm drew down 80 mln dlrs of its credit line.", [("80 mln dlrs", 80e6, None, "USD", "money", None)]),
    # a participle describing the noun the number sizes
    ("The widened 5 cent band will apply from Monday.", [("5 cent", 0.05, None, "USD", "money", None)]),
    # the reference of a comparison after an adjective
    ("The payout will be lower than its current 40 cts a share.", [("40 cts a share", 0.4, None, "USD", "money", None)]),
]  # fmt: skip

COMPOUNDS_AND_PHRASALS = [
    # a particle glued into a hyphened noun is no direction; a completive "up" is no rise
    ("Investors expect a $3bn pay-off from the merger.", [("$3bn", 3e9, None, "USD", "money", None)]),
    ("The plan calls for the sell-off of 30% of the holding.", [("30%", 30.0, None, "%", "percent", None)]),
    # but a hyphened move on a scale keeps it
    ("The bank took a $90m write-down on the loans.", [("$90m", 90e6, None, "USD", "money", "down")]),
    ("Shops applied a 30% mark-up.", [("30%", 30.0, None, "%", "percent", "up")]),
    ("Parents stump up nearly half of the fees.", [("half", 0.5, None, None, "fraction", None)]),
    ("A hybrid costs upwards of $4,000 more than a petrol car.", [("$4,000", 4000.0, None, "USD", "money", None)]),
    # a threshold after an article and an adverb: a level
    ("Copper climbed back above the $9,000 mark on Monday.", [("$9,000", 9000.0, None, "USD", "money", None)]),
]  # fmt: skip

OTHER_PREPOSITIONS = [
    # the object of a preposition that does not size the change: a level (and a loss incurred)
    ("The chain lost $40m on $900m of sales last year.", [("$40m", 40e6, None, "USD", "money", None), ("$900m", 900e6, None, "USD", "money", None)]),
    # but a change noun in it keeps its size
    ("Sales fell 2% in May after a 0.8% rise in April.", [("2%", 2.0, None, "%", "percent", "down"), ("0.8%", 0.8, None, "%", "percent", "up")]),
    # "gain" in its accounting sense: a profit realised, not a rise
    ("Net includes an extraordinary gain of 12 mln dlrs.", [("12 mln dlrs", 12e6, None, "USD", "money", None)]),
    ("The year includes a gain of $8m on the sale of a unit.", [("$8m", 8e6, None, "USD", "money", None)]),
    ("Shares posted a gain of 4% on the day.", [("4%", 4.0, None, "%", "percent", "up")]),
]  # fmt: skip

SCALE_UNITS = [
    # points as the object of a change verb are a move on a scale; "added" points are scored
    ("The Nikkei ended the week gaining 210 points to 27,300.", [("210", 210.0, None, "point", "count", "up"), ("27,300", 27300.0, None, "point", "count", None)]),
    ("The centre added 14 points in the last quarter.", [("14", 14.0, None, "point", "count", None)]),
    ("Futures could soar or plunge as much as 80 points today.", [("80", 80.0, None, "point", "count", None)]),
    # figures in brackets after a level reached are levels too
    ("Profit rose 12% to A$300m ($210m; £160m) last year.", [("12%", 12.0, None, "%", "percent", "up"), ("A$300m", 300e6, None, "AUD", "money", None), ("$210m", 210e6, None, "USD", "money", None), ("£160m", 160e6, None, "GBP", "money", None)]),
]  # fmt: skip

POSITIONS = [
    # an amount above or below a time's level is a rise or fall; against another thing, none
    ("Orders were 7% below last year's level.", [("7%", 7.0, None, "%", "percent", "down")]),
    ("The mortgage rate was 9.1 pct, 12 basis points below a month earlier.", [("9.1 pct", 9.1, None, "%", "percent", None), ("12 basis points", 12.0, None, "basis point", "percent", "down")]),
    ("Output was 4% above its 2019 peak.", [("4%", 4.0, None, "%", "percent", "up")]),
    # a count before a comparative is a change only against a time
    ("The firm sold 200 more cars than last year.", [("200", 200.0, None, "car", "count", "up")]),
    ("The company now employs 500 fewer people than a year ago.", [("500", 500.0, None, "people", "count", "down")]),
    ("The firm sold 200 more cars than its rival.", [("200", 200.0, None, "car", "count", None)]),
    ("The club signed five more players.", [("five", 5.0, None, "player", "count", None)]),
    ("Inflation stayed 0.4% above target.", [("0.4%", 0.4, None, "%", "percent", None)]),
    ("The loan was priced 20 basis points above the five-year gilt.", [("20 basis points", 20.0, None, "basis point", "percent", None), ("five-year", 5.0, None, "year", "duration", None)]),
]  # fmt: skip

IDIOMS = [
    # the ledger idiom
    ("The index ended 2.3% in the red.", [("2.3%", 2.3, None, "%", "percent", "down")]),
    ("The market closed 0.9% in the black.", [("0.9%", 0.9, None, "%", "percent", "up")]),
]  # fmt: skip

STOCKS = [
    # a held stock counted after a change verb: the size of its rise or fall
    ("Acme cut 13,000 jobs last year.", [("13,000", 13000.0, None, "job", "count", "down")]),
    ("The firm shed 400 staff in March.", [("400", 400.0, None, "staff", "count", "down")]),
    ("The network lost 464,000 subscribers.", [("464,000", 464000.0, None, "subscriber", "count", "down")]),
    ("The app gained 2,000 users in May.", [("2,000", 2000.0, None, "user", "count", "up")]),
    ("The party lost 12 seats.", [("12", 12.0, None, "seat", "count", "down")]),
    ("The party gained 30 seats.", [("30", 30.0, None, "seat", "count", "up")]),
    ("About 400 jobs were lost at the plant.", [("400", 400.0, None, "job", "count", "down")]),
    ("The retailer gained 40 stores and 2,000 workers.", [("40", 40.0, None, "store", "count", "up"), ("2,000", 2000.0, None, "worker", "count", "up")]),
    # events, things said and stocks after verbs of no direction keep none
    ("The team lost three games in a row.", [("three", 3.0, None, "game", "count", None)]),
    ("She won two races this year.", [("two", 2.0, None, "race", "count", None)]),
    ("The bank cut rates three times.", [("three", 3.0, None, "time", "count", None)]),
    ("The bank raised three concerns about the plan.", [("three", 3.0, None, "concern", "count", None)]),
    ("Labour won 355 seats.", [("355", 355.0, None, "seat", "count", None)]),
    ("Acme hired 300 workers.", [("300", 300.0, None, "worker", "count", None)]),
    ("Employers added 500 jobs in May.", [("500", 500.0, None, "job", "count", None)]),
    ("The chain has 40 stores.", [("40", 40.0, None, "store", "count", None)]),
]  # fmt: skip

MOVE_SIZES = [
    # a count in the "of" phrase of a change noun is the size of the change
    ("Car sales showed a decline of 40,000 units in May.", [("40,000", 40000.0, None, "unit", "count", "down")]),
    ("The clinic saw an increase of 35 cases last week.", [("35", 35.0, None, "case", "count", "up")]),
    ("The club ended a run of six games without a win.", [("six", 6.0, None, "game", "count", None)]),
    ("Rates swung between gains and losses of about 12 rigs.", [("12", 12.0, None, "rig", "count", None)]),
    # a figure written in full, then "to" and a level with a scale word of its own: a move and the level
    ("Housing starts fell 150,000 to 1.62 mln in June.", [("150,000", 150000.0, None, None, "count", "down"), ("1.62 mln", 1620000.0, None, None, "count", None)]),
    ("Loans rose by 450,000 to 3.1 million.", [("450,000", 450000.0, None, None, "count", "up"), ("3.1 million", 3100000.0, None, None, "count", None)]),
    ("Deposits rose 640 mln to 9.4 billion dlrs.", [("640 mln", 640e6, None, "USD", "money", "up"), ("9.4 billion dlrs", 9.4e9, None, "USD", "money", None)]),
    # a shared scale word, or bounds under three times apart, stay a range of the change
    ("Exports may rise 4 to 6 billion dlrs.", [("4 to 6 billion dlrs", 4e9, 6e9, "USD", "money", "up")]),
    ("Output could rise 600,000 to 2.5 million.", [("600,000 to 2.5 million", 600000.0, 2500000.0, None, "count", "up")]),
    # "a net" between the verb and the move
    ("Bexco lost a net 14p to 382 on the news.", [("14p", 0.14, None, "GBP", "money", "down"), ("382", 382.0, None, None, "count", None)]),
    ("Payrolls rose by a net 35,000 to 2.4 mln in May.", [("35,000", 35000.0, None, None, "count", "up"), ("2.4 mln", 2.4e6, None, None, "count", None)]),
    ("Stocks fell by a net 12,000 to 3.3 mln barrels.", [("12,000", 12000.0, None, "barrel", "quantity", "down"), ("3.3 mln barrels", 3.3e6, None, "barrel", "quantity", None)]),
    # a bare count of the move takes the counted noun of the level it reaches
    ("Truck sales fell 170,000 to 1.85 mln units.", [("170,000", 170000.0, None, "unit", "count", "down"), ("1.85 mln", 1.85e6, None, "unit", "count", None)]),
    ("Rolls rose 40,000 to 2.2 mln members.", [("40,000", 40000.0, None, "member", "count", "up"), ("2.2 mln", 2.2e6, None, "member", "count", None)]),
    ("Jobs in textiles fell 30,000 from a year earlier to 1.2 mln people.", [("30,000", 30000.0, None, "people", "count", "down"), ("1.2 mln", 1.2e6, None, "people", "count", None)]),
    ("Truck sales fell 170,000 units to 1.85 mln.", [("170,000", 170000.0, None, "unit", "count", "down"), ("1.85 mln", 1.85e6, None, "unit", "count", None)]),
    ("The index fell 2.61 to 168.35 points.", [("2.61", 2.61, None, None, "count", "down"), ("168.35", 168.35, None, "point", "count", None)]),
    ("Output could rise 600,000 to 2.5 million tonnes.", [("600,000 to 2.5 million tonnes", 600000.0, 2500000.0, "tonne", "quantity", "up")]),
]  # fmt: skip

LOSSES_AND_GAINS = [
    # money lost by people, a firm or a place is a loss incurred, not a fall of a level
    ("Investors lost about $180bn when the bank failed.", [("$180bn", 180e9, None, "USD", "money", None)]),
    ("The airline said it may lose millions of euros this year.", [("millions of euros", 1e6, 1e7, "EUR", "money", None)]),
    ("The unit had been losing about $2m a month.", [("$2m a month", 2e6, None, "USD", "money", None)]),
    ("Ministers fear the region could lose £400m in tourism revenue.", [("£400m", 400e6, None, "GBP", "money", None)]),
    # a price, a share or a currency that loses a sum falls, as does a sum lost to a level or of a value
    ("Shares in the group lost 65 cents to $4.10.", [("65 cents", 0.65, None, "USD", "money", "down"), ("$4.10", 4.1, None, "USD", "money", None)]),
    ("The pound lost 2 cents against the dollar.", [("2 cents", 0.02, None, "USD", "money", "down")]),
    ("The retailer lost $30bn of its market value in a week.", [("$30bn", 30e9, None, "USD", "money", "down")]),
    ("Wheat has lost $9 in six days.", [("$9", 9.0, None, "USD", "money", "down"), ("six days", 6.0, None, "day", "duration", None)]),
    # an accounting gain with a hyphened modifier, or one that results exclude after a charge
    ("There was also a one-time gain of 40 mln dlrs in the quarter.", [("40 mln dlrs", 40e6, None, "USD", "money", None)]),
    ("The results exclude a charge of 9 cts a share and a gain of 14 cts a share.", [("9 cts a share", 0.09, None, "USD", "money", None), ("14 cts a share", 0.14, None, "USD", "money", None)]),
    ("Results include an extraordinary loss of 6.9 mln dlrs and gain of 9.9 mln dlrs.", [("6.9 mln dlrs", 6.9e6, None, "USD", "money", None), ("9.9 mln dlrs", 9.9e6, None, "USD", "money", None)]),
    ("Its shares posted a gain of $2 on Friday.", [("$2", 2.0, None, "USD", "money", "up")]),
    # the level compared with after "up on" or "down on"
    ("Receipts were 472 mln stg, slightly up on January's 456 mln.", [("472 mln stg", 472e6, None, "GBP", "money", None), ("456 mln", 456e6, None, None, "count", None)]),
    ("Sales were £4bn, down on last year's £5bn.", [("£4bn", 4e9, None, "GBP", "money", None), ("£5bn", 5e9, None, "GBP", "money", None)]),
    # a burden is no fall; a rate left is a level
    ("The lender is weighed down by $8bn of bad loans.", [("$8bn", 8e9, None, "USD", "money", None)]),
    ("Growth was propped up by $5bn of state spending.", [("$5bn", 5e9, None, "USD", "money", None)]),
    ("Prices picked up by 3% in May.", [("3%", 3.0, None, "%", "percent", "up")]),
    # who acts in a passive, time lost, an age and a level with a bound are no sizes of a change
    ("The host was dropped by six stations in the spring.", [("six", 6.0, None, "station", "count", None)]),
    ("The workforce was cut by 2,000 jobs.", [("2,000", 2000.0, None, "job", "count", "down")]),
    ("I have lost three years of my life.", [("three years", 3.0, None, "year", "duration", None)]),
    ("Entries drop by 70% after the age of 12.", [("70%", 70.0, None, "%", "percent", "down"), ("12", 12.0, None, "year", "age", None)]),
    ("We need to get the price down to below $20.", [("$20", 20.0, None, "USD", "money", None)]),
    ("Store card debt is falling, with only one in 20 of the 30 million cards now in default - down from one in nine at the end of 2019.", [("20", 20.0, None, "card", "count", None), ("30 million", 30e6, None, "card", "count", None), ("nine", 9.0, None, None, "count", None)]),
]  # fmt: skip

TABLES = {
    "frame_words": FRAME_WORDS,
    "noun_after": NOUN_AFTER,
    "by_phrase": BY_PHRASE,
    "not_changes": NOT_CHANGES,
    "compounds_and_phrasals": COMPOUNDS_AND_PHRASALS,
    "other_prepositions": OTHER_PREPOSITIONS,
    "idioms": IDIOMS,
    "scale_units": SCALE_UNITS,
    "positions": POSITIONS,
    "stocks": STOCKS,
    "move_sizes": MOVE_SIZES,
    "losses_and_gains": LOSSES_AND_GAINS,
}
CASES = cases(TABLES)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_change_on_a_scale(nlp, text, expected):
    """Rows (text, value, value_max, unit, kind, change) of invented sentences, exactly."""
    _check(rows(nlp, text), expected)
