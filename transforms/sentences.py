"""Sentence starts at paragraph breaks, set before the parser so that it keeps them.

spaCy's parser sometimes runs a headline into the first body sentence ("Profits rise\\n\\nQuarterly
profits at ...") or one paragraph into the next. A **paragraph break** is a blank line: a line
break, optional spaces or tabs, and another line break (more white space may follow); the first
character after it starts a sentence. A single line break does not: wire copy is hard-wrapped
(Reuters-21578 wraps lines mid-sentence and marks paragraphs by indentation, which cleaning turns
into blank lines; cleaned text has no single line breaks at all).

:func:`paragraph_starts` only reads the text (a regular expression, so the cost is negligible
next to the parse); :func:`mark_sentence_starts` is the spaCy component that sets ``token.is_sent_start``
from them (registered and added before the parser at the edge, ``flows.nlp``).

A **title line** is a short paragraph (at most :data:`TITLE_WORDS` words) with no sentence-final
punctuation (``.``, ``!``, ``?``, ``…``): a headline, a subhead, a byline. It is one sentence;
the parser otherwise sometimes closes a sentence inside it ("Acme boss dies aged | 44").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_BREAK = re.compile(r"\n[^\S\n]*\n\s*(?=\S)")
_PARA_BREAK = re.compile(r"\n[^\S\n]*\n")
_FINAL = re.compile(r"[.!?…]")
TITLE_WORDS = 20


def paragraph_starts(text: str) -> list[int]:
    """Character offsets of the first non-space character after each paragraph break."""
    return [m.end() for m in _BREAK.finditer(text)]


def title_lines(text: str, *, max_words: int = TITLE_WORDS) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the paragraphs that are one sentence each: at most
    ``max_words`` words and no sentence-final punctuation."""
    spans = []
    start = 0
    for end in [m.start() for m in _PARA_BREAK.finditer(text)] + [len(text)]:
        para = text[start:end]
        words = para.split()
        if words and len(words) <= max_words and not _FINAL.search(para):
            lead = len(para) - len(para.lstrip())
            spans.append((start + lead, start + len(para.rstrip())))
        start = end
    return spans


def mark_sentence_starts(doc: Doc) -> Doc:
    """Mark the first token after each paragraph break as a sentence start, and the token after
    it as not one: given a preset start, the parser tends to close a one-word sentence right
    after it ("Tony | Blair has said ...", seen on BBC headline + body texts). No token inside a
    title line (a short paragraph without sentence-final punctuation) starts a sentence."""
    for start in paragraph_starts(doc.text):
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
            if span.start + 1 < len(doc):
                doc[span.start + 1].is_sent_start = False
    for start, end in title_lines(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for tok in span[1:]:
                tok.is_sent_start = False  # a title line is one sentence
    return doc
