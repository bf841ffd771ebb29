"""Scoring of `newsfacts eval entities`: exact-span micro F1, label mapping, gold parsing."""

from __future__ import annotations

import pytest

# --- evaluation scoring (newsfacts eval entities) ------------------------------------------


def test_score_exact_span_micro_and_per_type():
    from newsfacts.evaluation.entities import score

    gold = [frozenset({(0, 5, "PER"), (10, 15, "LOC")}), frozenset({(0, 3, "ORG")})]
    pred = [frozenset({(0, 5, "PER"), (10, 14, "LOC")}), frozenset({(0, 3, "LOC")})]
    s = score(gold, pred)
    assert (s["PER"].tp, s["PER"].fp, s["PER"].fn) == (1, 0, 0)
    assert (s["LOC"].tp, s["LOC"].fp, s["LOC"].fn) == (0, 2, 1)
    assert (s["ORG"].tp, s["ORG"].fp, s["ORG"].fn) == (0, 0, 1)
    assert (s["micro"].tp, s["micro"].fp, s["micro"].fn) == (1, 2, 2)
    assert s["micro"].precision == pytest.approx(1 / 3)
    assert s["micro"].recall == pytest.approx(1 / 3)
    assert s["micro"].f1 == pytest.approx(1 / 3)
    assert s["MISC"].f1 == 0.0  # no gold, no prediction: zero, not a division error


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("PERSON", "PER"),
        ("ORG", "ORG"),
        ("GPE", "LOC"),
        ("FAC", "LOC"),
        ("LOC", "LOC"),
        ("NORP", "MISC"),
        ("EVENT", "MISC"),
        ("WORK_OF_ART", "MISC"),
        ("LAW", "MISC"),
        ("LANGUAGE", "MISC"),
        ("PRODUCT", "MISC"),
        ("DATE", None),
        ("CARDINAL", None),
    ],
)
def test_label_mapping(label, expected):
    from newsfacts.evaluation.entities import to_conll

    assert to_conll(label) == expected


def test_map_spans_through_cleaning_offsets():
    from newsfacts.evaluation.align import OffsetMap
    from newsfacts.evaluation.entities import map_spans

    original = "Ann   Lee  met\nBob in Rome ."
    cleaned = "Ann Lee met\nBob in Rome ."
    got = map_spans(
        [(0, 7, "PERSON"), (19, 23, "GPE"), (0, 3, "DATE")], OffsetMap(cleaned, original)
    )
    assert got == frozenset({(0, 9, "PER"), (22, 26, "LOC")})


def test_parse_gold_line_names_the_bad_field():
    from newsfacts.evaluation.entities import parse_gold_line

    doc = parse_gold_line(
        '{"doc_id": "d1", "text": "Ann", "entities": [{"start": 0, "end": 3, "label": "PER"}]}'
    )
    assert doc.spans == frozenset({(0, 3, "PER")})
    with pytest.raises(ValueError, match="missing field 'entities'"):
        parse_gold_line('{"doc_id": "d1", "text": "Ann"}')
    with pytest.raises(ValueError, match="not valid JSON"):
        parse_gold_line("{oops")
