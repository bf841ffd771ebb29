"""Split a full stop off a one-letter unit written against a number at a sentence end.

spaCy's English tokenizer lists every single letter with a full stop ("m.", "g.", "M.") as a
special case (an initial or an abbreviation) and applies special cases to the pieces its suffix
rules leave, so "It cost $587m. Spending rose." becomes ``$ 587 m. Spending``: the stop stays on
the unit and the parser runs the two sentences into one. A capital unit stays on its number
("$5M." is one token) for the same reason. :func:`unit_stop_splits` finds these tokens from the
words alone (a regular expression per token, so the cost is negligible next to the parse);
:func:`split_unit_stops` is the spaCy component that splits them, added first in the pipeline
(before ``tok2vec``) at the edge, ``flows.nlp``.

A token is split when it is a letter and a full stop right after a number (no space between:
``587`` + ``m.``), or a number, a letter and a full stop in one token (``5M.``), **and** the stop
ends a sentence that another follows: the next token is white space or starts with a capital, a
digit, a quote or a bracket, and some word comes after. At the end of the text there is no
break to lose, and the small model parses "... worth up to £3m." better with the stop kept on
the unit (the split there moved the measured noun phrase of two numbers in the BBC corpus and
one in the news numbers dev set, none for the better), so the token is left as it is. Initials and abbreviations are untouched: "J. K. Rowling",
"Jane M. said", "3 p.m.", "No. 10" (none is a letter glued to a number), and so is a unit whose
stop is followed by a lower-case word ("5m. of" is not a sentence end).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LETTER_STOP = re.compile(r"[A-Za-z]\.")
_NUMBER_LETTER_STOP = re.compile(r"\d(?:[\d.,]*\d)?[A-Za-z]\.")
_ENDS_IN_DIGIT = re.compile(r"\d\Z")
_SENTENCE_OPENER = re.compile(r"[\sA-Z0-9\"'“”‘’(\[]")
# every token split here has a digit, a letter and a stop in a row in the text (no space between)
_CANDIDATE = re.compile(r"\d[A-Za-z]\.")


def _ends_sentence_before_another(words: list[str], i: int) -> bool:
    if i + 1 >= len(words) or not _SENTENCE_OPENER.match(words[i + 1]):
        return False
    return any(words[j].strip() for j in range(i + 1, len(words)))


def unit_stop_splits(words: list[str], spaces: list[bool]) -> list[tuple[int, list[str]]]:
    """``(index, pieces)`` of each token to split: a one-letter unit and its sentence-final full
    stop, after a number (``spaces[i]`` is whether token ``i`` has white space after it)."""
    splits = []
    for i, word in enumerate(words):
        if _LETTER_STOP.fullmatch(word):
            glued = i > 0 and not spaces[i - 1] and _ENDS_IN_DIGIT.search(words[i - 1])
        elif _NUMBER_LETTER_STOP.fullmatch(word):
            glued = True
        else:
            continue
        if glued and _ends_sentence_before_another(words, i):
            splits.append((i, [word[:-1], "."]))
    return splits


def split_unit_stops(doc: Doc) -> Doc:
    """Split each token :func:`unit_stop_splits` finds into its unit and its full stop."""
    # imported here, not at the top: it imports spaCy, which flows.nlp loads only when asked
    from transforms.doctext import doc_text

    if not _CANDIDATE.search(doc_text(doc)):  # most texts: no token to look at
        return doc
    splits = unit_stop_splits([t.text for t in doc], [bool(t.whitespace_) for t in doc])
    if splits:
        with doc.retokenize() as retokenizer:
            for i, pieces in splits:
                token = doc[i]
                retokenizer.split(token, pieces, heads=[(token, 0), (token, 1)])
    return doc
