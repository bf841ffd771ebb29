"""Round 19: one-word multipliers ("fivefold", "tenfold") read as "five-fold", a "-fold" change
noun ("a five-fold rise"), and times of an event left counts. Invented sentences, exact rows
(text, value, value_max, unit, kind, change, about)."""

from __future__ import annotations

import pytest

from tests.test_numbers_facts import _check, cases, rows

ONE_WORD = [
    ("Exports of the grain rose fivefold last year.", [("fivefold", 5.0, None, "factor", "quantity", "up", "Exports of the grain")]),
    ("The firm reported a fivefold rise in profits.", [("fivefold", 5.0, None, "factor", "quantity", "up", "profits")]),
    ("Rents were down fivefold from their peak.", [("fivefold", 5.0, None, "factor", "quantity", "down", "Rents")]),
    ("The number of visits was up more than tenfold on last year.", [("tenfold", 10.0, None, "factor", "quantity", "up", "number of visits")]),
    ("The rule means a sixfold reduction in the number of trips.", [("sixfold", 6.0, None, "factor", "quantity", "down", "number of trips")]),
    ("Output increased hundredfold.", [("hundredfold", 100.0, None, "factor", "quantity", "up", "Output")]),
    # no change word: no row
    ("The group has a twofold aim.", []),
    ("The risk is threefold: fire, flood and theft.", []),
]  # fmt: skip

FOLD_NOUNS = [
    # a "-fold" change noun is the change, not a counted thing
    ("The firm reported a five-fold rise in profits.", [("five", 5.0, None, "factor", "quantity", "up", "profits")]),
    ("The rule means a six-fold reduction in the number of trips.", [("six", 6.0, None, "factor", "quantity", "down", "number of trips")]),
    ("The group has a two-fold aim.", [("two", 2.0, None, "aim", "count", None, "group")]),
]  # fmt: skip

# "rose N times" counts events (all such in the corpora were rate moves): no change
TIMES = [
    ("Mortgage rates went up four times last year.", [("four", 4.0, None, "time", "count", None, "Mortgage rates")]),
    ("The charge was cut three times last spring.", [("three", 3.0, None, "time", "count", None, "charge")]),
]  # fmt: skip

CASES = cases({"one_word": ONE_WORD, "fold_nouns": FOLD_NOUNS, "times": TIMES})


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_word_multipliers(nlp, text, expected):
    """Rows of invented sentences, exactly."""
    _check(rows(nlp, text), expected)
