"""A second clause of a content that the parser hung on the cue instead of on the content:
"X said [A], and [B]", "I wrote about [how A] and [he was housebound]".

Read as the content's second clause when the cue is a verb of saying or believing
(:data:`.reported_lexicon.CLAUSE_VERBS`) whose content is a finite clause, and the coordinated
verb has its own subject, is no cue itself and follows the content with nothing but "and" and
punctuation between. Measured on PolNeAR: "but" clauses and clauses after an object or an
infinitive ("denied [the reports], and the talks …", "agreed [to sell the farm], and the bank
…") are mostly the writer's, so they are left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_content import cue_lemma, subtree_ids
from transforms.quotes.reported_lexicon import CLAUSE_VERBS, REPORTED_CUE_WORDS

_LINKS = frozenset(("cc", "punct"))
_NONFINITE = frozenset(("VBG", "VBN"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "expl"))


def _finite(verb: Token) -> bool:
    """A verb heading a finite clause: not an infinitive with "to", nor a bare participle."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ == "to" for c in aux):
        return False
    return verb.tag_ not in _NONFINITE or bool(aux)


def _clause_head(cue: Token, ids: list[int]) -> Token | None:
    """The head of the content ``ids`` when it is a finite clause after the cue."""
    own = set(ids)
    if min(own) < cue.i:
        return None
    head = next((cue.doc[i] for i in ids if cue.doc[i].head.i not in own), None)
    if head is None or head.pos_ not in ("VERB", "AUX") or not _finite(head):
        return None
    return head


def conjoined_clause(cue: Token, ids: list[int]) -> list[int]:
    """The token ids of a clause coordinated with ``cue`` that continues its content ``ids``
    (empty when there is none)."""
    if not ids or cue_lemma(cue) not in CLAUSE_VERBS or _clause_head(cue, ids) is None:
        return []
    last = max(ids)
    conj = next((c for c in cue.rights if c.dep_ == "conj" and c.i > last), None)
    if conj is None or conj.pos_ not in ("VERB", "AUX") or cue_lemma(conj) in REPORTED_CUE_WORDS:
        return []
    if not any(c.dep_ in _SUBJECTS for c in conj.lefts):
        return []
    doc = cue.doc
    start = next(t.i for t in conj.subtree if t.dep_ not in _LINKS or t.head.i != conj.i)
    gap = range(last + 1, start)  # "and" may hang on the cue or open the clause
    if not any(doc[i].lower_ == "and" for i in gap):
        return []
    if not all(doc[i].dep_ in _LINKS and doc[i].head.i in (cue.i, conj.i) for i in gap):
        return []
    return subtree_ids(conj)
