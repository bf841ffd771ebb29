"""A claim quoted in single marks in a headline ("Storm 'to hit harbour towns'", "Angels
'favourite song'"): the headline style of British news marks a claim it does not make itself,
whose source the lead paragraph names ("…, according to a report", "…, a survey has
suggested"). Such a fragment, nobody's in the headline, becomes a ``partial`` credited to the
source of the lead's first attribution. Only a headline on its own line with no finite verb
outside the fragment (the claim is its predicate: "X 'to do Y'") and a fragment of at least
:data:`MIN_WORDS` words opening in lower case count: headlines with a verb of their own quote
someone's word ("Mayor Calls Plan 'A Disaster'"), short fragments mark a word ("Pay, 'perks' and
the board"), and their source is not the lead's. The case is the parsed text's: a title-case
headline is recased for the parser (:mod:`transforms.recase`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import takewhile

from spacy.tokens import Doc

from transforms.doctext import doc_text
from transforms.types import Quote

MIN_WORDS = 3
_SINGLE_MARKS = frozenset("'‘")
_UNCREDITED = frozenset(("scare", "partial"))
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))


def _claim(text: str, q: Quote, end: int) -> bool:
    """Whether ``q`` is an uncredited single-quoted fragment of the headline ending at ``end``."""
    if q.end > end or q.speaker_start is not None or q.kind not in _UNCREDITED or q.start < 1:
        return False
    if text[q.start - 1] not in _SINGLE_MARKS or len(q.text.split()) < MIN_WORDS:
        return False
    first = next((c for c in q.text if c.isalpha()), "")
    return first.islower()


def _verbless(doc: Doc, end: int, q: Quote) -> bool:
    """Whether the headline (ending at ``end``) has no finite verb outside ``q``."""
    return not any(
        t.tag_ in _FINITE and t.is_alpha and not q.start <= t.idx < q.end
        for t in takewhile(lambda t: t.idx < end, doc)  # the headline's tokens only
    )


def lead_span(text: str, headline_end: int) -> tuple[int, int]:
    """Start and end of the lead paragraph: the line after the blank line that ends the headline
    at ``headline_end``."""
    start = headline_end + 2
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def credit_headline_claims(doc: Doc, quotes: list[Quote], others: Sequence[Quote]) -> None:
    """Credit each single-quoted claim of the headline (in ``quotes``, replaced in place) to the
    source of the first attribution (of ``quotes`` or ``others``) in the lead paragraph."""
    text = doc_text(doc)  # ``doc.text`` joins every token on each read
    end = text.find("\n\n")
    if end < 0 or "\n" in text[:end]:
        return
    claims = [k for k, q in enumerate(quotes) if _claim(text, q, end) and _verbless(doc, end, q)]
    if not claims:
        return
    lead_start, lead_end = lead_span(text, end)
    lead = sorted(
        (
            q
            for q in (*quotes, *others)
            if q.speaker_start is not None
            and lead_start <= q.speaker_start < lead_end
            and lead_start <= q.start < lead_end
        ),
        key=lambda q: q.start,
    )
    if not lead:
        return
    src = lead[0]
    for k in claims:
        quotes[k] = replace(
            quotes[k],
            kind="partial",
            speaker=src.speaker,
            speaker_start=src.speaker_start,
            speaker_end=src.speaker_end,
            cue=src.cue,
        )
