"""Subjects in the parse for ``about``: the subject of a verb (climbing through subordinate
clauses, past pronouns, to a relative clause's antecedent). The role of the number's own phrase
is in :mod:`transforms.numbers.number_roles`, what a sum is spent on in
:mod:`transforms.numbers.spending`."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.numbers.antecedents import antecedent, may_stand_for, verb_above
from transforms.numbers.phrases import is_quantity
from transforms.numbers.spending import copula_attribute, sum_spent_on
from transforms.quotes.reported_lexicon import PEOPLE_NOUNS

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# verbs of amount whose participle after a noun gives that noun's measure ("a deal totalling
# $5m", "prices ranging from $3 to $5", "strikes lasting two hours", "firms employing 500"); not
# "average": "entered the game averaging 15 points" is mostly said of the subject, not the noun
_MEASURING = frozenset(
    """total amount cost range top exceed aggregate number reach encompass last extend account
    represent weigh measure span cover stretch value surpass comprise involve employ
    carry contain yield pay""".split()  # noqa: SIM905
)
_CLIMB = frozenset({"conj", "xcomp", "advcl", "ccomp", "acl", "pcomp", "prep", "dep", "acomp"})
_DIRECTIONS = frozenset(("advmod", w) for w in ("up", "down", "higher", "lower"))  # up after a fall


def subject(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing through conjoined and subordinate verbs, through the
    noun a verb phrase hangs on ("announced plans to cut 500 jobs"), and past a pronoun subject
    to the clause above it ("Acme said it was grounding two jets" -> Acme)."""
    v = verb
    for _ in range(6):
        pronoun = False
        for child in _subjects(v):
            if child.tag_ == "WDT" or child.lower_ in ("which", "that", "who"):
                if v.dep_ == "ccomp" and v.head.dep_ == "relcl":  # "which officials say will cost"
                    return _antecedent(v.head.head, child)
                on_noun = v.dep_ == "relcl" and v.head.pos_ not in ("ADJ", "ADV", "VERB", "AUX")
                return _antecedent(v.head, child) if on_noun else None
            if child.pos_ != "PRON" and not _quantifier_alone(child):
                return child
            pronoun = True
        if pronoun:
            extraposed = _extraposed(v)
            if extraposed is not None:  # "it would take £40m to stage a takeover"
                return extraposed
        if pronoun and v.lemma_.lower() in THING_VERBS:
            return _named_it(v)  # "Acme says it will cost $5": not Acme, a thing named before
        if pronoun and v.dep_ == "ccomp" and v.head.i > v.i:
            return _reported_it(v)  # "It costs $5, the firm said"
        controller = _object_controller(v)
        if controller is not None and not pronoun:
            return controller
        placed = _age_after_object(v)
        if placed is not None:
            v = placed  # "died of cancer aged 67": the age of who died
            continue
        if (v.dep_ == "relcl" and not pronoun) or (
            v.dep_ == "acl"
            and (v.tag_ == "VBN" or (v.tag_ == "VBG" and v.lemma_.lower() in _MEASURING))
            and v.head.pos_ in ("NOUN", "PROPN")
        ):  # "a package worth ...", "products priced at $10", "a deal totalling $5m"
            return v.head
        priced = _priced_before(v)
        if priced is not None:  # "a certificate, costing £135, ...": the certificate
            return priced
        climb = (
            v.dep_ in _CLIMB
            or (v.dep_, v.lower_) in _DIRECTIONS
            or (v.pos_ in ("NOUN", "PROPN") and v.dep_ in ("dobj", "pobj", "attr"))
        )
        if not climb or v.head.i == v.i:
            return None
        v = v.head
    return None


# verbs of price or size whose participle after a noun and a comma gives its measure; also "ranging from"
_PRICING = frozenset({"cost", "total", "value", "weigh", "measure", "number", "amount", "price"})


def _priced_before(verb: Token) -> Token | None:
    """The noun before a comma and a participle of price or size with no subject of its own,
    which the parse hung on the verb of the clause ("a certificate, costing £135, ..." ->
    certificate)."""
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ not in ("VBG", "VBN") or verb.i < 2:
        return None
    ranging = verb.lemma_.lower() == "range" and any(c.lower_ == "from" for c in verb.children)
    if (verb.lemma_.lower() not in _PRICING and not ranging) or _subjects(verb):
        return None
    doc = verb.doc
    noun = doc[verb.i - 2]
    if doc[verb.i - 1].text != "," or noun.pos_ not in ("NOUN", "PROPN") or is_quantity(noun):
        return None
    return noun


def _extraposed(verb: Token) -> Token | None:
    """What an "it" of "take" or "cost" that stands for an infinitive after it is about: the one
    it takes ("it took Acme nine years to ...": Acme), else what the infinitive acts on ("it will
    take six years to digitise the collection": collection; "it took 10 years for the service to
    launch": service)."""
    if verb.lemma_.lower() not in ("take", "cost") or not any(
        c.lower_ == "it" and c.dep_ == "nsubj" for c in verb.children
    ):
        return None
    clause = next(
        (
            c
            for c in verb.rights
            if c.dep_ in ("xcomp", "advcl", "ccomp")
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    for c in verb.children:
        if c.dep_ in ("dative", "dobj") and c.i < clause.i and _named_noun(c):
            return c  # "it took Acme nine years": Acme
    for dep in ("dobj", "nsubj", "nsubjpass"):
        for c in clause.children:
            if c.dep_ == dep and _named_noun(c):
                return c
    return None


def _named_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and not is_quantity(tok)


# verbs whose subject is a thing that has the measure ("it costs $5", "it weighs 2kg"): an "it"
# subject there never stands for the speaker of the clause above ("Acme says it will cost $5")
THING_VERBS = frozenset({"cost", "weigh", "measure", "last"})


def _pronoun_subject(verb: Token) -> Token | None:
    return next((c for c in _subjects(verb) if c.pos_ == "PRON"), None)


def _named_it(verb: Token) -> Token | None:
    """The noun named before that the pronoun subject of ``verb`` stands for, else None."""
    it = _pronoun_subject(verb)
    return antecedent(it) if it is not None else None


def unnamed_subject(tok: Token) -> bool:
    """The subject of the verb above ``tok`` stands for a noun named before, not for one nearby:
    a bare quantifier ("Many earn $300 a week, the study found"), "I", "we" or "you", or a pronoun of a verb of a
    thing's measure ("Acme says it will cost $5"); a noun nearby is no fallback for it."""
    verb = verb_above(tok)
    if verb is None:
        return False
    subj = _subjects(verb)
    return any(_quantifier_alone(c) or c.lower_ in _SPEAKERS for c in subj) or (
        verb.lemma_.lower() in THING_VERBS and any(c.pos_ == "PRON" for c in subj)
    )


# pronouns of the speaker or the one spoken to ("Last year I was 91kg"): no noun nearby is them
_SPEAKERS = frozenset({"i", "we", "you"})


def _age_after_object(verb: Token) -> Token | None:
    """The verb of a clause an "aged N" ends, when the parse hangs "aged" on an object that is no
    person ("died of cancer aged 67", "died in hospital aged 80", "won the title aged 17"): the
    age is of the verb's subject, not of the cause, place or thing; not "for children aged 5",
    "arrested a man aged 40" (people)."""
    noun = verb.head
    if not (verb.lower_ == "aged" and verb.dep_ == "acl" and noun.dep_ in ("pobj", "dobj")):
        return None
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head
    if (
        noun.tag_ != "NN"
        or noun.ent_type_ in ("PERSON", "NORP", "ORG")
        or noun.lemma_.lower() in PEOPLE_NOUNS | _YOUNG
        or gov.pos_ not in ("VERB", "AUX")
    ):
        return None
    return gov


# nouns of people by age or kin, beside the nouns of people of the quotes lexicon
_YOUNG = frozenset(
    """boy girl child baby infant toddler teenager youngster youth pupil son daughter mother
    father brother sister wife husband grandmother grandfather patient victim""".split()  # noqa: SIM905
)


def _reported_it(verb: Token) -> Token | None:
    """What the pronoun subject of a clause a speech verb reports after it stands for ("The
    phone is new. It costs $5, the firm said" -> phone): the noun before it, else the speaker
    when it agrees ("It has 40 stores, the company said" -> company; not "he said")."""
    it = _pronoun_subject(verb)
    if it is None:
        return None  # a bare quantifier ("Many were leaving, the study found"): no noun named
    named = antecedent(it)
    if named is not None:
        return named
    speaker = subject(verb.head)
    return speaker if speaker is not None and may_stand_for(it, speaker) else None


def _object_controller(verb: Token) -> Token | None:
    """The object of the verb above an object-controlled clause, its unstated subject ("asked
    firms to pay $5m" -> firms, "sent shares surging 8%" -> shares)."""
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head.pos_ != "VERB":
        return None
    for child in verb.head.children:
        if (
            child.dep_ == "dobj"
            and child.i < verb.i
            and child.pos_ in ("NOUN", "PROPN")
            and not is_quantity(child)
        ):
            return child
    return None


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` in text order; when the parse gives it several, the one set off by
    a comma right before the verb comes first: the others are a fronted description or setting
    ("A former banker, Jones earned $2m", "In Leeds, the city with the highest rents, inflation
    rose to 7%")."""
    subj = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(subj) > 1 and verb.doc[subj[-1].left_edge.i - 1].text == ",":
        subj = subj[-1:] + subj[:-1]
    return subj


def _antecedent(head: Token, relative: Token) -> Token:
    """The noun a relative clause is about: the head of "N of M, which ..." rather than M, the
    parse's usual attachment ("the price of gold, which hit $1,900" -> price); "who" keeps M; a
    "which" the parse hangs on a person is about the noun the person's phrase hangs on ("a bonus
    for the director, Jane Smith, which was worth $2m" -> bonus)."""
    if relative.lower_ == "which" and _person(head):
        noun = head.head if head.dep_ == "appos" else head  # "the director, Jane Smith, which"
        if noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            return noun.head.head  # "which" names no person: the noun the person hangs on
    of = head.head
    if (
        relative.lower_ in ("which", "that")
        and head.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ in ("NOUN", "PROPN")
        and of.head.i < head.i
    ):
        return of.head
    return head


def _person(tok: Token) -> bool:
    """A person's name, or a noun with one in apposition ("the director, Jane Smith")."""
    return tok.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children
    )


_QUANTIFIERS = frozenset(
    {"most", "some", "many", "all", "both", "each", "several", "few", "others", "none", "much"}
)


def _quantifier_alone(tok: Token) -> bool:
    """A quantifier standing for a noun phrase named before ("most landed in the bay")."""
    return tok.lower_ in _QUANTIFIERS and not any(c.dep_ == "prep" for c in tok.children)


def clause_subject(tok: Token) -> Token | None:
    """The subject of the nearest verb above ``tok`` (a fallback when the attachment says
    nothing: "Acme shares have had a fine month, up nearly 12%")."""
    verb = verb_above(tok)
    subj = subject(verb) if verb is not None else None
    if subj is not None and subj.i == tok.i:
        # "7/8 pct was the new benchmark spread": the spread; "£4m was spent on ads": the ads
        return copula_attribute(verb) or sum_spent_on(verb, subj)
    return subj
