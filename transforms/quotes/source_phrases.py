"""Source phrases that credit a quotation without a verb: "according to X", "in X's words",
"in the words of X"."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_content import is_people


def according_to(tok: Token) -> Token | None:
    """The ``to`` of ``according to`` when ``tok`` is ``according``."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    return nxt if nxt.lower_ == "to" else None


_AUTHOR_PREPS = frozenset(("by", "from", "with"))


def document_author(obj: Token) -> Token | None:
    """ "according to [a report] by X", "… data from X", "… interviews with X", "… figures
    released by X", "… an interview X gave": the author of the document or findings named
    (never a person: "according to aides of X" are the aides)."""
    if obj.pos_ != "NOUN" or is_people(obj):
        return None
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ in _AUTHOR_PREPS:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ in ("acl", "relcl"):
            by = next((g for g in c.children if g.dep_ == "agent"), None)
            if by is not None:
                return next((g for g in by.children if g.dep_ == "pobj"), None)
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None and subj.tag_ not in ("WDT", "WP"):
                return subj
    return None


def words_of(tok: Token) -> Token | None:
    """The owner of "in X's words" / "in the words of X" when ``tok`` is that "words"."""
    if tok.lower_ != "words" or tok.head.lower_ != "in" or tok.dep_ != "pobj":
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)


SPEECH_NOUNS = frozenset(
    [
        "reply",
        "response",
        "answer",
        "message",
        "statement",
        "comment",
        "note",
        "retort",
        "explanation",
        "remark",
        "remarks",
        "tweet",
        "email",
        "text",
        "verdict",
        "advice",
        "warning",
        "question",
    ]
)


def speech_noun_owner(tok: Token) -> Token | None:
    """The owner of a noun of speech before a colon: "Roe's short reply: "…"", "the mayor's
    response was: "…"" (``tok`` is the noun or the verb whose subject it is)."""
    if tok.pos_ in ("AUX", "VERB"):
        tok = next((c for c in tok.children if c.dep_ == "nsubj"), tok)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SPEECH_NOUNS:
        return None
    return next((c for c in tok.children if c.dep_ == "poss"), None)
