"""The scope of a change word over the numbers conjoined with the one it governs.

"Exports rose 3% in May and 6% in June", "profits fell 8% last year and another 2% this year": the
parse hangs the second amount on the change verb as a conjunct (the verb is left out), so it is
the size of a change in the same direction when the verb's own amount is one. An amount conjoined with an amount that is a change
("grew by 10% and 15%") is one too. A conjunct that is a level ("rose 5% and to $12", after "to",
"from" or "at") or has another unit ("rose 5%, or 40 cents": a restatement in another unit keeps
what the parse gave it) is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from transforms.numbers.change_words import direction
from transforms.numbers.phrases import span_root
from transforms.types import NumberFact

_AMOUNTS = frozenset({"percent", "money", "quantity"})
_LEVEL_WORDS = frozenset({"to", "from", "at"})


def conjoined_changes(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with the direction of a change carried to the amounts conjoined with it."""
    out = list(facts)
    by_token: dict[int, int] = {}
    roots: list[Token | None] = []
    for i, f in enumerate(facts):
        root = span_root(doc, f.start, f.end) if f.kind in _AMOUNTS else None
        roots.append(root)
        if root is not None:
            by_token[root.i] = i
    for i, f in enumerate(facts):
        root = roots[i]
        if f.change is not None or root is None or root.dep_ != "conj":
            continue
        head = root.head
        if head.i >= root.i or _after_level_word(doc, f.start):
            continue
        if head.pos_ == "VERB":
            d = direction(head)
            if not any(_governs(head, roots[j]) and out[j].change == d for j in range(i)):
                d = None  # the verb's own amount is no change ("eased to 10% ... and 11%")
        elif head.i in by_token and out[by_token[head.i]].unit == f.unit:
            d = out[by_token[head.i]].change
        else:
            d = None
        if d is not None:
            out[i] = replace(f, change=d)
    return out


def _governs(verb: Token, root: Token | None) -> bool:
    """``root`` hangs on ``verb`` directly or through one preposition ("rose by 10%")."""
    if root is None or root.head.i == root.i:
        return False
    return root.head.i == verb.i or (root.head.dep_ == "prep" and root.head.head.i == verb.i)


def _after_level_word(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in _LEVEL_WORDS
