"""The content a verb cue governs as its complement or object, found on the parse alone.

Used by :mod:`.reported` for a verb of the word lists once raised and relative constructions
are ruled out. The constructions are tried in order and the first that gives tokens wins:

- a clausal complement of a verb of saying (two coordinated that-clauses, an indirect question,
  a fronted conditional; a second clause with its own subject and verb of saying is left as a
  report of its own): ``X said [that A]``;
- an object and its infinitive: ``X urged [Congress to act]``, ``X called on [Y to act]``;
- an infinitive: ``X plans [to run]``; a naming verb's object and complement (``X called
  [the plan a disaster]``, ``what X calls [a disaster]``);
- a content fronted before its verb of saying;
- an object (or a gerund or wh-clause as one) of a verb of stance or speech act, an object
  of the preposition of a verb of communication (``objected to [X]``), and a relative pronoun
  object (``what X said``); not the object of a verb of expressing that is itself a noun cue
  with its own content and no possessor (``X expressed concern about [Y]``: the noun's relation
  in :mod:`.reported` stands, as the outer verb row would swallow it);
- a that-clause the parser hung as a relative clause on the last noun of a phrase after the
  cue (``said for the first time [that …]``, :mod:`.reported_misparsed`).

Returns token indices (empty when nothing is governed), never char spans: :mod:`.reported`
cuts them into pieces of the cue's sentence and paragraph.
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.lexicon import WEEKDAYS
from transforms.quotes import reported_stance as stance
from transforms.quotes.reported_content import (
    VERB_COMPS,
    cue_lemma,
    fronted_content,
    has_that,
    is_people,
    own_report,
    prep_infinitive,
    subtree_ids,
)
from transforms.quotes.reported_delayed import delayed_clause
from transforms.quotes.reported_lexicon import (
    ADDRESSEE_VERBS,
    AS_NAMING_VERBS,
    CLAUSE_VERBS,
    COGNITION_VERBS,
    FINDING_NOUNS,
    FINDING_VERBS,
    INFINITIVE_VERBS,
    NAMING_VERBS,
    NOUN_CUES,
    OBJECT_INFINITIVE_VERBS,
    OBJECT_VERBS,
    PERCEPTION_VERBS,
    PREP_OBJECT_NOUNS,
    PREP_OBJECT_VERBS,
    RAISING_VERBS,
    THING_OBJECT_VERBS,
)
from transforms.quotes.reported_misparsed import hung_that_clause
from transforms.quotes.reported_objects import naming_content, object_content, prep_object
from transforms.quotes.reported_parentheticals import fronted_ids, resumed_ids
from transforms.quotes.reported_relatives import contact_relative

_OBJECT_CLAUSE_VERBS = CLAUSE_VERBS - ADDRESSEE_VERBS - COGNITION_VERBS - THING_OBJECT_VERBS
_WH_WORDS = frozenset(
    ["what", "how", "why", "where", "when", "who", "whom", "whose", "which", "whether"]
)


_RAISING_VERBS = frozenset(("promise", "threaten"))


def _raising(tok: Token, lemma: str, inf: Token) -> bool:
    """ "[what] promises to be a fine summer", "the storm threatens to become …": a verb of
    promising with "to be"/"to become" and a subject naming no people says what is likely."""
    if lemma not in _RAISING_VERBS or inf.lemma_.lower() not in ("be", "become"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is None or not is_people(subj)


def complement_ids(tok: Token, lemma: str) -> list[int]:
    """Token indices of what the verb cue ``tok`` (of lemma ``lemma``) governs as its
    complement or object, or ``[]``."""
    ids: list[int] = contact_relative(tok) or []  # "[the plan] Roe criticized"
    if not ids and lemma in CLAUSE_VERBS:
        for c in tok.children:
            if ids and own_report(c, after_content=True):
                continue  # "said [A], and most voters said B" parsed as two complements
            if c.dep_ in VERB_COMPS and c.i < tok.i and _relative_clause(c):
                continue  # "Roe, who has no backers, said …": the subject's relative clause
            if c.dep_ in VERB_COMPS or (ids and c.dep_ == "conj" and has_that(c)):
                # "said that A and that B"; "said [Tuesday] he would run": the day is the cue's
                when = leading_when(tok, c)  # once per clause, not once per token
                ids.extend(i for i in subtree_ids(c) if i not in when)
        ids.extend(stance.clause_extras(tok, ids))  # "asked [if …]"
        ids.extend(fronted_ids(tok, ids))  # "[If elected], X said [A]"
        ids.extend(resumed_ids(tok, ids))  # "[A], X said, [by B]"
    if not ids and lemma in CLAUSE_VERBS:  # "said on Monday [that …]" the parse lost
        ids = delayed_clause(tok)
    if not ids and lemma in OBJECT_INFINITIVE_VERBS:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        inf = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if obj is not None and inf is not None and obj.i < inf.i:
            ids = subtree_ids(obj) + subtree_ids(inf)
    if not ids and lemma in OBJECT_INFINITIVE_VERBS:  # "called on [X to act]"
        ids = prep_infinitive(tok)
    if not ids and lemma in INFINITIVE_VERBS:
        inf = next(  # "X plans [to run]", "X wants [Y to run]" (parsed as a ccomp)
            (c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i), None
        )
        if inf is not None and any(a.lower_ == "to" and a.dep_ == "aux" for a in inf.children):
            ids = [] if _raising(tok, lemma, inf) else subtree_ids(inf)
    if not ids and lemma in NAMING_VERBS:
        ids = naming_content(tok)
    if not ids and lemma in AS_NAMING_VERBS:  # "X cast [herself as the heir]"
        ids = naming_content(tok, as_only=True)
    if not ids and lemma in NAMING_VERBS:  # "what he calls [X]": the pronoun and X
        rel = [c for c in tok.lefts if c.dep_ == "dobj" and c.tag_ in ("WP", "WDT")]
        comp = [
            t.i
            for c in tok.rights
            if c.dep_ in ("oprd", "xcomp", "attr", "acomp")
            or (c.dep_ == "prep" and c.lower_ == "as")
            for t in c.subtree
        ]
        if rel and comp:
            ids = [rel[0].i, *comp]
    if not ids and lemma in PERCEPTION_VERBS:
        ids = perceived_clause(tok)  # "voters saw [that Roe could win]"
    if not ids and lemma in CLAUSE_VERBS:
        ids = fronted_content(tok)
    if not ids and (
        lemma in OBJECT_VERBS or lemma in _OBJECT_CLAUSE_VERBS or _evidence_finding(tok, lemma)
    ):
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:  # "X opposes [raising taxes]"
            obj = next((c for c in tok.rights if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        if obj is None:  # "X bemoaned [the demise of …]" with the object parsed as an attribute
            obj = next((c for c in tok.rights if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if obj is None:  # "X described [what happened]": a wh-clause as the object
            obj = next(
                (c for c in tok.rights if c.dep_ == "ccomp" and c.left_edge.lower_ in _WH_WORDS),
                None,
            )
        if obj is not None and obj.i > tok.i and not asked(tok):
            if lemma in EXPRESSING_VERBS and _noun_cue_with_content(obj):
                return []  # "expressed concern about [X]": the noun's relation stands
            ids = object_content(tok, obj)
        elif obj is None and lemma not in CLAUSE_VERBS:
            ids = _object_in_date(tok)
    if not ids and lemma in PREP_OBJECT_VERBS:
        ids = prep_object(tok, PREP_OBJECT_VERBS)
    if not ids and (lemma in CLAUSE_VERBS - COGNITION_VERBS or lemma in OBJECT_VERBS):
        # "what X said", "the plan, which X criticized": the relative pronoun
        ids = [c.i for c in tok.lefts if c.dep_ == "dobj" and c.tag_ in ("WP", "WDT")]
    if not ids and lemma in CLAUSE_VERBS:  # "said for the first time [that …]"
        ids = hung_that_clause(tok)
    return ids


def asked(verb: Token) -> bool:
    """ "Do you support [X]?", "Did the mayor back [the plan]?": a stance a yes-no question asks
    about (an auxiliary before the verb's subject, the sentence ending with "?"), not one anybody
    is reported to hold."""
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or not any(c.dep_ == "aux" and c.i < subj.i for c in verb.lefts):
        return False
    end = verb.sent[-1]
    while end.i > verb.i and (end.is_space or end.is_quote or end.is_bracket):
        end = end.doc[end.i - 1]
    return end.text == "?"


_WHEN_ENTS = frozenset(("DATE", "TIME"))
_DAY_WORDS = WEEKDAYS | {"yesterday"}


def _object_in_date(verb: Token) -> list[int]:
    """ "X endorsed [Roe] Wednesday": a name right after the verb that the parser made part of
    the day after it (a compound of "Wednesday", hung on the verb as a phrase of time)."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].dep_ == "compound" and doc[k].pos_ == "PROPN":
        k += 1
    if k == verb.i + 1 or k >= len(doc) or any(c.dep_ in VERB_COMPS for c in verb.children):
        return []
    day = doc[k]
    if day.head.i != verb.i or day.dep_ != "npadvmod":
        return []
    if day.ent_type_ not in _WHEN_ENTS and day.lower_ not in _DAY_WORDS:
        return []  # the names tagger may take the day into the name ("Lopez Wednesday")
    if any(doc[j].head.i not in range(j + 1, k + 1) for j in range(verb.i + 1, k)):
        return []
    return list(range(verb.i + 1, k))


def leading_when(cue: Token, clause: Token) -> set[int]:
    """ "said Tuesday [he would run]", "told reporters on Monday [the plan was dead]": a phrase of
    time opening a complement clause without "that" right after its verb of saying (the parser
    hangs it on the clause's verb, before the clause's subject) says when it was said, not
    what: its tokens (and a comma after it). Empty for a clause with "that" or a subordinator,
    before its cue, or without a subject after the phrase."""
    if clause.i < cue.i or any(c.dep_ == "mark" for c in clause.children):
        return set()
    subj = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return set()
    drop: set[int] = set()
    k = clause.left_edge.i
    for c in clause.lefts:
        if c.i >= subj.i or c.left_edge.i != k:
            break
        if not _when_phrase(c):
            break
        drop.update(t.i for t in c.subtree)
        k = c.right_edge.i + 1
        if k < subj.left_edge.i and c.doc[k].text == ",":
            drop.add(k)
            k += 1
    return drop if k == subj.left_edge.i else set()


_WHEN_PREPS = frozenset(("on", "in", "at", "during"))


def _when_phrase(c: Token) -> bool:
    """ "Tuesday", "last week", "on Monday", "in March": a day or time, or a preposition of one
    that says when (not "despite four years of talks")."""
    if c.dep_ in ("npadvmod", "advmod"):
        return c.ent_type_ in _WHEN_ENTS
    if c.dep_ == "prep" and c.lower_ in _WHEN_PREPS:
        return any(g.dep_ == "pobj" and g.ent_type_ in _WHEN_ENTS for g in c.children)
    return False


_RELATIVE_TAGS = frozenset(("WP", "WDT", "WP$"))
# Verbs that only give voice to the attitude or speech their noun object names ("expressed
# [concern] about X", "offered [praise] for X"): the noun is the cue, what it takes the content.
EXPRESSING_VERBS = frozenset(("express", "voice", "offer", "air", "share", "signal", "register"))


def _noun_cue_with_content(noun: Token) -> bool:
    """Whether ``noun`` is a noun cue with its own content: a that-clause or to-infinitive, or
    the object of one of its prepositions ("concern [that …]", "support [for X]")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in NOUN_CUES:
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return False  # "expressed [their support for X]": the possessor's stance is the content
    preps = PREP_OBJECT_NOUNS.get(lemma, frozenset())
    for c in noun.rights:
        if c.dep_ in ("acl", "ccomp") and any(
            (g.dep_ == "mark" and g.lower_ == "that") or (g.dep_ == "aux" and g.lower_ == "to")
            for g in c.children
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in preps
            and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        ):
            return True
    return False


def _relative_clause(clause: Token) -> bool:
    """A clause whose subject is a relative pronoun ("who has no backers") or holds one ("whose
    firm sells shoes", or in an apposition the parser hung on the noun before it: "Roe, [whose
    firm], Acme, sells shoes"): a relative clause the parser took for a complement."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (
            c.tag_ in _RELATIVE_TAGS
            or any(g.tag_ == "WP$" for g in c.children)
            or any(
                a.dep_ == "appos" and a.i > c.i and any(g.tag_ == "WP$" for g in a.children)
                for a in c.children
            )
        )
        for c in clause.children
    )


def relative_clause_subject(verb: Token) -> Token | None:
    """ "Roe, who has no backers, said …" parsed with "Roe … has" as a complement before the cue:
    the noun subject beside the relative pronoun is the cue's subject."""
    for c in verb.lefts:
        if c.dep_ in VERB_COMPS and _relative_clause(c):
            return next(
                (
                    g
                    for g in c.lefts
                    if g.dep_ == "nsubj" and g.tag_ not in _RELATIVE_TAGS and g.i < c.i
                ),
                None,
            )
    return None


_ASKING_MARKS = frozenset(("if", "whether"))
_INNER_CUES = (
    CLAUSE_VERBS | OBJECT_VERBS | NAMING_VERBS | RAISING_VERBS | frozenset(PREP_OBJECT_VERBS)
)


def perceived_clause(tok: Token) -> list[int]:
    """ "voters saw [that Roe could win]", "Roe has seen [her lead erode]": the clausal
    complement of a verb of perception whose subject names people (not an indirect question:
    "to see if it works" says why, not what anyone believes; nor a clause holding a cue of its
    own, active: "saw [Roe mocking the plan]" is Roe's report; "saw [that it was reported]"
    is not)."""
    subj = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
    if subj is None or not is_people(subj):
        return []
    for c in tok.rights:
        if c.dep_ == "ccomp" and not any(
            g.dep_ == "mark" and g.lower_ in _ASKING_MARKS for g in c.children
        ):
            if any(
                t.pos_ == "VERB" and t.tag_ != "VBN" and cue_lemma(t) in _INNER_CUES
                for t in c.subtree
            ):
                return []
            return subtree_ids(c)
    return []


def _evidence_finding(tok: Token, lemma: str) -> bool:
    """ "[The survey] found [broad support for the toll]": a verb of finding whose subject is a
    source of evidence reports its object ("the mayor found her keys" does not)."""
    if lemma not in FINDING_VERBS:
        return False
    subj = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in FINDING_NOUNS
