"""Where a quotation without a cue of its own gets its speaker: the reporting clauses of the
article resolved in text order (:class:`Attributions`), and the latest attributed quotation or
clause of its paragraph, or of the paragraph before when it opens its paragraph (:func:`inherited`)."""

from __future__ import annotations

import bisect
import re

from transforms.quotes.attribution import all_attributions
from transforms.quotes.frames import TokenIndex
from transforms.quotes.resolve import MentionIndex, Speaker
from transforms.quotes.spans import QuoteSpan
from transforms.quotes.speakers import speaker_for

_SENT_END = re.compile(r"[.!?](?=[\s\"”’']|$)")


class Attributions:
    """All reporting clauses of the article, resolved to speakers lazily and in text order."""

    def __init__(self, index: TokenIndex, mindex: MentionIndex) -> None:
        self.attrs = all_attributions(index)
        self.cue_starts = [a.cue_start for a in self.attrs]
        self.mindex = mindex
        self.text = mindex.text
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
        if spk is not None and spk.name is None:
            self.mindex.note_unnamed(spk.start, spk.end)
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


def inherited(
    q: QuoteSpan,
    done: list[tuple[QuoteSpan, Speaker | None]],
    attrs: Attributions,
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
                # clauses in the rest of that quotation's own sentence do not count
                m = _SENT_END.search(attrs.text, prev.close_end, p1)
                best_pos, best = (m.start() if m else p1), spk
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
