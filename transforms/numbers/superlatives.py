""" "One of the best": membership in the group a superlative picks out counts as one.

"one of the ..." is mostly a pronoun ("one of the victims"), no quantity, and never a row. Before a
superlative ("one of the largest banks", "one of Britain's oldest buildings", "one of the most
respected judges") news counts the one member of the top group: a count of 1, the convention of
the NewsQuant annotation (CQE) the project is measured on.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from transforms.types import NumberFact

# words between "of" and the superlative: a determiner or a possessor ("the world's", "his")
_DETERMINER_TAGS = frozenset({"DT", "PRP$", "POS"})
_INTENSIFIERS = frozenset({"very", "absolute", "all-time"})
_MOST = frozenset({"most", "least"})
# superlative-looking words that rank nothing ("one of the least": a quantity; "the best of")
_NOT_SUPERLATIVE = frozenset({"most", "least", "latest"})


def one_of_superlative(one: Token) -> bool:
    """``one`` is the "one" of "one of <determiner> <superlative>" (JJS, or "most"/"least"
    before an adjective or participle)."""
    doc = one.doc
    j = one.i + 1
    if j >= len(doc) or doc[j].lower_ != "of":
        return False
    j += 1
    for _ in range(4):  # "the", "Britain 's", "the world 's", "his"
        if j + 1 < len(doc) and doc[j + 1].tag_ == "POS" and doc[j].tag_ in ("NNP", "NN"):
            j += 2
        elif j < len(doc) and doc[j].tag_ in _DETERMINER_TAGS:
            j += 1
        else:
            break
    if j == one.i + 2:
        return False  # no determiner: "one of best friends" is no news English
    if j < len(doc) and doc[j].lower_ in _INTENSIFIERS:
        j += 1
    if j >= len(doc):
        return False
    word = doc[j]
    if word.lower_ in _MOST:
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        return nxt is not None and nxt.tag_ in ("JJ", "VBN", "VBG", "RB")
    return word.tag_ == "JJS" and word.lower_ not in _NOT_SUPERLATIVE


def is_one_of(text: str, fact: NumberFact) -> bool:
    """The fact is a "one of ..." the filters let through (only before a superlative)."""
    return fact.text.lower() == "one" and text.startswith(" of ", fact.end)


def group_counts(text: str, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with no ``about`` on the "one of the best ..." counts: the group is their unit,
    and the member is what a copula or verb says of it, not a holder of the count."""
    return [
        replace(f, about=None, about_start=None, about_end=None) if is_one_of(text, f) else f
        for f in facts
    ]
