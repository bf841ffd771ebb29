"""Credit passed between rows after each is attributed: a quotation over several paragraphs
takes the speaker of the paragraph that carries it on; a quoted fragment inside a mixed report
takes the report's speaker and cue."""

from __future__ import annotations

from dataclasses import replace

from transforms.quotes.reported_lexicon import CLAUSE_VERBS, OBJECT_VERBS
from transforms.quotes.spans import QuoteSpan
from transforms.types import Quote

_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "thought": "think"}


def saying(cue: str | None) -> bool:
    """Whether a cue's first word is a verb of the reporting lexicon ("noted", "called"): a
    quotation credited inside a report by one is that speaker's ("as Roe noted, …")."""
    w = (cue or "").split(" ")[0].lower()
    forms = {w, w[:-1], w[:-2], w[:-3], _IRREGULAR.get(w, w)}
    return cue is None or bool(forms & (CLAUSE_VERBS | OBJECT_VERBS))


def credit_nested(quotes: list[Quote], reported: list[Quote]) -> None:
    """A quotation inside a mixed row with nobody credited ('called it "a disaster"', also when
    the report's speaker is a mention left unnamed: 'critics called it "a disaster"'), or
    credited to a subject inside the report's own content ('said [the plan had "failed"]': not
    the plan's), is a fragment of that report: kind ``partial``, the report's speaker and cue."""
    for m in reported:
        if m.kind != "mixed" or m.speaker_start is None:
            continue
        for k, q in enumerate(quotes):
            if (
                m.start <= q.start
                and q.end <= m.end
                and (
                    q.speaker_start is None
                    or (m.start <= q.speaker_start < m.end and not saying(q.cue))
                )
                and q.kind in ("scare", "partial")
            ):
                quotes[k] = replace(
                    q,
                    kind="partial",
                    speaker=m.speaker,
                    speaker_start=m.speaker_start,
                    speaker_end=m.speaker_end,
                    cue=m.cue,
                )


def back_fill_continued(spans: list[QuoteSpan], out: list[Quote]) -> None:
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
