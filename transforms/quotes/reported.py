"""Reported speech: attribution relations whose content is the reporter's own words.

Cues and the content they govern, on the dependency parse of the caller's ``Doc``:

- a verb of saying, believing or showing (:data:`.reported_lexicon.CLAUSE_VERBS`) with a clausal
  complement: ``X said (that) [the plan would fail]``, ``[The plan will fail], X said``,
  ``X told reporters [that …]``, ``[A], X said, [B]`` (two pieces around the cue clause);
- a verb of urging with an object and an infinitive: ``X urged [Congress to act]``;
- a noun of saying with a complement clause: ``X's claim [that …]``, ``in a statement [that …]``;
- ``according to X``: the rest of the clause it modifies.

A relation's content is the complement's tokens; a cue clause inside it splits it into pieces
(one row per piece, as a discontinuous content is written in the gold). Each piece is trimmed
of edge punctuation other than quotation marks.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from transforms.quotes.attribution import _inverted_subject, subject_of
from transforms.quotes.frames import TokenIndex
from transforms.quotes.reported_lexicon import (
    ACCORDING,
    CLAUSE_NOUNS,
    CLAUSE_VERBS,
    OBJECT_INFINITIVE_VERBS,
)

_WORDS = CLAUSE_VERBS | OBJECT_INFINITIVE_VERBS | CLAUSE_NOUNS | ACCORDING
_HASHES = numpy.array(sorted({hash_string(w) for w in _WORDS}), dtype=numpy.uint64)
_OPEN_MARKS = frozenset("\"“‘'`«")
_CLOSE_MARKS = frozenset("\"”’'»")
_VERB_COMPS = frozenset(("ccomp",))
_SUBJ = frozenset(("nsubj", "nsubjpass"))


@dataclass(frozen=True, slots=True)
class Reported:
    """One attribution relation: content pieces (char spans), the cue and the speaker token."""

    pieces: tuple[tuple[int, int], ...]
    cue_start: int
    cue_end: int
    speaker: Token | None


def _verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass")


def _subtree_ids(tok: Token) -> list[int]:
    return [t.i for t in tok.subtree]


def _pieces(doc: Doc, ids: list[int]) -> tuple[tuple[int, int], ...]:
    """Char spans of the contiguous runs of token ``ids``, trimmed of edge punctuation."""
    out: list[tuple[int, int]] = []
    run: list[int] = []
    for i in sorted(set(ids)):
        if run and i != run[-1] + 1:
            out.extend(_trimmed(doc, run))
            run = []
        run.append(i)
    if run:
        out.extend(_trimmed(doc, run))
    return tuple(out)


def _edge(t: Token, marks: frozenset[str]) -> bool:
    """Whether ``t`` is trimmed at a piece's edge (punctuation or space, not a quotation mark)."""
    return t.is_space or (t.is_punct and t.text not in marks) or t.dep_ == "cc"


def _trimmed(doc: Doc, run: list[int]) -> list[tuple[int, int]]:
    a, b = run[0], run[-1]
    while a <= b and _edge(doc[a], _OPEN_MARKS):
        a += 1
    while b >= a and (_edge(doc[b], _CLOSE_MARKS) and doc[b].dep_ != "cc"):
        b -= 1
    if a > b or not any(doc[i].is_alpha or doc[i].like_num for i in range(a, b + 1)):
        return []
    return [(doc[a].idx, doc[b].idx + len(doc[b]))]


def _speaker_of_verb(verb: Token, index: TokenIndex) -> Token | None:
    subj = subject_of(verb, index)
    if subj is None:
        subj = _inverted_subject(verb, verb.sent.end)
    return subj


def _cue_end(verb: Token) -> int:
    prt = [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    last = prt[-1] if prt else verb
    return last.idx + len(last)


def _verb_relation(tok: Token, index: TokenIndex) -> Reported | None:
    lemma = tok.lemma_.lower()
    ids: list[int] = []
    if lemma in CLAUSE_VERBS:
        for c in tok.children:
            if c.dep_ in _VERB_COMPS:
                ids.extend(_subtree_ids(c))
    if not ids and lemma in OBJECT_INFINITIVE_VERBS:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        inf = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if obj is not None and inf is not None and obj.i < inf.i:
            ids = _subtree_ids(obj) + _subtree_ids(inf)
    if not ids and lemma in CLAUSE_VERBS and tok.dep_ == "parataxis":
        own = set(_subtree_ids(tok))
        ids = [i for i in _subtree_ids(tok.head) if i not in own]  # "[A], X said, [B]"
    if not ids:
        return None
    pieces = _pieces(tok.doc, ids)
    if not pieces:
        return None
    return Reported(pieces, tok.idx, _cue_end(tok), _speaker_of_verb(tok, index))


def _noun_relation(tok: Token, index: TokenIndex) -> Reported | None:
    comp = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("acl", "ccomp")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    if comp is None:
        return None
    pieces = _pieces(tok.doc, _subtree_ids(comp))
    if not pieces:
        return None
    speaker = next((c for c in tok.children if c.dep_ == "poss"), None)
    if speaker is None:
        by = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")), None
        )
        if by is not None:
            speaker = next((g for g in by.children if g.dep_ == "pobj"), None)
    if speaker is None and tok.dep_ in ("dobj", "pobj"):
        head = tok.head if tok.dep_ == "dobj" else tok.head.head
        if _verbal(head):
            speaker = subject_of(head, index)
    return Reported(pieces, tok.idx, tok.idx + len(tok), speaker)


def _according_relation(tok: Token) -> Reported | None:
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    head = tok.head
    while not _verbal(head) and head.head.i != head.i:
        head = head.head
    own = set(_subtree_ids(tok))
    if to.head.i != tok.i:
        own |= set(_subtree_ids(to))
    ids = [i for i in _subtree_ids(head) if i not in own]
    pieces = _pieces(doc, ids)
    if not pieces:
        return None
    return Reported(pieces, tok.idx, to.idx + len(to), obj)


def find_reported(index: TokenIndex) -> list[Reported]:
    """Every reported-speech relation of the document, in order of its cue."""
    doc = index.doc
    lemmas = doc.to_array([LEMMA, LOWER])
    cand = numpy.flatnonzero(numpy.isin(lemmas[:, 0], _HASHES) | numpy.isin(lemmas[:, 1], _HASHES))
    out = []
    for i in cand.tolist():
        tok = doc[i]
        low = tok.lower_
        rel: Reported | None = None
        if low in ACCORDING:
            rel = _according_relation(tok)
        elif _verbal(tok):
            rel = _verb_relation(tok, index)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in CLAUSE_NOUNS:
            rel = _noun_relation(tok, index)
        if rel is not None and not index.quoted(rel.cue_start):
            out.append(rel)
    return out
