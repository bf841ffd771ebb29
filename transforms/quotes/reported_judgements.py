"""Judgements and stances that are not a verb of saying with its complement: the writer's
judgement with a raising verb or a passive verb of belief ("[The plan] seems [to work]", "[X] is
expected [to win]"), a stance verb in the passive ("[The plan] was criticized by Roe"), and an
adjective of attitude with its clause ("Roe is confident [that …]").
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_content import (
    VERB_COMPS,
    cue_lemma,
    is_people,
    is_verbal,
    subtree_ids,
)
from transforms.quotes.reported_lexicon import (
    CLAUSE_VERBS,
    COGNITION_VERBS,
    NAMING_VERBS,
    PASSIVE_RAISING_VERBS,
    RAISING_VERBS,
    SECOND_COMPLEMENT_PREPS,
)

_RAISED_COMPS = frozenset(("xcomp", "acomp", "oprd", "attr", "ccomp"))
_RAISED_PREPS = frozenset(("as", "like"))
_EXPLETIVE = frozenset(("it", "there"))


def _extraposed(verb: Token, comp: Token, subj: Token) -> bool:
    """Whether the subject "it" of a raising verb is a dummy for a clause after it ("it seems
    [that …]", "it seems likely [that …]", "it looks like …"); "there" always is."""
    if subj.lower_ != "it" or comp.dep_ in ("ccomp", "prep"):
        return True
    if comp.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in comp.children):
        return False  # "[it] appeared [to undercut the claim that …]": the clause is the object's
    return any(c.dep_ in ("ccomp", "csubj") for c in (*verb.rights, *comp.children))


def raised_content(verb: Token) -> tuple[list[int], list[int], Token | None] | None:
    """ "[The plan] seems [to work]", "[X] is expected [to win]", "[Y] is regarded [as Z]",
    "[It] looks [like a win]": the subject's and the complement's tokens (no subject piece for
    "it seems that …"), and the agent of a passive ("by X"), the only speaker such a judgement
    has. An active raising verb with a subject naming people judges them only when the
    complement follows the verb ("[Voters] seem [tired]"; "Roe appeared in public to rally …"
    gives no relation)."""
    lemma = cue_lemma(verb)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if not (lemma in RAISING_VERBS and not passive) and not (
        passive and lemma in PASSIVE_RAISING_VERBS
    ):
        return None
    comp = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (c.dep_ in _RAISED_COMPS or (c.dep_ == "prep" and c.lower_ in _RAISED_PREPS))
        ),
        None,
    )
    if comp is None or (comp.dep_ == "prep" and not any(True for _ in comp.children)):
        return None
    if cue_lemma(comp) in CLAUSE_VERBS and not (
        (passive or cue_lemma(comp) in COGNITION_VERBS)
        and comp.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in VERB_COMPS for c in comp.children)
    ):
        # "X is expected to say that …", "X seems to show B": the report is X's own; a passive
        # judgement of a verb with no clause of its own is not ("[X] is expected [to rule on …]"),
        # nor one of knowing without a clause ("[X] seems [to have learned the wrong lessons]")
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    comps = subtree_ids(comp)
    if subj is not None and not passive and is_people(subj):
        # "[Voters] seem [tired of the race]": a judgement of people, when the complement
        # follows the verb ("Roe appeared in public to rally …" judges nothing)
        between = range(verb.i + 1, comp.left_edge.i)
        if any(verb.doc[k].pos_ not in ("ADV", "PART") for k in between):
            return None
    if subj is not None and subj.lower_ in _EXPLETIVE and _extraposed(verb, comp, subj):
        # "it seems [likely] [that …]" ("[it] appeared [to undercut …]": "it" stands for a thing)
        for c in verb.rights:
            if c.i > comp.i and c.dep_ in _RAISED_COMPS:
                comps.extend(subtree_ids(c))
        return [], comps, agent
    own = [t.i for t in subj.subtree] if subj is not None else []
    return own, comps, agent


def passive_content(verb: Token) -> tuple[list[int], Token | None] | None:
    """ "[The plan] was criticized by X", "[Roe] was described [as a moderate]": a stance
    verb in the passive; its subject (with a second complement) is the content and the agent
    of "by X" the speaker. Without an agent naming people, only a naming verb with its second
    complement ("was called a liar") reads as speech."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.i > verb.i:
        return None
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    ids = [t.i for t in subj.subtree]
    second = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ in ("oprd", "xcomp", "acomp")
            or (c.dep_ == "prep" and c.lower_ in SECOND_COMPLEMENT_PREPS)
        )
    ]
    by_people = agent is not None and is_people(agent)
    if not by_people and not (second and cue_lemma(verb) in NAMING_VERBS):
        return None  # "the base was attacked", "generals were questioned": not speech
    for c in second:
        ids.extend(subtree_ids(c))
    return ids, agent


def attitude_content(adj: Token) -> tuple[list[int], Token] | None:
    """ "X is confident [that …]", "X is willing [to …]": the that-clause or to-infinitive of
    an adjective of attitude predicated of a subject naming people, and that subject."""
    head = adj.head
    if adj.dep_ != "acomp" or not is_verbal(head):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or not is_people(subj):
        return None
    for c in adj.rights:
        if c.dep_ == "ccomp" or (
            c.dep_ == "xcomp" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        ):
            return subtree_ids(c), subj
    return None
