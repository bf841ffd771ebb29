"""What a number measures (``about``), round 9 of issue #15: a figure that is the subject of a
copula measures the noun the copula gives it, a fronted "of those asked" is the whole of a
subject share and of the shares listed after it with the verb left out, a sum that is the passive subject of
a verb of spending measures what it is spent on, a count of the parties a noun
is between has none, an "it" that stands for an infinitive after "take" or "cost" is what the
infinitive acts on, a duration with a pronoun subject takes no noun after it ("in hospital"), and a noun between the figure and a change noun is
what changes, also when the change noun hangs on a verb. Invented sentences, exact rows (text,
value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, rows

COPULA = [
    # a figure subject of "be": the noun of the predicate
    ("Dealers said that 3/4 pct was the new standard margin for such loans.", [("3/4 pct", 0.75, None, "%", "percent", None, "new standard margin")]),
    ("Ten weeks is the usual time to recover from the injury.", [("Ten weeks", 10.0, None, "week", "duration", None, "usual time")]),
    ("Over 30 billion dlrs is money owed by the poorest states.", [("30 billion dlrs", 30e9, None, "USD", "money", None, "money")]),
    # not a predicate noun that is another figure, and not another verb
    ("About 70% voted against the plan.", [("70%", 70.0, None, "%", "percent", None, None)]),
    # a noun between the figure and the change noun
    ("The pledges are to be paid for from a 2% fuel tax rise on drivers.", [("2%", 2.0, None, "%", "percent", "up", "fuel tax")]),
    ("Sales rose 2% after a 1% fall in May.", [("2%", 2.0, None, "%", "percent", "up", "Sales"), ("1%", 1.0, None, "%", "percent", "down", "Sales")]),
    # a fronted "of" phrase of "those" and its clause is the whole of the subject share
    ("Of those asked, 62% were unaware of the fee.", [("62%", 62.0, None, "%", "percent", None, "those asked")]),
    # figures listed after the subject share with the verb left out share its whole
    ("Of its bondholders, 38% reside in Peru, 15% in Chile, 10% in Spain, 9% in the United States, 5% in Germany and 3% in Japan.", [("38%", 38.0, None, "%", "percent", None, "bondholders"), ("15%", 15.0, None, "%", "percent", None, "bondholders"), ("10%", 10.0, None, "%", "percent", None, "bondholders"), ("9%", 9.0, None, "%", "percent", None, "bondholders"), ("5%", 5.0, None, "%", "percent", None, "bondholders"), ("3%", 3.0, None, "%", "percent", None, "bondholders")]),
    # a sum that is the passive subject of a verb of spending or giving: what it is spent on, given to
    ("Only £3m was spent on advertising.", [("£3m", 3e6, None, "GBP", "money", None, "advertising")]),
    ("A further $9,000 will be given to the runner-up.", [("$9,000", 9000.0, None, "USD", "money", None, "runner-up")]),
    # not for other verbs, nor for counts
    ("About $20m would be needed for the new line.", [("$20m", 2e7, None, "USD", "money", None, None)]),
    ("Two were taken to hospital.", [("Two", 2.0, None, None, "count", None, None)]),
    # a duration with a pronoun subject takes no noun after it either
    ("She spent four days in hospital.", [("four days", 4.0, None, "day", "duration", None, None)]),
    ("The driver spent four days in hospital.", [("four days", 4.0, None, "day", "duration", None, "driver")]),
    # a count of the parties a noun is between: no one has them
    ("There is a bitter rivalry between the two clubs.", [("two", 2.0, None, "club", "count", None, None)]),
    ("The talks among the 12 members ended.", [("12", 12.0, None, "member", "count", None, None)]),
    ("A fleet of 40 ships sailed.", [("40", 40.0, None, "ship", "count", None, "fleet")]),
    # an "it" of "take" or "cost" that stands for an infinitive after it: who it takes, else what the infinitive acts on
    ("It will take three years to rebuild the old bridge.", [("three years", 3.0, None, "year", "duration", None, "old bridge")]),
    ("He said it took Acme almost five years to sell the plant.", [("five years", 5.0, None, "year", "duration", None, "Acme")]),
    ("It took him two years to graduate.", [("two years", 2.0, None, "year", "duration", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COPULA)
def test_about_copula_and_change_nouns(nlp, text, expected):
    _check(rows(nlp, text), expected)
