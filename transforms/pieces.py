"""Long texts -> pieces a model can parse, and the facts of the pieces -> facts of the whole text.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters), and its parser
needs memory in proportion to the text it is given. A long article is therefore parsed as
contiguous pieces of at most ``max_chars`` characters (:func:`split_text`), each piece parsed
once, and the facts extracted from every piece are shifted by the piece's start
(:func:`shift_facts`) and concatenated (:func:`merge_facts`), so every offset points into the
whole text. Any runner (one process, worker processes, a cluster) calls the same two functions.

Cut points, best first (each as late as possible, in the second half of the window before the
first): a paragraph boundary, else a sentence end, outside any open quotation; white space
outside quotations; then the same three inside a quotation; and only then exactly at
``max_chars``. So a quotation is split only when it fills the whole window. A quotation is open from an opening mark (“ or ") to its
closing mark, across paragraph breaks when the next paragraph opens with a quotation mark again
(the news convention for a quotation of several paragraphs).

Cross-piece context is lost at a cut: a surname in a later piece is not resolved to the full
name given in an earlier one, and a quotation carried over from an earlier piece's speaker has
no speaker. Pieces are large (:data:`PIECE_CHARS`), so this touches a few facts per cut.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from transforms.types import ArticleFacts

# Characters per piece: far below spaCy's 1,000,000-character limit, because the parser's
# temporary memory grows with the length of one text, and large enough that cuts are rare.
PIECE_CHARS = 30_000
# Characters of long-article pieces per ``nlp.pipe`` batch: the parser's memory follows the
# characters in a batch, not the number of texts (see :func:`batch_size_for`).
LONG_BATCH_CHARS = 60_000

_PARAGRAPH = re.compile(r"\n\s*\n\s*")
_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+")
_SPACE = re.compile(r"\s+")
_QUOTE_EVENT = re.compile(r"[“”\"]|\n\s*\n\s*")


@dataclass(frozen=True, slots=True)
class Piece:
    """``text[start:end]``: one contiguous piece of a longer text."""

    start: int
    end: int


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Spans ``(open, close)`` of the quotations in ``text``, marks included, in order.

    “ opens (nested ones count), ” closes, " opens at depth 0 and closes otherwise. A quotation
    still open at a paragraph break continues when the next paragraph starts with an opening
    mark; otherwise it ends there (a stray mark never runs on through the rest of the text).
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    depth = 0
    for m in _QUOTE_EVENT.finditer(text):
        mark, at = m.group(), m.start()
        if mark[0] != "“" and mark[0] != "”" and mark[0] != '"':  # a paragraph break
            if opened is not None and text[m.end() : m.end() + 1] not in ("“", '"'):
                spans.append((opened, at))
                opened = None
            depth = 0  # a continuing quotation is reopened by the next paragraph's mark
        elif mark == "“" or (mark == '"' and depth == 0):
            opened = at if opened is None else opened
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and opened is not None:
                spans.append((opened, at + 1))
                opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _inside(spans: list[tuple[int, int]], starts: list[int], cut: int) -> bool:
    i = bisect.bisect_right(starts, cut - 1) - 1  # the last quotation opening before ``cut``
    return i >= 0 and spans[i][0] < cut < spans[i][1]


def split_text(text: str, max_chars: int) -> list[Piece]:
    """Contiguous pieces of at most ``max_chars`` characters covering ``text`` (see module doc).

    ``"".join(text[p.start:p.end] for p in pieces) == text``; one piece when the text fits.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars}")
    if len(text) <= max_chars:
        return [Piece(0, len(text))]
    spans = quotation_spans(text)
    starts = [s for s, _ in spans]
    pieces: list[Piece] = []
    start = 0
    while len(text) - start > max_chars:
        cut = _best_cut(text, start, start + max_chars, spans, starts)
        pieces.append(Piece(start, cut))
        start = cut
    pieces.append(Piece(start, len(text)))
    return pieces


def _best_cut(
    text: str, start: int, limit: int, spans: list[tuple[int, int]], starts: list[int]
) -> int:
    """The best cut in ``(start, limit]`` (see the module doc for the order of preference)."""
    half = start + (limit - start) // 2
    for outside_quotes in (True, False):
        for patterns in ((_PARAGRAPH, _SENTENCE), (_SPACE,)):
            for low in (half, start):
                for pattern in patterns:
                    best = None
                    for m in pattern.finditer(text, low, limit):
                        cut = m.end()
                        if low < cut and not (outside_quotes and _inside(spans, starts, cut)):
                            best = cut
                    if best is not None:
                        return best
    return limit


def batch_size_for(batch_size: int, piece_chars: int, *, split: bool) -> int:
    """The ``nlp.pipe`` batch size for a chunk: unchanged, unless an article of it was split
    (``split``), then at most :data:`LONG_BATCH_CHARS` // ``piece_chars`` texts (at least 1).

    Measured on a 500,000-character article in 30,000-character pieces: batches of 16 pieces
    peaked at 2,006 MB resident, batches of 2 at 578 MB (and took 83 s instead of 132 s).
    """
    if not split:
        return batch_size
    return max(1, min(batch_size, LONG_BATCH_CHARS // max(1, piece_chars)))


def shift_facts(facts: ArticleFacts, offset: int) -> ArticleFacts:
    """The facts of a piece with every offset moved by the piece's start (``offset``)."""
    if offset == 0:
        return facts

    def moved(value: int | None) -> int | None:
        return None if value is None else value + offset

    return ArticleFacts(
        mentions=[replace(m, start=m.start + offset, end=m.end + offset) for m in facts.mentions],
        quotes=[
            replace(
                q,
                start=q.start + offset,
                end=q.end + offset,
                speaker_start=moved(q.speaker_start),
                speaker_end=moved(q.speaker_end),
            )
            for q in facts.quotes
        ],
        numbers=[
            replace(
                n,
                start=n.start + offset,
                end=n.end + offset,
                about_start=moved(n.about_start),
                about_end=moved(n.about_end),
            )
            for n in facts.numbers
        ],
    )


def merge_facts(parts: Iterable[tuple[int, ArticleFacts]]) -> ArticleFacts:
    """One article's facts from ``(piece start, facts of the piece)`` pairs, in text order."""
    merged = ArticleFacts()
    for offset, facts in parts:
        shifted = shift_facts(facts, offset)
        merged.mentions.extend(shifted.mentions)
        merged.quotes.extend(shifted.quotes)
        merged.numbers.extend(shifted.numbers)
    return merged
