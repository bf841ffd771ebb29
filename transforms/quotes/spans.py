"""Quotation spans and their marks in plain text (no parse needed).

Handles straight (``"``), curly (``“ ”``, ``„``), doubled-apostrophe (``'' … ''``) and
TeX-style (````` … ''``) double quotes, and single quotes (``‘ ’`` or ``'``) outside double
quotes. Every paragraph (a line of the cleaned text) is scanned on its own, so an unbalanced mark
can never swallow more than the rest of its paragraph. A paragraph that opens a quotation without
closing it yields a fragment up to the paragraph end, marked ``continues`` when the next paragraph
opens with a mark (the newspaper convention for a quotation over several paragraphs). The same
convention inside one line (paragraphs run together: ``"A. "B," she said``): an opening mark after
a sentence end while a quotation is open ends that quotation there, and the new one continues it.
Single marks follow the convention too (British style: ``'A.¶'B,' she said``) when the open
paragraph ends a sentence and the next one opens with a single mark before a word.

Apostrophes are not quotation marks: a mark between two letters or digits (``Putin’s``,
``don't``), before a two-digit year (``the '90s``), around a single letter (``rock 'n' roll``)
or opening a common elision (``'em``, ``'til``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = re.compile(r"''|``|[\"“”„‟]")
_SINGLE = re.compile(r"[‘’'‛]")
_ELISION = re.compile(
    r"(?:em|til|cause|bout|tis|twas|round|cept|n|nuff|kay|ya|im)\b|\d\d(?:s|th)?\b", re.I
)
_LETTER_MARK = re.compile(r"[‘’'][a-zA-Z][‘’']")  # 'n' in rock 'n' roll
_OPEN_LEFT = frozenset("([{—–-/:;…\"“”„'‘’`«")
_CLOSE_RIGHT = frozenset(".,;:!?)]}—–-/…\"“”'‘’»")
_DOUBLE_OPEN_ONLY = frozenset(("“", "„", "``"))
_DOUBLE_CLOSE_ONLY = frozenset(("”", "‟"))
_SINGLE_OPEN_ONLY = frozenset(("‘", "‛"))
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation (or one paragraph fragment of it) with the offsets of its marks.

    ``start``/``end`` delimit the quoted words (marks and edge white space excluded);
    ``open_start`` is where the opening mark starts and ``close_end`` where the closing mark ends
    (``== end`` when the paragraph ended first).
    """

    start: int
    end: int
    open_start: int
    close_end: int
    family: str  # "double" or "single"
    para_start: int
    para_end: int
    closed: bool = True
    continues: bool = False  # unclosed, and the next paragraph opens with a mark
    continued: bool = False  # this paragraph carries on the previous paragraph's quotation


def _opens_left(text: str, s: int, para_start: int) -> bool:
    return s == para_start or text[s - 1].isspace() or text[s - 1] in _OPEN_LEFT


def _right_close(text: str, e: int, para_end: int) -> bool:
    return e >= para_end or text[e].isspace() or text[e] in _CLOSE_RIGHT


def _double_direction(text: str, mark: str, s: int, e: int, p0: int, p1: int) -> str:
    """ "open", "close" or "either" for a double-quote mark from its neighbours."""
    left, right = _opens_left(text, s, p0), _right_close(text, e, p1)
    if mark in _DOUBLE_OPEN_ONLY:
        return "close" if right and not left else "open"
    if mark in _DOUBLE_CLOSE_ONLY:
        return "open" if left and not right and e < p1 and text[e].isalnum() else "close"
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "either"


def _make(text: str, o0: int, o1: int, c0: int, c1: int, family: str, p0: int, p1: int, **kw):
    """A QuoteSpan for marks [o0,o1) and [c0,c1), or None when nothing but space is inside."""
    inner = text[o1:c0]
    stripped = inner.strip()
    if not stripped:
        return None
    start = o1 + (len(inner) - len(inner.lstrip()))
    end = start + len(stripped)
    return QuoteSpan(start, end, o0, c1, family, p0, p1, **kw)


def _unclosed(
    text: str, open_at: tuple[int, int], end: int, p0: int, p1: int, **kw: bool
) -> QuoteSpan | None:
    """A double quotation opened at ``open_at`` and left open up to ``end``."""
    return _make(text, *open_at, end, end, "double", p0, p1, closed=False, **kw)


def _opens_with_double(text: str, p0: int, p1: int) -> bool:
    m = _DOUBLE.match(text, p0)
    return bool(m) and _double_direction(text, m.group(), m.start(), m.end(), p0, p1) != "close"


def _double_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    carried = False
    for k, (p0, p1) in enumerate(paragraphs):
        open_at: tuple[int, int] | None = None
        first = True
        inline = False  # the open quotation carries on one closed by a new mark in this line
        for m in _DOUBLE.finditer(text, p0, p1):
            s, e = m.span()
            direction = _double_direction(text, m.group(), s, e, p0, p1)
            if direction == "either":
                direction = "close" if open_at is not None else "open"
            if direction == "open":
                if open_at is not None and _sentence_end_before(text, s, open_at[1]):
                    # '"A. "B."': paragraphs of one quotation run together in one line, each
                    # opening with a mark (the newspaper convention without the line breaks)
                    cont = (carried and first and open_at[0] == p0) or inline
                    q = _unclosed(text, open_at, s, p0, p1, continues=True, continued=cont)
                    if q is not None:
                        out.append(q)
                        first = False
                    inline = q is not None
                else:
                    inline = False
                open_at = (s, e)  # an earlier unclosed mark is dropped: bail out locally
            elif open_at is not None:
                cont = (carried and first and open_at[0] == p0) or inline
                inline = False
                q = _make(text, *open_at, s, e, "double", p0, p1, continued=cont)
                if q is not None:
                    out.append(q)
                    first = False
                open_at = None
        if open_at is not None:
            nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
            continues = nxt is not None and _opens_with_double(text, *nxt)
            cont = (carried and first and open_at[0] == p0) or inline
            q = _unclosed(text, open_at, p1, p0, p1, continues=continues, continued=cont)
            if q is not None:
                out.append(q)
            carried = continues
        else:
            carried = False
    return out


def _sentence_end_before(text: str, mark: int, opened: int) -> bool:
    """Whether the open quotation (words from ``opened``) ends a sentence right before the new
    opening ``mark``: "… drinking. "But …" (a full stop, "?" or "!" and a space)."""
    k = mark
    while k > opened and text[k - 1] == " ":
        k -= 1
    return opened < k < mark and text[k - 1] in ".?!" and text[opened:k].strip() != ""


def _is_apostrophe(text: str, s: int, p0: int, p1: int) -> bool:
    before = text[s - 1] if s > p0 else " "
    after = text[s + 1] if s + 1 < p1 else " "
    if before == "'" or after == "'":
        return True  # half of an unpaired doubled apostrophe
    if before.isalnum() and after.isalnum():
        return True
    if _LETTER_MARK.match(text, s) or (s >= 2 and _LETTER_MARK.match(text, s - 2)):
        return True
    return not before.isalnum() and bool(_ELISION.match(text, s + 1))


def _single_spans(
    text: str, paragraphs: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    ti = 0
    carried = False  # the previous paragraph left a single-quoted quotation open
    for k, (p0, p1) in enumerate(paragraphs):
        open_at: int | None = None
        fallback: int | None = None
        for m in _SINGLE.finditer(text, p0, p1):
            s = m.start()
            while ti < len(taken) and taken[ti][1] <= s:
                ti += 1
            if ti < len(taken) and taken[ti][0] <= s:
                continue  # inside a double quotation: a nested quote, not ours
            if _is_apostrophe(text, s, p0, p1):
                continue
            mark = m.group()
            left, right = _opens_left(text, s, p0), _right_close(text, s + 1, p1)
            if mark in _SINGLE_OPEN_ONLY or (left and not right):
                if open_at is not None and fallback is not None:
                    q = _make(text, open_at, open_at + 1, fallback, fallback + 1, "single", p0, p1)
                    if q is not None:
                        out.append(q)
                open_at, fallback = (s, None) if left else (None, None)
            elif right and not left and open_at is not None:
                nxt = text[s + 2] if s + 2 < p1 else ""
                possessive = text[s - 1] in "sS" and text[s + 1 : s + 2] == " " and nxt.isalpha()
                if possessive:
                    fallback = fallback if fallback is not None else s
                    continue
                cont = carried and open_at == p0
                q = _make(text, open_at, open_at + 1, s, s + 1, "single", p0, p1, continued=cont)
                if q is not None:
                    out.append(q)
                open_at, fallback = None, None
        left_open = open_at is not None and fallback is None
        if open_at is not None and fallback is not None:
            q = _make(text, open_at, open_at + 1, fallback, fallback + 1, "single", p0, p1)
            if q is not None:
                out.append(q)
        elif left_open and open_at is not None and _single_carries_on(text, paragraphs, k):
            # British style over several paragraphs: 'A.¶'B.¶'C,' she said.
            cont = carried and open_at == p0
            q = _make(
                text,
                open_at,
                open_at + 1,
                p1,
                p1,
                "single",
                p0,
                p1,
                closed=False,
                continues=True,
                continued=cont,
            )
            if q is not None:
                out.append(q)
                carried = True
                continue
        carried = False
    return out


def _single_carries_on(text: str, paragraphs: list[tuple[int, int]], k: int) -> bool:
    """Whether paragraph ``k``, which leaves a single-quoted quotation open, ends a sentence and
    the next paragraph opens with a single mark before a word (the quotation goes on there)."""
    p1 = paragraphs[k][1]
    if k + 1 >= len(paragraphs) or text[p1 - 1] not in ".!?":
        return False
    n0, n1 = paragraphs[k + 1]
    return (
        text[n0] in "‘'"
        and n0 + 1 < n1
        and text[n0 + 1].isalnum()
        and not _is_apostrophe(text, n0, n0, n1)
    )


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-empty line of ``text``, right-stripped."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.span()
        while e > s and text[e - 1].isspace():
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if e > s:
            out.append((s, e))
    return out


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quotation of ``text`` in document order (double quotes, then single ones outside)."""
    paragraphs = paragraphs_of(text)
    doubles = _double_spans(text, paragraphs)
    taken = [(q.open_start, q.close_end) for q in doubles]
    singles = _single_spans(text, paragraphs, taken)
    return sorted(doubles + singles, key=lambda q: q.start)
