"""More cue constructions of reported speech, each found from one token of the parse:

- an adjective of stance with a prepositional object, predicated of people: ``X is critical
  [of the plan]``, ``voters are divided [on the issue]``;
- a source of evidence after "in": ``[Roe leads by ten points] in a new poll``, and a point
  of view: ``In Roe's view, [the bridge is safe]``;
- "as X noted": ``As Roe noted, [the bridge is old]`` (the clause the as-clause hangs on);
- "make clear": ``Roe made it clear [that the toll stays]``;
- a phrasal verb of speaking or stance: ``Roe opened up [about her illness]``, ``Roe came out
  in favor [of the bill]``, ``Roe talked up [the bridge]``; "be against" and "be in favor of":
  ``voters are against [the tax]``.

:func:`further_content` tries them on a candidate token (one of :data:`FURTHER_WORDS`, or any
cue verb) and gives the content's token ids, the cue token, the cue's end and the speaker
token; :mod:`.reported` turns them into a relation.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from transforms.quotes.reported_content import (
    controller_of,
    cue_lemma,
    is_people,
    is_verbal,
    subtree_ids,
)
from transforms.quotes.reported_lexicon import (
    ACCOUNT_NOUNS,
    ADDRESSEE_VERBS,
    CLAUSE_VERBS,
    EVIDENCE_NOUNS,
    SPEAKING_BODY_NOUNS,
    STANCE_ADJECTIVES,
    VIEWPOINT_NOUNS,
)
from transforms.quotes.reported_objects import object_content
from transforms.quotes.reported_prepositions import (
    FAVOR_NOUNS,
    PARTICLE_OBJECT_VERBS,
    PARTICLE_PREP_VERBS,
)

Found = tuple[list[int], Token, int, Token | None]  # content ids, cue, cue end, speaker
_MAKE_CLEAR = frozenset(("clear", "plain"))
_VIEWPOINTS = {"in": VIEWPOINT_NOUNS, "by": ACCOUNT_NOUNS}
_COPULA_STANCES = frozenset(("against",)) | FAVOR_NOUNS
_PARTICLE_VERBS = frozenset(v for v, _ in (*PARTICLE_PREP_VERBS, *PARTICLE_OBJECT_VERBS))
FURTHER_WORDS = (
    frozenset(STANCE_ADJECTIVES)
    | EVIDENCE_NOUNS
    | VIEWPOINT_NOUNS
    | ACCOUNT_NOUNS
    | _MAKE_CLEAR
    | _PARTICLE_VERBS
    | _COPULA_STANCES
)

_OBJECTS = frozenset(("pobj", "pcomp"))
_OWN_CONTENT = frozenset(("ccomp", "dobj", "xcomp", "oprd"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass"))


def stance_content(word: Token) -> Found | None:
    """ "X is critical [of the plan]", "voters are divided [on trade]": the object of the
    preposition of an adjective of stance (or a participle parsed as a passive verb), when it
    is predicated of a subject naming people."""
    preps = STANCE_ADJECTIVES.get(word.lower_)
    if preps is None:
        return None
    if word.dep_ == "acomp" and is_verbal(word.head):
        subj = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    elif word.dep_ in ("amod", "appos") and word.i > word.head.i:  # "Roe, wary of [X],"
        subj = word.head
    elif word.pos_ == "VERB" and (
        "by" in preps or not any(c.dep_ == "agent" for c in word.children)
    ):  # "X was outraged [by the toll]": for these the agent is what the stance is about
        subj = next((c for c in word.children if c.dep_ == "nsubjpass"), None)
    else:
        return None
    if subj is None or not is_people(subj):
        return None
    for c in word.rights:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            obj = next((g for g in c.children if g.dep_ in _OBJECTS), None)
            if obj is not None:
                return subtree_ids(obj), word, c.idx + len(c), subj
    return None


def evidence_content(prep: Token, obj: Token, sentence: tuple[int, int]) -> Found | None:
    """ "[Roe leads by ten points] in a new poll", "In the survey, [most voters …]": "in" with a
    source of evidence opening or closing its ``sentence`` credits the rest of it to the source,
    unless the sentence has a verb of saying or believing (whose report it is: "In a poll,
    voters said …"). Not inside its sentence ("[Roe has a clear lead] in the polls ahead of the
    vote"): tried, and on PolNeAR dev it cost the odd half more false hits than it found
    (+3/+9) and on BBC output its only row was wrong ("took part in the survey")."""
    doc = prep.doc
    s0, s1 = sentence
    if obj.dep_ != "pobj" or any(
        is_verbal(doc[i]) and cue_lemma(doc[i]) in CLAUSE_VERBS for i in range(s0, s1)
    ):
        return None
    own = {t.i for t in prep.subtree}
    lo, hi = min(own), max(own)
    if not all(doc[i].is_punct or doc[i].is_space for i in range(s0, lo)) and not all(
        doc[i].is_punct or doc[i].is_space for i in range(hi + 1, s1)
    ):
        return None
    ids = [i for i in range(s0, s1) if i not in own]
    return ids, prep, prep.idx + len(prep), obj


def _around(prep: Token, obj: Token) -> Found | None:
    """ "[The plan], by her own admission, [was a mistake]": inside its sentence, an account
    credits the clause it hangs on (the verb above the noun it follows), less itself."""
    head = prep.head
    while not is_verbal(head) and head.head.i != head.i:
        head = head.head
    if not is_verbal(head):
        return None
    own = {t.i for t in prep.subtree}
    ids = [i for i in subtree_ids(head) if i not in own]
    return ids, prep, prep.idx + len(prep), obj


def _evidence_prep(tok: Token) -> tuple[Token, Token] | None:
    """("in", its object) for a source of evidence ``tok`` after "in", directly or as the
    "of"-object of its object ("in one of the polls", "in an average of recent polls")."""
    head = tok.head
    if head.lower_ == "in":
        return head, tok
    if head.lower_ == "of" and head.head.dep_ == "pobj" and head.head.head.lower_ == "in":
        return head.head.head, head.head
    return None


def as_clause_content(verb: Token) -> Found | None:
    """ "As Roe noted, [the bridge is old]": a verb of saying or believing introduced by "as",
    with a subject and no complement of its own; the clause it hangs on is the content, less a
    phrase before the as-clause when the clause's subject is not in it."""
    if verb.dep_ != "advcl" or cue_lemma(verb) not in CLAUSE_VERBS:
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in _OWN_CONTENT for c in kids):
        return None
    clause = verb.head  # "The bridge, as Roe noted, is old": hung on the subject
    while not is_verbal(clause) and clause.head.i != clause.i:
        clause = clause.head
    if cue_lemma(clause) in CLAUSE_VERBS:
        return None  # "A, as Roe noted, X said": X's report
    lo, hi = verb.left_edge.i, verb.right_edge.i
    ids = [i for i in subtree_ids(clause) if not lo <= i <= hi]
    subject = any(c.dep_ in _SUBJECTS and c.i < lo for c in clause.children)
    if not subject:  # "Of course, as Roe noted, [A]": a phrase before it is the writer's
        ids = [i for i in ids if i > hi]
    return ids, verb, verb.idx + len(verb), subj


def make_clear_content(word: Token) -> Found | None:
    """ "X made (it) clear [that …]", "X made it plain [the plan had failed]": the clause after
    "clear" or "plain" predicated with "make" (hung on either word), X the speaker."""
    verb = word.head
    if word.lower_ not in _MAKE_CLEAR or verb.lemma_.lower() != "make" or verb.i > word.i:
        return None
    comp = next(
        (
            c
            for c in (*word.rights, *verb.rights)
            if c.i > word.i and c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
        ),
        None,
    )
    if comp is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or controller_of(verb)
    if subj is not None and not is_people(subj):
        subj = None  # "the evidence makes clear that …": the writer's inference
    return subtree_ids(comp), verb, word.idx + len(word), subj


def particle_content(verb: Token) -> Found | None:
    """ "X opened up [about her illness]", "X came out [against the deal]", "X came out in favor
    [of the bill]", "X talked up [the bridge]": a phrasal verb of speaking or stance (its
    particle right after it) with the object of its preposition, or its direct object, as the
    content, when its subject names people, a name or a speaking body ("the shop opened up" is
    literal)."""
    doc = verb.doc
    prt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if prt is None or prt.head.i != verb.i or prt.dep_ not in ("prt", "advmod"):
        return None
    key = (verb.lemma_.lower(), prt.lower_)
    preps = PARTICLE_PREP_VERBS.get(key)
    if preps is None and key not in PARTICLE_OBJECT_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or controller_of(verb)
    if not _speaker_like(subj):
        return None
    if preps is None:  # "talked up [the bridge]"
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        ids = object_content(verb, obj) if obj is not None else []
        return (ids, verb, prt.idx + len(prt), subj) if ids else None
    for c in (*verb.rights, *prt.children):
        if c.dep_ != "prep" or c.lower_ not in preps or c.i < prt.i:
            continue
        obj = next((g for g in c.children if g.dep_ in _OBJECTS), None)
        if obj is not None and c.lower_ == "in":  # "in favor [of the bill]"
            of = next((g for g in obj.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            if obj.lemma_.lower() not in FAVOR_NOUNS or of is None:
                continue
            c, obj = of, next((g for g in of.children if g.dep_ in _OBJECTS), None)
        if obj is not None:
            return subtree_ids(obj), verb, c.idx + len(c), subj
    return None


def copula_stance_content(word: Token) -> Found | None:
    """ "Most voters are against [the tax]", "Roe is in favor [of the bill]": "against", or "in
    favor of", predicated with "be" of a subject naming people (not "the wind was against us")."""
    if word.lower_ == "against":
        prep, be = word, word.head
    elif word.dep_ == "pobj" and word.head.lower_ == "in":
        prep = next((g for g in word.children if g.dep_ == "prep" and g.lower_ == "of"), None)
        be = word.head.head
    else:
        return None
    if prep is None or be.lemma_ != "be":
        return None
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    obj = next((g for g in prep.children if g.dep_ in _OBJECTS), None)
    if obj is None or subj is None or not is_people(subj):
        return None  # not any name: "England's next Test is against Canada" is a fixture
    return subtree_ids(obj), be, prep.idx + len(prep), subj


def _speaker_like(subj: Token | None) -> bool:
    """A subject naming people, a name or a speaking body ("the union")."""
    return subj is not None and (
        is_people(subj) or subj.pos_ == "PROPN" or subj.lemma_.lower() in SPEAKING_BODY_NOUNS
    )


def further_content(tok: Token, sentence: Callable[[int], tuple[int, int]]) -> Found | None:
    """The first of these constructions ``tok`` is the cue of (``sentence(i)`` gives the token
    bounds of the sentence of token ``i``)."""
    if tok.lower_ in _MAKE_CLEAR:
        return make_clear_content(tok)
    if tok.lower_ in _COPULA_STANCES:
        return copula_stance_content(tok)
    found_in = _evidence_prep(tok) if tok.lemma_.lower() in EVIDENCE_NOUNS else None
    if found_in is not None:
        return evidence_content(*found_in, sentence(found_in[0].i))
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None and tok.lower_ in _VIEWPOINTS.get(tok.head.lower_, ()):
        prep = tok.head  # "in Roe's view", "by her own admission"
        found = evidence_content(prep, tok, sentence(prep.i))
        if found is None and prep.lower_ == "by":  # not "in their eyes": often literal
            found = _around(prep, tok)
        return (found[0], found[1], tok.idx + len(tok), poss) if found else None
    if tok.pos_ == "VERB":
        found = as_clause_content(tok) or particle_content(tok)
        if found is not None:
            return found
    return stance_content(tok) if tok.pos_ in ("ADJ", "VERB") else None


_ASKING = frozenset(("if", "whether"))
_CLAUSE_DEPS = frozenset(("aux", "auxpass", "nsubj", "nsubjpass", "agent"))


def clause_extras(verb: Token, ids: list[int]) -> list[int]:
    """An indirect question the parser hangs on a verb of saying or asking as an adverbial
    clause ("X asked [if A]", "X wondered [whether A]"), when it has no complement (``ids``)."""
    if ids:
        return []
    for c in verb.rights:
        marks = {g.lower_ for g in c.children if g.dep_ == "mark"}
        if c.dep_ == "advcl" and marks & _ASKING:
            return subtree_ids(c)
    return []


def addressed(verb: Token, subj: Token) -> bool:
    """Whether ``subj`` is the one a verb of addressing in the passive speaks to, not its
    speaker: "X was asked if …", "Asked if …, X shook her head"."""
    if cue_lemma(verb) not in ADDRESSEE_VERBS:
        return False
    if subj.dep_ == "nsubjpass" and subj.head.i == verb.i:
        return True
    own = {c.dep_ for c in verb.children}  # a participle of its own: "Asked if …, X said"
    return verb.tag_ == "VBN" and subj.head.i != verb.i and not own & _CLAUSE_DEPS
