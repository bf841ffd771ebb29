"""Change and about by construction (issue #15): invented sentences, one per construction, exact
rows (text, value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

CHANGE = [
    # a change noun is a thing when it is not a verb ("contract"), a count of events when plural
    ("The singer was released from her $200,000 contract with the label.", [("$200,000", 2e5, None, "USD", "money", None, "contract")]),
    ("The guard has averaged 9.1 points and 4.2 rebounds this season.", [("9.1", 9.1, None, "point", "count", None, "guard"), ("4.2", 4.2, None, "rebound", "count", None, "guard")]),
    ("Output may contract by 2% this year.", [("2%", 2.0, None, "%", "percent", "down", "Output")]),
    # the level reached after "by X" is a level; "up to" is a bound, not a rise
    ("Imports have risen by $12.5 billion to $310.7 billion this year.", [("$12.5 billion", 1.25e10, None, "USD", "money", "up", "Imports"), ("$310.7 billion", 3.107e11, None, "USD", "money", None, "Imports")]),
    ("The fee can rise up to 5% next year.", [("5%", 5.0, None, "%", "percent", None, "fee")]),
    ("The state will expand the reserve by up to 20 mln acres.", [("20 mln acres", 2e7, None, "acre", "quantity", "up", "reserve")]),
    # a change with its verb left out takes the direction of the one before it
    ("Shares of Acme and Bolt were down 3.1%, Corex by 2.2% and Dyna was down 1.5% in early trade.", [("3.1%", 3.1, None, "%", "percent", "down", "Shares of Acme and Bolt"), ("2.2%", 2.2, None, "%", "percent", "down", "Corex"), ("1.5%", 1.5, None, "%", "percent", "down", "Dyna")]),
    ("Sales rose 5% in May, exports by 3%.", [("5%", 5.0, None, "%", "percent", "up", "Sales"), ("3%", 3.0, None, "%", "percent", "up", "exports")]),
    ("Rents were down 2% in May, fares by 3%.", [("2%", 2.0, None, "%", "percent", "down", "Rents"), ("3%", 3.0, None, "%", "percent", "down", "fares")]),
    ("The bridge was hit by 3 trucks last year.", [("3", 3.0, None, "truck", "count", None, "bridge")]),
    # signed figures in a market list belong to the name before them
    ("At noon: FTSE 100 +0.4% DAX +0.9% CAC 40 -0.2%.", [("0.4%", 0.4, None, "%", "percent", "up", "FTSE 100"), ("0.9%", 0.9, None, "%", "percent", "up", "DAX"), ("-0.2%", -0.2, None, "%", "percent", None, "CAC 40")]),
    ("Brent crude +1.2%, gold -0.4% and copper +2%.", [("1.2%", 1.2, None, "%", "percent", "up", "Brent crude"), ("-0.4%", -0.4, None, "%", "percent", None, "gold"), ("2%", 2.0, None, "%", "percent", "up", "copper")]),
    ("The temperature was -5 degrees.", [("-5 degrees", -5.0, None, "degree", "quantity", None, "temperature")]),
]  # fmt: skip

ABOUT = [
    # a duration that says when measures nothing; one that says how long measures its subject
    ("Over the past three years the council has built 400 homes.", [("three years", 3.0, None, "year", "duration", None, None), ("400", 400.0, None, "home", "count", None, "council")]),
    ("The comet passes the Earth every 76 years.", [("76 years", 76.0, None, "year", "duration", None, None)]),
    ("Five years later, the firm opened 20 stores.", [("Five years", 5.0, None, "year", "duration", None, None), ("20", 20.0, None, "store", "count", None, "firm")]),
    ("The strike lasted five weeks.", [("five weeks", 5.0, None, "week", "duration", None, "strike")]),
    # a quantifier subject stands for the phrase named before it
    ("The boat drifted for some nine miles, but most sank in water just 30 feet deep.", [("nine miles", 9.0, None, "mile", "quantity", None, "boat"), ("30 feet", 30.0, None, "foot", "quantity", None, "boat")]),
    # a reduced relative ("priced at", "worth") measures the noun it modifies
    ("The shop sells rugs priced at under $90 each.", [("$90", 90.0, None, "USD", "money", None, "rugs")]),
    # an ordinal belongs to the phrase it is in
    ("Smiths second spell in Spain brought a title as he scored 30 goals in 40 games.", [("second", 2.0, None, None, "ordinal", None, None), ("30", 30.0, None, "goal", "count", None, "Smiths second spell"), ("40", 40.0, None, "game", "count", None, "Smiths second spell")]),
    # money modifying a noun measures that noun
    ("They signed a $40 million deal with the city.", [("$40 million", 4e7, None, "USD", "money", None, "deal")]),
    # a count is about who has or does them, never the counted noun itself
    ("The union said 800 members were not paying dues.", [("800", 800.0, None, "member", "count", None, None)]),
    # a conjoined number reads as its first conjunct
    ("Acme has 40 shops and 12 depots.", [("40", 40.0, None, "shop", "count", None, "Acme"), ("12", 12.0, None, "depot", "count", None, "Acme")]),
    # an amount in a phrase on a verb measures the object; a duration keeps the subject
    ("Nurses in the region earn an average of $31 an hour.", [("$31 an hour", 31.0, None, "USD", "money", None, "Nurses")]),
    ("Acme sold the plant for $40 million.", [("$40 million", 4e7, None, "USD", "money", None, "plant")]),
    ("The soldier wore a uniform for five years.", [("five years", 5.0, None, "year", "duration", None, "soldier")]),
    ("The firm reported a drop in profits to $5 million.", [("$5 million", 5e6, None, "USD", "money", None, "profits")]),
    # measure nouns keep their owner or market phrase, without the clause hung on it
    ("Shares in Acme fell 5% on Monday.", [("5%", 5.0, None, "%", "percent", "down", "Shares in Acme")]),
    ("Shares in Acme, which makes toys, fell 5%.", [("5%", 5.0, None, "%", "percent", "down", "Shares in Acme")]),
    ("Prices at the pump rose by 4 cents.", [("4 cents", 0.04, None, "USD", "money", "up", "Prices at the pump")]),
    # a change noun's compound is what changes; a time is not
    ("The figures showed an export drop of 3% in May.", [("3%", 3.0, None, "%", "percent", "down", "export")]),
    # a number with its own unit measures the noun it modifies
    ("The van has a 3.0 litre diesel engine.", [("3.0 litre", 3.0, None, "litre", "quantity", None, "diesel engine")]),
    # a noun phrase that holds the number is no change word's object ("added a ... run")
    ("He added a 40 yard run.", [("40 yard", 40.0, None, "yard", "quantity", None, "run")]),
    # a number that is the subject names who acts: no nearby noun stands for what it measures
    ("Nearly 60% voted against the plan.", [("60%", 60.0, None, "%", "percent", None, None)]),
    # of two subjects (a fronted phrase parsed as a second one) the nearest is the verb's
    ("A former banker with a fondness for golf, Jones earned $2m last year.", [("$2m", 2e6, None, "USD", "money", None, "Jones")]),
    # "N of M, which ...": the relative clause is about N (and its "of" phrase), not M alone
    ("The price of gold, which hit $1,900 an ounce in May, has fallen since.", [("$1,900 an ounce", 1900.0, None, "USD", "money", None, "price of gold")]),
    ("Acme, whose sales rose 8% last year, plans to hire 300 staff.", [("8%", 8.0, None, "%", "percent", "up", "sales"), ("300", 300.0, None, "staff", "count", None, "Acme")]),
    # a share measures its whole, also fronted; after a copula the subject is what is measured
    ("Of the bondholders, 38% live abroad.", [("38%", 38.0, None, "%", "percent", None, "bondholders")]),
    ("But of the 120 firms surveyed, 64% did not check their suppliers.", [("120", 120.0, None, "firm", "count", None, None), ("64%", 64.0, None, "%", "percent", None, "firms")]),
    ("The government's budget deficit was 3.2% of GDP.", [("3.2%", 3.2, None, "%", "percent", None, "government's budget deficit")]),
    # a count whose noun has a possessor is about the possessor
    ("Only 13 of Zelland's 600 judges are women.", [("13", 13.0, None, "judge", "count", None, None), ("600", 600.0, None, "judge", "count", None, "Zelland")]),
    # the object of the verb above is the unstated subject of an object-controlled clause
    ("In May, the regulator asked firms to pay up to £350m.", [("£350m", 3.5e8, None, "GBP", "money", None, "firms")]),
    ("In May, the regulator asked firms to pay up to £350m in compensation.", [("£350m", 3.5e8, None, "GBP", "money", None, "compensation")]),
    # a quantity cut from the phrase takes its possessive with it
    ("Jobless numbers should stay near 2004's level of 4.4 million.", [("2004", 2004.0, None, None, "year", None, None), ("4.4 million", 4.4e6, None, None, "count", None, "level")]),
    # with nothing else to go by, a phrase hung on the number itself comes before a noun nearby
    ("She averaged 8.1 assists while hitting 45.2% from the floor and 36.4% from long range.", [("8.1", 8.1, None, "assist", "count", None, None), ("45.2%", 45.2, None, "%", "percent", None, "floor"), ("36.4%", 36.4, None, "%", "percent", None, "long range")]),
    # a title line is a sentence of its own (transforms.sentences): it lends nothing to the lead
    ("Toy maker gives warning\n\nShares in Zelco fell 12% after the firm warned on profits.\n", [("12%", 12.0, None, "%", "percent", "down", "Shares in Zelco")]),
    ("Prices rise at a slower pace\n\nPrices of flats in the capital rose 0.3% in May.\n", [("0.3%", 0.3, None, "%", "percent", "up", "Prices of flats in the capital")]),
]  # fmt: skip

FRACTIONS = [
    # after "by", "a third" is the size of a change, unless a noun follows ("a third party")
    ("Imports fell by a third last year.", [("a third", 1 / 3, None, None, "fraction", "down", "Imports")]),
    ("Profits were cut by a quarter.", [("a quarter", 0.25, None, None, "fraction", "down", "Profits")]),
    ("The bill was paid by a third party.", [("third", 3.0, None, None, "ordinal", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHANGE + ABOUT + FRACTIONS)
def test_change_and_about_by_construction(nlp, text, expected):
    _check(rows(nlp, text), expected)
