"""Minutes and seconds on the clock of a match or an event: "after 45 seconds", "on 75 minutes",
"two minutes into extra time", "with six minutes remaining" say when something happened, not how
long anything lasted, so such a duration measures nothing (``about`` is null). Minutes in a match
report's line-up ("Dyer (Ambrose 80)", "Kluivert 32, Baros 61 og.") are no quantity at all."""

from __future__ import annotations

import re

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


# a name of one to three words ("Sinama Pongolle", "N'Zogbia", "de Zeeuw")
_NAME = r"(?:[a-z][\w'’.-]*\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
_SUBSTITUTE_BEFORE = re.compile(rf"[A-Z][\w'’.-]*\s\({_NAME}\s$")
_MINUTES = r"\d{1,3}(?:\s(?:og|pen))?(?:,\s\d{1,3}(?:\s(?:og|pen))?)*"
_ITEM = rf"{_NAME}\s(?:{_MINUTES}|\(\d{{1,3}}\))"
_MINUTES_LINE = re.compile(rf"\s*{_ITEM}(?:,\s{_ITEM})*\.?\s*")


def lineup_minute(text: str, start: int, end: int) -> bool:
    """The digits at ``start:end`` are a minute in a match report's line-up: a substitute after the
    player replaced ("Dyer (Ambrose 80)"), or a line of scorers or bookings ("Kluivert 32, Baros
    61 og.", "Bowyer (77)."), not a quantity."""
    if not text[start:end].isdigit() or int(text[start:end]) > 130:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end : end + 1] == ")" and text.count(",", line_start, line_end) >= 2:
        return _SUBSTITUTE_BEFORE.search(text, line_start, start) is not None  # a list of players
    return _MINUTES_LINE.fullmatch(text, line_start, line_end) is not None
