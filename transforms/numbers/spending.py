"""What a sum is spent on, paid for or given to, for ``about`` ("will spend £2bn on hospitals" ->
hospitals, "£4m was spent on marketing" -> marketing), and what a copula says its figure subject is
("$5m is the asking price" -> price)."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.numbers.phrases import is_quantity


def spent_on(verb: Token, sum_: Token) -> Token | None:
    """What a sum that is the direct object of a verb of spending is spent on, paid for or given
    to ("will spend £2bn on hospitals" -> hospitals, "paid $40m for the brand" -> brand), as for
    the passive sum (:func:`sum_spent_on`); the parse may hang the phrase on the sum itself."""
    if verb.lemma_.lower() not in _SPENDING:
        return None
    return _spent_object(verb) or _spent_object(sum_)


def _spent_object(verb: Token) -> Token | None:
    for prep in verb.rights:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in _SPENT_ON:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and not is_quantity(obj):
                    return obj
            return None
    return None


def sum_spent_on(verb: Token, subj: Token) -> Token | None:
    """What a sum that is the passive subject of a verb is spent on, paid for or given to ("£4m
    was spent on marketing" -> marketing, "$5,000 will be given to the winner" -> winner), as
    the object of a verb the sum hangs on is ("sold the plant for $5m" -> plant)."""
    if (
        subj.dep_ != "nsubjpass"
        or verb.lemma_.lower() not in _SPENDING
        or not any(t.tag_ == "$" or t.ent_type_ == "MONEY" for t in subj.subtree)
    ):
        return None
    return _spent_object(verb)


# verbs of spending or handing over a sum (FrameNet Commerce_pay, Giving, Expend_resource)
_SPENDING = frozenset(
    """spend pay give allocate invest earmark award grant donate lend offer budget commit
    pledge provide devote assign hand""".split()  # noqa: SIM905
)
# prepositions that say what a sum is spent on, paid for or given to
_SPENT_ON = frozenset({"on", "for", "to", "towards", "toward"})


def copula_attribute(verb: Token) -> Token | None:
    """What a copula says its figure subject is ("$5m is the asking price" -> price): the noun
    of its predicate, when that is no other figure."""
    if verb.lemma_ != "be":
        return None
    for child in verb.children:
        if child.dep_ == "attr" and child.pos_ in ("NOUN", "PROPN") and not is_quantity(child):
            return child
    return None
