"""Reported speech: rows that are dropped by design, and property tests (every span points at
its text; rows of one article overlap only by nesting, a quotation inside the mixed row that
holds it).
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.test_quotes import _mentions
from tests.test_quotes_reported import ALL_KINDS
from transforms.quotes import extract_quotes
from transforms.quotes.reported_rows import reported_rows
from transforms.quotes.resolve import MentionIndex


def test_reported_rows_pieces_inside_quotation_dropped(nlp) -> None:
    """A piece inside a quotation, or with fewer than two words of its own, is no row."""
    from transforms.quotes.reported import Reported

    text = 'Roe said that "we will win the vote."'
    doc = nlp(text)
    quoted = [(14, len(text))]
    mindex = MentionIndex(doc, [])
    rel = Reported(((15, 35),), 4, 8, None)  # inside the marks
    assert reported_rows(text, [rel], quoted, mindex, lambda _: []) == []
    rel = Reported(((9, len(text)),), 4, 8, None)  # "that" + the quotation
    assert reported_rows(text, [rel], quoted, mindex, lambda _: []) == []
    longer = Reported(((0, 3), (9, len(text))), 4, 8, None)
    shorter = Reported(((0, 8),), 4, 8, None)  # overlaps the longer relation's kept piece
    rows = reported_rows(text, [shorter, longer], quoted, mindex, lambda _: [])
    assert [(text[s:e], kind) for s, e, kind, _, _ in rows] == [("Roe", "indirect")]


_WORDS = st.sampled_from(
    [
        " said",
        " told reporters that",
        " according to",
        " the mayor",
        " Maria Lopez",
        " he",
        " the bridge",
        " will reopen",
        " was",
        " criticized",
        " called",
        ",",
        ".",
        " “",
        "”",
        ' "',
        "\n\n",
        " a disaster",
        " believes",
        ":",
        " JANE ROE:",
    ]
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(_WORDS, max_size=30).map("".join))
# found by hypothesis: a block quotation opening with a comma, trimmed into by a report in it
@example(" JANE ROE:\n\n, said said said said said said said")
def test_rows_point_at_text_and_overlap_only_nested(nlp, text: str) -> None:
    doc = nlp(text)
    rows = extract_quotes(doc, mentions=_mentions(doc))
    for q in rows:
        assert doc.text[q.start : q.end] == q.text
        assert q.kind in ALL_KINDS
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(doc.text)
    reported = [q for q in rows if q.kind in ("indirect", "mixed")]
    for i, a in enumerate(reported):
        for b in reported[i + 1 :]:
            assert a.end <= b.start or b.end <= a.start, (a, b)  # reported rows never overlap
    for a in reported:
        for q in rows:
            if q.kind in ("indirect", "mixed") or q.end <= a.start or a.end <= q.start:
                continue
            assert a.kind == "mixed" and a.start <= q.start and q.end <= a.end, (a, q)
