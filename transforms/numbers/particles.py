"""The particle "up" before "to" and a figure: the level reached, not the bound "up to".

"pushed rates up to 2.25%", "ticked up to 3.7%", "rates went up to 5%": "up" is the particle of
the verb and the figure the level it reached; "offers discounts up to 50%", "could rise up to 5%"
and "prices could go up to 20%" keep the bound "at most".
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.numbers.filters import TokenIndex
from transforms.numbers.lexer import Lexeme


def word_before(idx: TokenIndex, char: int) -> Token | None:
    """The token before the one at ``char``, across a line break but not a paragraph break."""
    tok = idx.after(char)
    k = (tok.i if tok is not None else len(idx.doc)) - 1
    while k >= 0 and idx.doc[k].is_space:
        if idx.doc[k].text.count("\n") > 1:
            return None
        k -= 1
    return idx.doc[k] if k >= 0 else None


# verbs that move an object on a scale with the particle "up" ("pushed rates up to 2.25%",
# "sent the dollar up to $1.33", "took the total up to 50"): "up to" there is the particle and
# the level reached, not the bound "at most" ("offers discounts up to 50%" keeps the bound)
_UP_MOVERS = frozenset(
    {"push", "drive", "send", "force", "bump", "ramp", "jack", "ratchet", "bid", "mark", "move",
     "take", "bring", "revise", "nudge", "put", "pump", "lift", "ease", "edge", "talk", "run"}
)  # fmt: skip


# verbs that take "up" as their particle of a rise, with no object: "ticked up to 3.7%", "edged
# up to 102.5", "moved up to 3rd": the level reached (not "rise", "jump", "take", nor "go" but in
# the past: "could rise up to 5%", "could take up to 18 months" keep the bound)
_UP_PARTICLE_VERBS = frozenset(
    {"tick", "edge", "inch", "creep", "move", "step", "ramp", "notch", "trend", "drift"}
)  # fmt: skip


def particle_up_to(idx: TokenIndex, lexemes: list[Lexeme], q: int) -> bool:
    """The "up" of "up to" at lexeme ``q`` is the particle of a verb of moving after its object
    ("pushed claims up to $37bn") or of a verb whose particle it always is ("ticked up to 3.7%"):
    the figure is the level reached."""
    if lexemes[q].low != "up" or q + 1 >= len(lexemes) or lexemes[q + 1].low != "to":
        return False
    tok = word_before(idx, lexemes[q].start)
    if tok is not None and tok.pos_ == "VERB" and tok.lemma_.lower() in _UP_PARTICLE_VERBS:
        return True
    if tok is not None and _went_up(tok):
        return True
    for _ in range(4):
        if tok is None or tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.head is tok:
            return False
        if tok.dep_ == "dobj":
            verb = tok.head
            return verb.pos_ == "VERB" and verb.i < tok.i and verb.lemma_.lower() in _UP_MOVERS
        if tok.dep_ not in ("compound", "conj", "appos") or tok.head.i < tok.i:
            return False
        tok = tok.head
    return False


# verbs of going whose "up to" is a rise to a level when it took place ("rates went up to 5%",
# "the index shot up to 881"), a bound when it may ("prices could go up to 20%")
_GOING = frozenset({"go", "shoot"})


def _went_up(verb: Token) -> bool:
    """``verb`` is a past "went"/"shot" (no modal, no object) before the "up to" of a level."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _GOING
        and verb.tag_ in ("VBD", "VBN")
        and not any(
            c.dep_ in ("aux", "dobj") and c.tag_ in ("MD", "NN", "NNS") for c in verb.children
        )
    )
