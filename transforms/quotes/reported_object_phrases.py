"""Phrases hung on a verb after its object that are not what was said: where or in what it was
said ("in a statement"), when ("on Monday"), the speaker's other actions ("after meeting her"), a
margin ("by 12 points") and the terms of speaking ("on condition of anonymity"); and a poll's
word of standing ("shows [Roe 12 points ahead]"), which is."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_lexicon import MEDIUM_NOUNS


def is_medium(prep: Token) -> bool:
    """ "in a statement", "during an interview": where it was said, not what."""
    return prep.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in MEDIUM_NOUNS for g in prep.children
    )


_TIME_ENTS = frozenset(("DATE", "TIME"))
# prepositions of a verb's circumstances: the means ("by citing a poll") or another event before,
# after or against it ("after meeting the mayor", "despite losing the vote"), not what was said
_CIRCUMSTANCE_PREPS = frozenset(
    ("by", "after", "before", "following", "despite", "amid", "since", "until")
)


# nouns of the size of a vote or a lead: "backed [the mayor] by a 30-point margin", "approved [the
# plan] by a 5-to-2 vote" measure the verb, not what was said ("mentioned [Roe by name]" stays)
_MARGIN_NOUNS = frozenset(("margin", "vote", "point", "percent", "majority", "landslide", "tally"))


def is_margin(c: Token) -> bool:
    """ "by a wide margin", "by 12 points", "by a 5-to-2 vote": by how much, not what."""
    return (
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in _MARGIN_NOUNS or g.like_num)
            for g in c.children
        )
    )


# where a poll puts a candidate: "shows [Roe 12 points ahead of Smith]", "has [Roe up by 5]"
_STANDING_WORDS = frozenset(("ahead", "behind", "up", "down", "even", "level", "tied", "neck"))
_STANDING_VERBS = frozenset(("show", "put", "find", "have"))


def is_standing(verb: Token, c: Token) -> bool:
    """A poll verb's word of standing after its object: part of what the poll shows."""
    return (
        verb.lemma_.lower() in _STANDING_VERBS
        and c.dep_ in ("advmod", "prt")
        and c.lower_ in _STANDING_WORDS
    )


def is_anonymous(c: Token) -> bool:
    """ "confirmed [the meeting] on (the) condition of anonymity": the terms the source spoke on."""
    return (
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(
            g.dep_ == "pobj"
            and g.lemma_.lower() == "condition"
            and any(t.lower_ == "anonymity" for t in g.subtree)
            for g in c.children
        )
    )


def is_when(prep: Token) -> bool:
    """ "on Monday", "during the debate", "in March": when it was said, not what."""
    return prep.dep_ == "prep" and (
        prep.lower_ == "during"
        or any(g.dep_ == "pobj" and g.ent_type_ in _TIME_ENTS for g in prep.children)
    )


def is_circumstance(c: Token) -> bool:
    """ "defended [the plan] by citing a poll", "praised [Roe] after meeting her": a preposition
    hung on the verb with a clause of another action of the speaker, how or when it was done.
    (With a noun the phrase is as often part of what was said: "mentioned [Roe by name]",
    "expects [a deal before 2017]".)"""
    return (
        c.dep_ == "prep"
        and c.lower_ in _CIRCUMSTANCE_PREPS
        and any(g.dep_ == "pcomp" for g in c.children)
    )
