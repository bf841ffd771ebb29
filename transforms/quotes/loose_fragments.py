"""Quoted fragments that stand alone: a ``partial`` row of a few words that no reported row holds
and that nothing reports.

A ``partial`` row is a quoted fragment of somebody's words inside the reporter's own sentence.
When a reported row (indirect or mixed) is found around it, that row is the attribution and the
fragment is nested in it. When none is, the fragment is still a report's if it is a predicate of
its own (``the deal will "fall apart"``) or hangs under its cue or a verb of saying or naming
(``X called the plan "a disaster"``, ``the show was described as "quite dull"``). A fragment of a
word or three that hangs elsewhere (``a so-called "smart" meter``, ``X argued for "smart growth"
in the suburbs``, the title of a show) is a term, not an attribution a reader would name: it is
kept as a ``scare`` quotation (nobody credited, not counted as an attribution).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from transforms.quotes.reported_content import cue_lemma
from transforms.quotes.reported_lexicon import AS_NAMING_VERBS, CLAUSE_VERBS, NAMING_VERBS
from transforms.types import Quote

LOOSE_MAX_WORDS = 3  # a stand-alone fragment this short is a term unless something reports it
_REPORTED_KINDS = frozenset(("indirect", "mixed", "block"))
_SENTENCE_END = frozenset(".?!")
_SAYING = CLAUSE_VERBS | NAMING_VERBS | AS_NAMING_VERBS
_MODIFIER_DEPS = frozenset(("amod", "compound", "nmod", "npadvmod"))


def _saying_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and cue_lemma(tok) in _SAYING


def _reported(doc: Doc, q: Quote, cue_char: int | None) -> bool:
    """Whether the fragment ``q`` is a report's: a whole sentence or a predicate of its own, or
    under its cue (starting at ``cue_char``) or a verb of saying or naming in the parse."""
    if q.text.rstrip()[-1:] in _SENTENCE_END:
        return True  # '"Stop the count."': a whole sentence quoted
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    root = span.root
    if root.pos_ in ("VERB", "AUX") and root.dep_ not in _MODIFIER_DEPS:
        return True  # 'the deal will "fall apart"'
    if any(_saying_verb(a) for a in root.ancestors):
        return True  # 'the show was described as "quite dull"'
    if cue_char is None:
        return False
    cue = doc.char_span(cue_char, cue_char + 1, alignment_mode="expand")
    return cue is not None and len(cue) > 0 and cue[0] in root.ancestors


def demote_loose_partials(
    doc: Doc, quotes: list[Quote], reported: Sequence[Quote], cue_at: Mapping[int, int]
) -> None:
    """Turn (in place) each ``partial`` row of ``quotes`` of at most :data:`LOOSE_MAX_WORDS` words
    that no reported row of ``reported`` contains and nothing reports (see the module) into a
    ``scare`` row with nobody credited. ``cue_at``: quotation start -> char offset of its cue."""
    spans = [(r.start, r.end) for r in reported if r.kind in _REPORTED_KINDS]
    for k, q in enumerate(quotes):
        if q.kind != "partial" or len(q.text.split()) > LOOSE_MAX_WORDS:
            continue
        if any(s <= q.start and q.end <= e for s, e in spans):
            continue
        if _reported(doc, q, cue_at.get(q.start)):
            continue
        quotes[k] = replace(
            q, kind="scare", speaker=None, speaker_start=None, speaker_end=None, cue=None
        )
