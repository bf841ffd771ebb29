"""Shared helper of the speaker tests: an invented article -> its quote rows as (content, kind,
resolved speaker, speaker mention as written, cue), with the mentions a run finds."""

from __future__ import annotations

from transforms.entities import extract_mentions
from transforms.quotes import extract_quotes


def speaker_rows(nlp, text: str) -> list[tuple]:
    """(text, kind, speaker, mention, cue) of every quote row of ``text``."""
    doc = nlp(text)
    out = []
    for q in extract_quotes(doc, mentions=extract_mentions(doc)):
        mention = None if q.speaker_start is None else doc.text[q.speaker_start : q.speaker_end]
        out.append((q.text, q.kind, q.speaker, mention, q.cue))
    return out
