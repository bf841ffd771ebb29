"""Known places tagged PERSON become GPE, unless the document shows a person.

The set of place names is data handed in by the caller (``flows.gazetteer.load_places``); this
module reads no files. Many place names are also person names ("Jordan", "Washington",
"Florence"), so the gazetteer only decides when the document has no evidence of a person:
"""

from __future__ import annotations

from transforms.entities.spans import Cand, TokenView
from transforms.lexicon import SPEECH_VERB_LEMMAS

_SPEECH = SPEECH_VERB_LEMMAS  # "X said" makes X a speaker, hence not a place


def _key(v: TokenView, c: Cand) -> str:
    """The mention's text, casefolded, white space collapsed ("Rio de Janeiro")."""
    last = v.tokens[c.end - 1]
    return " ".join(
        v.full_text[v.tokens[c.start].idx : last.idx + len(last.text)].split()
    ).casefold()


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() and token.replace("-", "").replace(".", "").isalpha()


def _speaker(v: TokenView, c: Cand) -> bool:
    """The mention is the subject of a verb of saying ("X said", "said X")."""
    head = v.tokens[c.end - 1]
    return head.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_.lower() in _SPEECH


def _person_evidence(v: TokenView, cands: list[Cand]) -> set[str]:
    """Casefolded strings the document shows to be (parts of) person names: every word of a
    PERSON mention of two or more words, any titled mention, any speaker of a saying verb."""
    out: set[str] = set()
    for c in cands:
        if c.label != "PERSON":
            continue
        if c.end - c.start >= 2:
            out.update(t.casefold() for t in v.text[c.start : c.end])
        if c.title or _speaker(v, c):
            out.add(_key(v, c))
    return out


def gazetteer_places(v: TokenView, cands: list[Cand], *, places: frozenset[str]) -> None:
    """Relabel PERSON mentions that are known place names as GPE, in place.

    A PERSON mention becomes GPE when its casefolded text is in ``places``, all its words
    are capitalised, and no mention of the same string in the document has person evidence:
    a title ("Mr. Jordan"), a place in a full PERSON name ("Michael Jordan" makes every
    "Jordan" a person), or the subject of a verb of saying ("Washington said"); a mention
    right after an initial or a determiner keeps its label too.
    """
    if not places:
        return
    hits = [
        c
        for c in cands
        if c.label == "PERSON"
        and c.source not in {"dateline", "table"}
        and all(_is_capitalised(t) for t in v.text[c.start : c.end] if t not in {"-", "'"})
        and _key(v, c) in places
    ]
    if not hits:
        return
    evidence = _person_evidence(v, cands)
    for c in hits:
        if _key(v, c) not in evidence and not _not_a_place_here(v, c):
            c.label = "GPE"


def _not_a_place_here(v: TokenView, c: Cand) -> bool:
    """Local cues against a place: an initial before the name ("J. Hamilton", "B Douglas")
    or a determiner ("the Aurora": a ship, a film, a brand)."""
    if c.start == 0:
        return False
    prev = v.text[c.start - 1]
    if prev.lower() in {"the", "a", "an"}:
        return True
    letters = prev.rstrip(".")
    return len(letters) == 1 and letters.isupper()
