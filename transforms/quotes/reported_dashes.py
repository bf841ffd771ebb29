"""Dashes inside a reported content: the writer's asides are left out of it.

- "X said [A] — an aside": a dash phrase closing the content after the cue is the writer's
  comment (an apposition, an example, a qualification), so the content stops before the dash;
  not when the content goes on after it ("A — and B", "A — that B", "A — “B”"), nor at a dash
  inside a quotation;
- a phrase between two dashes inside the content stays in it ("said [A — an aside — B]"):
  the gold keeps such asides more often than it leaves them out.

A dash is an em or en dash, or a hyphen or double hyphen standing alone between spaces.
Content before its cue ("[A — B], X said") keeps its dashes: what comes before the cue is the
report itself.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from transforms.quotes.reported_content import trimmed_spans

_DASHES = frozenset(("—", "–", "―", "--"))


def _is_dash(doc: Doc, i: int) -> bool:
    t = doc[i]
    if t.text in _DASHES:
        return True
    return t.text == "-" and i > 0 and bool(doc[i - 1].whitespace_) and bool(t.whitespace_)


def without_asides(
    doc: Doc, run: list[int], cue: int, quoted: Callable[[int], bool]
) -> list[list[int]]:
    """The contiguous token ``run`` of a content less a closing dash aside."""
    if not run or run[0] < cue:
        return [run] if run else []
    dashes = [k for k, i in enumerate(run) if k and _is_dash(doc, i) and not quoted(doc[i].idx)]
    if len(dashes) != 1 or dashes[0] + 1 >= len(run) or _goes_on(doc[run[dashes[0] + 1]]):
        return [run]
    return [run[: dashes[0]]]


def _goes_on(t: Token) -> bool:
    """ "A — and B", "A — that B", "A — unless B", "A — “B”": the content goes on after the
    dash (a conjunction, a subordinator or a quotation), not the writer's aside."""
    return (
        t.pos_ in ("CCONJ", "SCONJ") or t.dep_ in ("cc", "mark") or t.is_quote or t.lower_ == "that"
    )


def aside_spans(
    doc: Doc, run: list[int], cue: int, quoted: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """The trimmed char spans of a content's token ``run`` less its dash asides."""
    return [
        span for part in without_asides(doc, run, cue, quoted) for span in trimmed_spans(doc, part)
    ]
