"""A that-clause kept from its verb of saying by a phrase of when, where or how it was said.

"Roe said on Monday during a briefing [that she would wait]", "the mayor recalled in 2010
[that the town was ignored]", "Roe continues to insist, most recently in an interview, [that
she wants …]": the small parser often loses the clause after such a phrase. It reads "that"
as a relative pronoun of the phrase's last noun ("a briefing that she would wait": a relative
clause with "that" as its object) or hangs the clause on another verb as a side clause. The
words still say what they say: a verb of saying or believing, then only its own prepositional
phrases, adverbs and commas (no verb, no quotation mark), then "that" and a clause with a
subject of its own. The clause, from "that" on, is the content.

"that" as the subject of its clause is a relative pronoun ("said at a meeting that lasted an
hour": no report); so is "that" as a determiner ("said at that meeting"); a that-clause of a
noun of saying or of a fact in the phrase may be the noun's ("responded in a letter to claims
that …", "ruled against it on the basis that …"): no report of the verb then.

Used by :mod:`.reported_complements` for a verb of :data:`.reported_lexicon.CLAUSE_VERBS` that
has no complement on the parse. :func:`other_that_clause` says when a that-clause the parse gives
a verb of the other word lists ("repeated that", "swore that") is its report;
:func:`noun_complement` gives a noun cue's clause, also one the parser took for a relative
clause though "that" opens it as a complementizer ("his warning [that …]").
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_content import cue_lemma, subtree_ids
from transforms.quotes.reported_lexicon import (
    CLAUSE_VERBS,
    MANNER_OF_SPEAKING_VERBS,
    OBJECT_VERBS,
    PERCEPTION_VERBS,
)
from transforms.quotes.reported_prepositions import words

# Nouns of a proposition whose that-clause is their own content ("the claim that", "a finding
# that", "on the basis that"); not the occasions of saying ("said in a statement, at a
# briefing, in an interview that …": the verb's).
_CONTENT_NOUNS = words(
    """
    claim assertion allegation accusation charge argument belief view suggestion assumption
    finding conclusion ruling verdict judgment judgement decision fact idea notion news
    possibility prospect sense sign evidence proof basis ground grounds premise condition
    understanding hope fear concern warning promise pledge assurance guarantee insistence
    admission acknowledgement acknowledgment recognition reminder rumor rumour theory
    impression expectation contention complaint proposal demand criticism speculation doubt
    worry perception question point
    """
)

_BRIDGE_POS = frozenset(("ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "ADV", "PART"))
_FIRST_DEPS = frozenset(("prep", "advmod", "npadvmod", "punct", "agent"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "expl"))
_OBJECT_DEPS = frozenset(("dobj", "pobj"))
_MAX_BRIDGE = 16
# verbs whose that-clause their own reading takes (or leaves out on purpose)
_CLAUSE_WORDS = CLAUSE_VERBS | MANNER_OF_SPEAKING_VERBS | PERCEPTION_VERBS
_OBJECTS = frozenset(("dobj", "dative", "oprd", "attr"))
# a clause whose "that" fills a role is complete only with an object of its own (or a modal:
# "a briefing [that she may wait]"); one with a clause of its own is a report of its own
_OWN_OBJECTS = frozenset(("dobj", "attr", "acomp", "oprd"))


def _subject_after(clause: Token, start: int) -> bool:
    return any(c.dep_ in _SUBJECTS and c.i > start for c in clause.children)


def delayed_clause(tok: Token) -> list[int]:
    """Token indices of the that-clause after the cue ``tok`` and its own phrases (see the
    module note), or ``[]``."""
    if tok.dep_ == "acl":
        return []  # "a technology known as RSS that many blogs use": a noun's participle
    doc = tok.doc
    end = min(tok.sent.end, tok.i + 2 + _MAX_BRIDGE)
    j = tok.i + 1
    if j >= end or doc[j].head.i != tok.i or doc[j].dep_ not in _FIRST_DEPS:
        return []
    while j < end and doc[j].lower_ != "that":
        t = doc[j]
        if t.pos_ not in _BRIDGE_POS or t.is_quote or t.text in ("''", "``", ";", ":"):
            return []
        if not t.is_punct and not _governed_by(t, tok):
            return []
        j += 1
    if _content_noun_between(tok, j):
        return []  # "ruled against it on the basis [that …]": the noun's
    if j >= end or j == tok.i + 1:
        return []
    that = doc[j]
    clause = that.head
    if clause.i <= that.i or clause.pos_ not in ("VERB", "AUX"):
        return []
    if that.dep_ == "mark":
        if _governed_by(tok, clause):
            return []  # the cue is inside the clause
        if clause.dep_ == "acl" and clause.head.lemma_.lower() in _CONTENT_NOUNS:
            return []  # "asked about criticism [that …]": the noun's content
    elif that.dep_ in _OBJECT_DEPS:  # "a briefing [that] she would wait": a lost complement
        if clause.dep_ != "relcl" and not (that.dep_ == "pobj" and clause.head.dep_ == "relcl"):
            return []
        verb = clause if clause.dep_ == "relcl" else clause.head
        if verb.i <= that.i:
            return []
        if not any(
            (c.dep_ in _OWN_OBJECTS and c.i != that.i) or c.tag_ == "MD" for c in verb.children
        ):
            return []  # "wrote in the memo [that] she sent": a relative clause with a gap
        clause = verb
    else:
        return []
    if not _subject_after(clause, that.i):
        return []
    return [i for i in subtree_ids(clause) if i >= that.i]


def _governed_by(t: Token, head: Token) -> bool:
    """``t`` is ``head`` or hangs below it."""
    return t.i == head.i or any(a.i == head.i for a in t.ancestors)


def other_that_clause(cue: Token, that: Token, listed: bool) -> bool:
    """Whether the that-clause opening at ``that`` (a complement of ``cue`` on the parse) is
        the cue's report for :meth:`.reported._Finder.that_relations`: not for a verb of the clause
        lists (their own reading takes it); for a verb of the other word lists (``listed``: "X
        repeated [that …]", "X swore [that …]") only without an object before it ("called [the
        forum], that …", "pressed his attack that …": the clause is the object's) and without a noun
    of saying or of a fact before it ("appealed against a finding that …")."""
    if cue_lemma(cue) in _CLAUSE_WORDS:
        return False
    if not listed:
        return True
    if any(c.dep_ in _OBJECTS and c.i < that.i for c in cue.rights):
        return False
    return not _content_noun_between(cue, that.i)


def _content_noun_between(cue: Token, j: int) -> bool:
    """A noun of saying or of a fact between ``cue`` and token ``j`` ("appealed against a
    finding [that …]", "on the basis [that …]"; not "news" in "a news conference"): the
    that-clause may be the noun's."""
    return any(
        t.pos_ == "NOUN" and t.dep_ != "compound" and t.lemma_.lower() in _CONTENT_NOUNS
        for t in cue.doc[cue.i + 1 : j]
    )


_FILLED = frozenset(("dobj", "ccomp", "xcomp", "attr", "oprd"))


def noun_complement(noun: Token, marks: tuple[tuple[str, str], ...]) -> Token | None:
    """The clause after the noun cue ``noun`` that is its content: a complement clause opened by
    one of ``marks`` (dependency and word: "that" as a mark, "to" as an aux), or one the parser
    hung on it as a relative clause though "that" opens it as a complementizer (see
    :func:`complement_relative`)."""
    for c in noun.children:
        if c.i <= noun.i:
            continue
        if c.dep_ in ("acl", "ccomp") and any((g.dep_, g.lower_) in marks for g in c.children):
            return c
        if c.dep_ == "relcl" and complement_relative(c):
            return c
    return None


def complement_relative(clause: Token) -> bool:
    """A clause the parser hung on a noun as a relative clause but opened with the
    complementizer "that" (a mark): "his warning [that the bridge would close]" is the noun's
    content. Not when its verb is one of saying or
    stance with no object or complement of its own: "that" is then the object gap of a true
    relative clause mislabelled ("the thought that anyone would say")."""
    if not any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children):
        return False
    lemma = cue_lemma(clause)
    if lemma in CLAUSE_VERBS or lemma in OBJECT_VERBS:
        return any(c.dep_ in _FILLED for c in clause.children)
    return True
