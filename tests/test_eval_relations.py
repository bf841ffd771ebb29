"""All-relation scoring of ``newsfacts eval quotes`` (pure functions, hand-made cases)."""

from __future__ import annotations

import pytest

from newsfacts.evaluation.quotes import GoldDoc, GoldQuote, PredQuote
from newsfacts.evaluation.relations import match, outermost, score_relations, token_f1, tokens

TEXT = 'Roe said the bridge would reopen in May. Doe called the plan "a disaster" today.'
#       0         1         2         3         4         5         6         7
# indirect "the bridge would reopen in May" 9..39, speaker "Roe" 0..3
# mixed "the plan "a disaster"" 52..73, speaker "Doe" 41..44


def test_offsets_of_the_fixture() -> None:
    assert TEXT[9:39] == "the bridge would reopen in May"
    assert TEXT[52:73] == 'the plan "a disaster"'
    assert TEXT[0:3] == "Roe" and TEXT[41:44] == "Doe"


@pytest.mark.parametrize(
    ("a", "b", "f1"),
    [
        ("the bridge would reopen", "the bridge would reopen", 1.0),
        ('"A disaster,"', "a disaster", 1.0),
        ("that the bridge would reopen", "the bridge would reopen", 8 / 9),
        ("the bridge", "reopen in May", 0.0),
        ("", "anything", 0.0),
    ],
)
def test_token_f1(a: str, b: str, f1: float) -> None:
    assert token_f1(tokens(a), tokens(b)) == pytest.approx(f1)


def test_match_is_one_to_one_best_first() -> None:
    gold = [(9, 39)]
    pred = [(9, 25), (9, 39)]  # "the bridge would" (F1 0.67) and the exact span
    assert match(TEXT, gold, pred) == [(0, 1)]
    assert match(TEXT, gold, [(9, 15)]) == []  # "the bridge": F1 0.5 < 0.6
    assert match(TEXT, [(9, 39)], [(52, 73)]) == []  # no shared character


def test_outermost_drops_nested_rows() -> None:
    mixed = PredQuote(52, 73, "mixed")
    partial = PredQuote(62, 72, "partial")
    other = PredQuote(9, 39, "indirect")
    assert outermost([partial, mixed, other]) == [other, mixed]


def _doc() -> GoldDoc:
    return GoldDoc(
        "d1",
        TEXT,
        (
            GoldQuote(9, 39, "indirect", "Roe", 0, 3),
            GoldQuote(52, 73, "mixed", "Doe", 41, 44),
        ),
    )


def test_score_relations_per_kind() -> None:
    preds = [
        PredQuote(9, 39, "indirect", "Jane Roe", 0, 3),
        PredQuote(52, 73, "mixed", "Joe Doe", None, None),  # lenient only, by name
        PredQuote(62, 72, "partial", "Joe Doe", 41, 44),  # nested: not scored
        PredQuote(74, 79, "indirect", None),  # false hit
        PredQuote(41, 44, "scare"),  # not an attribution: not counted
    ]
    examples: dict[str, list[dict]] = {}
    s = score_relations([_doc()], [preds], examples=examples)
    assert s["all"]["n_pred"] == 3 and s["all"]["n_gold"] == 2
    assert s["all"]["recall"] == 1.0 and s["all"]["precision"] == pytest.approx(2 / 3)
    assert s["indirect"]["precision"] == 0.5 and s["indirect"]["recall"] == 1.0
    assert s["mixed"]["f1"] == 1.0 and s["direct"]["n_gold"] == 0
    assert s["all"]["speaker_strict"] == 0.5 and s["all"]["speaker_lenient"] == 1.0
    assert [e["pred"] for e in examples["fp:indirect"]] == ["today"]
    assert "fn:indirect" not in examples


def test_score_relations_misses_listed() -> None:
    examples: dict[str, list[dict]] = {}
    s = score_relations([_doc()], [[]], examples=examples)
    assert s["all"]["f1"] == 0.0
    assert [e["gold"] for e in examples["fn:mixed"]] == ['the plan "a disaster"']
