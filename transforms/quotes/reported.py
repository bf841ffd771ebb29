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

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER, SENT_START
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from transforms.quotes.attribution import _inverted_subject, subject_of
from transforms.quotes.frames import TokenIndex
from transforms.quotes.reported_lexicon import (
    ACCORDING,
    ADDRESSEE_VERBS,
    CLAUSE_NOUNS,
    CLAUSE_VERBS,
    INFINITIVE_VERBS,
    NAMING_VERBS,
    OBJECT_INFINITIVE_VERBS,
    OBJECT_VERBS,
    PREP_OBJECT_NOUNS,
    PREP_OBJECT_VERBS,
    SECOND_COMPLEMENT_PREPS,
)
from transforms.quotes.resolve import Speaker

_WORDS = (
    CLAUSE_VERBS
    | INFINITIVE_VERBS
    | NAMING_VERBS
    | OBJECT_INFINITIVE_VERBS
    | OBJECT_VERBS
    | set(PREP_OBJECT_VERBS)
    | set(PREP_OBJECT_NOUNS)
    | CLAUSE_NOUNS
    | ACCORDING
)
_HASHES = numpy.array(sorted({hash_string(w) for w in _WORDS}), dtype=numpy.uint64)
_OPEN_MARKS = frozenset("\"“‘'`«")
_CLOSE_MARKS = frozenset("\"”’'»")
_FINAL = frozenset(".!?…")
_NOT_CONTENT = frozenset(("nsubj", "nsubjpass", "punct", "aux", "auxpass", "neg", "cc", "mark"))
_DASHES = frozenset(("—", "–", "--", "―"))
_CONTROL = frozenset(("xcomp", "acomp", "conj", "advcl", "pcomp", "prep"))
_VERB_COMPS = frozenset(("ccomp",))
_SIDE_CLAUSES = frozenset(("advcl", "conj", "parataxis"))


@dataclass(frozen=True, slots=True)
class Reported:
    """One attribution relation: content pieces (char spans), the cue and the speaker token."""

    pieces: tuple[tuple[int, int], ...]
    cue_start: int
    cue_end: int
    speaker: Token | None
    given: Speaker | None = None  # a speaker already resolved (of the quotation it wraps)


def _verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass")


def _subtree_ids(tok: Token) -> list[int]:
    """Token indices of ``tok``'s subtree, leaving out reports embedded in it: a reporting
    clause hung on it as a side clause ("…, while Y says B") and "according to X"."""
    out = [tok.i]
    last = tok.right_edge.i
    stack = list(tok.children)
    while stack:
        t = stack.pop()
        if t.lower_ in ACCORDING or (
            t.dep_ in _SIDE_CLAUSES
            and t.lemma_.lower() in CLAUSE_VERBS
            and any(c.dep_ in _VERB_COMPS for c in t.children)
        ):
            continue
        if (
            t.dep_ == "relcl"
            and t.doc[t.left_edge.i - 1].text == ","
            and t.right_edge.i >= last - 1
        ):
            continue  # "praised Jane Roe, who has …": a closing non-restrictive relative clause
        out.append(t.i)
        stack.extend(t.children)
    return out


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


def _after_dateline(subj: Token, verb: Token) -> Token:
    """ "CITY, May 1 (Agency) — Jane Roe said": the noun phrase after the dateline's dash."""
    doc = verb.doc
    dash = next(
        (i for i in range(verb.i - 1, subj.i, -1) if doc[i].text in _DASHES and doc[i].whitespace_),
        None,
    )
    if dash is None:
        return subj
    seg = range(dash + 1, verb.i)
    head = next(
        (
            doc[i]
            for i in seg
            if doc[i].pos_ in ("PROPN", "NOUN", "PRON") and doc[i].head.i not in seg
        ),
        None,
    )
    return head if head is not None else subj


def _controller(verb: Token) -> Token | None:
    """ "X was quick to add", "X would be able to claim": the subject of the clause the
    infinitive or participle hangs on (through adjectives, prepositions and coordination)."""
    t = verb
    for _ in range(4):
        if t.dep_ not in _CONTROL or t.head.i == t.i:
            return None
        t = t.head
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


def _has_that(tok: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _prep_object(tok: Token, table: dict[str, frozenset[str]]) -> list[int]:
    """ "called [for a ban]", "criticism [of the plan]": the object of the cue's preposition."""
    preps = table.get(tok.lemma_.lower(), frozenset())
    for c in tok.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in preps and c.i > tok.i:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return _subtree_ids(obj)
    return []


def _naming_content(verb: Token) -> list[int]:
    """ "called [X "Y"]", "described [X as Y]", "accused [X of Y]": the object and the second
    complement after it, or nothing without a second complement."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return []
    second = [
        c
        for c in verb.children
        if c.i > obj.i
        and (
            c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")
            or (c.dep_ == "prep" and c.lower_ in SECOND_COMPLEMENT_PREPS)
        )
    ]
    if not second:
        return []
    last = max(t.i for c in second for t in c.subtree)
    return [i for i in range(obj.left_edge.i, last + 1)]


def _fronted_content(verb: Token) -> list[int]:
    """ "[A], X said." with a parse that hangs A on the verb as a loose dependent."""
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    doc = verb.doc
    out: list[int] = []
    for c in verb.lefts:
        if c.i >= subj.i or c.dep_ not in ("dep", "parataxis", "ccomp", "dobj", "intj"):
            continue
        if not any(doc[k].text == "," for k in range(c.right_edge.i, subj.left_edge.i)):
            continue
        out.extend(t.i for t in c.subtree)
    return out


def _cue_end(verb: Token) -> int:
    prt = [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    last = prt[-1] if prt else verb
    return last.idx + len(last)


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether the parser's sentence start at token ``i`` follows a sentence-final mark."""
    k = i - 1
    while k > 0 and (doc[k].is_space or doc[k].text in _CLOSE_MARKS or doc[k].text in ")]"):
        k -= 1
    t = doc[k].text
    return t in _FINAL or "\n" in doc[i - 1].text or (t[-1:] in _FINAL and len(t) > 5)


class _Finder:
    """Per-document lookups: sentence and paragraph bounds of every token."""

    def __init__(self, index: TokenIndex, text: str) -> None:
        self.index = index
        self.doc = doc = index.doc
        self.text = text
        starts = doc.to_array([SENT_START])
        for i in numpy.flatnonzero(starts == 1).tolist():
            if i and not _ends_sentence(doc, i):
                starts[i] = 0  # "Sen. Roe", "… on Monday\nand": not a new sentence
        sid = numpy.cumsum(starts == 1)
        self.sent_id = sid.tolist()
        bounds = numpy.flatnonzero(
            numpy.diff(sid, prepend=-1, append=sid[-1] + 1 if len(sid) else 0)
        )
        self.sent_bounds = bounds.tolist()  # token index where each sentence starts, then len
        self.newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def _sentence(self, i: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_bounds, i) - 1
        return self.sent_bounds[k], self.sent_bounds[k + 1]

    def _paragraph(self, char: int) -> tuple[int, int]:
        k = bisect.bisect_left(self.newlines, char)
        p0 = self.newlines[k - 1] + 1 if k > 0 else 0
        p1 = self.newlines[k] if k < len(self.newlines) else len(self.text)
        return p0, p1

    def pieces(self, ids: list[int], cue: Token) -> tuple[tuple[int, int], ...]:
        """Char spans of the contiguous runs of token ``ids`` in the sentence and paragraph of
        the ``cue``, trimmed of edge punctuation."""
        doc = self.doc
        s0, s1 = self._sentence(cue.i)
        p0, p1 = self._paragraph(cue.idx)
        out: list[tuple[int, int]] = []
        run: list[int] = []
        for i in sorted(set(ids)):
            if not (s0 <= i < s1 and p0 <= doc[i].idx < p1):
                continue
            if run and i != run[-1] + 1:
                gap = range(run[-1] + 1, i)
                if all(doc[k].is_punct or doc[k].is_space or doc[k].dep_ == "cc" for k in gap):
                    run.extend(gap)  # '"…," and that B': marks and "and" hung on the cue
                else:
                    out.extend(_trimmed(doc, run))
                    run = []
            run.append(i)
        if run:
            out.extend(_trimmed(doc, run))
        return tuple(out)

    def speaker_of_verb(self, verb: Token, pieces: tuple[tuple[int, int], ...]) -> Token | None:
        """The cue's subject; "…, said X" (content before the cue): the noun phrase after it.
        Never a token of the content itself."""
        subj = subject_of(verb, self.index) or _controller(verb)
        if subj is None and pieces[0][0] < verb.idx:
            subj = _inverted_subject(verb, self._sentence(verb.i)[1])
        if subj is None:
            return None
        subj = _after_dateline(subj, verb)
        if any(s <= subj.idx < e for s, e in pieces):
            return None
        return subj

    def verb_relation(self, tok: Token) -> Reported | None:
        lemma = tok.lemma_.lower()
        ids: list[int] = []
        if lemma in CLAUSE_VERBS:
            for c in tok.children:
                if c.dep_ in _VERB_COMPS or (ids and c.dep_ == "conj" and _has_that(c)):
                    ids.extend(_subtree_ids(c))  # "said that A and that B"
        if not ids and lemma in OBJECT_INFINITIVE_VERBS:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            inf = next((c for c in tok.children if c.dep_ == "xcomp"), None)
            if obj is not None and inf is not None and obj.i < inf.i:
                ids = _subtree_ids(obj) + _subtree_ids(inf)
        if not ids and lemma in INFINITIVE_VERBS:
            inf = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
            if inf is not None and any(a.lower_ == "to" and a.dep_ == "aux" for a in inf.children):
                ids = _subtree_ids(inf)
        if not ids and lemma in NAMING_VERBS:
            ids = _naming_content(tok)
        if not ids and lemma in CLAUSE_VERBS:
            ids = _fronted_content(tok)
        if not ids and (lemma in OBJECT_VERBS or lemma in CLAUSE_VERBS - ADDRESSEE_VERBS):
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.i > tok.i:
                ids = _subtree_ids(obj)
        if not ids and lemma in PREP_OBJECT_VERBS:
            ids = _prep_object(tok, PREP_OBJECT_VERBS)
        if not ids and lemma in CLAUSE_VERBS and tok.dep_ == "parataxis":
            own = {t.i for t in tok.subtree}
            ids = [i for i in _subtree_ids(tok.head) if i not in own]  # "[A], X said, [B]"
        if not ids:
            return None
        pieces = self.pieces(ids, tok)
        if not pieces:
            return None
        return Reported(pieces, tok.idx, _cue_end(tok), self.speaker_of_verb(tok, pieces))

    def noun_relation(self, tok: Token) -> Reported | None:
        comp = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("acl", "ccomp")
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            ),
            None,
        )
        ids = _subtree_ids(comp) if comp is not None else _prep_object(tok, PREP_OBJECT_NOUNS)
        if not ids:
            return None
        pieces = self.pieces(ids, tok)
        if not pieces:
            return None
        speaker = next((c for c in tok.children if c.dep_ == "poss"), None)
        if speaker is None:
            by = next(
                (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")),
                None,
            )
            if by is not None:
                speaker = next((g for g in by.children if g.dep_ == "pobj"), None)
        if speaker is None and tok.dep_ in ("dobj", "pobj"):
            head = tok.head if tok.dep_ == "dobj" else tok.head.head
            if _verbal(head):
                speaker = subject_of(head, self.index)
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
        pieces = self.pieces(_subtree_ids(comp), cue)
        if not pieces:
            return None
        return Reported(pieces, cue.idx, _cue_end(cue), None, speaker)

    def according_relation(self, tok: Token) -> Reported | None:
        doc = self.doc
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            return None
        to = doc[tok.i + 1]
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        head = tok.head
        while not _verbal(head) and head.head.i != head.i:
            head = head.head
        own = {t.i for t in tok.subtree}
        if to.head.i != tok.i:
            own |= {t.i for t in to.subtree}
        ids = [i for i in _subtree_ids(head) if i not in own]
        pieces = self.pieces(ids, tok)
        if not pieces:
            return None
        return Reported(pieces, tok.idx, to.idx + len(to), obj)


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
    cand = numpy.flatnonzero(numpy.isin(lemmas[:, 0], _HASHES) | numpy.isin(lemmas[:, 1], _HASHES))
    if not len(cand) and not partials:
        return []
    finder = _Finder(index, text)
    out = [r for r in (finder.wrap_relation(*p) for p in partials) if r is not None]
    for i in cand.tolist():
        tok = doc[i]
        rel: Reported | None = None
        if tok.lower_ in ACCORDING:
            rel = finder.according_relation(tok)
        elif _verbal(tok):
            rel = finder.verb_relation(tok)
        elif tok.pos_ == "NOUN" and (
            tok.lemma_.lower() in CLAUSE_NOUNS or tok.lemma_.lower() in PREP_OBJECT_NOUNS
        ):
            rel = finder.noun_relation(tok)
        if rel is not None and not index.quoted(rel.cue_start):
            out.append(rel)
    return out
