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
- A piece holding a quotation together with that quotation's own attribution (its speaker, found
  by a cue of its own, after the quotation, or before it with a colon: ""Q," Roe said",
  "Roe wrote: "Q"") ends before that attribution: the quotation is its speaker's, not the
  report's (""A," Roe said" is no part of another cue's content).
- A piece holding a quotation that ends a sentence inside its marks (or right after them, British
  style: 'said: "A". She left.'), with a new sentence after it, ends at that quotation's closing
  mark ('said: "A." She left.': the parser often runs the sentence on past the mark).
- Relations are taken longest first; a piece overlapping an earlier piece is dropped, so
  reported rows never overlap each other (the outer report wins: "X said [Y believes Z]").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence

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


def _first_inside(quoted: Sequence[tuple[int, int]], starts: list[int], s: int) -> int:
    """Index of the first quotation a piece starting at ``s`` holds: also one ``s`` lies in,
    which happens when trimming moved the start of a piece clipped to a quotation's opening
    into it (a block quotation opening with a comma)."""
    lo = bisect.bisect_left(starts, s)
    if lo > 0 and quoted[lo - 1][0] < s < quoted[lo - 1][1]:
        lo -= 1
    return lo


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


def _attributed_cut(
    text: str,
    s: int,
    e: int,
    inside: Sequence[tuple[int, int]],
    quoted: Sequence[tuple[int, int]],
    attributed: Mapping[int, tuple[int, int, int]],
    rel: Reported,
) -> int:
    """Where a piece ends when it holds a quotation with its own attribution in the piece: at
    the quotation's opening mark when the piece opens with it and its speaker follows it
    (""A," Roe said"), at the boundary before the speaker when it precedes the quotation
    with a colon after a comma or another quotation in the piece ("[…], to which Roe replied:
    "A""); else ``e``. A quotation whose speaker is the report's own ('"A," Roe said') stays
    in it, and so does one whose speaker opens the piece ("said [Roe was calm: "A"]") or that
    an outer cue after the piece reports ("["A," Roe said], according to the Post")."""
    own = _speaker_span(rel)
    for qs, qe in inside:
        spk = attributed.get(qs)
        if spk is None or not (s <= spk[0] and spk[1] <= e):
            continue
        if rel.cue_start >= e and rel.cue_start != spk[2]:
            continue
        if own is not None and own[0] < spk[1] and spk[0] < own[1]:
            continue
        if any(a <= spk[0] < b for a, b in quoted):
            continue  # a speaker inside a quotation is quoted words
        if spk[0] >= qe and qs <= s:
            return qs
        if spk[1] <= qs and ":" in text[spk[1] : qs] and _clause_inside(text, s, spk[0], quoted):
            return _boundary_before(text, s, spk[0], quoted)
    return e


_SENTENCE_END = frozenset(".!?")
_CLOSING = "'’\"”"
_OPENING = "\"“‘'"


def _sentence_cut(text: str, e: int, inside: Sequence[tuple[int, int]]) -> int:
    """Where a piece ends when a quotation in it ends a sentence inside its marks (or with a full
    stop right after them) and a new sentence follows ('said: ["A."] She left.', 'said: ["A"].
    She left.'): at that quotation's closing mark (the parser often runs the sentence on past a
    closing mark); else ``e``."""
    for qs, qe in inside:
        if qe >= e:
            break
        k = qe
        while k > qs and (text[k - 1] in _CLOSING or text[k - 1].isspace()):
            k -= 1
        j = qe
        if j < e and text[j] in _SENTENCE_END:
            j += 1  # British style: the full stop after the closing mark ('… me out". When')
        elif k <= qs or text[k - 1] not in _SENTENCE_END:
            continue
        while j < e and text[j] == " ":
            j += 1
        if j < e and (text[j].isupper() or text[j] in _OPENING):
            return qe
    return e


def _boundary_before(text: str, s: int, pos: int, quoted: Sequence[tuple[int, int]]) -> int:
    """The nearest clause boundary before ``pos`` in the piece from ``s``: a comma outside the
    quotations or the closing mark of a quotation ("[A], to which Roe replied", "["A"] Roe
    wrote"); ``pos`` when there is none."""
    comma = text.rfind(",", s, pos)
    while comma >= 0 and any(a <= comma < b for a, b in quoted):
        comma = text.rfind(",", s, comma)
    ends = [b for a, b in quoted if s <= a and b <= pos]
    best = max([comma, *ends])
    return best if best > s else pos


def _clause_inside(text: str, s: int, pos: int, quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether a comma or a closed quotation lies between ``s`` and ``pos``."""
    return "," in text[s:pos] or any(s <= a and b <= pos for a, b in quoted)


def _speaker_span(rel: Reported) -> tuple[int, int] | None:
    if rel.given is not None:
        return rel.given.start, rel.given.end
    if rel.speaker is not None:
        return rel.speaker.idx, rel.speaker.idx + len(rel.speaker)
    return None


def reported_rows(
    text: str,
    relations: Sequence[Reported],
    quoted: Sequence[tuple[int, int]],
    mindex: MentionIndex,
    speakers_before: Callable[[int], list[tuple[int, str, str]]],
    *,
    attributed: Mapping[int, tuple[int, int, int]] | None = None,
) -> list[Row]:
    """``(start, end, kind, speaker, cue)`` of every kept piece, in text order.

    ``quoted`` are the article's quotations with their marks, sorted; ``speakers_before(pos)``
    gives the speakers resolved before ``pos`` (candidates for pronouns); ``attributed`` maps
    the opening mark of a quotation attributed by a cue of its own to its speaker's offsets and
    its cue's start.
    """
    attributed = attributed or {}
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
            lo = _first_inside(quoted, starts, s)
            hi = bisect.bisect_left(starts, e)
            inside = quoted[lo:hi]  # every quotation opened in the piece closes in it
            e = max([e, *(qe for _, qe in inside)])
            cut = _attributed_cut(text, s, e, inside, quoted, attributed, rel) if inside else e
            cut = min(cut, _sentence_cut(text, e, inside))
            if cut < e:
                s, e = _trim(text, s, cut)
                if e <= s or not any(ch.isalnum() for ch in text[s:e]):
                    continue
                inside = quoted[_first_inside(quoted, starts, s) : bisect.bisect_left(starts, e)]
                hi = bisect.bisect_left(starts, e)
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
