"""Scoring of ``newsfacts eval quotes`` (pure functions, hand-made cases)."""

from __future__ import annotations

import json

import pytest

from newsfacts.evaluation.quotes import (
    GoldDoc,
    GoldQuote,
    PredQuote,
    content_words,
    read_gold,
    score_quotes,
    speaker_matches,
    trim_span,
)

TEXT = '"We will win," Jane Roe said. Critics called it "a fantasy" again. "Later," he said.'
#        0         1         2         3         4         5         6         7
# quote 1: 0..14 with marks; speaker "Jane Roe" 15..23; mixed "a fantasy" 48..59 (marks)
# quote 3: 67..75 with marks; speaker "he" 76..78


def _doc(*quotes: GoldQuote) -> GoldDoc:
    return GoldDoc("d1", TEXT, tuple(quotes))


G1 = GoldQuote(0, 14, "direct", "Jane Roe", 15, 23)
GMIX = GoldQuote(40, 60, "mixed", "Critics", 30, 37)
G3 = GoldQuote(67, 75, "direct", "he", 76, 78)


def test_offsets_of_the_fixture() -> None:
    assert TEXT[G1.start : G1.end] == '"We will win,"'
    assert TEXT[15:23] == "Jane Roe"
    assert TEXT[48:59] == '"a fantasy"'
    assert TEXT[G3.start : G3.end] == '"Later,"'
    assert TEXT[76:78] == "he"


@pytest.mark.parametrize(
    ("span", "expected"),
    [((0, 14), (1, 12)), ((1, 13), (1, 12)), ((67, 75), (68, 73)), ((5, 5), (5, 5))],
)
def test_trim_span(span: tuple[int, int], expected: tuple[int, int]) -> None:
    assert trim_span(TEXT, *span) == expected


def test_exact_overlap_and_ignored_nontarget() -> None:
    preds = [
        PredQuote(1, 13, "direct", "Jane Roe", 15, 23),  # exact (marks excluded)
        PredQuote(49, 58, "direct", None),  # inside the mixed gold: ignored
        PredQuote(68, 72, "direct", "Jane Roe", 76, 78),  # overlap only, speaker span ok
    ]
    s = score_quotes([_doc(G1, GMIX, G3)], [preds])
    assert s["exact"] == {
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
        "tp_pred": 1,
        "n_pred": 2,
        "n_gold": 2,
    }
    assert (s["overlap"]["precision"], s["overlap"]["recall"]) == (1.0, 1.0)
    assert s["speaker"] == {"n": 2, "strict": 1.0, "lenient": 1.0}


def test_false_positive_and_miss() -> None:
    preds = [PredQuote(24, 28, "direct", None)]  # overlaps no gold at all
    errors: list[dict] = []
    s = score_quotes([_doc(G1)], [preds], errors=errors)
    assert (s["overlap"]["precision"], s["overlap"]["recall"]) == (0.0, 0.0)
    assert [e["type"] for e in errors] == ["fp", "fn"]


def test_pred_kinds_filter() -> None:
    preds = [PredQuote(1, 13, "partial", "Jane Roe", 15, 23)]
    assert score_quotes([_doc(G1)], [preds])["overlap"]["recall"] == 0.0
    both = score_quotes([_doc(G1)], [preds], pred_kinds=("direct", "partial"))
    assert both["overlap"]["recall"] == 1.0


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        (PredQuote(68, 72, "direct", "Jane Roe", 76, 78), (True, True)),  # span overlaps
        (PredQuote(68, 72, "direct", "Jane Roe", 15, 23), (False, False)),  # wrong mention
        (PredQuote(68, 72, "direct", None, None, None), (False, False)),  # no speaker
    ],
)
def test_speaker_matches_pronoun_gold(pred: PredQuote, expected: tuple[bool, bool]) -> None:
    assert speaker_matches(G3, pred) == expected


def test_speaker_lenient_by_shared_word() -> None:
    gold = GoldQuote(0, 14, "direct", "Jane Roe, a senior analyst", 100, 125)
    pred = PredQuote(1, 13, "direct", "Roe", 15, 23)
    assert speaker_matches(gold, pred) == (False, True)


def test_content_words() -> None:
    assert content_words("Mr. Jane Roe, the analyst of the bank") == {
        "jane",
        "roe",
        "analyst",
        "bank",
    }
    assert content_words(None) == set()


def test_read_gold(tmp_path) -> None:
    row = {
        "doc_id": "x",
        "text": TEXT,
        "quotes": [
            {"start": 0, "end": 14, "kind": "direct", "speaker": "Jane Roe"},
            {"start": 67, "end": 75, "kind": "direct", "speaker": None},
        ],
    }
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(row) + "\n" + json.dumps({**row, "doc_id": "y"}) + "\n")
    docs = read_gold(path, limit=1, offset=1)
    assert [d.doc_id for d in docs] == ["y"]
    assert docs[0].quotes[0] == GoldQuote(0, 14, "direct", "Jane Roe", None, None)
