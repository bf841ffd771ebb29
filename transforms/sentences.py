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

A **company suffix written with its point** ("Corp.", "Inc.", "Co.", "Ltd.") after a name, then a
space and a capital or an opening quotation mark, ends a sentence: one point serves as the
abbreviation's and as the full stop, as English writes it ("... sold its stake to Acme Corp. The
price was ..."). The point stays on the suffix token (and in the company's mention: the name is
"Acme Corp."); the next word starts a sentence (:func:`suffix_stops`). The parser mostly finds that
break, but not when the next sentence opens with a name ("Acme Corp. Jane Roe, its president,
..."). Not when the next word continues the name ("Acme Co. Ltd.", "Acme Co. Inc"), when the word
before the suffix is in small letters ("in Co. Antrim": a county) or the suffix in capitals, nor
in a paragraph that does not end with sentence-final punctuation (a headline: "Acme Corp. Zentrix
deal"). In US house style a title may follow the suffix inside a sentence ("Acme Inc. Chairman
Jane Roe said"): rare in both corpora (none among the 177 "Suffix. Capital" of Reuters-21578
written with the point, none among BBC's 5), so the rule takes the break.
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
# a company suffix with its point, then white space and a capital or an opening quotation mark
_SUFFIX_STOP = re.compile(
    r"\b(?:Corp|Inc|Co|Ltd|Bros|Plc|Cos|Bhd|Pty|Ltda|Mfg)\.[ \t]+(?=[\"“‘'(]?[A-Z])"
)
# words that go on with a company's name after its suffix ("Acme Co. Ltd.", "Acme Co. L.P.")
_NAME_GOES_ON = re.compile(
    r"[\"“‘'(]?(?:Inc|Ltd|Co|Corp|Plc|LLC|Llc|L\.P|LP|Cos|Bhd|Pty|Ltda|SA|S\.A|AG|NV|N\.V|GmbH)\b"
)
_WORD_BEFORE = re.compile(r"([\w&.'’-]+)[ \t]+$")
_PARA_END = re.compile(r"[.!?…][\"”’')\]]*\s*$")


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


def suffix_stops(text: str) -> list[int]:
    """Character offsets of the sentences that start right after a company suffix whose point
    ends the sentence before ("Acme Corp. The price ...": the offset of "The"); see the module's
    docstring."""
    if "." not in text:
        return []
    out = []
    for m in _SUFFIX_STOP.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None or not (before.group(1)[0].isupper() or before.group(1) in ("and", "&")):
            continue  # "in Co. Antrim": no company's name before the suffix
        if _NAME_GOES_ON.match(text, m.end()):
            continue  # "Acme Co. Ltd.": the name goes on
        para_end = _PARA_BREAK.search(text, m.end())
        end = para_end.start() if para_end is not None else len(text)
        if _PARA_END.search(text, m.end(), end) is None:
            continue  # a headline: no sentence-final punctuation at its end
        out.append(m.end())
    return out


def mark_sentence_starts(doc: Doc) -> Doc:
    """Mark the first token after each paragraph break as a sentence start, and the token after
    it as not one: given a preset start, the parser tends to close a one-word sentence right
    after it ("Tony | Blair has said ...", seen on BBC headline + body texts). No token inside a
    title line (a short paragraph without sentence-final punctuation) starts a sentence. The word
    after a company suffix whose point ends the sentence starts one (:func:`suffix_stops`)."""
    # imported here, not at the top: it imports spaCy, which flows.nlp loads only when asked
    from transforms.doctext import doc_text

    text = doc_text(doc)  # joined once: ``doc.text`` rebuilds it from every token on each read
    for start in paragraph_starts(text):
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
            if span.start + 1 < len(doc):
                doc[span.start + 1].is_sent_start = False
    for start in suffix_stops(text):
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
            if span.start + 1 < len(doc):
                doc[span.start + 1].is_sent_start = False  # "Jane | Roe, its chief, ..."
    for start, end in title_lines(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for tok in span[1:]:
                tok.is_sent_start = False  # a title line is one sentence
    return doc
