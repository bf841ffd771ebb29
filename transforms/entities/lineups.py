"""Team line-ups: a line listing players by initial and surname is a list of people.

Match reports close with the sides as lists ("- J Moss (Leeds), A Tran (Bath, capt), K van
Dijk; R Cole"): items separated by commas, semicolons or slashes, each an initial (or two) and a
surname, perhaps with a club or a role in brackets. The tagger reads many such items as
organisations or places, or drops the initial. On a line where at least three items are a
single initial and a surname, and most items have that shape, every item of that shape, and
every item that is a name of capitalised words ("De Wet Barry"), is a PERSON mention of its
whole span; what stands in the brackets keeps its own mentions.
"""

from __future__ import annotations

import re

from transforms.entities.spans import Cand, TokenView

_PARTICLES = r"(?:van|von|der|den|de|du|da|di|del|dos|le|la|ten|ter)"
_CAP_WORD = r"(?:[A-Z][a-z]*['’])?[A-Z][\w'’-]*[a-z][\w'’-]*"
_SURNAME = rf"(?:{_PARTICLES} )*{_CAP_WORD}(?: (?:{_PARTICLES} )*{_CAP_WORD}){{0,2}}"
_INITIALLED = re.compile(rf"(?P<initials>[A-Z]{{1,2}}\.?|(?:[A-Z]\.){{2}}) {_SURNAME}")
_WORDS = re.compile(rf"{_CAP_WORD}(?: {_CAP_WORD}){{1,2}}")
_BRACKETS = re.compile(r"\([^()\n]*\)")
_SEPARATORS = re.compile(r"[,;/]")
_EDGES = " \t-–—:."
MIN_INITIALLED = 3


def _items(line: str) -> list[tuple[int, int]]:
    """(start, end) of the items of ``line``, brackets left out."""
    blanked = _BRACKETS.sub(lambda m: " " * len(m.group()), line)
    out = []
    pos = 0
    for part in [*_SEPARATORS.split(blanked)]:
        a, b = pos, pos + len(part)
        pos = b + 1
        while a < b and blanked[a] in _EDGES:
            a += 1
        while b > a and blanked[b - 1] in _EDGES:
            b -= 1
        out.append((a, b))
    return out


def lineup_names(text: str) -> list[tuple[int, int]]:
    """Character spans of the players' names of the line-up lines of ``text``.

    >>> t = "- J Moss (Leeds), A Tran (Bath, capt), K van Dijk; Tom Lee"
    >>> [t[a:b] for a, b in lineup_names(t)]
    ['J Moss', 'A Tran', 'K van Dijk', 'Tom Lee']
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        items = _items(line)
        single = 0
        names = []
        for a, b in items:
            m = _INITIALLED.fullmatch(line, a, b)
            if m is not None:
                single += len(m.group("initials").rstrip(".")) == 1
                names.append((a, b))
            elif _WORDS.fullmatch(line, a, b):
                names.append((a, b))
        if single >= MIN_INITIALLED and 2 * single > len(items):
            out.extend((pos + a, pos + b) for a, b in names)
        pos += len(line) + 1
    return out


def lineup_persons(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """``cands`` with every player of a line-up line one PERSON mention (``lineup_names``)."""
    spans = []
    for a, b in lineup_names(v.full_text):
        span = v.doc.char_span(a, b)
        if span is not None:
            spans.append((span.start, span.end))
    if not spans:
        return cands
    covered = bytearray(v.n)
    for s, e in spans:
        covered[s:e] = b"\x01" * (e - s)
    out = [c for c in cands if not any(covered[c.start : c.end])]
    out.extend(Cand(s, e, "PERSON", None, "lineup") for s, e in spans)
    return sorted(out, key=lambda c: c.start)
