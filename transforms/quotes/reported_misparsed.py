"""Verb cues the tagger took for plural nouns: "Trump predicts that …", "The campaign plans to
hire …", "[A], court records show." A third-person form ("predicts", "plans", "shows") heading
its clause as a noun keeps its complement and subject on the parse, only under other labels:

- as the root of its sentence, with a verb's complement after it (a clause, a to-infinitive or
  an object) and its subject before it as a subject or compound, and no determiner of its own
  ("the plans were dropped" is a noun);
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
from transforms.quotes.reported_lexicon import ADDRESSEE_VERBS, CLAUSE_VERBS, NOUN_CUES, verb_lemma

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
