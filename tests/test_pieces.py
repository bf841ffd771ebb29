"""Long texts in pieces: where they are cut, and facts shifted back into the whole text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.pieces import (
    Piece,
    batch_size_for,
    merge_facts,
    quotation_spans,
    shift_facts,
    split_text,
)
from transforms.types import ArticleFacts, Mention, NumberFact, Quote


def texts(text: str, max_chars: int) -> list[str]:
    return [text[p.start : p.end] for p in split_text(text, max_chars)]


@pytest.mark.parametrize(
    ("text", "max_chars", "expected"),
    [
        ("Short text.", 100, ["Short text."]),
        # a paragraph boundary beats a later sentence end (both in the window's second half)
        (
            "One two three four.\n\nFive six. Seven.",
            30,
            ["One two three four.\n\n", "Five six. Seven."],
        ),
        # ... but not one in the first half
        ("One two.\n\nThree four. Five six.", 26, ["One two.\n\nThree four. ", "Five six."]),
        # no paragraph in the window: the latest sentence end
        ("Aa bb. Cc dd. Ee ff gg hh.", 14, ["Aa bb. Cc dd. ", "Ee ff gg hh."]),
        # no sentence end: the latest white space
        ("aaaa bbbb cccc dddd", 12, ["aaaa bbbb ", "cccc dddd"]),
        # nothing at all: a hard cut
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        # the paragraph break inside a quotation is skipped for the one before it
        (
            'He spoke.\n\n"One. Two.\n\n"Three," he said.',
            30,
            ["He spoke.\n\n", '"One. Two.\n\n"Three," he said.'],
        ),
        # a sentence end inside a quotation is skipped for white space outside it
        (
            "He said “Yes. No. Maybe.” and left",
            24,
            ["He said ", "“Yes. No. Maybe.” ", "and left"],
        ),
    ],
)
def test_split_text_cuts(text: str, max_chars: int, expected: list[str]) -> None:
    assert texts(text, max_chars) == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("a “b” c", [(2, 5)]),
        ('a "b" c "d', [(2, 5), (8, 10)]),
        ("“x ‘y’ “z” w” v", [(0, 13)]),  # nested curly quotes
        ("“open\n\nnext para", [(0, 5)]),  # unclosed: ends at the paragraph break
        ("“one\n\n“two” end", [(0, 11)]),  # continued by the next paragraph's mark
        ("stray ” close", []),
    ],
)
def test_quotation_spans(text: str, spans: list[tuple[int, int]]) -> None:
    assert quotation_spans(text) == spans


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab .!?\n“”\"'")), max_size=400),
    st.integers(min_value=1, max_value=60),
)
def test_pieces_cover_the_text_in_order_within_the_limit(text: str, max_chars: int) -> None:
    pieces = split_text(text, max_chars)
    assert "".join(texts(text, max_chars)) == text
    assert all(0 < p.end - p.start <= max_chars for p in pieces) or text == ""
    assert [p.start for p in pieces[1:]] == [p.end for p in pieces[:-1]]


def test_shift_and_merge_facts_point_into_the_whole_text() -> None:
    text = "Ann Lee said “yes”.\n\nBob Day paid $5."
    first, second = Piece(0, 21), Piece(21, len(text))
    facts_1 = ArticleFacts(
        mentions=[Mention(0, 7, "Ann Lee", "PERSON", "Ann Lee")],
        quotes=[Quote(14, 17, "yes", "direct", "Ann Lee", 0, 7, "said")],
    )
    facts_2 = ArticleFacts(
        mentions=[Mention(0, 7, "Bob Day", "PERSON", "Bob Day")],
        numbers=[NumberFact(13, 15, "$5", 5.0, "money", unit="USD", about_start=0, about_end=7)],
    )
    merged = merge_facts([(first.start, facts_1), (second.start, facts_2)])
    assert [(m.start, m.end, text[m.start : m.end]) for m in merged.mentions] == [
        (0, 7, "Ann Lee"),
        (21, 28, "Bob Day"),
    ]
    [quote] = merged.quotes
    assert (text[quote.start : quote.end], quote.speaker_start, quote.speaker_end) == ("yes", 0, 7)
    [number] = merged.numbers
    assert text[number.start : number.end] == "$5" and number.start == 34
    assert text[number.about_start : number.about_end] == "Bob Day"
    assert shift_facts(facts_1, 0) is facts_1


def test_max_chars_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        split_text("abc", 0)


@pytest.mark.parametrize(
    ("batch_size", "piece_chars", "split", "expected"),
    [(16, 30_000, False, 16), (16, 30_000, True, 2), (16, 100_000, True, 1), (1, 260, True, 1)],
)
def test_batch_size_for_chunks_with_long_articles(batch_size, piece_chars, split, expected):
    assert batch_size_for(batch_size, piece_chars, split=split) == expected
