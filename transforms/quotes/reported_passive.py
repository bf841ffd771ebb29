"""Reported speech and judgements in participle clauses of the passive, found from the verb:

- a participle of a stance verb modifying a noun, with an agent naming people: ``[The plan],
  first proposed by Roe, …``, ``[the bill] opposed by most Democrats``, or of a naming verb with
  its second complement: ``[a deal] described by Roe [as unfair]`` (not "a memo seen by Roe");
  the noun phrase (and the complement) is the content and the agent its speaker;
- a participle of a verb of belief or expectation modifying a noun, with its complement:
  ``[the bridge], also known [as the Old Span]``, ``[a state] known [for its lakes]``,
  ``[a year] expected [to bring record turnout]`` (the writer's judgement, as with "[X] is
  expected [to win]": no speaker but the agent of "by X");
- "known for" in the passive: ``[Roe] is known [for her frankness]``;
- "as" with a passive verb of saying and its agent: ``As reported by the Star, [the mayor
  resigned]`` (the clause it hangs on, up to the as-clause when that follows the verb; "as
  mentioned", "as expected" without an agent are the writer's).

A verb of urging in the passive with a to-infinitive, ``[Roe] was urged [to resign]``, is read
by :func:`urged_content` (the passive of "X urged [Roe to resign]").

:func:`participle_content` gives the content's token ids, the cue token, the cue's end and the
speaker token, as :mod:`.reported_stance` does; :mod:`.reported` turns them into a relation.
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_content import (
    cue_lemma,
    is_people,
    is_verbal,
    passive_agent,
    subtree_ids,
)
from transforms.quotes.reported_lexicon import (
    CLAUSE_VERBS,
    COGNITION_VERBS,
    NAMING_VERBS,
    OBJECT_INFINITIVE_VERBS,
    OBJECT_VERBS,
    PASSIVE_RAISING_VERBS,
    SECOND_COMPLEMENT_PREPS,
    SPEAKING_BODY_NOUNS,
)

Found = tuple[list[int], Token, int, Token | None]  # content ids, cue, cue end, speaker

_NOUNS = frozenset(("NOUN", "PROPN", "PRON"))
# stance verbs whose participle mostly names material help, a search or an offer, not a stance
# ("forces backed by Kiev", "a man wanted by police", "a prize sought by investors")
_NOT_STANCE_PARTICIPLES = frozenset(("back", "want", "seek", "wish", "offer", "list", "promote"))
_JUDGED_COMPS = frozenset(("xcomp", "oprd", "acomp"))
_JUDGED_PREPS = frozenset(("as", "like"))
_KNOWN_PREPS = frozenset(("as", "like", "for"))  # "known for its lakes"
_OWN_CLAUSE = frozenset(("nsubj", "nsubjpass", "ccomp", "dobj", "xcomp"))


def _complement(verb: Token, preps: frozenset[str]) -> Token | None:
    """The judging complement after a participle: a to-infinitive, a predicate, or "as"/"like"
    (for "known", also "for") with an object."""
    for c in verb.rights:
        if c.dep_ in _JUDGED_COMPS and (
            c.dep_ != "xcomp" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            return c
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:  # "known for [its lakes]": the object
                return c if c.lower_ in _JUDGED_PREPS else obj
    return None


_NOT_NOUN_PHRASE = frozenset(("relcl", "acl", "appos", "advcl", "punct", "cc", "conj"))


def _noun_before(noun: Token, verb: Token) -> list[int]:
    """The noun phrase a participle modifies, up to the participle clause, without a clause or
    apposition of its own ("[Roe], who ran in May, seen by many as …")."""
    ids = [noun.i]
    for c in noun.children:
        if c.i < verb.left_edge.i and c.dep_ not in _NOT_NOUN_PHRASE:
            ids.extend(t.i for t in c.subtree)
    return sorted(ids)


def modifier_content(verb: Token) -> Found | None:
    """A passive participle modifying a noun: a stance verb with an agent naming people, or a
    verb of belief or expectation with its complement."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.pos_ not in _NOUNS or noun.i > verb.i:
        return None
    lemma = cue_lemma(verb)
    agent = passive_agent(verb)
    ids = _noun_before(noun, verb)
    if not ids:
        return None
    if lemma in PASSIVE_RAISING_VERBS:
        comp = _complement(verb, _KNOWN_PREPS if lemma == "know" else _JUDGED_PREPS)
        if comp is not None:
            return ids + subtree_ids(comp), verb, verb.idx + len(verb), agent
    if agent is None or not is_people(agent):
        return None
    second = [
        c
        for c in verb.rights
        if c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ in SECOND_COMPLEMENT_PREPS)
    ]
    if lemma in NAMING_VERBS and second:  # "[a deal] described by Roe [as unfair]"
        return ids + subtree_ids(second[0]), verb, verb.idx + len(verb), agent
    if lemma in OBJECT_VERBS and lemma not in _NOT_STANCE_PARTICIPLES:
        # "[the bill], opposed by most Democrats"
        return ids, verb, verb.idx + len(verb), agent
    return None


def known_for_content(verb: Token) -> Found | None:
    """ "[Roe] is known [for her frankness]": the subject and the object of "for"."""
    if cue_lemma(verb) != "know" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep else None
    if subj is None or obj is None:
        return None
    return (
        [t.i for t in subj.subtree] + subtree_ids(obj),
        verb,
        verb.idx + len(verb),
        passive_agent(verb),
    )


# verbs of saying and announcing (Levin 1993, 37.7 "say" verbs, and verbs of revealing) whose
# passive subject is what was said even without an agent: "[New rules] were announced"
SAID_IN_PASSIVE = frozenset(
    {
        *("announce", "reveal", "disclose", "report", "declare", "confirm", "propose"),
        *("mention", "allege", "predict", "promise", "request", "unveil"),
    }
)


def agentless_content(verb: Token) -> Found | None:
    """ "[New rules] were announced on Monday", "[Roe] was revealed [as the donor]": the
    subject (with an "as" complement) of a verb of saying or announcing in the passive, without
    an agent (with one, :func:`.reported_judgements.passive_content` reads it) or a clause of
    its own ("it was announced that …" is the clause's); no speaker."""
    if cue_lemma(verb) not in SAID_IN_PASSIVE or not any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None or subj.lower_ in ("it", "this", "that") or passive_agent(verb) is not None:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    ids = [t.i for t in subj.subtree]
    as_ = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_ is not None and not any(g.lemma_ == "part" for g in as_.children):  # not "as part of"
        ids.extend(subtree_ids(as_))
    return ids, verb, verb.idx + len(verb), None


def as_passive_content(verb: Token) -> Found | None:
    """ "As reported by the Star, [the mayor resigned]", "[The bill passed], as expected": a
    passive verb of saying or expectation introduced by "as", without a subject or complement
    of its own; the clause it hangs on is the content, the agent its speaker."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":
        return None
    lemma = cue_lemma(verb)
    agent = passive_agent(verb)
    if lemma not in CLAUSE_VERBS - COGNITION_VERBS or agent is None:
        return None  # "as mentioned", "as expected": the writer's
    kids = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return None
    if any(c.dep_ in _OWN_CLAUSE for c in kids):
        return None
    clause = verb.head
    while not is_verbal(clause) and clause.head.i != clause.i:
        clause = clause.head
    if not is_verbal(clause) or (
        cue_lemma(clause) in CLAUSE_VERBS
        and (
            any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in clause.children)
            or any(t.is_quote for t in clause.doc[clause.sent.start : clause.i])
        )
    ):
        return None  # "As reported, Roe said …": Roe's report ("investigators found [files]" is
        # no report of its own)
    lo, hi = verb.left_edge.i, verb.right_edge.i
    ids = [i for i in subtree_ids(clause) if not lo <= i <= hi]
    if lo > clause.i:  # "[A], as reported by X, and B": the clause up to the as-clause
        ids = [i for i in ids if i < lo]
    return ids, verb, verb.idx + len(verb), agent


# bodies that ask, tell and urge ("asked by the committee"), beside people and speaking bodies
_BODY_NOUNS = SPEAKING_BODY_NOUNS | frozenset(
    ("committee", "panel", "board", "council", "commission", "congress", "parliament", "senate")
)


def _names_agent(tok: Token) -> bool:
    return is_people(tok) or tok.pos_ == "PROPN" or tok.lemma_.lower() in _BODY_NOUNS


def urged_content(verb: Token) -> tuple[list[int], Token | None] | None:
    """ "[Roe] was urged [to resign]", "[the band] was told [to play on]", "after being asked
    [to explain]": a verb of urging in the passive with a to-infinitive, the passive of "X
    urged [Roe to resign]": the subject (the one urged) and the infinitive are the content, the
    agent of "by X" the speaker."""
    if cue_lemma(verb) not in OBJECT_INFINITIVE_VERBS or not any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        return None
    inf = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if inf is None:
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    ids = [t.i for t in subj.subtree] if subj is not None else []
    agent = passive_agent(verb)
    last = max(inf.rights, key=lambda c: c.i, default=None)
    own: set[int] = set()
    if agent is None and last is not None and last.dep_ in ("agent", "prep"):
        obj = next((g for g in last.children if g.dep_ == "pobj"), None)
        if last.lower_ == "by" and obj is not None and _names_agent(obj):
            agent, own = obj, {t.i for t in last.subtree}  # "[to act] by X": the agent hung low
    return ids + [i for i in subtree_ids(inf) if i not in own], agent


def participle_content(tok: Token) -> Found | None:
    """The first of these constructions the verb ``tok`` is the cue of."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    return (
        modifier_content(tok)
        or known_for_content(tok)
        or agentless_content(tok)
        or as_passive_content(tok)
    )
