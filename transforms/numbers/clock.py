"""Minutes and seconds on the clock of a match or an event: "after 45 seconds", "on 75 minutes",
"two minutes into extra time", "with six minutes remaining" say when something happened, not how
long anything lasted, so such a duration measures nothing (``about`` is null)."""

from __future__ import annotations

from spacy.tokens import Doc

_CLOCK_UNITS = frozenset({"minute", "minutes", "min", "mins", "second", "seconds", "secs"})
_BEFORE = frozenset({"after", "on", "within", "inside"})
_AFTER = frozenset({"into", "before", "after", "remaining", "left"})
_QUALIFYING = frozenset({"some", "about", "around", "nearly", "almost", "roughly", "just", "only"})


def on_the_clock(doc: Doc, start: int, end: int) -> bool:
    """The duration at ``start:end`` is a count of minutes or seconds that places an event on a
    clock: after "after", "on", "within" or "inside" (and not before "of": "after 90 minutes of
    talks"), or before "into", "before", "after", "remaining" or "left"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or doc[span.end - 1].lower_ not in _CLOCK_UNITS:
        return False
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if nxt in _AFTER:
        return True
    k = span.start - 1
    while k >= 0 and doc[k].lower_ in _QUALIFYING:
        k -= 1
    return k >= 0 and doc[k].lower_ in _BEFORE and nxt != "of"
