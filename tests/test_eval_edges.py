"""Partial overlaps per edge for ``newsfacts eval quotes --edges`` (pure functions, invented
sentences)."""

from __future__ import annotations

import pytest

from newsfacts.evaluation.edges import edge, edge_table, partial_pairs, print_edges
from newsfacts.evaluation.quotes import GoldDoc, GoldQuote, PredQuote


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


EDGES = [
    pytest.param(
        "Roe said that the bridge would reopen.",
        "that the bridge would reopen",
        "the bridge would reopen",
        "left",
        ("gold+", "that"),
        id="complementizer",
    ),
    pytest.param(
        "Roe refused to back the plan.",
        "the plan",
        "to back the plan",
        "left",
        ("we+", "to"),
        id="infinitive-to",
    ),
    pytest.param(
        "Roe left early. She said the bridge would reopen.",
        "the bridge would reopen",
        "Roe left early. She said the bridge would reopen",
        "left",
        ("we+", "sentence"),
        id="previous-sentence",
    ),
    pytest.param(
        "Roe said the bridge would reopen.",
        "the bridge would reopen",
        "the bridge would reopen",
        "right",
        ("eq", "eq"),
        id="same-edge",
    ),
    pytest.param(
        'Roe said "the bridge would reopen."',
        "the bridge would reopen.",
        "the bridge would reopen",
        "right",
        ("gold+", "punct"),
        id="punctuation-only",
    ),
    pytest.param(
        "The bridge would reopen, the mayor said.",
        "The bridge would reopen",
        "The bridge would reopen, the mayor said",
        "right",
        ("we+", "said-tail"),
        id="attribution-tail",
    ),
    pytest.param(
        "The bridge would reopen, according to the council.",
        "The bridge would reopen",
        "The bridge would reopen, according to the council",
        "right",
        ("we+", "said-tail"),
        id="according-to",
    ),
    pytest.param(
        "Roe said the bridge would reopen and the toll would stay.",
        "the bridge would reopen and the toll would stay",
        "the bridge would reopen",
        "right",
        ("gold+", "coord"),
        id="second-coordinated-clause",
    ),
    pytest.param(
        "Roe said the bridge would reopen because the repairs were done.",
        "the bridge would reopen",
        "the bridge would reopen because the repairs were done",
        "right",
        ("we+", "sub"),
        id="subordinate-clause",
    ),
    pytest.param(
        "Roe praised the mayor, who built the bridge.",
        "the mayor",
        "the mayor, who built the bridge",
        "right",
        ("we+", "rel"),
        id="relative-clause",
    ),
    pytest.param(
        "Roe criticized the plan on Tuesday.",
        "the plan",
        "the plan on Tuesday",
        "right",
        ("we+", "time"),
        id="time-phrase",
    ),
    pytest.param(
        "Roe criticized the plan in a statement.",
        "the plan",
        "the plan in a statement",
        "right",
        ("we+", "prep"),
        id="other-preposition",
    ),
    pytest.param(
        "Roe criticized the plan (a costly one).",
        "the plan",
        "the plan (a costly one)",
        "right",
        ("we+", "paren"),
        id="parenthetical",
    ),
    pytest.param(
        "Roe criticized the plan — a costly one.",
        "the plan",
        "the plan — a costly one",
        "right",
        ("we+", "dash"),
        id="dash-aside",
    ),
    pytest.param(
        "Roe criticized the plan, saying it cost too much.",
        "the plan",
        "the plan, saying it cost too much",
        "right",
        ("we+", "comma-ing"),
        id="participle-after-comma",
    ),
    pytest.param(
        "Roe criticized the plan, the costliest in years.",
        "the plan, the costliest in years",
        "the plan",
        "right",
        ("gold+", "comma"),
        id="appositive",
    ),
    pytest.param(
        "Roe said the bridge would reopen. It did.",
        "the bridge would reopen. It did",
        "the bridge would reopen",
        "right",
        ("gold+", "sentence"),
        id="next-sentence",
    ),
]


@pytest.mark.parametrize(("text", "gold", "pred", "side", "expected"), EDGES)
def test_edge(text: str, gold: str, pred: str, side: str, expected: tuple[str, str]) -> None:
    assert edge(text, _span(text, gold), _span(text, pred), side) == expected


def test_edge_names_a_bad_side() -> None:
    with pytest.raises(ValueError, match="'middle'"):
        edge("Roe said it.", (9, 11), (9, 11), "middle")


TEXT = "Roe said Doe wants a new bridge for the town. Lee said the toll would stay."


def _doc(*quotes: GoldQuote) -> GoldDoc:
    return GoldDoc("d1", TEXT, quotes)


def _gold(content: str, cue: str, start: int = 0) -> GoldQuote:
    s, e = _span(TEXT[start:], content)
    cs, ce = _span(TEXT[start:], cue)
    return GoldQuote(start + s, start + e, "indirect", cue_start=start + cs, cue_end=start + ce)


def _pred(content: str, cue: str, start: int = 0) -> PredQuote:
    s, e = _span(TEXT[start:], content)
    return PredQuote(start + s, start + e, "indirect", cue=cue)


@pytest.mark.parametrize(
    ("gold", "pred", "relation"),
    [
        pytest.param(
            _gold("Doe wants a new bridge for the town", "said"),
            _pred("a new bridge", "wants"),
            "our cue inside gold",
            id="gold-keeps-the-outer-report",
        ),
        pytest.param(
            _gold("a new bridge", "wants"),
            _pred("Doe wants a new bridge for the town", "said"),
            "gold cue inside ours",
            id="gold-keeps-the-inner-report",
        ),
        pytest.param(
            _gold("Doe wants a new bridge for the town", "said"),
            _pred("Doe wants", "said"),
            "same cue",
            id="same-cue-other-edges",
        ),
        pytest.param(
            GoldQuote(*_span(TEXT, "Doe wants a new bridge for the town"), "indirect"),
            _pred("Doe wants", "said"),
            "no gold cue",
            id="gold-without-cue-offsets",
        ),
    ],
)
def test_partial_pairs_and_relation(gold: GoldQuote, pred: PredQuote, relation: str) -> None:
    pairs = partial_pairs([_doc(gold)], [[pred]])
    assert [(p.gold, p.pred, p.relation) for p in pairs] == [
        ((gold.start, gold.end), (pred.start, pred.end), relation)
    ]
    assert pairs[0].f1 < 0.6


def test_matched_and_far_rows_are_not_partial_pairs() -> None:
    gold = _gold("the toll would stay", "said", start=45)
    exact = _pred("the toll would stay", "said", start=45)
    far = _pred("a new bridge", "wants")
    assert partial_pairs([_doc(gold)], [[exact, far]]) == []


def test_edge_table_and_print(capsys) -> None:
    doc = _doc(_gold("Doe wants a new bridge for the town", "said"))
    preds = [_pred("Doe wants", "said")]
    pairs = partial_pairs([doc], [preds])
    assert edge_table([doc], pairs) == {("left", "eq", "eq"): 1, ("right", "gold+", "other"): 1}
    print_edges([doc], [preds])
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0]
        == "Partial overlaps (token F1 < 0.6, both unmatched): 1 pairs (our kind: indirect 1)"
    )
    assert out[1:] == [
        "      1  same cue",
        "Edges of the 1 pairs with the same cue:",
        "      1  right gold+ other",
    ]
