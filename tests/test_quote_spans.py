"""Quotation spans and marks (no parse needed): ``transforms.quotes.spans``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.quotes.spans import find_quote_spans, paragraphs_of


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight, curly, mixed
        ('"We will win," she said.', ["We will win,"]),
        ("“We will win,” she said.", ["We will win,"]),
        ('"It works. It really does.” he said', ["It works. It really does."]),
        # several sentences in one quotation
        ("“One. Two? Three!” he said.", ["One. Two? Three!"]),
        # split quotation around the attribution
        ("“First,” he said, “second.”", ["First,", "second."]),
        # doubled-apostrophe style and TeX style
        ("''We are ready,'' the mayor said. ''Truly.''", ["We are ready,", "Truly."]),
        ("``Fine,'' she said.", ["Fine,"]),
        # single curly quotes in a headline
        ("‘I don’t think we’re done,’ Smith says", ["I don’t think we’re done,"]),
        ("'Not now,' she said.", ["Not now,"]),
        # apostrophes are not marks
        ("Putin’s men and rock 'n' roll in the '90s.", []),
        ("The soldiers’ loyalty and the ’80s music.", []),
        ("She called it ‘madness’ and left.", ["madness"]),
        ("the generals’ plan was ‘absurd’, he said", ["absurd"]),
        # nested single quotes inside double quotes belong to the outer quotation
        (
            "“He told me, ‘Go home,’ and I did,” she said.",
            ["He told me, ‘Go home,’ and I did,"],
        ),
        ("“We’re like ‘Ebony and Ivory,’” he explained.", ["We’re like ‘Ebony and Ivory,’"]),
        # unbalanced: a second opening mark drops the unclosed first one
        ("He said “we will “not go” today.", ["not go"]),
        # paragraphs of one quotation run together in a line, each opening with a mark
        (
            'Roe said: "The bridge is old. "But it will stand." Baker agreed.',
            ["The bridge is old.", "But it will stand."],
        ),
        ('"Is it safe? "Nobody knows," she said.', ["Is it safe?", "Nobody knows,"]),
        # unbalanced: a stray closing mark is ignored
        ("The 6” pipe burst and “water flowed,” he said.", ["water flowed,"]),
        # an unclosed mark runs to the end of its paragraph only
        ("“No end here\nNext paragraph “closed” fine.", ["No end here", "closed"]),
        # empty marks give nothing
        ('He said "" and "  " twice.', []),
        # British single marks over several paragraphs: each paragraph opens with a mark
        (
            "Roe told the BBC: 'We will not back down.\n\n'This is only the start.'\n\nNo more.",
            ["We will not back down.", "This is only the start."],
        ),
        (
            "‘The plan is dead.\n\n‘It was dead a year ago,’ Roe said.",
            ["The plan is dead.", "It was dead a year ago,"],
        ),
        # an unclosed single mark before a paragraph with no mark, or with no sentence end, is dropped
        ("Roe said 'the plan is dead.\n\nBaker agreed.", []),
        ("Roe said 'the plan\n\n'Tis the season.", []),
    ],
)
def test_quote_spans(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_multi_paragraph_quotation_is_flagged() -> None:
    text = "“First paragraph goes on\n\n“and ends here,” she said."
    a, b = find_quote_spans(text)
    assert (text[a.start : a.end], a.closed, a.continues, a.continued) == (
        "First paragraph goes on",
        False,
        True,
        False,
    )
    assert (text[b.start : b.end], b.closed, b.continues, b.continued) == (
        "and ends here,",
        True,
        False,
        True,
    )


def test_single_quoted_paragraphs_are_flagged() -> None:
    text = "'We will not back down.\n\n'Not now.\n\n'Not ever,' Roe said."
    flags = [(q.closed, q.continues, q.continued) for q in find_quote_spans(text)]
    assert flags == [(False, True, False), (False, True, True), (True, False, True)]


def test_quotation_continued_in_the_same_line_is_flagged() -> None:
    a, b = find_quote_spans('"We will win. "It will take a year," Roe said.')
    assert (a.closed, a.continues, a.continued) == (False, True, False)
    assert (b.closed, b.continues, b.continued) == (True, False, True)


def test_marks_offsets() -> None:
    text = "He said: “Yes.” Then left."
    (q,) = find_quote_spans(text)
    assert text[q.open_start : q.close_end] == "“Yes.”"
    assert (q.para_start, q.para_end, q.family) == (0, len(text), "double")


def test_paragraphs_of() -> None:
    assert paragraphs_of("  a b \n\n c\n") == [(2, 5), (9, 10)]


_ALPHABET = st.sampled_from([*"ab cXY.,!?:;-—\n\"“”‘’'`", "''", "\n\n", " 'n' ", "’s"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_spans_point_at_their_text(text: str) -> None:
    for q in find_quote_spans(text):
        inner = text[q.start : q.end]
        assert inner and inner == inner.strip()
        assert "\n" not in text[q.open_start : q.close_end]
        assert q.para_start <= q.open_start < q.start <= q.end <= q.close_end <= q.para_end
