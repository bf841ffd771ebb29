"""Direct quotations and their speakers from a parsed ``Doc``.

Backbone version: double-quoted spans, speaker = the PERSON mention nearest to the quote in the
same paragraph. The quotes issue replaces it with the full attributor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from transforms.types import Mention, Quote

_QUOTED = re.compile(r"[\"“]([^\"“”\n]+)[\"”]")
_CUES = {"say", "tell", "add", "state", "claim", "warn", "write", "tweet", "argue", "declare"}


def extract_quotes(doc: Doc, *, mentions: Sequence[Mention] = ()) -> list[Quote]:
    """Quotations in ``doc`` (offsets exclude the marks) with a speaker when one is found."""
    text = doc.text
    out = []
    for m in _QUOTED.finditer(text):
        start, end = m.span(1)
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", end)
        para_end = len(text) if para_end < 0 else para_end
        persons = [
            x
            for x in mentions
            if x.label == "PERSON"
            and para_start <= x.start
            and x.end <= para_end
            and (x.end <= start or x.start >= end)
        ]
        speaker = min(
            persons, key=lambda x: min(abs(x.start - end), abs(start - x.end)), default=None
        )
        cue = None
        if speaker is not None:
            span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
            sent = span.sent if span is not None else None
            if sent is not None:
                cue = next((t.text for t in sent if t.lemma_ in _CUES and t.pos_ == "VERB"), None)
        kind = "direct" if len(m.group(1).split()) > 3 else "scare"
        out.append(
            Quote(
                start,
                end,
                text[start:end],
                kind,
                speaker=speaker.name if speaker else None,
                speaker_start=speaker.start if speaker else None,
                speaker_end=speaker.end if speaker else None,
                cue=cue,
            )
        )
    return out
