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
of edge punctuation other than quotation marks (:mod:`.reported_pieces`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Token

from transforms.quotes import reported_stance as stance
from transforms.quotes.frames import TokenIndex
from transforms.quotes.headline_passives import headline_end, headline_passive, lead_credited
from transforms.quotes.noun_speakers import noun_speaker
from transforms.quotes.reported_as_saying import as_saying
from transforms.quotes.reported_complements import complement_ids
from transforms.quotes.reported_conjoined import conjoined_clause
from transforms.quotes.reported_content import (
    copula_subject,
    cue_end_of,
    cue_lemma,
    has_that,
    impersonal,
    is_people,
    is_verbal,
    subtree_ids,
)
from transforms.quotes.reported_delayed import noun_complement, other_that_clause
from transforms.quotes.reported_forecasts import forecast_content
from transforms.quotes.reported_judgements import (
    attitude_content,
    passive_content,
    raised_content,
)
from transforms.quotes.reported_lexicon import (
    ACCORDING,
    ATTITUDE_ADJECTIVES,
    CLAUSE_VERBS,
    INFINITIVE_NOUNS,
    MANNER_OF_SPEAKING_VERBS,
    NAMING_VERBS,
    NOUN_CUES,
    OBJECT_VERBS,
    PREP_OBJECT_NOUNS,
    REPORTED_CUE_WORDS,
)
from transforms.quotes.reported_misparsed import misparsed_verb, side_content
from transforms.quotes.reported_nominal import FORCE_NOUNS, nominal_content, received
from transforms.quotes.reported_nominal import WORDS as NOMINAL_WORDS
from transforms.quotes.reported_objects import prep_object, verb_prep_object
from transforms.quotes.reported_parentheticals import (
    fronted_subject,
    interrupted_clause,
    linking_only,
)
from transforms.quotes.reported_passive import participle_content, urged_content
from transforms.quotes.reported_pieces import PieceFinder, Reported
from transforms.quotes.reported_proforms import proform_ids
from transforms.quotes.reported_relatives import relative_subject
from transforms.quotes.reported_surface import following_clause, surface_report, within
from transforms.quotes.resolve import Speaker
from transforms.quotes.source_phrases import document_author

_WORDS = REPORTED_CUE_WORDS | stance.FURTHER_WORDS | NOMINAL_WORDS
_HASHES = frozenset(hash_string(w) for w in _WORDS)  # a set: see frames._CUE_HASHES
_THAT = hash_string("that")
_NOT_CONTENT = frozenset(("nsubj", "nsubjpass", "punct", "aux", "auxpass", "neg", "cc", "mark"))


def _blank(t: Token) -> bool:
    return t.is_punct or t.is_space


class _Finder(PieceFinder):
    """The relation of each kind of cue (verb, noun, "according to", a quotation's wrapping
    clause, a that-clause of another verb)."""

    def verb_relation(self, tok: Token, lemma: str | None = None) -> Reported | None:
        """The relation of the verb cue ``tok`` (``lemma``: its lexicon verb, when the tagger
        took it for a noun, see :mod:`.reported_misparsed`)."""
        if impersonal(tok):  # "it is fair to say …", "That said, …": nobody is credited
            return None
        misparsed = lemma is not None
        lemma = lemma or cue_lemma(tok)
        if lemma in MANNER_OF_SPEAKING_VERBS:  # "X shouted [that …]" ('chanting "No!"' is
            # the quotation's cue): a that-clause, else only the constructions of other lists
            comp = next((c for c in tok.rights if c.dep_ == "ccomp" and has_that(c)), None)
            pieces = self.pieces(subtree_ids(comp), tok) if comp is not None else ()
            if pieces:
                speaker = self.speaker_of_verb(tok, pieces)
                return Reported(pieces, tok.idx, cue_end_of(tok), speaker)
        raised = raised_content(tok)
        if raised is not None:
            subj, comp, agent = raised
            pieces = self.pieces(subj, tok) + self.pieces(comp, tok)
            return Reported(pieces, tok.idx, cue_end_of(tok), agent) if pieces else None
        rel_subj = relative_subject(tok)  # "[which] Roe said [was hers]"
        if rel_subj is not None:
            pieces = self.pieces(rel_subj[0], tok)
            return Reported(pieces, tok.idx, cue_end_of(tok), rel_subj[1]) if pieces else None
        urged = urged_content(tok)  # "[Roe] was urged [to resign]"
        if urged is not None:
            pieces = self.pieces(urged[0], tok)
            return Reported(pieces, tok.idx, cue_end_of(tok), urged[1]) if pieces else None
        ids = complement_ids(tok, lemma)  # :mod:`.reported_complements`
        if not ids and (lemma in OBJECT_VERBS or lemma in NAMING_VERBS):
            passive = passive_content(tok)
            if passive is not None:
                pieces = self.pieces(passive[0], tok)
                return Reported(pieces, tok.idx, cue_end_of(tok), passive[1]) if pieces else None
        if not ids and lemma in CLAUSE_VERBS and tok.dep_ == "parataxis":
            own = {t.i for t in tok.subtree}
            ids = [i for i in subtree_ids(tok.head) if i not in own]  # "[A], X said, [B]"
        if not ids and misparsed:
            ids = side_content(tok)  # "[A], court records show."
        if not ids:
            ids = interrupted_clause(tok)  # "[A], X notes, [B]" hung on a word of A or B
        if not ids:
            ids = proform_ids(tok)  # "X said [no]", "X thinks [so]"
        ids = ids + conjoined_clause(tok, ids)  # "X said [A], and [B]"
        front = fronted_subject(tok)  # "[A], X noted, [B]": A taken for a subject of the cue
        if front is not None:
            own = {t.i for t in front[1].subtree}  # "…, said Roe, [B]": Roe hung on B
            ids = [i for i in ids if i not in own] + front[0]
        if not ids:
            return None
        pieces = self.pieces(ids, tok)
        if not pieces:
            return None
        speaker = front[1] if front is not None else self.speaker_of_verb(tok, pieces)
        return Reported(pieces, tok.idx, cue_end_of(tok), speaker)

    def surface_relation(self, tok: Token, lost: bool) -> Reported | None:
        """A report the parse lost, read from the word order (:mod:`.reported_surface`)."""
        s0, s1 = self.sentence(tok.i)
        found = surface_report(tok, s0, s1)  # else a clause after the cue, when nothing else
        ids = found[0] if found else (following_clause(tok, s0, s1) if lost else None)
        pieces = self.pieces(ids, tok) if ids else ()
        if not pieces:
            return None
        speaker = found[1] if found else self.speaker_of_verb(tok, pieces)
        return Reported(pieces, tok.idx, cue_end_of(tok), speaker)

    def noun_relation(self, tok: Token) -> Reported | None:
        marks = ("mark", "that"), ("aux", "to" if tok.lemma_.lower() in INFINITIVE_NOUNS else "")
        comp = noun_complement(tok, marks)  # "X's claim [that …]", "X's decision [to run]"
        content_preps = PREP_OBJECT_NOUNS.get(tok.lemma_.lower(), frozenset())
        ids = (  # "took a swipe [at X]": the noun's preposition hung on the verb
            subtree_ids(comp)
            if comp is not None
            else prep_object(tok, PREP_OBJECT_NOUNS) or verb_prep_object(tok, PREP_OBJECT_NOUNS)
        )
        if not ids:
            return None
        pieces = self.pieces(ids, tok)
        if not pieces:
            return None
        speaker = noun_speaker(
            tok, self.index, has_clause=comp is not None, content_preps=content_preps
        )
        if speaker is None and tok.lemma_.lower() in FORCE_NOUNS:
            return None  # "the attack on the embassy": nobody speaks
        return Reported(pieces, tok.idx, tok.idx + len(tok), speaker)

    def wrap_relation(self, cue_start: int, mark: int, speaker: Speaker) -> Reported | None:
        """The complement of the cue at ``cue_start`` that holds the quotation opening at
        ``mark``, credited to ``speaker``."""
        k = self.index.first_at_or_after(cue_start)
        if k >= len(self.doc):
            return None
        cue = self.doc[k]
        comp = next(
            (
                c
                for c in cue.children
                if c.dep_ not in _NOT_CONTENT
                and c.left_edge.idx <= mark <= c.right_edge.idx
                and c.i > cue.i
            ),
            None,
        )
        if comp is None:
            return None
        pieces = self.pieces(subtree_ids(comp), cue)
        if not pieces:
            return None
        return Reported(pieces, cue.idx, cue_end_of(cue), None, speaker)

    def that_relations(self, cues: set[int]) -> list[Reported]:
        """ "X [verb] that [clause]" with a verb the clause lists lack ("X conceded privately
        that …", "X repeated that …"): a that-clause complement of a verb whose subject names
        people (a person, group, pronoun or noun of people) is what the subject holds, unless
        the verb gave a relation already (its char offset in ``cues``)."""
        doc = self.doc
        out = []
        for i in numpy.flatnonzero(doc.to_array(LOWER) == _THAT).tolist():
            t = doc[i]
            if t.dep_ != "mark" or t.head.dep_ != "ccomp":
                continue
            comp, cue = t.head, t.head.head
            if not is_verbal(cue) or cue.idx in cues or cue.i > comp.i:
                continue
            if not other_that_clause(cue, t, cue_lemma(cue) in _WORDS):
                continue
            pieces = self.pieces(subtree_ids(comp), cue)
            if not pieces:
                continue
            speaker = self.speaker_of_verb(cue, pieces)
            if speaker is None or not is_people(speaker):
                continue
            out.append(Reported(pieces, cue.idx, cue_end_of(cue), speaker))
        return out

    def according_relation(self, tok: Token) -> Reported | None:
        doc = self.doc
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            return None
        to, head = doc[tok.i + 1], tok.head
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        while not is_verbal(head) and head.head.i != head.i:
            head = head.head
        own = {t.i for t in tok.subtree}
        if to.head.i != tok.i:
            own |= {t.i for t in to.subtree}
        s0, s1 = self.sentence(tok.i)
        lo, hi = min(own), max(own)
        found = copula_subject(tok)  # "[That]'s according to X"
        if found is not None:
            ids, tok = found
        elif all(_blank(doc[i]) for i in range(s0, lo)) or all(
            _blank(doc[i]) for i in range(hi + 1, s1)
        ):
            # at either edge of its sentence, "according to X" governs all of it
            ids = [i for i in range(s0, s1) if i not in own]
        else:
            ids = [i for i in subtree_ids(head) if i not in own]
        pieces = tuple(  # "In addition, according to X, [A]": the link is not content
            p
            for p in self.pieces(ids, tok)
            if p[1] > tok.idx or not linking_only(doc.char_span(*p, alignment_mode="expand"))
        )
        speaker = None if obj is None else document_author(obj)
        return Reported(pieces, tok.idx, to.idx + len(to), speaker or obj) if pieces else None


def find_reported(
    index: TokenIndex, text: str, partials: Sequence[tuple[int, int, Speaker]] = ()
) -> list[Reported]:
    """Every reported-speech relation of the document (``text`` is ``index.doc.text``).

    ``partials`` are the quoted fragments already attributed, as (cue start, opening mark,
    speaker): each gives the relation of the clause of that cue holding the fragment
    ('X called the plan "a disaster"' with a cue the word lists do not hold).
    """
    doc = index.doc
    if not len(doc):
        return []
    lemmas = doc.to_array([LEMMA, LOWER])
    cand = [  # one flat list per column: a list of pairs costs twice as much to build
        i
        for i, (lemma, lower) in enumerate(
            zip(lemmas[:, 0].tolist(), lemmas[:, 1].tolist(), strict=True)
        )
        if lemma in _HASHES or lower in _HASHES
    ]
    if not cand and not partials:
        return []
    finder = _Finder(index, text)
    out = [r for r in (finder.wrap_relation(*p) for p in partials) if r is not None]
    head_end = headline_end(text)
    bare_rels: list[Reported] = []
    for i in cand:
        tok = doc[i]
        rel: Reported | None = None
        bare = headline_passive(tok, head_end) if tok.idx < head_end else None
        if bare is not None:  # "BANK EXPECTED TO RAISE RATES": "is" dropped
            pieces = finder.pieces(bare[0], tok) + finder.pieces(bare[1], tok)
            bare_rels.append(Reported(pieces, tok.idx, cue_end_of(tok), None))
            continue
        said_as = as_saying(tok) if is_verbal(tok) else None  # "[A], X quoted Y as saying"
        if said_as is not None:
            pieces = finder.pieces(said_as[0], tok) if said_as[0] else ()
            if pieces and not index.quoted(tok.idx):
                out.append(Reported(pieces, tok.idx, cue_end_of(tok), said_as[1]))
            continue
        if tok.lower_ in ACCORDING:
            rel = finder.according_relation(tok)
        elif tok.pos_ == "ADJ" and tok.lower_ in ATTITUDE_ADJECTIVES:
            found = attitude_content(tok)
            pieces = finder.pieces(found[0], tok) if found else ()
            if found and pieces:
                rel = Reported(pieces, tok.idx, tok.idx + len(tok), found[1])
        elif is_verbal(tok):
            rel = finder.verb_relation(tok)
        elif (misparsed := misparsed_verb(tok)) is not None:
            rel = finder.verb_relation(tok, misparsed)  # "Trump predicts that …"
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUN_CUES and not received(tok):
            rel = finder.noun_relation(tok)
        found = stance.further_content(tok, finder.sentence) if rel is None else None
        if rel is None and found is None:
            found = participle_content(tok)  # :mod:`.reported_passive`
        if rel is None and found is None:  # :mod:`.reported_nominal`
            found = nominal_content(tok, index)
        if rel is None and found is None:  # :mod:`.reported_forecasts`
            found = forecast_content(tok)
        if found is not None:  # :mod:`.reported_stance`: ids, cue, cue end, speaker
            pieces = finder.pieces(found[0], found[1])
            rel = Reported(pieces, found[1].idx, found[2], found[3]) if pieces else None
        surface = finder.surface_relation(tok, rel is None)  # :mod:`.reported_surface`
        if surface is not None and (rel is None or within(rel.pieces, surface.pieces)):
            rel = surface  # "[A], records obtained by X show.", "[A], as X noted, [B]"
        if rel is not None and not index.quoted(rel.cue_start):
            out.append(rel)
    out.extend(finder.that_relations({r.cue_start for r in out}))
    return out + lead_credited(bare_rels, out, text)  # "X EXPECTED TO …" over "…, Y said"
