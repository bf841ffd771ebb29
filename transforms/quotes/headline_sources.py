"""A wire headline crediting its source after a spaced dash: ``[ARGENTINA COULD SUSPEND DEBT
PAYMENTS] - DEPUTY``, ``[CHINA SUGAR OUTPUT SEEN LOWER] -- USDA``, ``[Oil may fall] – analysts``,
or after a double hyphen written without spaces (``[TIN OUTPUT TO RISE]--MINISTRY``).

The headline (the first line) splits at its last such dash into a content of at least
:data:`MIN_CONTENT_WORDS` words that says something (a verb that does not modify a noun, or a
quotation) and a source of at most :data:`MAX_SOURCE_WORDS` words whose last word names people,
a body, an office or a source ("analysts", "USDA", "mine spokesman", "report"); the dash is the
cue. A kicker before the dash ("ECONOMIC SPOTLIGHT - ITALIAN BOOM", "CORRECTED - GM SEES …") has
no verb or too long a source, and is no relation.
"""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Token

from transforms.quotes.colon_cues import clause_or_quotation, is_heading, source_word
from transforms.quotes.frames import TokenIndex
from transforms.quotes.reported import Reported
from transforms.quotes.resolve import Speaker

MIN_CONTENT_WORDS = 3
MAX_SOURCE_WORDS = 3
_DASHES = frozenset(("-", "--", "–", "—"))
_UNSPACED = frozenset(("--", "—"))


def _dash(line: list[Token], k: int) -> bool:
    """Whether ``line[k]`` is a dash between words: spaced, or a double hyphen or an em dash
    written without spaces ("RISE--MINISTRY"; a single hyphen or an en dash there joins words)."""
    t = line[k]
    if t.text not in _DASHES:
        return False
    return bool(t.whitespace_ and line[k - 1].whitespace_) or t.text in _UNSPACED


def headline_source(index: TokenIndex, text: str) -> list[Reported]:
    """The headline's relation, if its first line ends with a spaced dash and a source."""
    doc = index.doc
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = [t for t in takewhile(lambda t: t.idx < end, doc) if not t.is_space]  # not the Doc
    dash = max((k for k, t in enumerate(line) if k > 0 and _dash(line, k)), default=-1)
    if dash < 0:
        return []
    before, source = line[:dash], line[dash + 1 :]
    words = [t for t in source if t.is_alpha]
    if not 1 <= len(source) <= MAX_SOURCE_WORDS or len(words) != len(source):
        return []
    if sum(t.is_alpha for t in before) < MIN_CONTENT_WORDS or is_heading(
        " ".join(t.text for t in words)
    ):
        return []
    s, e = before[0].idx, before[-1].idx + len(before[-1])
    last = words[-1]
    if not (source_word(last) or last.pos_ in ("NOUN", "PROPN")):
        return []
    if not clause_or_quotation(doc, index, s, e):
        return []
    cue = line[dash]
    if last.left_edge.i <= cue.i and not (last.ent_type_ or last.pos_ == "PROPN"):
        # the parser ran a common noun into the headline's last noun phrase
        given = Speaker(words[0].idx, last.idx + len(last), None)
        return [Reported(((s, e),), cue.idx, cue.idx + len(cue), None, given)]
    return [Reported(((s, e),), cue.idx, cue.idx + len(cue), last)]
