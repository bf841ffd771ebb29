"""A pro-form standing for the content of a verb of saying or believing (the substitutes "so"
and "not", and the answers "yes" and "no": Quirk et al. 1985, "A Comprehensive Grammar of the
English Language", 12.26-12.29): ``Roe said [no]``, ``Roe said [yes, yes]``, ``Roe [said no to the plan]`` (with the
phrase after it), ``voters think [so]``, ``Roe would not say [so]``, ``Roe said [as much]``.
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_content import cue_lemma
from transforms.quotes.reported_lexicon import CLAUSE_VERBS

Found = tuple[list[int], Token, int, Token | None]  # content ids, cue, cue end, speaker

_ANSWERS = frozenset(("yes", "no"))
_SUBSTITUTES = frozenset(("so", "not"))
_OWN = frozenset(("ccomp", "dobj", "xcomp"))


def proform_ids(verb: Token) -> list[int]:
    """Token ids of the pro-form right after a verb of saying or believing (with a phrase
    hung on an answer: "no to the war"), or [] when there is none or the verb has a
    complement of its own."""
    doc = verb.doc
    if cue_lemma(verb) not in CLAUSE_VERBS or verb.i + 1 >= len(doc):
        return []
    if any(c.dep_ in _OWN and c.i > verb.i for c in verb.children):
        return []
    nxt = doc[verb.i + 1]
    if nxt.head.i != verb.i:
        return []
    if nxt.lower_ in _ANSWERS and nxt.dep_ in ("intj", "dobj", "advmod", "det"):
        ids = [nxt.i]
        k = nxt.i  # "said [yes, yes, yes]": the answer repeated
        while k + 2 < len(doc) and doc[k + 1].text == "," and doc[k + 2].lower_ == nxt.lower_:
            ids.extend((k + 1, k + 2))
            k += 2
        to = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if to is not None and to.lower_ == "to" and to.head.i in (verb.i, nxt.i):
            ids.extend(t.i for t in to.subtree)  # "said no [to the plan]"
        return ids
    if nxt.lower_ in _SUBSTITUTES and nxt.dep_ in ("advmod", "neg"):
        if nxt.lower_ == "not" and not (nxt.i + 1 == len(doc) or doc[nxt.i + 1].is_punct):
            return []  # "did not say …": a negation, not "I hope not."
        return [nxt.i]
    if nxt.lower_ == "as" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ == "much":
        return [nxt.i, nxt.i + 1]
    return []
