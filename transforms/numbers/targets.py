"""What a change word applies to: the noun a change noun names, or what a change verb changes.

Used by :mod:`transforms.numbers.about` for the ``about`` of a number that is the size of a change.
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.numbers.change_words import direction
from transforms.numbers.phrases import is_quantity, is_thing
from transforms.numbers.subjects import SUBJECTS, subject


def change_target(word: Token) -> Token | None:
    """What a change noun applies to: "a drop in exports" -> exports, else the clause subject."""
    for child in word.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "for"):
            for obj in child.children:
                if is_thing(obj) and not (child.lower_ == "in" and obj.ent_type_ in _PLACES):
                    return obj  # "growth in Germany" says where, not what grew
    # "an export drop of 3%" -> export, also on a verb: "paid from a 1% tax rise" -> tax;
    # not "a 3 pct drop" (the unit)
    for child in word.lefts:
        if child.dep_ == "compound" and is_thing(child) and not _after_figure(child):
            return child
    prep = word.head
    if (
        word.dep_ == "pobj"
        and prep.lower_ in _SEQUENCE_PREPS
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
    ):  # "sales rose 2% after a 1% fall in May", "were revised to a 3% drop": the subject's
        return subject(prep.head)
    if (
        word.dep_ == "pobj"
        and prep.lower_ in ("with", "to")
        and prep.head.lemma_.lower() == "compare"
        and prep.head.head.i != prep.head.i
    ):  # "loans rose 13%, compared with a 4% increase in 1985": the change of the same subject
        return subject(prep.head)
    if word.dep_ in SUBJECTS | {"dobj", "attr", "pobj"} and word.head.pos_ in ("VERB", "AUX"):
        if word.dep_ == "nsubj":
            return None
        subj = subject(word.head)
        if subj is not None and direction(subj) is not None and subj.dep_ == "nsubj":
            # "the rise in costs followed a 3% rise in May": what the subject's change applies to
            return change_target(subj) or subj
        return subj
    return None


def _after_figure(word: Token) -> bool:
    """A word right after a figure ("a 3.0 pct rise"): the figure's unit, not what changes."""
    return word.i > 0 and word.doc[word.i - 1].like_num


_PLACES = frozenset({"GPE", "LOC"})
# prepositions that set a change noun beside the clause's own change, of the same subject
_SEQUENCE_PREPS = frozenset({"after", "following", "to", "from", "since", "before"})


def clause_target(verb: Token) -> Token | None:
    """What a change verb changes: its direct object ("cut its rate by 1%"), else its subject."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") and not is_quantity(child):
            if direction(child) is not None:  # "reported a drop in profits to $5m"
                return change_target(child) or subject(verb)
            return child
    return subject(verb)
