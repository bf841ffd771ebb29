"""Forecasts and outlooks written with "see": "[The bank] sees [slower growth next year]",
"ROE SEES LOWER FARM EXPORTS" (a wire headline). The present tense of "see" with a subject
naming people or an organisation and a noun-phrase object states what the subject expects or
believes; the object is the content and the subject its source. The past ("saw a rise") is left
out: it mostly tells what happened to the subject ("the firm saw profits fall"). So are
objects that are pronouns ("sees him", "see it"), a complement with "as" (a naming, read by
:data:`.reported_lexicon.NAMING_VERBS`) and clausal complements (read as any clause verb's).
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_content import cue_end_of, cue_lemma, is_people, subtree_ids
from transforms.quotes.reported_lexicon import SPEAKING_BODY_NOUNS

Found = tuple[list[int], Token, int, Token | None]  # content ids, cue, cue end, speaker

_PRESENT = frozenset(("VBZ", "VBP"))
_CLAUSES = frozenset(("ccomp", "xcomp", "auxpass", "nsubjpass", "oprd", "dative"))


def _plain_object(verb: Token) -> Token | None:
    """The verb's noun-phrase object, when it has no clause and no "as" complement."""
    obj = None
    for c in verb.children:
        if c.dep_ in _CLAUSES or (c.dep_ == "prep" and c.lower_ == "as"):
            return None
        if c.dep_ == "dobj" and c.i > verb.i:
            obj = c
    if (
        obj is None
        or obj.pos_ == "PRON"
        or any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children)
    ):
        return None
    return obj


def _present(verb: Token) -> bool:
    """A finite present-tense verb, or a base form heading its own clause with no auxiliary
    (the tagger's "VB" for "Analysts at the bank see …")."""
    if verb.tag_ in _PRESENT:
        return True
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("ROOT", "ccomp", "conj")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _name(tok: Token) -> bool:
    """A proper noun the tagger left untyped (a recased headline's "ROE SEES …")."""
    return tok.pos_ == "PROPN" and not tok.ent_type_


def _body(tok: Token) -> bool:
    """A common noun of a speaking body or a firm ("the company", "ACME COMPANIES")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEAKING_BODY_NOUNS


def forecast_content(tok: Token) -> Found | None:
    """ "X sees [NP]" with a present-tense "see" and a subject naming people, or a common noun
    of a firm or a speaking body ("the company", "ACME FIRMS SEE …"): the object."""
    if not _present(tok) or cue_lemma(tok) != "see":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not (is_people(subj) or _name(subj) or _body(subj)):
        return None
    obj = _plain_object(tok)
    if obj is None:
        return None
    return subtree_ids(obj), tok, cue_end_of(tok), subj
