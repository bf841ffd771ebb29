"""Direct quotations and their speakers from a parsed ``Doc``.

``extract_quotes(doc, mentions=...)`` finds quotation spans (:mod:`.spans`), classifies them as
``direct`` / ``partial`` / ``scare``, finds the reporting cue and its subject in the quotation's
sentence frame (:mod:`.attribution`) and resolves the subject to a name (:mod:`.speakers`, :mod:`.resolve`); :mod:`.kinds` tells
direct, partial and scare quotes apart.
A quotation without a cue of its own inherits the speaker of the previous attributed quotation or
reported-speech clause of its paragraph, or, when it opens its paragraph, of the paragraph before.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from transforms.quotes.attribution import (
    TokenIndex,
    all_attributions,
    elided_cue_speaker,
    find_attribution,
    frame_after,
    frame_before,
)
from transforms.quotes.kinds import is_title, last_char, prefer_after, quote_kind
from transforms.quotes.resolve import MentionIndex, Speaker
from transforms.quotes.spans import QuoteSpan, find_quote_spans
from transforms.quotes.speakers import looks_like_name, speaker_for
from transforms.types import Mention, Quote

__all__ = ["QuoteSpan", "extract_quotes", "find_quote_spans"]

_LOOSE_END = frozenset(",?!…—–-")
_DASHES = frozenset(("—", "–", "―", "-"))
SHORT_FRAME = 5  # a frame after a full stop this short may still attribute (“…” He said.)


class _Attributions:
    """All reporting clauses of the article, resolved to speakers lazily and in text order."""

    def __init__(self, index: TokenIndex, mindex: MentionIndex) -> None:
        self.attrs = all_attributions(index)
        self.cue_starts = [a.cue_start for a in self.attrs]
        self.mindex = mindex
        self.resolved: list[Speaker | None] = []
        self.speakers: list[tuple[int, str, str]] = []  # (position, name, label) in order

    def _advance(self, pos: int) -> None:
        while (
            len(self.resolved) < len(self.attrs) and self.attrs[len(self.resolved)].cue_start < pos
        ):
            a = self.attrs[len(self.resolved)]
            spk = None
            if a.speaker is not None and not self.mindex.quoted(a.cue_start):
                spk = speaker_for(a.speaker, self.mindex, self.speakers)
            self.resolved.append(spk)
            self.add(spk)

    def add(self, spk: Speaker | None) -> None:
        """Record a resolved speaker (as a candidate for later pronouns)."""
        if (
            spk is not None
            and spk.name is not None
            and spk.label is not None
            and (not self.speakers or self.speakers[-1][0] <= spk.start)
        ):
            self.speakers.append((spk.start, spk.name, spk.label))

    def before(self, pos: int) -> list[tuple[int, str, str]]:
        """Resolved speakers of every reporting clause whose cue starts before ``pos``."""
        self._advance(pos)
        return self.speakers

    def latest(self, start: int, end: int, used: set[int]) -> tuple[int, Speaker] | None:
        """The last resolved reporting clause with its cue in ``[start, end)`` not in ``used``."""
        self._advance(end)
        i = bisect.bisect_left(self.cue_starts, end) - 1
        while i >= 0 and self.attrs[i].cue_start >= start:
            spk = self.resolved[i]
            if spk is not None and self.attrs[i].cue_start not in used:
                return self.attrs[i].cue_start, spk
            i -= 1
        return None


def _inherited(
    q: QuoteSpan,
    done: list[tuple[QuoteSpan, Speaker | None]],
    attrs: _Attributions,
    prev_para: tuple[int, int] | None,
    used: set[int],
) -> Speaker | None:
    """Speaker of an earlier attribution in the paragraph, or of the previous paragraph."""

    def latest(p0: int, p1: int) -> Speaker | None:
        best_pos, best = -1, None
        for prev, spk in reversed(done):
            if prev.start < p0:
                break
            if spk is not None and prev.start < p1:
                best_pos, best = prev.start, spk
                break
        clause = attrs.latest(p0, p1, used)
        if clause is not None and clause[0] > best_pos:
            return clause[1]
        return best

    spk = latest(q.para_start, q.open_start)
    if spk is not None:
        return spk
    if q.open_start == q.para_start and prev_para is not None:
        return latest(*prev_para)
    return None


def extract_quotes(doc: Doc, *, mentions: Sequence[Mention] = ()) -> list[Quote]:
    """Quotations in ``doc`` (offsets exclude the marks) with speaker, cue and kind.

    ``mentions`` are the article's named-entity mentions; a speaker's name is the ``name`` of the
    mention it resolves to. The speaker is None when no attribution is found.
    """
    text = doc.text
    spans = find_quote_spans(text)
    if not spans:
        return []
    quoted = [(q.open_start, q.close_end) for q in spans]
    index = TokenIndex(doc, quoted)
    mindex = MentionIndex(doc, mentions, text=text)
    mindex.set_quoted(quoted)
    attrs = _Attributions(index, mindex)
    opens = {q.open_start for q in spans}
    done: list[tuple[QuoteSpan, Speaker | None]] = []
    used: set[int] = set()
    out: list[Quote] = []
    for k, q in enumerate(spans):
        floor = q.para_start
        if k and spans[k - 1].para_start == q.para_start:
            floor = max(floor, spans[k - 1].close_end)
        prev_para = _previous_paragraph(text, q.para_start)
        prefer = prefer_after(text, q)
        before = frame_before(index, q.open_start, floor)
        if _colon_paragraph_before(text, q, before, prev_para):
            before = frame_before(index, prev_para[1], prev_para[0])
        after = frame_after(index, q.close_end, q.para_end, opens) if q.closed else range(0)
        if prefer is None and len(after) > SHORT_FRAME:
            after = range(0)
        loose = last_char(text, q) in _LOOSE_END
        attr = find_attribution(index, before, after, prefer_after=bool(prefer), loose_after=loose)
        speaker: Speaker | None = None
        cue: str | None = None
        if attr is not None and attr.speaker is not None:
            speaker = speaker_for(attr.speaker, mindex, attrs.before(attr.speaker.idx))
            cue = text[attr.cue_start : attr.cue_end]
            used.add(attr.cue_start)
        elif attr is not None and before:
            # a cue whose subject the parse lost: the last name before it in the frame
            m = mindex.last_person(index.starts[before.start], attr.cue_start)
            if m is not None:
                speaker = Speaker(m.start, m.end, m.name, m.label)
                cue = text[attr.cue_start : attr.cue_end]
        elif after and (prefer or text[q.close_end : q.close_end + 2].strip()[:1] in _DASHES):
            np = elided_cue_speaker(index, after)
            m = mindex.at(*np) if np is not None else None
            if m is not None and m.label == "PERSON" and m.end <= np[1]:
                speaker = Speaker(m.start, m.end, m.name, m.label)
            elif m is None and np is not None and looks_like_name(text[np[0] : np[1]]):
                speaker = Speaker(np[0], np[1], text[np[0] : np[1]], "PERSON")
        if speaker is None:
            speaker = _inherited(q, done, attrs, prev_para, used)
        title = is_title(text, q, index)
        if title:
            speaker, cue, attr = None, None, None  # a title of a work, not speech
        done.append((q, speaker))
        attrs.add(speaker)
        cue_after = attr is not None and attr.position == "after" and cue is not None
        kind = (
            "scare"
            if title
            else quote_kind(text, q, speaker is not None, index, cue_after=cue_after)
        )
        out.append(
            Quote(
                q.start,
                q.end,
                text[q.start : q.end],
                kind,
                speaker=speaker.name if speaker else None,
                speaker_start=speaker.start if speaker else None,
                speaker_end=speaker.end if speaker else None,
                cue=cue,
            )
        )
    _back_fill_continued(spans, out)
    return out


def _back_fill_continued(spans: list[QuoteSpan], out: list[Quote]) -> None:
    """A quotation over several paragraphs is attributed once, often at its end: give its
    earlier unattributed paragraphs the speaker of the paragraph that carries it on."""
    for k in range(len(spans) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        if (
            spans[k].continues
            and spans[k + 1].continued
            and q.speaker_start is None
            and nxt.speaker_start is not None
        ):
            out[k] = replace(
                q, speaker=nxt.speaker, speaker_start=nxt.speaker_start, speaker_end=nxt.speaker_end
            )


def _colon_paragraph_before(
    text: str, q: QuoteSpan, before: range, prev_para: tuple[int, int] | None
) -> bool:
    """Whether the quotation opens its paragraph after a paragraph ending with a colon."""
    return (
        not before
        and q.open_start == q.para_start
        and prev_para is not None
        and not q.continued
        and text[prev_para[1] - 1] == ":"
    )


def _previous_paragraph(text: str, para_start: int) -> tuple[int, int] | None:
    """``(start, end)`` of the non-empty line before the one starting at ``para_start``."""
    e = para_start
    while e > 0 and text[e - 1].isspace():
        e -= 1
    if e == 0:
        return None
    s = text.rfind("\n", 0, e) + 1
    return s, e
