"""Rows of reported speech: kind (``indirect`` or ``mixed``), speaker, and how they sit beside
the quotation rows.

- A piece of content inside a quotation is dropped (speech reported inside a quotation belongs
  to the quoted speaker, and a quotation's own complement is the quotation row).
- A piece that starts inside a quotation starts at its opening mark instead ("says ["A" despite
  B]": the parser's clause starts at the quotation's first word); a piece that opens a quotation
  runs on to its closing mark. (A piece inside one quotation thus becomes that quotation and is
  dropped below.)
- A piece holding whole quotations and at least :data:`MIXED_MIN_WORDS` words of its own is
  ``mixed``; the quotation rows inside it stay as they are (nested by design). With fewer words
  of its own ("said that "…"") the piece is dropped: the quotation row covers it.
- A piece before its cue that ends with a quotation starts after a colon or an opening bracket
  before that quotation ("The mayor was calm: "…," she said": the lead-in is the writer's).
- Relations are taken longest first; a piece overlapping an earlier piece is dropped, so
  reported rows never overlap each other (the outer report wins: "X said [Y believes Z]").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from transforms.quotes.reported import Reported
from transforms.quotes.resolve import MentionIndex, Speaker
from transforms.quotes.speakers import speaker_for

MIXED_MIN_WORDS = 2
_WORD = re.compile(r"[^\W_]+")
_TRIM = " \t\n\r,;:.—–-"

Row = tuple[int, int, str, Speaker | None, str]  # start, end, kind, speaker, cue


def _clip(s: int, e: int, quoted: Sequence[tuple[int, int]], starts: list[int]) -> tuple[int, int]:
    k = bisect.bisect_right(starts, s) - 1
    if k >= 0 and quoted[k][0] < s < quoted[k][1]:
        s = quoted[k][0]
    k = bisect.bisect_left(starts, e) - 1
    if k >= 0 and quoted[k][0] < e < quoted[k][1]:
        # a quotation opened inside the piece runs on to its closing mark (the parser hangs
        # the mark and the full stop before it on the reporting verb)
        e = quoted[k][1] if quoted[k][0] >= s else quoted[k][0]
    return s, e


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _own_words(text: str, s: int, e: int, inside: Sequence[tuple[int, int]]) -> int:
    n, pos = 0, s
    for qs, qe in inside:
        n += len(_WORD.findall(text[pos:qs]))
        pos = qe
    return n + len(_WORD.findall(text[pos:e]))


_OPENERS = (":", "(")


def _after_opener(text: str, s: int, inside: Sequence[tuple[int, int]]) -> int:
    """ "[The rule helps the rich]: "Q," he said": a content before its cue that ends with a
    quotation starts after a colon or a bracket opened before that quotation (the words before
    the mark are the writer's lead-in, not what the speaker said)."""
    pos = inside[-2][1] if len(inside) > 1 else s
    lead = text[pos : inside[-1][0]]
    k = max(lead.rfind(m) for m in _OPENERS)
    return s if k < 0 else pos + k + 1


def reported_rows(
    text: str,
    relations: Sequence[Reported],
    quoted: Sequence[tuple[int, int]],
    mindex: MentionIndex,
    speakers_before: Callable[[int], list[tuple[int, str, str]]],
) -> list[Row]:
    """``(start, end, kind, speaker, cue)`` of every kept piece, in text order.

    ``quoted`` are the article's quotations with their marks, sorted; ``speakers_before(pos)``
    gives the speakers resolved before ``pos`` (candidates for pronouns).
    """
    starts = [s for s, _ in quoted]
    taken: list[tuple[int, int]] = []
    rows: list[Row] = []
    order = sorted(relations, key=lambda r: -sum(e - s for s, e in r.pieces))
    for rel in order:
        kept: list[tuple[int, int, str]] = []
        for s0, e0 in rel.pieces:
            s, e = _trim(text, *_clip(s0, e0, quoted, starts))
            if e <= s or not any(ch.isalnum() for ch in text[s:e]):
                continue
            lo = bisect.bisect_left(starts, s)
            hi = bisect.bisect_left(starts, e)
            inside = quoted[lo:hi]  # every quotation opened in the piece closes in it
            e = max([e, *(qe for _, qe in inside)])
            if inside and e <= rel.cue_start:  # "…: "Q," he said"
                s = _trim(text, _after_opener(text, s, inside), e)[0]
                inside = quoted[bisect.bisect_left(starts, s) : hi]
            if any(s < te and ts < e for ts, te in taken + [(ks, ke) for ks, ke, _ in kept]):
                continue
            kind = "indirect"
            if inside:
                if _own_words(text, s, e, inside) < MIXED_MIN_WORDS:
                    continue
                kind = "mixed"
            kept.append((s, e, kind))
        if not kept:
            continue
        speaker = rel.given
        if speaker is None and rel.speaker is not None:
            tok = rel.speaker
            speaker = speaker_for(tok, mindex, speakers_before(tok.idx))
        cue = text[rel.cue_start : rel.cue_end]
        for s, e, kind in kept:
            taken.append((s, e))
            rows.append((s, e, kind, speaker, cue))
    rows.sort(key=lambda r: r[0])
    return rows
