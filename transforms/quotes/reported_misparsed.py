"""Verb cues the tagger took for plural nouns: "Trump predicts that …", "The campaign plans to
hire …", "[A], court records show." A third-person form ("predicts", "plans", "shows") heading
its clause as a noun keeps its complement and subject on the parse, only under other labels:

- as the root of its sentence, with a verb's complement after it (a clause, a to-infinitive or
  an object; in a headline, its own preposition: "Court rules [against the purge]") and its
  subject before it as a subject or compound, and no determiner of its own ("the plans were
  dropped" is a noun);
- in a headline (a bare noun phrase, the verb, its object), a verb of stance compounded with
  its object: "Campaign criticizes [spy agencies]" (:func:`headline_content`);
- after a comma at the end of its sentence (any noun form: "records show"), hung on the clause
  before it as a side clause, its subject right before it: that clause is the content ("[A],
  court records show.").

A verb cue's "that"-clause after a phrase of when, where or how it was said, which the parser
hangs on that phrase's last noun as a relative clause ("said for the first time [that …]",
"told reporters at a briefing on Monday [that …]"): :func:`hung_that_clause`.

:mod:`.reported` then reads the token as a verb cue; :func:`noun_subject` gives its speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_content import cue_lemma, subtree_ids
from transforms.quotes.reported_lexicon import (
    ADDRESSEE_VERBS,
    CLAUSE_VERBS,
    NOUN_CUES,
    OBJECT_VERBS,
    PREP_OBJECT_VERBS,
    verb_lemma,
)

_NOUNS = frozenset(("NOUN", "PROPN"))
_SUBJECTS = frozenset(("nsubj", "compound", "nmod"))
_COMPLEMENTS = frozenset(("ccomp", "xcomp", "dobj"))
_SIDE = frozenset(("advcl", "parataxis"))  # not "conj": "[tax cuts and] jobs guarantees"


def noun_subject(tok: Token, *, nouns_only: bool = False) -> Token | None:
    """The subject of a cue parsed as a noun: the noun phrase right before it, hung on it as a
    compound or modifier (``nouns_only``: a noun compound, for a verb that lost its subject to
    one, "court records show")."""
    deps, pos = (("compound",), _NOUNS) if nouns_only else (_SUBJECTS, (*_NOUNS, "PRON"))
    left = [c for c in tok.lefts if c.dep_ in deps and c.pos_ in pos]
    if not left or left[-1].right_edge.i != tok.i - 1:
        return None
    return left[-1]


def misparsed_verb(tok: Token) -> str | None:
    """The lexicon verb of ``tok`` when it is a verb cue tagged as a plural noun (see the module
    note), else None."""
    if tok.pos_ not in _NOUNS or any(c.dep_ in ("det", "poss", "nummod") for c in tok.lefts):
        return None
    lemma = verb_lemma(tok.lower_, tok.lemma_.lower())
    if tok.dep_ == "ROOT" and tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s"):
        if noun_subject(tok) is None and not any(c.dep_ == "nsubj" for c in tok.lefts):
            return None
        if any(c.dep_ in _COMPLEMENTS and c.i > tok.i for c in tok.children):
            return lemma
        preps = PREP_OBJECT_VERBS.get(lemma, frozenset())
        if _headline_subject(tok) and any(  # "Court rules [against the purge]"
            c.dep_ == "prep" and c.lower_ in preps and c.i == tok.i + 1 for c in tok.children
        ):
            return lemma
        return None
    if _closing_side(tok) and lemma in CLAUSE_VERBS and noun_subject(tok) is not None:
        return lemma
    return None


def _closing_side(tok: Token) -> bool:
    """ "[A], court records show.": a side clause after a comma closing its sentence."""
    doc = tok.doc
    if tok.dep_ not in _SIDE or tok.head.i >= tok.i or tok.left_edge.i == 0:
        return False
    if doc[tok.left_edge.i - 1].text != ",":
        return False
    rest = doc[tok.i + 1 : tok.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def side_content(tok: Token) -> list[int]:
    """ "[A], court records show.": the clause before the cue, less the cue's own words."""
    if tok.dep_ not in _SIDE or not _closing_side(tok):
        return []
    own = {t.i for t in tok.subtree}
    return [i for i in subtree_ids(tok.head) if i not in own]


_CHAIN = frozenset(("prep", "pobj", "dobj", "dative", "npadvmod"))
_FILLERS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj"))
_OWN_OBJECTS = frozenset(("dobj", "attr", "acomp", "oprd"))


def hung_that_clause(verb: Token) -> list[int]:
    """ "X said for the first time [that some files were found]", "X told reporters at a
    briefing [that the bridge would close]": a "that"-clause right after the last noun of a
    phrase hung on the cue ``verb`` (prepositions, their objects, an addressee), parsed as that
    noun's relative clause; its token ids when the clause is complete without "that" ("that" a
    conjunction or an adverb, or the clause has a subject and an object of its own), else
    empty ("said in the letter [that she wrote]" has a gap: a relative clause), and not on a
    noun cue, whose own clause it is ("agreed to the demands [that …]")."""
    addressee = cue_lemma(verb) in ADDRESSEE_VERBS
    if not addressee and any(c.dep_ == "dobj" for c in verb.children):
        return []  # "said nothing at the rally [that …]": the verb has its object
    for c in verb.rights:
        if c.dep_ not in ("prep", "dobj", "dative", "npadvmod"):
            continue
        for t in c.subtree:
            if t.dep_ not in ("relcl", "acl") or t.left_edge.lower_ != "that":
                continue
            that, noun = t.left_edge, t.head
            if noun.lemma_.lower() in NOUN_CUES:
                continue  # "agreed to the demands [that …]": the noun's own relation
            before = [g.right_edge.i for g in noun.children if g.i < t.i]
            if that.i != max([noun.i, *before]) + 1 or t.i < that.i:
                continue  # not right after the noun's phrase ("a briefing on Monday [that …]")
            hop = noun
            while hop.i != verb.i and hop.dep_ in _CHAIN:
                hop = hop.head
            if hop.i != verb.i:
                continue
            kids = [g for g in t.children if g.i != that.i]
            subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in kids)
            own = any(g.dep_ in _OWN_OBJECTS for g in kids)
            if not subject or (that.dep_ in _FILLERS and not own):
                continue
            return [g.i for g in t.subtree]
    return []


_HEADLINE_WORDS = frozenset(("NOUN", "PROPN", "ADJ"))
_HEADLINE_MAX = 5
_OBJECT_PHRASE = frozenset(("prep", "conj", "cc", "appos", "punct"))
_MODIFIERS = frozenset(("compound", "amod", "nmod", "det", "poss", "case", "nummod", "punct"))


def _headline_subject(tok: Token) -> list[Token]:
    """The words before ``tok`` when they are a bare noun phrase opening its sentence, as a
    headline's subject ("Senate panel", "Republican"): nouns, names and adjectives only, no
    determiner or verb, at most five; else empty."""
    words = list(tok.doc[tok.sent.start : tok.i])
    if not words or len(words) > _HEADLINE_MAX:
        return []
    if any(t.pos_ not in _HEADLINE_WORDS for t in words):
        return []
    named = any(t.pos_ in ("NOUN", "PROPN") or t.is_title for t in words)  # "Republican"
    return words if named else []


def headline_content(tok: Token) -> tuple[list[int], Token, int, Token] | None:
    """ "Senator assails [lobbyists]", "Campaign criticizes [spy agencies and …]": in a headline
    (a bare noun phrase, the verb, its object) the tagger takes a verb of stance in the third
    person for a noun compounded with its object; the object (the root's phrase after the verb,
    with its prepositional phrases and conjuncts) is the content and the noun phrase before it
    the speaker. Gives the content's token ids, the cue, the cue's end and the speaker."""
    if tok.tag_ not in ("NNS", "NNPS") or not tok.lower_.endswith("s") or tok.dep_ != "compound":
        return None
    if verb_lemma(tok.lower_, tok.lemma_.lower()) not in OBJECT_VERBS:
        return None
    head = tok.head
    subject = _headline_subject(tok)
    if not subject or head.dep_ != "ROOT" or head.i <= tok.i:
        return None
    if any(t.dep_ not in _MODIFIERS for t in tok.doc[tok.i + 1 : head.i]):
        return None  # only the object's own modifiers before its head
    ids = list(range(tok.i + 1, head.i + 1))
    for c in head.rights:
        if c.dep_ not in _OBJECT_PHRASE:
            break  # "… as he accepts the nomination": a clause of its own ends the object
        ids.extend(t.i for t in c.subtree)
    return ids, tok, tok.idx + len(tok), subject[-1]
