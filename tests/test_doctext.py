"""Doc text and the tokens under a character span, read once per Doc."""

from __future__ import annotations

import pytest
import spacy

from transforms.doctext import doc_text, keep_text, overlapping

_NLP = spacy.blank("en")
TEXT = "Mr Roe said 2.5bn  was paid.\n\nThe end"


def _scan(doc, start: int, end: int) -> list[int]:
    """The tokens overlapping [start, end) by a scan of the Doc (what the binary search must give)."""
    return [t.i for t in doc if t.idx < end and t.idx + len(t.text) > start]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 2, ["Mr"]),
        (0, 3, ["Mr"]),  # the space after a token overlaps none
        (1, 5, ["Mr", "Roe"]),
        (12, 17, ["2.5bn"]),
        (17, 19, [" "]),  # the extra space is a token of its own
        (27, 28, ["."]),
        (28, 30, ["\n\n"]),
        (36, 50, ["end"]),
        (5, 5, ["Roe"]),  # an empty span inside a token
        (3, 3, []),  # an empty span at a token start
    ],
)
def test_overlapping(start: int, end: int, expected: list[str]) -> None:
    doc = _NLP(TEXT)
    span = overlapping(doc, start, end)
    assert [t.text for t in span] == expected
    assert [t.i for t in span] == _scan(doc, start, end)


def test_overlapping_every_span_matches_a_scan() -> None:
    doc = _NLP(TEXT)
    for start in range(len(TEXT) + 1):
        for end in range(start, len(TEXT) + 2):
            assert [t.i for t in overlapping(doc, start, end)] == _scan(doc, start, end)


def test_keep_text() -> None:
    doc = _NLP(TEXT)
    joined = "".join(t.text_with_ws for t in doc)
    assert keep_text(doc, joined) is joined
    assert doc_text(doc) is joined  # not joined again
    assert keep_text(doc, "other") is joined  # the first kept text stays
