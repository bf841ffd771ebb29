"""Ceilings of ``newsfacts eval quotes --ceiling`` (pure functions, hand-made cases)."""

from __future__ import annotations

import pytest

from newsfacts.evaluation.ceiling import LINES, edge_pairs, needed_recall, score_ceilings
from newsfacts.evaluation.quotes import GoldDoc, GoldQuote, PredQuote

TEXT = "Roe said the bridge would reopen in May, and added that tolls would rise next year."
#       0         1         2         3         4         5         6         7         8
# gold 1: "the bridge would reopen in May" 9..39; gold 2: "tolls would rise next year" 56..82


def test_offsets_of_the_fixture() -> None:
    assert TEXT[9:39] == "the bridge would reopen in May"
    assert TEXT[56:82] == "tolls would rise next year"
    assert TEXT[51:61] == "that tolls"


@pytest.mark.parametrize(
    ("gold", "pred", "matched", "pairs"),
    [
        # the unmatched row shares text with the unmatched record: paired
        ([(9, 39)], [(9, 19)], [], [(0, 0)]),
        # no shared character: no pair
        ([(9, 39)], [(41, 50)], [], []),
        # already matched records and rows take no part
        ([(9, 39), (56, 82)], [(9, 39), (30, 60)], [(0, 0)], [(1, 1)]),
        # one to one, the largest shared stretch first
        ([(9, 39)], [(9, 15), (9, 30)], [], [(0, 1)]),
        ([(9, 39), (56, 82)], [(30, 70)], [], [(1, 0)]),
    ],
)
def test_edge_pairs(gold, pred, matched, pairs) -> None:
    assert edge_pairs(gold, pred, matched) == pairs


@pytest.mark.parametrize(
    ("target", "precision", "recall"),
    [
        (0.8, 0.8, 0.8),
        (0.8, 1.0, 2 / 3),
        (0.85, 0.876, 0.85 * 0.876 / (2 * 0.876 - 0.85)),
        (0.8, 0.4, None),  # F1 is below 2P whatever the recall: out of reach
        (0.9, 0.5, None),  # would need R > 1
    ],
)
def test_needed_recall(target, precision, recall) -> None:
    got = needed_recall(target, precision)
    assert got == (None if recall is None else pytest.approx(recall))


def test_score_ceilings_per_line() -> None:
    doc = GoldDoc(
        "d1",
        TEXT,
        (GoldQuote(9, 39, "indirect", "Roe", 0, 3), GoldQuote(56, 82, "indirect", "Roe", 0, 3)),
    )
    preds = [
        PredQuote(9, 39, "indirect"),  # matched
        PredQuote(51, 61, "indirect"),  # "that tolls": token F1 0.29, an edge
        PredQuote(0, 3, "direct"),  # false, touches no record
    ]
    got = score_ceilings([doc], [preds])
    assert list(got) == list(LINES)
    figures = {
        line: {k: (s["precision"], s["recall"]) for k, s in got[line].items()} for line in got
    }
    assert figures["as run"]["all"] == (pytest.approx(1 / 3), 0.5)
    assert figures["perfect edges"]["all"] == (pytest.approx(2 / 3), 1.0)
    assert figures["perfect edges"]["indirect"] == (1.0, 1.0)
    assert figures["perfect edges"]["direct"] == (0.0, 0.0)
    assert figures["perfect edges, no false rows"]["all"] == (1.0, 1.0)
    assert got["perfect edges, no false rows"]["all"]["n_pred"] == 2
