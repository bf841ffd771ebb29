"""Nominal and copular cues of reported speech that the noun's own complement does not give:

- a noun of saying or belief that is the subject of "be" with a clause as its complement:
  ``X's argument was [that …]``, ``the question is [whether …]``, ``X's goal is [to …]``, or
  the complement of "be" after "it"/"there": ``it is an assumption [that …]``, ``there is
  speculation [whether …]``;
- a noun of saying whose "that"-clause the parser reads as a relative clause, when the clause
  is complete without "that" (its "that" is a conjunction, or the verb has an object of its
  own): ``a warning that [prices are too high]``;
- a noun of stance received by the subject of a verb of receiving: ``[Roe] won the endorsement
  of X``, ``[the plan] faced criticism from X`` (the subject is the content, the giver the
  speaker); a noun of support held by the subject of a verb of having, or given by "among":
  ``[Roe] has the backing of X``, ``[her] support among X``;
- an adjective of certainty with an extraposed subject clause, the writer's judgement with no
  speaker: ``it is unclear [whether …]``, ``it is obvious [that …]``;
- an agent noun of stance apposed to or predicated of people: ``Roe, a critic [of the plan]``.

:func:`nominal_content` tries them on a candidate token and gives the content's token ids, the
cue token, the cue's end and the speaker token, as :func:`.reported_stance.further_content`.
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.cue_subjects import subject_of
from transforms.quotes.frames import TokenIndex
from transforms.quotes.noun_speakers import noun_speaker
from transforms.quotes.reported_content import (
    controller_of,
    cue_lemma,
    is_people,
    is_verbal,
    subtree_ids,
)
from transforms.quotes.reported_lexicon import CLAUSE_NOUNS, PREP_OBJECT_NOUNS, RECEIVING_VERBS
from transforms.quotes.reported_misparsed import headline_content


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


Found = tuple[list[int], Token, int, Token | None]  # content ids, cue, cue end, speaker

# Nouns of saying, believing and knowing whose complement clause is what someone holds, after
# the noun lexical units of FrameNet's Statement, Opinion, Awareness, Certainty, Questioning and
# Reasoning frames (https://framenet.icsi.berkeley.edu), besides :data:`.CLAUSE_NOUNS`.
COPULAR_NOUNS = CLAUSE_NOUNS | _words(
    """
    question point thesis premise hypothesis assumption presumption impression perception
    suspicion understanding feeling expectation explanation answer reply response message
    position stance case line reasoning rationale suggestion recommendation proposal hope
    bet surprise consensus
    """
)
# Nouns of intention whose to-infinitive after "be" is what someone intends: "X's goal is [to
# win]" (FrameNet's Purpose frame).
INTENTION_NOUNS = _words("goal aim plan hope intention intent wish desire ambition")

# Adjectives of certainty and evidence that take an extraposed that-, whether- or
# wh-clause ("it is unclear whether …"): the adjectives of certainty controlling
# extraposed complement clauses in Biber et al. 1999, "Longman Grammar of Spoken and Written
# English" (adjective complement clauses), and Quirk et al. 1985 (extraposed subject clauses).
# Not "clear" nor "likely", "possible" and the other adjectives of likelihood: on PolNeAR dev
# their rows were mostly false hits ("it is clear that" is most often someone's making it clear,
# reported by a cue of its own).
EXTRAPOSING_ADJECTIVES = _words(
    """
    unclear obvious evident apparent doubtful questionable debatable undeniable
    """
)

# Agent nouns of stance (nominalizations of support, oppose, criticize, advocate …) with the
# preposition that introduces what the stance is about: "Roe, a critic [of the plan]". Not
# "supporter": on PolNeAR dev its rows were all false hits (the gold reads it as a label).
AGENT_NOUNS = {
    w: frozenset(("of", "for") if w in ("advocate", "proponent", "champion") else ("of",))
    for w in _words(
        """
        critic opponent proponent advocate backer champion defender detractor admirer skeptic
        sceptic
        """
    )
}

# Nouns of support and criticism that someone gives to someone else (the stance nouns of
# :data:`.PREP_OBJECT_NOUNS` that name an act directed at a person or plan, and "backing",
# "blessing", "approval"); after a verb of receiving ("won the endorsement of X") the
# receiver is the content and "of"/"from"/"by" names the giver.
RECEIVED_NOUNS = _words(
    """
    support endorsement backing blessing approval criticism praise condemnation opposition
    rebuke scorn ridicule
    """
)  # not "challenge": "faced challenges" is most often difficulties, not speech
# Verbs of receiving and winning (:data:`.RECEIVING_VERBS` and the verbs of obtaining of Levin
# 1993, "English Verb Classes and Alternations", 13.5.2).
WINNING_VERBS = RECEIVING_VERBS | _words("win gain secure garner collect pick land obtain")
_GIVER_PREPS = frozenset(("of", "from", "by", "among"))
# Nouns of support among them, whose holder is the one supported: the subject of a verb of
# having ("[Roe] has the backing of the union", "[Roe] enjoys broad support from farmers"),
# or the possessor when "among" names who gives it ("[her] support among young voters").
SUPPORT_NOUNS = _words("support endorsement backing blessing approval")
# Verbs of having and keeping (the possessor of what they hold is its holder).
HOLDING_VERBS = _words("have enjoy retain keep maintain command boast")

# Nouns of speech by metaphor whose first sense is force or violence (FrameNet's Attack frame):
# speech only when someone named delivers it ("Roe's attack [on the plan]"); with nobody named,
# most often the literal sense ("the attack on the embassy").
FORCE_NOUNS = _words("attack assault onslaught offensive broadside barrage salvo strike")

WORDS = (
    INTENTION_NOUNS
    | COPULAR_NOUNS
    | EXTRAPOSING_ADJECTIVES
    | frozenset(AGENT_NOUNS)
    | RECEIVED_NOUNS
)

_CLAUSE_MARKS = frozenset(("that", "whether", "if"))
_WH = frozenset(("how", "why", "what", "when", "where", "who", "which"))
_OWN_OBJECTS = frozenset(("attr", "acomp", "oprd", "ccomp", "xcomp"))


def _clause(head: Token) -> Token | None:
    """The clausal complement after ``head`` opening with a conjunction ("that", "whether",
    "if") or a wh-word."""
    for c in head.rights:
        if c.dep_ != "ccomp":
            continue
        first = c.left_edge
        if first.lower_ in _CLAUSE_MARKS or first.lower_ in _WH:
            return c
    return None


def _infinitive(head: Token) -> Token | None:
    """The to-infinitive complementing ``head`` right after it ("is [to win]"; not a purpose
    clause after its own complement: "is the carve-up of X so as to …")."""
    return next(
        (
            c
            for c in head.rights
            if c.dep_ in ("xcomp", "ccomp")
            and c.left_edge.i == head.i + 1
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _own_clause(noun: Token) -> Token | None:
    """ "an assumption [that …]", "speculation [whether …]", "no consensus on [whether …]": the
    clause the noun itself takes."""
    for c in noun.rights:
        if c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ in _CLAUSE_MARKS:
            return c
        if c.dep_ == "prep" and c.lower_ in ("on", "about", "over", "as"):
            to = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"), c)
            comp = next((g for g in to.children if g.dep_ == "pcomp"), None)  # "as to whether"
            if comp is not None and comp.left_edge.lower_ in ("whether", "if"):
                return comp
    return None


def copular_noun_content(noun: Token, index: TokenIndex) -> Found | None:
    """ "X's argument was [that …]", "The question is [whether …]", "X's goal is [to …]": a noun
    of saying or belief (or intention) that is the subject of "be", with the clause
    complementing "be"; "it is an assumption [that …]", "there is speculation [whether …]":
    the clause the noun or "be" takes after it."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be" and head.i > noun.i:
        comp = _clause(head)
        if comp is None and noun.lemma_.lower() in INTENTION_NOUNS:
            comp = _infinitive(head)
    elif noun.dep_ == "attr" and head.lemma_ == "be":
        expletive = any(
            c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "there") for c in head.children
        )
        comp = _own_clause(noun) or (_clause(head) if expletive else None)
        if not expletive and comp is not None and noun.lemma_.lower() in CLAUSE_NOUNS:
            comp = None  # "X is a claim that …": the noun's own relation
    else:
        comp = _own_clause(noun) if noun.lemma_.lower() not in CLAUSE_NOUNS else None
    if comp is None:
        return None
    speaker = noun_speaker(noun, index, has_clause=True, content_preps=frozenset())
    return subtree_ids(comp), noun, noun.idx + len(noun), speaker


def relative_that_content(noun: Token, index: TokenIndex) -> Found | None:
    """ "a warning that [prices are too high]": a "that"-clause parsed as a relative clause of
    a noun of saying, read as its content when "that" is tagged a conjunction or the clause's
    verb has a subject and an object of its own (so "that" fills no gap in it)."""
    comp = next((c for c in noun.rights if c.dep_ == "relcl"), None)
    if comp is None or comp.left_edge.lower_ != "that" or comp.left_edge.i != noun.i + 1:
        return None
    that = comp.left_edge
    kids = [c for c in comp.children if c.i != that.i]
    complete = any(c.dep_ == "nsubj" for c in kids) and any(c.dep_ in _OWN_OBJECTS for c in kids)
    if that.tag_ != "IN" and not complete:
        return None
    speaker = noun_speaker(noun, index, has_clause=True, content_preps=frozenset())
    return subtree_ids(comp), noun, noun.idx + len(noun), speaker


def extraposed_content(adj: Token) -> Found | None:
    """ "it is unclear [whether …]", "it's obvious [that …]": an adjective of certainty
    complementing "be" with the pronoun "it" as its subject; the clause (hung on the adjective
    or on "be") is the writer's judgement, with no speaker."""
    head = adj.head
    if adj.dep_ != "acomp" or head.lemma_ != "be":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        return None
    comp = _clause(adj) or _clause(head)
    if comp is None or comp.i < adj.i:
        return None
    return subtree_ids(comp), adj, adj.idx + len(adj), None


def agent_content(noun: Token) -> Found | None:
    """ "Roe, a fierce critic [of the plan]", "Roe is an opponent [of the plan]": an agent noun
    of stance apposed to or predicated of people (its subject or head is the speaker), with the
    object of its preposition as the content."""
    preps = AGENT_NOUNS.get(noun.lemma_.lower())
    if preps is None:
        return None
    if noun.dep_ == "appos":
        speaker: Token | None = noun.head
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        speaker = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if speaker is None or not is_people(speaker):
        return None
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return subtree_ids(obj), noun, c.idx + len(c), speaker
    return None


def _among(noun: Token) -> Token | None:
    """The object of "among" on ``noun`` or, after it, on the verb it hangs on ("locked in
    support among teachers")."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    for c in (*noun.rights, *(c for c in verb.rights if c.i > noun.i)):
        if c.dep_ == "prep" and c.lower_ == "among":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def received(noun: Token) -> bool:
    """Whether ``noun`` is a noun of support or criticism that is the object of a verb of
    receiving (a noun of support: also of having, or with "among" naming who gives it), with
    no prepositional object of its own saying what it is about ("faced criticism for the
    plan" has one)."""
    lemma = noun.lemma_.lower()
    if lemma not in RECEIVED_NOUNS:
        return False
    if lemma not in SUPPORT_NOUNS or _among(noun) is None:
        if noun.dep_ != "dobj" or not is_verbal(noun.head):
            return False
        verbs = WINNING_VERBS | HOLDING_VERBS if lemma in SUPPORT_NOUNS else WINNING_VERBS
        if cue_lemma(noun.head) not in verbs:
            return False
    about = PREP_OBJECT_NOUNS.get(lemma, frozenset()) - _GIVER_PREPS
    return not any(
        (c.dep_ == "prep" and c.lower_ in about)
        or (c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" for g in c.children))
        for c in noun.children
    )  # "received criticism [that …]": the noun's own content


def received_content(noun: Token, index: TokenIndex) -> Found | None:
    """ "[Roe] won the endorsement of the union", "[The plan] faced criticism from farmers":
    the subject of the verb of receiving is the content, the object of "of", "from" or "by"
    (on the noun or the verb) the speaker; without one, no relation. "[Her] support among
    farmers": with "among" and no verb of having, the possessor is the content."""
    among = _among(noun)
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if among is not None and poss is not None:
        return [t.i for t in poss.subtree], noun, noun.idx + len(noun), among
    verb = noun.head.head if noun.dep_ == "pobj" and among is not None else noun.head
    if not is_verbal(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("advcl", "xcomp", "conj"):
        subj = subject_of(verb, index) or controller_of(verb)  # "X, winning praise from Y,"
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.i > verb.i or subj.i == noun.i:
        return None
    giver = None
    for c in (*noun.rights, *(c for c in verb.rights if c.i > noun.i)):
        if c.dep_ in ("prep", "agent") and c.lower_ in _GIVER_PREPS:
            giver = next((g for g in c.children if g.dep_ == "pobj"), None)
            if giver is not None:
                break
    if giver is None:
        giver = next((c for c in noun.children if c.dep_ == "poss"), None)
    if giver is None:
        return None  # "X faced criticism", "X won support": nobody named gives it
    return [t.i for t in subj.subtree if t.i < verb.i], noun, noun.idx + len(noun), giver


def nominal_content(tok: Token, index: TokenIndex) -> Found | None:
    """The first of these constructions ``tok`` is the cue of."""
    lemma = tok.lemma_.lower()
    headline = headline_content(tok)  # "Senator assails [lobbyists]": a verb taken for a noun
    if headline is not None:
        return headline
    if tok.pos_ == "NOUN" and received(tok):
        return received_content(tok, index)
    if tok.pos_ == "ADJ" and tok.lower_ in EXTRAPOSING_ADJECTIVES:
        return extraposed_content(tok)
    if tok.pos_ == "NOUN" and lemma in AGENT_NOUNS:
        return agent_content(tok)
    if tok.pos_ != "NOUN" or (lemma not in COPULAR_NOUNS and lemma not in INTENTION_NOUNS):
        return None
    found = copular_noun_content(tok, index)
    if found is None and lemma in CLAUSE_NOUNS:
        found = relative_that_content(tok, index)
    return found
