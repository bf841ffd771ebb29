"""Scoring of the news-sentence gold format (no offsets; change and concept)."""

from __future__ import annotations

import pytest

from newsfacts.evaluation.numbers import Pred
from newsfacts.evaluation.numbers_news import (
    NewsScores,
    concept_agrees,
    in_gold_scheme,
    is_news_format,
    pred_change,
    score_news_item,
    unit_key,
    units_agree,
    value_equal,
)


def q(value, unit="-", change="=", concept="-"):
    return {
        "value": value,
        "unit": unit,
        "normalized_unit": unit,
        "change": change,
        "concept": concept,
    }


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (q(5.0), Pred(0, 1, 5.0), True),
        (q(5.0), Pred(0, 1, 5.0, 6.0), False),  # a single value never matches a range
        (q({"low": 5.0, "high": 6.0}), Pred(0, 1, 5.0, 6.0), True),
        (q({"low": 6.0, "high": 5.0}), Pred(0, 1, 5.0, 6.0), True),  # "from 6 to 5"
        (q({"low": 5.0, "high": 6.0}), Pred(0, 1, 5.0), False),
        # cents and pence are predicted in the major unit
        (q(19.0, "cent"), Pred(0, 1, 0.19, unit="USD", kind="money"), True),
        (q(61.0, "cent per share"), Pred(0, 1, 0.61, unit="USD", kind="money"), True),
        (q(118.5, "p"), Pred(0, 1, 1.185, unit="GBP", kind="money"), True),
        (q(19.0, "cent"), Pred(0, 1, 19.0, kind="count"), True),  # not money: compared as is
        (q(19.0, "cent"), Pred(0, 1, 19.0, unit="USD", kind="money"), False),
    ],
)
def test_value_equal(gold, pred, expected):
    assert value_equal(gold, pred) is expected


@pytest.mark.parametrize(
    ("gold_unit", "pred", "expected"),
    [
        ("percentage", Pred(0, 1, 1.0, unit="%", kind="percent"), True),
        ("dollar", Pred(0, 1, 1.0, unit="CAD", kind="money"), True),
        ("australian dollar", Pred(0, 1, 1.0, unit="AUD", kind="money"), True),
        ("australian dollar", Pred(0, 1, 1.0, unit="USD", kind="money"), True),  # both dollars
        ("japanese yen", Pred(0, 1, 1.0, unit="JPY", kind="money"), True),
        ("pound sterling", Pred(0, 1, 1.0, unit="GBP", kind="money"), True),
        ("cent", Pred(0, 1, 1.0, unit="USD", kind="money"), True),
        ("pence", Pred(0, 1, 1.0, unit="GBP", kind="money"), True),
        ("mile", Pred(0, 1, 1.0, unit="mile", kind="quantity"), True),
        ("celsius", Pred(0, 1, 1.0, unit="degree celsius", kind="quantity"), True),
        ("year of age", Pred(0, 1, 1.0, unit="year", kind="age"), True),
        ("unicorn startup", Pred(0, 1, 1.0, unit="startup", kind="count"), True),
        ("-", Pred(0, 1, 1.0, kind="count"), True),
        ("-", Pred(0, 1, 1.0, unit="mile", kind="quantity"), False),
    ],
)
def test_units_agree(gold_unit, pred, expected):
    assert units_agree(q(1.0, unit=gold_unit), pred) is expected


def test_unit_key_of_codes():
    assert unit_key("EUR") == "eur" and unit_key("euro") == "eur" and unit_key(None) == ""


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("danish krone", "dkk"),  # the full currency name, not its last word (NOK)
        ("brake horsepower", "horsepower"),  # a unit alias read as its canonical unit
        ("parts-per-billion", "part per billion"),
        ("barrel of oil", "barrel"),  # the unit before the stuff measured
        ("mile per gallon", "mile per gallon"),
        ("lightning strikes", "strike"),  # a counted noun by its last word
        ("sen", "myr"),  # a hundredth of the ringgit, predicted in ringgit
    ],
)
def test_unit_key_names(unit, expected):
    assert unit_key(unit) == expected


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        (Pred(0, 1, 1.0, change="up"), "up"),
        (Pred(0, 1, 1.0, change="up", qualifier="approximately"), "~"),
        (Pred(0, 1, 1.0, qualifier="approximately"), "~"),
        (Pred(0, 1, 1.0, qualifier="at_least"), ">"),
        (Pred(0, 1, 1.0, qualifier="less_than"), "<"),
        (Pred(0, 1, 1.0), "="),
    ],
)
def test_pred_change(pred, expected):
    assert pred_change(pred) == expected


@pytest.mark.parametrize(
    ("text", "pred", "expected"),
    [
        (
            "Sales fell almost 4% in May.",
            Pred(18, 20, 4.0, qualifier="less_than", change="down"),
            "~",
        ),
        ("Nearly 300 came.", Pred(7, 10, 300.0, qualifier="less_than"), "~"),
        ("Fewer than 300 came.", Pred(11, 14, 300.0, qualifier="less_than"), "<"),
        ("Almost 2% ahead, at 7%.", Pred(20, 22, 7.0), "="),
    ],
)
def test_near_words_are_approximate_in_the_gold_scheme(text, pred, expected):
    """ "nearly"/"almost" right before the figure read as ~ (CQE's bound words), not as <."""
    assert pred_change(in_gold_scheme(text, pred)) == expected


@pytest.mark.parametrize(
    ("concept", "about", "expected"),
    [
        ("Acme shares", "shares of Acme", True),
        ("trade deficit", "the deficit", True),
        ("trade deficit", "exports", False),
        ("-", None, True),
        ("-", "exports", False),
        ("exports", None, False),
    ],
)
def test_concept_agrees(concept, about, expected):
    assert concept_agrees(q(1.0, concept=concept), Pred(0, 1, 1.0, about=about)) is expected


def test_score_news_item_matches_one_to_one_and_skips_dates():
    item = {
        "id": "s1",
        "text": "Acme shares rose 4% to 310p in 2019, and 4% of staff left.",
        "quantities": [
            q(4.0, "percentage", "up", "Acme shares"),
            q(310.0, "penny", "=", "Acme shares"),
        ],
    }
    preds = [
        Pred(17, 19, 4.0, unit="%", kind="percent", change="up", about="Acme shares"),
        Pred(23, 27, 3.1, unit="GBP", kind="money", about="shares"),  # pence in pounds
        Pred(31, 35, 2019.0, kind="year"),  # not annotated in this format: not scored
        Pred(41, 43, 4.0, unit="%", kind="percent", about="staff"),
    ]
    scores = NewsScores()
    score_news_item(item, preds, scores)
    assert (scores.value.tp, scores.value.n_pred, scores.value.n_gold) == (2, 3, 2)
    assert scores.change.tp == 2 and scores.concept.tp == 2 and scores.unit.tp == 2
    assert [fh[2] for fh in scores.false_hits] == ["4%"]
    assert scores.value.f1 == pytest.approx(0.8)


def test_is_news_format():
    assert is_news_format([{"quantities": [q(1.0)]}])
    assert not is_news_format([{"quantities": [{"value": 1.0, "start": 0, "end": 1}]}])
