"""Sentence starts at paragraph breaks, set before the parser so that it keeps them.

spaCy's parser sometimes runs a headline into the first body sentence ("Profits rise\\n\\nQuarterly
profits at ...") or one paragraph into the next. A **paragraph break** is a run of white-space
tokens holding at least two line breaks (a blank line, possibly with spaces on it); the first
token after it starts a sentence. A single line break does not: wire copy is hard-wrapped
(Reuters-21578 wraps lines mid-sentence and marks paragraphs by indentation, which cleaning turns
into blank lines; cleaned text has no single line breaks at all).

:func:`paragraph_starts` only reads the tokens; the spaCy component that sets
``token.is_sent_start`` wraps it at the edge (``flows.nlp``).
"""

from __future__ import annotations

from collections.abc import Iterable

PARAGRAPH_NEWLINES = 2  # line breaks in a run of white space that make a paragraph break


def paragraph_starts(tokens: Iterable[tuple[str, bool]]) -> list[int]:
    """Indices of the tokens that open a paragraph after a break, from (text, is_space) pairs.

    The first token of the text is not listed (it starts a sentence anyway), nor is a
    white-space token.
    """
    starts: list[int] = []
    newlines = 0
    for i, (text, is_space) in enumerate(tokens):
        if is_space:
            newlines += text.count("\n")
            continue
        if newlines >= PARAGRAPH_NEWLINES and i > 0:
            starts.append(i)
        newlines = 0
    return starts
