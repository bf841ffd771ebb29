"""Speaker of an attribution: the subject token -> the mention as written and its resolved name."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.frames import noun_phrase
from transforms.quotes.resolve import (
    FEMALE,
    MALE,
    PLURAL,
    MentionIndex,
    Speaker,
    resolve_descriptive,
    resolve_pronoun,
)
from transforms.types import Mention

_DEFINITE = frozenset(("the", "this", "that", "these", "those"))
_PERSONAL = MALE | FEMALE | PLURAL | frozenset(("i", "you", "me", "it"))


def mention_speaker(m: Mention, tok: Token, mindex: MentionIndex) -> Speaker:
    """Speaker for a mention: the comma-separated part holding ``tok`` of a run-on mention
    ("Rostov, Jane Roe"), with a one-word name widened to an earlier full name."""
    start, end, name = m.start, m.end, m.name
    if ", " in m.text and m.name == m.text:
        rel = tok.idx - m.start
        seg0 = (
            m.text.rfind(", ", 0, max(rel, 0)) + 2 if m.text.rfind(", ", 0, max(rel, 0)) >= 0 else 0
        )
        seg1 = m.text.find(", ", rel)
        seg1 = len(m.text) if seg1 < 0 else seg1
        start, end = m.start + seg0, m.start + seg1
        name = mindex.text[start:end]
    if " " not in name:
        name = mindex.full_name(name, m.label, start) or name
    return Speaker(start, end, name, m.label)


def speaker_for(tok: Token, mindex: MentionIndex, speakers: list[tuple[int, str, str]]) -> Speaker:
    """The speaker mention headed by ``tok`` and its resolved name."""
    m = mindex.at(tok.idx, tok.idx + len(tok))
    if m is not None:
        return mention_speaker(m, tok, mindex)
    for c in tok.children:
        if c.dep_ == "appos":
            m = mindex.at(c.idx, c.idx + len(c))
            if m is not None:
                return mention_speaker(m, c, mindex)
    end = tok.idx + len(tok)
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:
        named = speaker_for(tok.head.head, mindex, speakers)  # "X, who said": who -> X
        return Speaker(tok.idx, end, named.name, named.label)
    low = tok.lower_
    if tok.pos_ == "PRON" or low in _PERSONAL:
        found = resolve_pronoun(mindex, low, tok.idx, speakers)
        if found is not None:
            mindex.learn_gender(found[0], low)
            return Speaker(tok.idx, end, found[0], found[1])
        return Speaker(tok.idx, end, None)
    # "Member of the European Parliament Jane Roe": a name inside the subject's phrase
    for t in tok.rights if tok.is_title else ():
        if t.dep_ not in ("appos", "compound", "prep") or (t.dep_ == "prep" and t.lower_ != "of"):
            continue
        m = mindex.at(t.idx, t.right_edge.idx + len(t.right_edge))
        if m is not None and m.label == "PERSON" and m.start - end < 60:
            return mention_speaker(m, t, mindex)
    start, end = noun_phrase(tok)
    if tok.pos_ == "PROPN":
        found = resolve_descriptive(mindex, tok, tok.idx)
        if found is not None:
            return Speaker(start, end, found[0], found[1])
        for t in tok.rights:  # "Member of the City Council Jane Roe": the whole phrase
            if t.dep_ not in ("prep", "compound", "nmod") or t.right_edge.i - tok.i > 10:
                break
            end = t.right_edge.idx + len(t.right_edge)
        phrase = mindex.text[start:end]  # a name the NER missed: most likely a person
        return Speaker(start, end, phrase, "PERSON" if looks_like_name(phrase) else None)
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in tok.children)
    if definite:
        found = resolve_descriptive(mindex, tok, tok.idx)
        if found is not None:
            return Speaker(start, end, found[0], found[1])
    return Speaker(start, end, None)


def looks_like_name(phrase: str) -> bool:
    """Two to four capitalised words ("Jane Q. Roe"): a name the NER missed."""
    words = phrase.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words)
