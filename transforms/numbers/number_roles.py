"""The role of a number's own phrase in its clause, for ``about``: the head of the phrase the
number modifies, and whether that phrase is a subject, a copula's predicate or a share, or a share
with a fronted "of" phrase."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.numbers.change_words import direction
from transforms.numbers.phrases import described_pronoun, is_quantity, unit_noun
from transforms.numbers.subjects import SUBJECTS


def number_phrase(root: Token) -> Token:
    """The head of the phrase a number's root modifies ("about 70%" -> %, "$5 million" -> million)."""
    t = root
    while t.dep_ in ("nummod", "quantmod", "compound", "nmod") and t.head.i != t.i:
        t = t.head
    return t


def names_actors(root: Token) -> bool:
    """The number's phrase is the subject of its clause ("about 70% voted against"): it names
    who acts, so no nearby noun stands for what it measures."""
    return number_phrase(root).dep_ in SUBJECTS


def is_predicate(root: Token) -> bool:
    """The number's phrase is what a copula or a verb of share says of its subject ("the deficit
    was 3.2% of output", "oil accounts for 40% of exports", "makes up a third of sales"), or the
    level a change or level verb gives it ("fell to 2.9% of GDP", "stood at 90% of output"): the
    subject is measured, the "of" phrase is the scale."""
    t = number_phrase(root)
    if t.dep_ == "attr" and t.head.lemma_ == "be":
        return True
    if t.dep_ == "pobj" and t.head.lower_ in ("to", "from", "at") and t.head.dep_ == "prep":
        mover = t.head.head  # "the deficit fell to 2.9% of GDP", "debt stood at 90% of output"
        return mover.pos_ == "VERB" and (
            direction(mover) is not None or mover.lemma_ in _LEVEL_VERBS
        )
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "for" else t.head
    if t.dep_ == "pobj" and t.head.lower_ == "for":  # "Asia accounts for 30% of sales"
        return verb.lemma_ == "account" and verb.pos_ == "VERB"
    if t.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    up = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return verb.lemma_ in _SHARE_VERBS or (up and verb.lemma_ in ("make", "take"))


# verbs whose "at" phrase gives the level their subject stands at ("debt stood at 90% of GDP")
_LEVEL_VERBS = frozenset({"stand", "remain", "stay", "hover", "settle", "peak", "level"})
# verbs that say what share of a whole their subject is ("oil represents 40% of exports")
_SHARE_VERBS = frozenset({"represent", "constitute", "comprise"})


def fronted_share(root: Token) -> Token | None:
    """The whole a subject share is taken from when its "of" phrase is fronted ("Of the
    bondholders, 38% live abroad" -> bondholders, "Of those polled, 40% said" -> those polled),
    also for the figures listed after it with the verb left out ("38% live in Peru, 15% in
    Chile and 3% in Spain")."""
    t = number_phrase(root)
    while t.dep_ in ("conj", "appos") and is_quantity(t.head):
        t = t.head  # "15% in Chile and 3% in Spain": the first of the list
    if t.dep_ == "npadvmod" and t.head.pos_ == "VERB":
        first = [c for c in t.head.children if c.dep_ in SUBJECTS and c.i < t.i]
        if len(first) == 1 and is_quantity(first[0]):
            t = first[0]  # a figure gapped after the verb's own figure subject
    if t.dep_ not in SUBJECTS:
        return None
    for prep in t.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < t.i:
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.pos_ in ("NOUN", "PROPN") and not is_quantity(obj):
                    return obj
                if obj.tag_ == "NNS" and unit_noun(obj):
                    return obj  # "Of the 145 companies reporting, 76% ...": the companies
                if described_pronoun(obj) is not None:
                    return obj  # "Of those asked, 62% ...": those asked
    return None
