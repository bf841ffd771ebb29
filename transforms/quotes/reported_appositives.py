"""An appositive closing a reported clause: the writer's description of a noun in it.

"The council said [it would buy the old mill], a building that dates from 1820": a noun phrase
after a comma, opened by an article or "one of" and closing the clause, describes the noun
before it for the reader; the gold leaves it out of the content in about nine records of ten
(docs/quotes_edges.md, round 19). It stays when it is a name ("her deputy, Jane Roe": it says
who), when it hangs on a subject ("[Roe, the mayor,] is expected to …"), when it may be a list
the parser read as an apposition ("the cost of fuel, the price of bread and the rent"), when
a word follows it ("…, the members of the union would …": a subject hung on the wrong word),
when it carries a report of its own ("…, a plan that critics say …") and when it closes the
object of a cue inside the clause ("said [it was seeking damages from Roe Ltd, a maker of …]":
that cue's object keeps it, and the clause cut without it would give way to that object).
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_lexicon import REPORTED_CUE_WORDS, verb_lemma

_DESCRIBING = frozenset(("a", "an", "the", "another"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass"))


def closing_appositive(t: Token, root: Token) -> bool:
    """Whether ``t`` heads such an appositive closing the clause content headed by ``root``."""
    if t.dep_ != "appos" or t.right_edge.i < root.right_edge.i - 1 or t.head.dep_ in _SUBJECTS:
        return False
    if _in_object_of_cue(t, root):
        return False
    if t.head.dep_ == "appos" or any(
        c.dep_ in ("conj", "appos") for c in (*t.subtree, *t.head.children) if c.i != t.i
    ):
        return False  # a list may be parsed as an apposition
    doc = t.doc
    first, end = t.left_edge, t.right_edge.i + 1
    if first.i == 0 or doc[first.i - 1].text != ",":
        return False
    if end < len(doc) and not (doc[end].is_punct or doc[end].is_space):
        return False
    if any(_cue_verb(w) for w in t.subtree):
        return False
    if t.pos_ == "NOUN":
        return first.lower_ in _DESCRIBING
    return (
        t.lower_ == "one"
        and first.i == t.i
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
    )


def _cue_verb(w: Token) -> bool:
    return w.pos_ == "VERB" and verb_lemma(w.lower_, w.lemma_.lower()) in REPORTED_CUE_WORDS


_OBJECTS = frozenset(("dobj", "dative", "prep", "pobj", "attr", "oprd"))


def _in_object_of_cue(t: Token, root: Token) -> bool:
    """Whether the appositive's noun is in the object of a cue inside the clause (the clause's
    head included): "said [they sought a ruling against Roe Ltd], a unit of …". The nested
    cue's object keeps the appositive (objects do), and the clause cut without it would be
    shorter than that object and give way to it."""
    prev = t
    for h in t.ancestors:
        if _cue_verb(h) and prev.dep_ in _OBJECTS:
            return True
        if h.i == root.i:
            return False
        prev = h
    return False
