"""Scoring functions of `newsfacts eval numbers` (pure, no model)."""

from __future__ import annotations

import pytest

from newsfacts.evaluation.numbers import (
    Pred,
    Scores,
    evaluate,
    format_scores,
    gold_unit_key,
    is_spelled_out,
    money_scale,
    overlaps,
    pred_unit_key,
    same_value,
    value_matches,
)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (1.0, 1.0005, True),
        (1.0, 1.01, False),
        (0.0, 0.0, True),
        (None, 1.0, False),
        (1e9, 1.0001e9, True),
    ],
)
def test_same_value(a, b, expected):
    assert same_value(a, b) is expected


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        (Pred(0, 5, 24.0, 36.0), 24.0, True),  # lower bound
        (Pred(0, 5, 24.0, 36.0), 36.0, True),  # upper bound
        (Pred(0, 5, 24.0, 36.0), 30.0, True),  # midpoint
        (Pred(0, 5, 24.0, 36.0), 25.0, False),
        (Pred(0, 5, 12.0), 1.0, False),
        (Pred(0, 5, None), 1.0, False),
    ],
)
def test_value_matches(pred, gold, expected):
    assert value_matches(pred, gold) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [((0, 5), (4, 8), True), ((0, 5), (5, 8), False), ((3, 4), (0, 9), True)],
)
def test_overlaps(a, b, expected):
    assert overlaps(*a, *b) is expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("two meters", True),
        ("a hundred and two", True),
        ("three fifths", True),
        ("$ 75 million", True),
        ("42", False),
        ("3.5 kg", False),
    ],
)
def test_is_spelled_out(surface, expected):
    assert is_spelled_out(surface) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "agree"),
    [
        ("dimensionless", Pred(0, 1, 5.0, unit="soldier", kind="count"), True),
        ("dimensionless", Pred(0, 1, 5.0, unit="USD", kind="money"), False),
        ("Dollar", Pred(0, 1, 5.0, unit="CAD", kind="money"), True),
        ("United States dollar", Pred(0, 1, 5.0, unit="CAD", kind="money"), False),
        ("Pound", Pred(0, 1, 5.0, unit="pound", kind="quantity"), True),
        ("pound sterling", Pred(0, 1, 5.0, unit="GBP", kind="money"), True),
        ("Meter", Pred(0, 1, 5.0, unit="metre", kind="quantity"), True),
        ("C", Pred(0, 1, 5.0, unit="degree celsius", kind="quantity"), True),
        ("Ton", Pred(0, 1, 5.0, unit="tonne", kind="quantity"), True),
        ("percentage", Pred(0, 1, 5.0, unit="%", kind="percent"), True),
        ("Age", Pred(0, 1, 5.0, unit="year", kind="age"), True),
        ("mile", Pred(0, 1, 5.0, unit="kilometre", kind="quantity"), False),
        ("Cent", Pred(0, 1, 0.05, unit="USD", kind="money"), True),
        ("penny", Pred(0, 1, 0.05, unit="GBP", kind="money"), True),
    ],
)
def test_unit_agreement(gold, pred, agree):
    assert (pred_unit_key(pred) in gold_unit_key(gold)) is agree


def test_evaluate_counts_accuracy_units_and_precision():
    items = [
        {
            "id": "a",
            "text": "It took 24 to 36 hours and cost $5.",
            "source_file": "x/all.json",
            "scope": "all",
            "quantities": [
                {"surface": "24 to 36 hours", "value": 30.0, "unit": "hour", "start": 8, "end": 22},
                {"surface": "$5", "value": 5.0, "unit": "dollar", "start": 32, "end": 34},
                {"surface": "dollar", "value": None, "unit": "dollar", "start": 0, "end": 0},
            ],
        },
        {
            "id": "b",
            "text": "five pounds",
            "source_file": "y/number.json",
            "scope": "number",
            "quantities": [
                {"surface": "five", "value": 5.0, "unit": "dimensionless", "start": 0, "end": 4}
            ],
        },
    ]
    preds = [
        [
            Pred(8, 22, 24.0, 36.0, "hour", "duration"),
            Pred(32, 34, 5.0, None, "USD", "money"),
            Pred(0, 2, 1.0),
        ],
        [Pred(0, 11, 4.0, None, "GBP", "money")],
    ]
    scores = evaluate(items, preds)
    assert isinstance(scores, Scores)
    assert (scores.overall.correct, scores.overall.total) == (2, 3)
    assert (scores.spelled.correct, scores.spelled.total) == (0, 1)
    assert (scores.units.correct, scores.units.total) == (2, 2)
    assert (scores.precision.correct, scores.precision.total) == (2, 3)  # only scope "all" items
    assert scores.per_source["all.json"].rate == 1.0
    assert scores.per_source["number.json"].rate == 0.0
    report = format_scores(scores)
    assert "value accuracy overall        0.667 (2/3)" in report
    assert "number.json" in report


@pytest.mark.parametrize(
    ("unit", "pred", "scale"),
    [
        ("Cent", Pred(0, 1, 0.5, unit="USD", kind="money"), 100.0),
        ("penny", Pred(0, 1, 0.01, unit="GBP", kind="money"), 100.0),
        ("sen", Pred(0, 1, 0.18, unit="MYR", kind="money"), 100.0),
        ("Cent", Pred(0, 1, 50.0, kind="count"), 1.0),
        ("Dollar", Pred(0, 1, 50.0, unit="USD", kind="money"), 1.0),
    ],
)
def test_money_scale_of_cents_and_pence(unit, pred, scale):
    assert money_scale({"unit": unit}, pred) == scale
