"""Reported speech: the relation record, and the char pieces of a content within the sentence
and paragraph of its cue (:class:`PieceFinder`, the base of :class:`.reported._Finder`), with the
speaker of a verb cue."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Token

from transforms.quotes import reported_stance as stance
from transforms.quotes.cue_subjects import inverted_subject, subject_of
from transforms.quotes.frames import TokenIndex
from transforms.quotes.reported_complements import relative_clause_subject
from transforms.quotes.reported_content import (
    after_dateline,
    controller_of,
    ends_sentence,
    is_verbal,
    quantity_subject,
)
from transforms.quotes.reported_dashes import aside_spans
from transforms.quotes.reported_misparsed import misparsed_verb, noun_subject
from transforms.quotes.resolve import Speaker

_NEWLINE = re.compile("\n")


@dataclass(frozen=True, slots=True)
class Reported:
    """One attribution relation: content pieces (char spans), the cue and the speaker token."""

    pieces: tuple[tuple[int, int], ...]
    cue_start: int
    cue_end: int
    speaker: Token | None
    given: Speaker | None = None  # a speaker already resolved (of the quotation it wraps)


class PieceFinder:
    """Per-document lookups: sentence and paragraph bounds of every token, the char pieces of a
    content and the speaker of a verb cue."""

    def __init__(self, index: TokenIndex, text: str) -> None:
        self.index = index
        self.doc = doc = index.doc
        self.text = text
        starts = doc.to_array([SENT_START])
        for i in numpy.flatnonzero(starts == 1).tolist():
            if i and not ends_sentence(doc, i):
                starts[i] = 0  # "Sen. Roe", "… on Monday\nand": not a new sentence
        sid = numpy.cumsum(starts == 1)
        self.sent_id = sid.tolist()
        bounds = numpy.flatnonzero(
            numpy.diff(sid, prepend=-1, append=sid[-1] + 1 if len(sid) else 0)
        )
        self.sent_bounds = bounds.tolist()  # token index where each sentence starts, then len
        self.newlines = [m.start() for m in _NEWLINE.finditer(text)]

    def sentence(self, i: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_bounds, i) - 1
        return self.sent_bounds[k], self.sent_bounds[k + 1]

    def paragraph(self, char: int) -> tuple[int, int]:
        k = bisect.bisect_left(self.newlines, char)
        p0 = self.newlines[k - 1] + 1 if k > 0 else 0
        p1 = self.newlines[k] if k < len(self.newlines) else len(self.text)
        return p0, p1

    def pieces(self, ids: list[int], cue: Token) -> tuple[tuple[int, int], ...]:
        """Char spans of the contiguous runs of token ``ids`` in the sentence and paragraph of
        the ``cue``, trimmed of edge punctuation."""
        doc = self.doc
        s0, s1 = self.sentence(cue.i)
        p0, p1 = self.paragraph(cue.idx)
        ids = sorted(set(ids))
        if (
            ids
            and ids[-1] + 1 < s1
            and doc[ids[-1] + 1].text == ":"
            and not any(doc[k].is_quote for k in range(ids[-1] + 1, s1))
        ):
            # "gave [one reason: voters are tired]": what the colon opens spells the content out
            ids.extend(range(ids[-1] + 1, s1))
        out: list[tuple[int, int]] = []
        run: list[int] = []
        for i in ids:
            if not (s0 <= i < s1 and p0 <= doc[i].idx < p1):
                continue
            if run and i != run[-1] + 1:
                gap = range(run[-1] + 1, i)
                if all(doc[k].is_punct or doc[k].is_space or doc[k].dep_ == "cc" for k in gap):
                    run.extend(gap)  # '"…," and that B': marks and "and" hung on the cue
                else:
                    out.extend(aside_spans(doc, run, cue.i, self.index.quoted))
                    run = []
            run.append(i)
        if run:
            out.extend(aside_spans(doc, run, cue.i, self.index.quoted))
        return tuple(out)

    def speaker_of_verb(self, verb: Token, pieces: tuple[tuple[int, int], ...]) -> Token | None:
        """The cue's subject; "…, said X" (content before the cue): the noun phrase after it.
        Never a token of the content itself."""
        misparsed = not is_verbal(verb) and misparsed_verb(verb) is not None
        subj = (
            (noun_subject(verb) if misparsed else None)
            or subject_of(verb, self.index)
            or controller_of(verb)
            or quantity_subject(verb)
            or relative_clause_subject(verb)
            or (noun_subject(verb, nouns_only=True) if is_verbal(verb) else None)
        )
        if subj is None and pieces[0][0] < verb.idx:
            subj = inverted_subject(verb, self.sentence(verb.i)[1])
        if subj is None or stance.addressed(verb, subj):
            return None
        subj = after_dateline(subj, verb)
        if any(s <= subj.idx < e for s, e in pieces):
            return None
        return subj
