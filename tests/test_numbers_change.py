"""Direction of change (issue #15) and slash pairs that are dates or names. Invented sentences,
exact rows: (text, value, value_max, unit, kind, change); years and ordinals left out."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, cases
from transforms.numbers import extract_numbers

_SKIP = frozenset({"year", "ordinal"})


def rows(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return [
        (f.text, f.value, f.value_max, f.unit, f.kind, f.change)
        for f in extract_numbers(doc, published="2024-03-05")
        if f.kind not in _SKIP
    ]


CONJOINED = [
    # the verb left out of the second conjunct: the same direction
    ("Imports rose 4% in March and 7% in April.", [("4%", 4.0, None, "%", "percent", "up"), ("7%", 7.0, None, "%", "percent", "up")]),
    ("Margins fell 3% last year and another 5% this year.", [("3%", 3.0, None, "%", "percent", "down"), ("5%", 5.0, None, "%", "percent", "down")]),
    ("Fares grew by 9% in spring and 11% in autumn.", [("9%", 9.0, None, "%", "percent", "up"), ("11%", 11.0, None, "%", "percent", "up")]),
    # the verb's own amount is a level: the conjunct is one too
    ("Rents climbed to 6% in March and 8% in April.", [("6%", 6.0, None, "%", "percent", None), ("8%", 8.0, None, "%", "percent", None)]),
    ("Yields eased to 4% by noon, against around 5% at dawn and 6% at the open.", [("4%", 4.0, None, "%", "percent", None), ("5%", 5.0, None, "%", "percent", None), ("6%", 6.0, None, "%", "percent", None)]),
    # a restatement after ", or" in another unit: the same change
    ("The index gained 12 points, or 0.4%, to 3,020.", [("12", 12.0, None, "point", "count", "up"), ("0.4%", 0.4, None, "%", "percent", "up"), ("3,020", 3020.0, None, None, "count", None)]),
    ("The shares fell 40 cents, or 5%, to $7.60.", [("40 cents", 0.4, None, "USD", "money", "down"), ("5%", 5.0, None, "%", "percent", "down"), ("$7.60", 7.6, None, "USD", "money", None)]),
    ("The note was priced to yield 6.5%, or 40 basis points more than gilts.", [("6.5%", 6.5, None, "%", "percent", None), ("40 basis points", 40.0, None, "basis point", "percent", None)]),
    # a change noun's amount: hyphened to its unit before it, or what it is said to be
    ("The lender announced a 25-basis-point cut.", [("25", 25.0, None, "basis", "count", "down")]),
    ("The index suffered a 180-point drop.", [("180", 180.0, None, "point", "count", "down")]),
    ("The decline was 6%.", [("6%", 6.0, None, "%", "percent", "down")]),
    ("The increase amounts to $250 a year.", [("$250 a year", 250.0, None, "USD", "money", "up")]),
    ("The cuts were 300 in all.", [("300", 300.0, None, None, "count", None)]),
    ("The mill employs 300 people, or 10% of the town.", [("300", 300.0, None, "people", "count", None), ("10%", 10.0, None, "%", "percent", None)]),
]  # fmt: skip

LEXICON = [
    # directed calibratable change-of-state verbs (Levin 45.6) and antonym pairs
    ("The franc appreciated 3% against the mark.", [("3%", 3.0, None, "%", "percent", "up")]),
    ("The bond depreciated 6% over the term.", [("6%", 6.0, None, "%", "percent", "down")]),
    ("The crown strengthened 1.5% on Friday.", [("1.5%", 1.5, None, "%", "percent", "up")]),
    ("Their costs ballooned 40% after the merger.", [("40%", 40.0, None, "%", "percent", "up")]),
    ("The island devalued its currency by 25%.", [("25%", 25.0, None, "%", "percent", "down")]),
    ("Harvests diminished by 14% in the drought.", [("14%", 14.0, None, "%", "percent", "down")]),
    ("Factories saw a 2% contraction in output.", [("2%", 2.0, None, "%", "percent", "down")]),
    ("Lenders reported a 4% uptick in arrears.", [("4%", 4.0, None, "%", "percent", "up")]),
    # counts of events, not sizes of a change: "one" before a change noun, a count taken of
    # matches ("lost nine of their 14 matches"), a rise that failed to happen
    ("The party backs one modest fuel duty rise.", [("one", 1.0, None, "rise", "count", None)]),
    ("The club has lost seven of its 11 fixtures.", [("seven", 7.0, None, "fixture", "count", None), ("11", 11.0, None, "fixture", "count", None)]),
    ("The mill will cut 80 of its 300 jobs.", [("80", 80.0, None, "job", "count", "down"), ("300", 300.0, None, "job", "count", None)]),
    ("Exports failed to grow by 2% last year.", [("2%", 2.0, None, "%", "percent", None)]),
    # a decimal figure with a scale word, then a level with the same one far above: a move
    ("Subscribers grew by 2.3 million to 51.6 million.", [("2.3 million", 2300000.0, None, None, "count", "up"), ("51.6 million", 51600000.0, None, None, "count", None)]),
    ("The fund rose 3.25 billion to 140.5 billion euros.", [("3.25 billion", 3250000000.0, None, "EUR", "money", "up"), ("140.5 billion euros", 140500000000.0, None, "EUR", "money", None)]),
    ("Costs could rise 1 to 20 billion dollars.", [("1 to 20 billion dollars", 1000000000.0, 20000000000.0, "USD", "money", "up")]),
    # a length jumped; money got back
    ("She won the final with a leap of 6.82m.", [("6.82m", 6.82, None, "metre", "quantity", None)]),
    ("The agency hopes to recover $3m from the builder.", [("$3m", 3000000.0, None, "USD", "money", None)]),
    ("The pound recovered 2% against the euro.", [("2%", 2.0, None, "%", "percent", "up")]),
    # a move in a chart or table: places, spots, rungs as a scale's units
    ("The single dropped four spots this week.", [("four", 4.0, None, "spot", "count", "down")]),
    ("The champion moved up three places to second.", [("three", 3.0, None, "place", "count", "up")]),
    ("The school has 30 places for new pupils.", [("30", 30.0, None, "place", "count", None)]),
    # an amount taken off something, however "off" hangs; a distance off a place
    ("The scandal wiped $40bn off the bank's value.", [("$40bn", 40000000000.0, None, "USD", "money", "down")]),
    ("The warning wiped 7% off the shares.", [("7%", 7.0, None, "%", "percent", "down")]),
    ("The rig stands 90 miles off the coast.", [("90 miles", 90.0, None, "mile", "quantity", None)]),
    # a noun that only looks like a change word stays a thing
    ("The pilot flew a $90 balloon ride.", [("$90", 90.0, None, "USD", "money", None)]),
]  # fmt: skip

SLASH_PAIRS = [
    # a month and a day, or an event named by one: no quantity
    ("The 9/11 inquiry reported last week.", []),
    ("Since 9/11, checks have doubled.", []),
    ("Post-9/11 rules cost the airline $4m.", [("$4m", 4e6, None, "USD", "money", None)]),
    ("The committee meets on 3/4 to vote.", []),
    ("The shop closed on 6/23 for good.", []),
    # a fraction used as one stays a fraction
    ("Nearly 3/4 of the members voted.", [("3/4", 0.75, None, None, "fraction", None)]),
    ("The bolt is 5/16 inch across.", [("5/16 inch", 0.3125, None, "inch", "quantity", None)]),
    ("Only 1/3 of the seats were sold.", [("1/3", 1 / 3, None, None, "fraction", None)]),
    ("Open the valve by 1/12 of a turn.", [("1/12", 1 / 12, None, None, "fraction", None)]),
    ("The pipe is 7/8 inches wide.", [("7/8 inches", 0.875, None, "inch", "quantity", None)]),
    # a bid and an offer of one price before a plural: a range, no fraction
    ("Raw sugar traded at 25/35 points over the July contract.", [("25/35", 25.0, 35.0, "point", "count", None)]),
    ("Cocoa was offered at 117/118 dlrs a tonne.", [("117/118 dlrs a tonne", 117.0, 118.0, "USD", "money", None)]),
    ("Dealers quoted 41/43 euros for the spot cargo.", [("41/43 euros", 41.0, 43.0, "EUR", "money", None)]),
]  # fmt: skip


PHRASAL = [
    # a particle that is no direction of the amount, or the opposite one
    ("Nurses make up 12% of the staff.", [("12%", 12.0, None, "%", "percent", None)]),
    ("Fuel takes up 30% of the budget.", [("30%", 30.0, None, "%", "percent", None)]),
    ("The index gave up 2% by noon.", [("2%", 2.0, None, "%", "percent", "down")]),
    ("Fares went up 6% in May.", [("6%", 6.0, None, "%", "percent", "up")]),
    ("The shares picked up 3% after lunch.", [("3%", 3.0, None, "%", "percent", "up")]),
]  # fmt: skip

ORDINALS_AND_RANGES = [
    # "a third" before a singular time unit is an ordinal; before another unit a fraction
    ("Wheat has fallen for a third day.", []),
    ("Mix in a third cup of milk.", [("a third cup", 1 / 3, None, "cup", "quantity", None)]),
    ("They worked a half day on Friday.", [("a half day", 0.5, None, "day", "duration", None)]),
    # a bound on the level left is no bound on the interval moved over
    ("The refit raises the hold from up to 40 tonnes to 52 tonnes.", [("40 tonnes to 52 tonnes", 40.0, 52.0, "tonne", "quantity", None)]),
    # a short end year only after a hyphen: "2008 to 24" is a year, then a number
    ("Output rose from 14 tonnes in 2009 to 31 in 2021.", [("14 tonnes in 2009 to 31", 14.0, 31.0, "tonne", "quantity", None)]),
    ("The 1998-99 season was long.", []),
    ("Profit rose 40% in 1995 to 210,400 euros.", [("40%", 40.0, None, "%", "percent", "up"), ("210,400 euros", 210400.0, None, "EUR", "money", None)]),
    # a change, then the level reached, when the second number is of a higher order than the first
    ("Jobless claims rose 12,000 to 230,000.", [("12,000", 12000.0, None, None, "count", "up"), ("230,000", 230000.0, None, None, "count", None)]),
    ("Membership grew 40 to 60.", [("40 to 60", 40.0, 60.0, None, "count", "up")]),
    ("Houses rose 1 to 2 million.", [("1 to 2 million", 1e6, 2e6, None, "count", "up")]),
]  # fmt: skip


LEVELS = [
    # the reference of a comparison, a threshold crossed: levels
    ("Turnover was slightly higher than the 40.5 billion of May.", [("40.5 billion", 40.5e9, None, None, "count", None)]),
    ("The peso sank below 20 against the dollar.", [("20", 20.0, None, None, "count", None)]),
    ("Copper rose above $9,000 a tonne.", [("$9,000 a tonne", 9000.0, None, "USD", "money", None)]),
    ("The plan keeps rent rises below 3%.", [("3%", 3.0, None, "%", "percent", "up")]),
    ("Shares closed 20% higher than a year ago.", [("20%", 20.0, None, "%", "percent", "up")]),
    ("Exports rose more than 5% in March.", [("5%", 5.0, None, "%", "percent", "up")]),
    # after "against" or "compared with": a level, unless it is itself a change
    ("Profits fell 9% to $31m, against $34m a year earlier.", [("9%", 9.0, None, "%", "percent", "down"), ("$31m", 31e6, None, "USD", "money", None), ("$34m a year", 34e6, None, "USD", "money", None)]),
    ("Sales grew 5% in May against 3% in April.", [("5%", 5.0, None, "%", "percent", "up"), ("3%", 3.0, None, "%", "percent", "up")]),
    ("Fares rose 8%, compared with a 4% rise last year.", [("8%", 8.0, None, "%", "percent", "up"), ("4%", 4.0, None, "%", "percent", "up")]),
    # a time frame and repetitions: no change
    ("Wheat has lost $9 in six days.", [("$9", 9.0, None, "USD", "money", "down"), ("six days", 6.0, None, "day", "duration", None)]),
    ("The city aims to halve traffic within four years.", [("four years", 4.0, None, "year", "duration", None)]),
    ("Output fell 2% in the final six months of the year.", [("2%", 2.0, None, "%", "percent", "down"), ("six months", 6.0, None, "month", "duration", None)]),
    ("The club offered a one-off £150 voucher to members.", [("£150", 150.0, None, "GBP", "money", None)]),
    ("Sales saw a 12-month decline.", [("12-month", 12.0, None, "month", "duration", None)]),
    ("Growth in the spring had been zero.", [("zero", 0.0, None, None, "count", None)]),
    ("The bank raised rates seven times in a row.", [("seven", 7.0, None, "time", "count", None)]),
]  # fmt: skip


COMPARATIVES = [
    # a comparative of level after the amount: a difference, so a change, when compared in time
    ("The rand was 0.6% weaker at 18.2 to the dollar.", [("0.6%", 0.6, None, "%", "percent", "down"), ("18.2", 18.2, None, None, "count", None)]),
    ("Zinc was 1.4% firmer on the day.", [("1.4%", 1.4, None, "%", "percent", "up")]),
    ("Fees were 12% more than in 2019.", [("12%", 12.0, None, "%", "percent", "up")]),
    ("The fleet is 8% smaller than a year ago.", [("8%", 8.0, None, "%", "percent", "down")]),
    ("Next year the school will have 15% more pupils.", [("15%", 15.0, None, "%", "percent", "up")]),
    # compared with another thing or place: no rise or fall
    ("The bank is 9% smaller than its rival.", [("9%", 9.0, None, "%", "percent", None)]),
    ("Bread costs 30% more here than in Italy.", [("30%", 30.0, None, "%", "percent", None)]),
    ("Four more ships arrived.", [("Four", 4.0, None, "ship", "count", None)]),
    ("Cyclists were 12% more likely than drivers to complain in 2011.", [("12%", 12.0, None, "%", "percent", None)]),
]  # fmt: skip


HANDLED = [
    # an amount rated is no change of it, whichever way the rating goes
    ("The agency upgraded $4.1bn of the utility's bonds.", [("$4.1bn", 4.1e9, None, "USD", "money", None)]),
    ("Moody's downgraded 900 mln dlrs of debt issued by the group.", [("900 mln dlrs", 900e6, None, "USD", "money", None)]),
    ("The agency may downgrade the company's 300 mln dlrs of debt.", [("300 mln dlrs", 300e6, None, "USD", "money", None)]),
    # money raised is collected, not a rise; "raised prices by", "raised ... to" keep theirs
    ("The miner raised 310 mln stg in a rights issue.", [("310 mln stg", 310e6, None, "GBP", "money", None)]),
    ("Acme said it raised $40m in a share sale.", [("$40m", 40e6, None, "USD", "money", None)]),
    ("The fund raised a total of 60 mln dlrs.", [("60 mln dlrs", 60e6, None, "USD", "money", None)]),
    ("The group raised prices by 4% in June.", [("4%", 4.0, None, "%", "percent", "up")]),
    ("The bank raised its bid by two dlrs a share.", [("two dlrs a share", 2.0, None, "USD", "money", "up")]),
    ("The bank raised its forecast to $2bn.", [("$2bn", 2e9, None, "USD", "money", None)]),
]  # fmt: skip

CHANGE_THEN_LEVEL = [
    # a change noun and "of", then the level reached: the parse may join them as one range
    ("A rise of 5% to $40m was reported for the quarter.", [("5%", 5.0, None, "%", "percent", "up"), ("$40m", 40e6, None, "USD", "money", None)]),
    ("The council approved a rise of 3.5% to £1,200 a year.", [("3.5%", 3.5, None, "%", "percent", "up"), ("£1,200 a year", 1200.0, None, "GBP", "money", None)]),
    ("Revenue posted a decline of 4% to $1.2bn.", [("4%", 4.0, None, "%", "percent", "down"), ("$1.2bn", 1.2e9, None, "USD", "money", None)]),
    # wire prices in whole numbers and fractions: the move has its direction, the price none
    ("The stock edged up 1-1/4 to 92.", [("1-1/4", 1.25, None, None, "count", "up"), ("92", 92.0, None, None, "count", None)]),
    ("The stock gained 2-1/8 to 138 in heavy trading.", [("2-1/8", 2.125, None, None, "count", "up"), ("138", 138.0, None, None, "count", None)]),
    ("The shares slipped 1-3/4 to 55-1/4.", [("1-3/4", 1.75, None, None, "count", "down"), ("55-1/4", 55.25, None, None, "count", None)]),
    ("The stock rose 6-5/8 to 21 on the news.", [("6-5/8", 6.625, None, None, "count", "up"), ("21", 21.0, None, None, "count", None)]),
    ("Copper fell 3-3/8 to 61-1/2 cents.", [("3-3/8", 0.03375, None, "USD", "money", "down"), ("61-1/2 cents", 0.615, None, "USD", "money", None)]),
    ("The stock lost 1/8 to 32 dlrs.", [("1/8", 0.125, None, "USD", "money", "down"), ("32 dlrs", 32.0, None, "USD", "money", None)]),
    ("The stock rose 1-1/2 to 30-1/4 dlrs.", [("1-1/2", 1.5, None, "USD", "money", "up"), ("30-1/4 dlrs", 30.25, None, "USD", "money", None)]),
    # bare fractions and whole numbers stay ranges
    ("Wheat rose 1/4 to 3/4 cent.", [("1/4 to 3/4 cent", 0.0025, 0.0075, "USD", "money", "up")]),
    ("Oats fell 5-1/2 to 6 cents.", [("5-1/2 to 6 cents", 0.055, 0.06, "USD", "money", "down")]),
    ("Corn fell 2 to 30 cents.", [("2 to 30 cents", 0.02, 0.3, "USD", "money", "down")]),
    ("He lost three games in a row.", [("three", 3.0, None, "game", "count", None)]),
]  # fmt: skip


# change verbs of the scale frames' market senses and verbs that end or remove a held stock;
# a negated change verb; "up to" a bound, not a level; levels after "to around"; "from A ... to B"
# across another clause is no interval
MORE_CHANGE = [
    ('The carmaker will axe 2,000 jobs next year.', [('2,000', 2000.0, None, 'job', 'count', 'down')]),
    ('Some 1,200 posts were axed last month.', [('1,200', 1200.0, None, 'post', 'count', 'down')]),
    ('The network axed three shows.', [('three', 3.0, None, 'show', 'count', None)]),
    ('The council eliminated 40% of its emissions.', [('40%', 40.0, None, '%', 'percent', 'down')]),
    ('The airline will eliminate 350 jobs.', [('350', 350.0, None, 'job', 'count', 'down')]),
    ('Output trebled 20% in a decade.', [('20%', 20.0, None, '%', 'percent', 'up')]),
    ('Shares tanked 12% on Friday.', [('12%', 12.0, None, '%', 'percent', 'down')]),
    ('The stock sagged 3% on Tuesday.', [('3%', 3.0, None, '%', 'percent', 'down')]),
    ('The rand firmed 0.4% against the dollar.', [('0.4%', 0.4, None, '%', 'percent', 'up')]),
    ('The euro softened 0.3% on Monday.', [('0.3%', 0.3, None, '%', 'percent', 'down')]),
    ('The airline shaved 5% off its fares.', [('5%', 5.0, None, '%', 'percent', 'down')]),
    ('Wages slackened 0.2% in May.', [('0.2%', 0.2, None, '%', 'percent', 'down')]),
    ('The shares nosedived 20%.', [('20%', 20.0, None, '%', 'percent', 'down')]),
    ('The price collapsed 40% in a week.', [('40%', 40.0, None, '%', 'percent', 'down')]),
    ('The $2bn collapse of the lender shocked investors.', [('$2bn', 2000000000.0, None, 'USD', 'money', None)]),
    ('Pike shares firmed 6p to 214p.', [('6p', 0.06, None, 'GBP', 'money', 'up'), ('214p', 2.14, None, 'GBP', 'money', None)]),
    ('Exports did not rise 5% last year.', [('5%', 5.0, None, '%', 'percent', None)]),
    ('Prices never fell 3% in that decade.', [('3%', 3.0, None, '%', 'percent', None)]),
    ('The group plans to cut up to 500 jobs.', [('500', 500.0, None, 'job', 'count', 'down')]),
    ('The yen later rose to around 147.90.', [('147.90', 147.9, None, None, 'count', None)]),
    ('Sales rose 5% to about $40m.', [('5%', 5.0, None, '%', 'percent', 'up'), ('$40m', 40000000.0, None, 'USD', 'money', None)]),
    ('The franc rose to 119.8 from 119.5 and the yen fell to 1.24 from 1.25.', [('119.8', 119.8, None, None, 'count', None), ('119.5', 119.5, None, None, 'count', None), ('1.24', 1.24, None, None, 'count', None), ('1.25', 1.25, None, None, 'count', None)]),
    ('Mileage climbed from 21 mpg combined to 23.', [('21 mpg combined to 23', 21.0, 23.0, 'mile per gallon', 'quantity', None)]),
]  # fmt: skip


# all-caps wire headlines: the parse reads the verbs as names, unlemmatised
CAPS_HEADLINES = [
    ('ACME NET FALLS 12 PCT', [('12 PCT', 12.0, None, '%', 'percent', 'down')]),
    ('ACME PROFIT ROSE 8 PCT IN QUARTER', [('8 PCT', 8.0, None, '%', 'percent', 'up')]),
    ('ACME SALES SLIPPED 2 PCT', [('2 PCT', 2.0, None, '%', 'percent', 'down')]),
    ('SHARES IN ACME SLUMP 20 PCT AFTER WARNING', [('20 PCT', 20.0, None, '%', 'percent', 'down')]),
    ('ZETA CAR SALES OFF 4.5 PCT', [('4.5 PCT', 4.5, None, '%', 'percent', 'down')]),
]  # fmt: skip


# a gapped list of changes: a name and an amount after a change, with only a comma or "and"
GAPPED = [
    ('Shares of Acme rose 3%, Bolt 2% and Corex 1%.', [('3%', 3.0, None, '%', 'percent', 'up'), ('2%', 2.0, None, '%', 'percent', 'up'), ('1%', 1.0, None, '%', 'percent', 'up')]),
    ('Acme fell 4%, Bolt lost 2% and Corex 1%.', [('4%', 4.0, None, '%', 'percent', 'down'), ('2%', 2.0, None, '%', 'percent', 'down'), ('1%', 1.0, None, '%', 'percent', 'down')]),
    ('Acme rose 3%, with Bolt Group 2% and Corex 1%.', [('3%', 3.0, None, '%', 'percent', 'up'), ('2%', 2.0, None, '%', 'percent', 'up'), ('1%', 1.0, None, '%', 'percent', 'up')]),
    ('Acme owns 30% of Bolt, and Corex 20%.', [('30%', 30.0, None, '%', 'percent', None), ('20%', 20.0, None, '%', 'percent', None)]),
]  # fmt: skip


# the rate "at" which a change verb moves is the size of its change
RATES = [
    ('The economy expanded at an annual rate of 2.4%.', [('2.4%', 2.4, None, '%', 'percent', 'up')]),
    ('The economy grew at a 3% pace.', [('3%', 3.0, None, '%', 'percent', 'up')]),
    ('Output contracted at an annualised rate of 1.1% in the quarter.', [('1.1%', 1.1, None, '%', 'percent', 'down')]),
    ('The bank lent at a rate of 5%.', [('5%', 5.0, None, '%', 'percent', None)]),
]  # fmt: skip


# the amount of a change noun's "in" phrase ("an increase in sales of 9%"); a share or sum taken
# "off" something is a fall of it (a measure "off the coast" is a place)
NOUN_PHRASES = [
    ('There was an increase in sales of 9%.', [('9%', 9.0, None, '%', 'percent', 'up')]),
    ('Acme reported a drop in profit of $3m.', [('$3m', 3000000.0, None, 'USD', 'money', 'down')]),
    ('The news knocked 3% off Acme shares.', [('3%', 3.0, None, '%', 'percent', 'down')]),
    ('The sell-off wiped $50bn off the value of tech stocks.', [('$50bn', 50000000000.0, None, 'USD', 'money', 'down')]),
    ('The agency mapped 300 square miles off the coast.', [('300 square miles', 300.0, None, 'square mile', 'quantity', None)]),
]  # fmt: skip


# a share of the level left, then the level reached; a restatement the parse hung on the verb; a
# second amount of a change noun's "of" phrase the parse hung on the verb
SHARED = [
    # a bare figure compared across a phrase of time takes the unit of the figure it is compared with
    ("Exports grew to 6.2 billion dlrs in the second quarter of 1985 from 5.1 billion in the first quarter and 4.8 billion a year earlier.",
     [("6.2 billion dlrs", 6.2e9, None, "USD", "money", None),
      ("5.1 billion", 5.1e9, None, "USD", "money", None), ("4.8 billion", 4.8e9, None, "USD", "money", None)]),
    ("The deficit widened to 9.4 billion dlrs in 1985 from 8.7 billion in 1984.",
     [("9.4 billion dlrs", 9.4e9, None, "USD", "money", None), ("8.7 billion", 8.7e9, None, "USD", "money", None)]),
    ("Profits fell by a quarter to $3bn.", [("a quarter", 0.25, None, None, "fraction", "down"), ("$3bn", 3000000000.0, None, "USD", "money", None)]),
    ("The court cut the fine by a third to £40,000.", [("a third", 1 / 3, None, None, "fraction", "down"), ("£40,000", 40000.0, None, "GBP", "money", None)]),
    ("Output fell by a third to a half.", [("a third to a half", 1 / 3, 0.5, None, "fraction", "down")]),
    ("The shares were up 8 pence, or 1.3%, at 605 pence.", [("8 pence", 0.08, None, "GBP", "money", "up"), ("1.3%", 1.3, None, "%", "percent", "up"), ("605 pence", 6.05, None, "GBP", "money", None)]),
    ("The shares rose 4p or nearly 1% to 548p.", [("4p", 0.04, None, "GBP", "money", "up"), ("1%", 1.0, None, "%", "percent", "up"), ("548p", 5.48, None, "GBP", "money", None)]),
    ("Acme shares closed up 64 pence, or 6%, at 1130p.", [("64 pence", 0.64, None, "GBP", "money", "up"), ("6%", 6.0, None, "%", "percent", "up"), ("1130p", 11.3, None, "GBP", "money", None)]),
    ("The index recorded gains of 2% for Acme and 3% for Zenith.", [("2%", 2.0, None, "%", "percent", "up"), ("3%", 3.0, None, "%", "percent", "up")]),
    # a move in points read from the words before it; two amounts before one comparative
    ("The index closed up 23 points at 4,120 on Friday.", [("23", 23.0, None, "point", "count", "up"), ("4,120", 4120.0, None, None, "count", None)]),
    ("The index ended down 12 points.", [("12", 12.0, None, "point", "count", "down")]),
    ("Rents and fares were 9% and 4% lower than a year ago.", [("9%", 9.0, None, "%", "percent", "down"), ("4%", 4.0, None, "%", "percent", "down")]),
    # "by" on a copula with a direction word before it
    ("Spending was up in February by 1.7%.", [("1.7%", 1.7, None, "%", "percent", "up")]),
    ("The plant was built by 300 workers.", [("300", 300.0, None, "worker", "count", None)]),
    # levels: the one left after "up from", the one reached after a multiplying verb
    ("Inflation was 3.4%, up from 3.1% in May.", [("3.4%", 3.4, None, "%", "percent", None), ("3.1%", 3.1, None, "%", "percent", None)]),
    ("Profits doubled to $8m.", [("$8m", 8000000.0, None, "USD", "money", None)]),
    ("The firm halved its dividend to 5 cents.", [("5 cents", 0.05, None, "USD", "money", None)]),
    ("Tea and coffee were 7% and 2% higher.", [("7%", 7.0, None, "%", "percent", "up"), ("2%", 2.0, None, "%", "percent", "up")]),
]  # fmt: skip

WIRE_MOVES = [
    # an amount after the object of a change verb, then "to" and a larger level: the move, the level
    ("Delta Oil raised its posted price 40 cts to 19 dlrs a barrel.", [("40 cts", 0.4, None, "USD", "money", "up"), ("19 dlrs a barrel", 19.0, None, "USD", "money", None)]),
    ("ORBIT LOWERS ZINC PRICE 0.50 CENT TO 41 CTS", [("0.50 CENT", 0.005, None, "USD", "money", "down"), ("41 CTS", 0.41, None, "USD", "money", None)]),
    ("KESTREL RAISES BUTANE PRICE 2 DLRS TO 95 DLRS", [("2 DLRS", 2.0, None, "USD", "money", "up"), ("95 DLRS", 95.0, None, "USD", "money", None)]),
    # no object between: only a level far above the amount ("raised $40m to $60m" stays money raised)
    ("The heavy grade was also raised 40 cts to 16.25 dlrs a barrel.", [("40 cts", 0.4, None, "USD", "money", "up"), ("16.25 dlrs a barrel", 16.25, None, "USD", "money", None)]),
    ("Acme raised $40m to $60m in its offering.", [("$40m", 40e6, None, "USD", "money", None), ("$60m", 60e6, None, "USD", "money", None)]),
    # a wrapped line that breaks after "by"
    ("The refiner is trimming its zinc price by\n1.25 cents to 48 cents a lb.", [("1.25 cents", 0.0125, None, "USD", "money", "down"), ("48 cents a lb.", 0.48, None, "USD", "money", None)]),
    ("Car sales were up\n6.0 pct to 812 mln dlrs.", [("6.0 pct", 6.0, None, "%", "percent", "up"), ("812 mln dlrs", 812e6, None, "USD", "money", None)]),
    ("Shares of the chain rose\n1-3/4 to 77.", [("1-3/4", 1.75, None, None, "count", "up"), ("77", 77.0, None, None, "count", None)]),
    ("Nobody could scrape up one mln barrels a day.", [("one mln barrels", 1e6, None, "barrel", "quantity", None)]),
    # a figure in brackets after a change word of its own: no restatement of the figure before
    ("Profits rose 5% to $12m (up 3% on a year ago).", [("5%", 5.0, None, "%", "percent", "up"), ("$12m", 12e6, None, "USD", "money", None), ("3%", 3.0, None, "%", "percent", "up")]),
    ("Sales growth was 4% (up from 3%).", [("4%", 4.0, None, "%", "percent", "up"), ("3%", 3.0, None, "%", "percent", None)]),
    ("Sales were $40m (down 2%).", [("$40m", 40e6, None, "USD", "money", None), ("2%", 2.0, None, "%", "percent", "down")]),
    # bare digits joined by "or" before a unit: a range of estimates when of one order
    ("The firm cut its outlook by 2 or 3 percent to 40 cents a share.", [("2 or 3 percent", 2.0, 3.0, "%", "percent", "down"), ("40 cents a share", 0.4, None, "USD", "money", None)]),
    ("Fares fell 5 or 6 cents.", [("5 or 6 cents", 0.05, 0.06, "USD", "money", "down")]),
    ("The dam may cost 700 or 800 mln dlrs.", [("700 or 800 mln dlrs", 7e8, 8e8, "USD", "money", None)]),
    ("With oil at 20, 21 or 22 dlrs, drillers will wait.", [("20", 20.0, None, None, "count", None), ("21", 21.0, None, None, "count", None), ("22 dlrs", 22.0, None, "USD", "money", None)]),
    ("Buy 2 or 30 shares.", [("2", 2.0, None, "share", "count", None), ("30", 30.0, None, None, "count", None)]),
]  # fmt: skip

NOT_QUANTITIES = [
    # a version or dotted code, a telephone number, an equation: no part of them is a row
    ("Users should install version 4.7.1 of the player.", []),
    ("Call the helpline on 0800 028 9276 tonight.", []),
    ("Call 020 7946 0018 for tickets.", []),
    ("The mural shows a slate reading 2+2=5.", []),
    # wrapped wire text: a line opening with a lower-case word continues the line before
    ("Sales rose 4.4 pct to 3.4\nbillion guilders.", [("4.4 pct", 4.4, None, "%", "percent", "up"), ("3.4\nbillion guilders", 3.4e9, None, "NLG", "money", None)]),
    ("Net profit was 12 mln\nEquity rose.", [("12 mln", 12e6, None, None, "count", None)]),
    # a dot leader in a table is no decimal point
    ("TOPPING......15.63......16.10", [("15.63", 15.63, None, None, "count", None), ("16.10", 16.1, None, None, "count", None)]),
    ("Oil was .5 pct dearer.", [(".5 pct", 0.5, None, "%", "percent", "up")]),
]  # fmt: skip


TABLES = {
    "shared": SHARED,
    "noun_phrases": NOUN_PHRASES,
    "rates": RATES,
    "gapped": GAPPED,
    "caps_headlines": CAPS_HEADLINES,
    "more_change": MORE_CHANGE,
    "conjoined": CONJOINED,
    "lexicon": LEXICON,
    "slash_pairs": SLASH_PAIRS,
    "phrasal": PHRASAL,
    "ordinals_and_ranges": ORDINALS_AND_RANGES,
    "levels": LEVELS,
    "comparatives": COMPARATIVES,
    "handled": HANDLED,
    "change_then_level": CHANGE_THEN_LEVEL,
    "wire_moves": WIRE_MOVES,
    "not_quantities": NOT_QUANTITIES,
}
CASES = cases(TABLES)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_change_and_slash_pairs(nlp, text, expected):
    """Rows (text, value, value_max, unit, kind, change) of invented sentences, exactly."""
    _check(rows(nlp, text), expected)
