"""Map character offsets in a cleaned text back to the original text it was cleaned from.

Gold sets annotate the original document; the pipeline's offsets index into the cleaned text.
Cleaning mostly normalises white space (also around punctuation: "Essex ," -> "Essex,"),
repairs characters and drops whole lines, so the two texts share most of their word and
punctuation tokens in order. We align those token sequences (difflib) and map a cleaned offset
to the same character of the matched token.
"""

from __future__ import annotations

import bisect
import re
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\w+|[^\w\s]")


class OffsetMap:
    """``to_original(i)`` maps an offset of ``cleaned`` to an offset of ``original`` (or None)."""

    def __init__(self, cleaned: str, original: str) -> None:
        if cleaned == original:
            self._identity = True
            return
        self._identity = False
        a = [(m.start(), m.group()) for m in _TOKEN.finditer(cleaned)]
        b = [(m.start(), m.group()) for m in _TOKEN.finditer(original)]
        sm = SequenceMatcher(None, [t for _, t in a], [t for _, t in b], autojunk=False)
        starts: list[int] = []
        targets: list[tuple[int, int]] = []  # (cleaned token start, original token start)
        for block in sm.get_matching_blocks():
            for k in range(block.size):
                ca, _ = a[block.a + k]
                ob, _ = b[block.b + k]
                starts.append(ca)
                targets.append((ca, ob))
        self._starts = starts
        self._targets = targets
        self._tokens = {s: len(t) for s, t in a}

    def to_original(self, offset: int, *, end: bool = False) -> int | None:
        """The original offset of ``offset``; with ``end=True`` it is treated as an end offset."""
        if self._identity:
            return offset
        probe = offset - 1 if end else offset
        i = bisect.bisect_right(self._starts, probe) - 1
        if i < 0:
            return None
        ca, ob = self._targets[i]
        within = probe - ca
        if within >= self._tokens[ca]:  # offset falls in white space after a token
            return None if not end else ob + self._tokens[ca]
        return ob + within + (1 if end else 0)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Map a ``[start, end)`` span; None when either side falls outside matched tokens."""
        s = self.to_original(start)
        e = self.to_original(end, end=True)
        if s is None or e is None or e < s:
            return None
        return s, e
