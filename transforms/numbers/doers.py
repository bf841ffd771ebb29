"""Who has or does what a number measures: the possessor of a counted noun ("Acme's 500
workers" -> Acme), the doer of a measured act ("Jones ran a 40-yard dash" -> Jones, "Bolton's
10-game run" -> Bolton) and the object of a giving verb, who has what its "with" phrase counts
("left the group with three divisions" -> group), for ``about`` (transforms.numbers.about)."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.numbers.phrases import is_quantity
from transforms.numbers.subjects import subject
from transforms.numbers.units import TIME_UNITS

# a time is never what is measured nor who has it: the duration units, and the parts of a day or year
TIME_NOUNS = TIME_UNITS | {"quarter", "night", "morning", "afternoon", "evening", "weekend"}


def owner(noun: Token) -> Token | None:
    """The possessor named before a counted noun ("Acme's 500 workers" -> Acme), not a pronoun
    and not a time ("last year's 40 deals")."""
    for child in noun.lefts:
        if (
            child.dep_ == "poss"
            and child.pos_ in ("NOUN", "PROPN")
            and child.ent_type_ not in ("DATE", "TIME")
            and child.lemma_.lower() not in TIME_NOUNS
        ):
            return child
    return None


def whole_of(noun: Token) -> Token | None:
    """The group an "of" phrase after a counted noun says they belong to ("the four owners of the
    firm", "40 members of Acme" -> firm, Acme): a name or a noun with a determiner or possessor,
    not a time and not a bare mass noun ("three cups of flour")."""
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if (
                obj.dep_ == "pobj"
                and obj.pos_ in ("NOUN", "PROPN")
                and not is_quantity(obj)
                and obj.ent_type_ not in ("DATE", "TIME")
                and obj.lemma_.lower() not in TIME_NOUNS
                and (obj.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in obj.children))
            ):
                return obj
    return None


def chain_head(noun: Token) -> Token:
    """The last noun of a compound chain a measure opens ("an 84-yard interception return" ->
    return): the unit word and the nouns after it modify that noun."""
    t = noun
    while t.dep_ == "compound" and t.head.i > t.i and t.head.pos_ == "NOUN":
        t = t.head
    return t


# nouns of an act of moving or playing whose length is measured ("a 40-yard dash", "a 12-hour
# flight"): the measure is of the act, which the subject of its verb does
_ACTS = frozenset(
    """run dash sprint race walk hike swim ride drive flight trip journey voyage trek march return
    throw pass kick shot jump leap climb dive spacewalk lap marathon commute catch crossing""".split()  # noqa: SIM905
)


def doer(act: Token) -> Token | None:
    """Who does a measured act: its possessor ("Bolton's 10-game run" -> Bolton), else the
    subject of the verb whose direct object it is ("Jones ran a 40-yard dash" -> Jones) or whose
    prepositional phrase holds it ("the probe reached Mars after a 300-day journey" -> probe)."""
    if act.lemma_.lower() not in _ACTS:
        return None
    who = owner(act)
    if who is not None:
        return who
    verb = act.head
    if act.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "landed after a 12-hour flight": who landed made the flight
    elif act.dep_ != "dobj":
        return None
    return subject(verb) if verb.pos_ == "VERB" else None


# verbs that give their object what their "with" phrase names ("left the group with three
# divisions", "provided schools with 500 laptops")
_GIVING = frozenset({"leave", "provide", "supply", "equip", "arm", "present", "furnish", "credit"})


def provided_to(verb: Token) -> Token | None:
    """The object of a giving verb, who has what its "with" phrase counts ("left the group with
    three divisions" -> group)."""
    if verb.lemma_.lower() not in _GIVING:
        return None
    for obj in verb.children:
        if (
            obj.dep_ == "dobj"
            and obj.pos_ in ("NOUN", "PROPN")
            and not is_quantity(obj)
            and obj.ent_type_ not in ("DATE", "TIME")
            and obj.lemma_.lower() not in TIME_NOUNS
        ):
            return obj
    return None


def named_by_age(old: Token) -> bool:
    """ "the N-year-old" as a noun: a person named by age ("will miss the 29-year-old"), not after
    "as" ("joined as a 20-year-old": the age of the subject)."""
    if old.lower_ != "old":
        return False
    if old.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True
    return old.dep_ == "pobj" and old.head.lower_ != "as"


def held_by_none(counted: Token) -> bool:
    """The counted noun names the parties a noun is between ("the rivalry between the two
    clubs", "talks among the 12 members"): the noun is no one's who has them."""
    prep = counted.head
    return (
        counted.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in ("between", "among", "amongst")
        and prep.head.pos_ in ("NOUN", "PROPN")
    )
