"""Qualifiers of a number read from the words around it ("more than", "at least", "about", "or so").

Values: exact, approximately, at_least, at_most, more_than, less_than. "nearly"/"almost" and
"just under" read as less_than (the true figure is below the one written); "up to", "as many as"
as at_most. A figure the verb "average" gives ("prices averaged $3.40", "averaging 15 points") is
approximately: it stands for values around it.
"""

from __future__ import annotations

from transforms.numbers.lexer import Lexeme

_BEFORE_SPEC = """
more_than: more than; over; above; in excess of; upwards of; just over; well over; greater than;
 exceeding; more then; over than; north of; better than
at_least: at least; no less than; no fewer than; not less than; not fewer than; a minimum of;
 at the very least; minimum of
at_most: at most; up to; no more than; not more than; a maximum of; as many as; as much as;
 as high as; maximum of; at the most
less_than: less than; fewer than; under; below; just under; well under; nearly; almost;
 not quite; short of; just shy of; shy of; lower than; sub -; <
approximately: about; around; roughly; approximately; approx.; approx; some; an estimated;
 estimated; circa; c.; ca.; close to; in the region of; on the order of; somewhere around;
 more or less; an approximate; approximate; give or take; upward of; something like; near; ~;
 averaged; averaging; averages
"""
_AFTER = {
    ("or", "so"): "approximately",
    ("or", "more"): "at_least",
    ("or", "over"): "at_least",
    ("or", "above"): "at_least",
    ("or", "less"): "at_most",
    ("or", "fewer"): "at_most",
    ("-", "plus"): "at_least",
    ("-", "odd"): "approximately",
    ("odd",): "approximately",
    ("-", "ish"): "approximately",
}
# "over" and "under" mean "during"/"within" before a duration: not a qualifier there
DURATION_SENSITIVE = frozenset({("over",), ("under",), ("within",), ("around",)})


def _parse_spec(spec: str) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for block in spec.strip().split("\n"):
        if not block.strip():
            continue
        if ":" in block and not block.startswith(" "):
            q, rest = block.split(":", 1)
            current = q.strip()
        else:
            rest = block
        for phrase in rest.split(";"):
            phrase = phrase.strip()
            if phrase:
                out[tuple(phrase.split())] = current
    return out


BEFORE = _parse_spec(_BEFORE_SPEC)
_MAX_BEFORE = max(len(k) for k in BEFORE)


def qualifier_before(lexemes: list[Lexeme], i: int, *, duration: bool = False) -> tuple[str, int]:
    """Qualifier ending just before lexeme ``i``: (qualifier, start index) or ("exact", i)."""
    for size in range(min(_MAX_BEFORE, i), 0, -1):
        key = tuple(_norm(lx) for lx in lexemes[i - size : i])
        q = BEFORE.get(key)
        if q is None:
            continue
        if duration and key in DURATION_SENSITIVE:
            continue
        return q, i - size
    return "exact", i


def qualifier_after(lexemes: list[Lexeme], j: int) -> tuple[str, int] | None:
    """Qualifier starting at lexeme ``j`` ("or so", "-plus", a glued "+"): (qualifier, end index)."""
    if (
        0 < j < len(lexemes)
        and lexemes[j].text == "+"
        and lexemes[j].start == lexemes[j - 1].end
        and (j + 1 >= len(lexemes) or lexemes[j + 1].kind != "num")
    ):
        return "at_least", j + 1  # "1,000+ people", "aged 65+"
    for size in (2, 1):
        key = tuple(lx.low for lx in lexemes[j : j + size])
        if len(key) == size and key in _AFTER:
            if size == 2 and lexemes[j + 1].start - lexemes[j].end > 1:
                continue
            return _AFTER[key], j + size
    return None


def _norm(lx: Lexeme) -> str:
    return lx.text.lower() if lx.text.endswith(".") else lx.low
