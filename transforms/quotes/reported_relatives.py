"""Reported speech in a relative clause without a relative word (a "contact clause"): the noun
the clause hangs on is what its cue verb takes as object, or the subject of the complement it
reports.

- ``[the tax plan] Roe criticized``, ``[everything] he said``: the noun phrase (up to the clause)
  is the object of a verb of saying or stance;
- ``[a step] they believe [could help]``, ``[a defeat] Roe considers [to be her worst]``: the
  noun phrase and the verb's complement, two pieces.

Not with a relative word ("the plan, which Roe criticized": the pronoun is the content, see
:mod:`.reported`), nor on a noun of time, place, manner or reason ("the day Roe announced it":
the clause does not report the noun), nor with verbs of addressing ("the voters he told" are not
what he said) or of perceiving and knowing without a complement ("the people I know").
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_content import cue_lemma, subtree_ids
from transforms.quotes.reported_lexicon import (
    ADDRESSEE_VERBS,
    CLAUSE_VERBS,
    COGNITION_VERBS,
    INFINITIVE_VERBS,
    OBJECT_VERBS,
    PASSIVE_RAISING_VERBS,
    THING_OBJECT_VERBS,
)
from transforms.quotes.reported_prepositions import words

_OBJECT_CUES = OBJECT_VERBS | (
    CLAUSE_VERBS - ADDRESSEE_VERBS - COGNITION_VERBS - THING_OBJECT_VERBS
)
_COMPLEMENT_CUES = CLAUSE_VERBS - ADDRESSEE_VERBS
# verbs whose to-infinitive completes the report ("[a loss] Roe considers [to be her worst]",
# "[the bill] Roe hopes [to pass]"), not a purpose ("anything Roe said to win votes")
_INFINITIVE_CUES = (PASSIVE_RAISING_VERBS - {"say", "report"}) | INFINITIVE_VERBS
_RELATIVE_TAGS = frozenset(("WDT", "WP", "WP$", "WRB"))
# nouns an adverbial relative clause hangs on ("the day [when] …", "the way [in which] …")
_ADVERBIAL_NOUNS = words(
    """time day week month year moment hour night morning evening afternoon era period decade
    season date place way reason point"""
)
_FILLED = frozenset(("dobj", "dative", "attr", "oprd", "nsubjpass", "agent", "expl"))


def contact_relative(verb: Token) -> list[int] | None:
    """The content of a cue ``verb`` heading a relative clause with no relative word: the
    noun phrase it hangs on (up to the clause) and the verb's complement clause or infinitive
    if it has one; None when the clause is not such a report."""
    if verb.dep_ != "relcl" or verb.i <= verb.head.i:
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.lemma_.lower() in _ADVERBIAL_NOUNS:
        return None
    if noun.ent_type_ in ("DATE", "TIME"):
        return None
    subj = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].tag_ in _RELATIVE_TAGS or subj[0].lower_ == "that":
        return None  # "the plan, which Roe criticized", "the man who said"
    first = verb.left_edge.i
    if any(t.tag_ in _RELATIVE_TAGS or t.lower_ == "that" for t in verb.doc[first : verb.i]):
        return None  # a relative word ("the plan that Roe criticized", "most of whom said")
    if any(c.dep_ in _FILLED for c in verb.children):
        return None  # its object is there: the noun is not what it takes
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and (after.text == ":" or after.is_quote):
        return None  # "… her nomination she said: “…”": a quotation's cue, not a relative
    if any(
        c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in verb.children
    ):
        return None  # a stranded preposition: "the issue he spoke about"
    lemma = cue_lemma(verb)
    comp = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "ccomp"
            or (
                c.dep_ == "xcomp"
                and lemma in _INFINITIVE_CUES
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            )
        ),
        None,
    )
    if comp is None and lemma not in _OBJECT_CUES:
        return None
    if comp is not None and lemma not in _COMPLEMENT_CUES:
        return None
    ids = [i for i in subtree_ids(noun) if i < first]
    if not ids:
        return None
    if comp is not None:
        ids += subtree_ids(comp)
    return ids


def relative_subject(verb: Token) -> tuple[list[int], Token] | None:
    """ "the emails, [which] Roe said [were all she had]", "[whom] voters believed [was
    honest]": a relative pronoun standing for the subject (or object) of the complement a cue
    verb reports, which the parser hangs on the cue; the pronoun and the complement are the
    content (two pieces) and the cue's own subject the speaker."""
    if verb.dep_ != "relcl" or cue_lemma(verb) not in _COMPLEMENT_CUES:
        return None
    subj = [c for c in verb.lefts if c.dep_ == "nsubj" and c.tag_ not in _RELATIVE_TAGS]
    comp = next((c for c in verb.rights if c.dep_ in ("ccomp", "xcomp")), None)
    if len(subj) != 1 or comp is None or subj[0].lower_ == "that":
        return None
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ not in _RELATIVE_TAGS
        for c in comp.children
    ):
        return None  # "the plan, which Roe said she liked": the pronoun is no subject of it
    doc = verb.doc
    rel = next(
        (
            t
            for t in doc[verb.left_edge.i : subj[0].i]
            if (t.tag_ in _RELATIVE_TAGS or t.lower_ == "that")
            and t.dep_ in ("nsubj", "nsubjpass", "dobj")
            and t.head.i in (verb.i, comp.i)
        ),
        None,
    )
    if rel is None:
        return None
    return [rel.i, *subtree_ids(comp)], subj[0]
