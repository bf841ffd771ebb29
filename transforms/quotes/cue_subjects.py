"""The speaker-subject of a reporting cue: the subject of the verb, climbing over "adding",
"and said", "who said"; the agent of a passive cue ("Asked by X, …"); the inverted subject of
"said X"; the sentence's first subject for a participle ("…, telling the crowd"); the noun a
participle hangs on ("polls showing …"); the object of a verb an infinitive cue completes ("led
X to declare …"); a gerund's owner ("X's saying …"). Used by the attribution of
quotations (:mod:`.attribution`) and of reported speech (:mod:`.reported`)."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.frames import SENT_END, TokenIndex
from transforms.quotes.lexicon import CUE_LEMMAS
from transforms.quotes.reported_content import is_people, passive_agent
from transforms.quotes.reported_lexicon import MEDIUM_NOUNS, NOUN_CUES

SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "csubj"))
_CLIMB = frozenset(("conj", "advcl", "xcomp", "pcomp", "acl", "dep"))
# nouns of speech and its media: "issued a statement saying …" is the issuer's
SPEECH_NOUNS = NOUN_CUES | MEDIUM_NOUNS


def verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_[:2] == "VB"


def subject_of(verb: Token, index: TokenIndex | None = None) -> Token | None:
    """The speaker-subject of a cue verb, climbing over ``adding``/``and said``/``who said``.

    A passive cue with an agent ("was asked by X") gives the agent. Subjects inside a quotation
    are skipped (the parser often attaches the quoted clause to the cue). A proper noun parsed as
    a compound of the verb ('"…," Roe joked') is taken as its subject. A cue coordinated with a
    lower clause ("X said it was early but added") climbs on to the reporting verb above it, and
    a participle hung on a noun ("issued a statement saying") to the verb governing the noun.
    """
    v = verb
    for _ in range(6):
        if index is not None and index.quoted(v.idx):
            break
        for c in v.children:
            if c.dep_ not in SUBJECT_DEPS or (
                index is not None and index.quoted(c.idx + len(c) - 1)
            ):
                continue
            if not wordy(c):
                continue
            if c.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
                return c  # "X, who said": the relative pronoun, resolved to X by the caller
            if c.dep_ == "nsubjpass":
                return passive_agent(v) or c
            if v is not verb and verb.dep_ == "conj" and v.lemma_.lower() not in CUE_LEMMAS:
                above = _reporting_ancestor(v)
                if above is not None:
                    v = above
                    break
            return c
        else:
            if verbal(v):
                lost = [c for c in v.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if lost and (index is None or not index.quoted(lost[-1].idx)):
                    return lost[-1]
            if (
                v.dep_ == "acl"
                and v.tag_ == "VBN"
                and any(c.dep_ == "agent" or c.lower_ == "as" for c in v.children)
            ):
                break  # "X, once hailed as …": X is spoken about, not speaking
            if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ == "NOUN":
                if v is verb and _participle_source(v):
                    return v.head  # "polls showing …", "voters saying …": the noun itself
                gov = _governing_verb(v.head)
                if gov is not None:
                    v = gov
                    continue
            if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                return v.head
            if v is verb and v.tag_ == "VBG":
                poss = next((c for c in v.children if c.dep_ == "poss"), None)
                if poss is not None:
                    return poss  # "Roe's saying that …", "his claiming …": a gerund's owner
            if v is verb and v.tag_ == "VBN" and passive_agent(v) is not None:
                return passive_agent(v)  # "Asked by a reporter …, Roe said": the reporter asks
            if v is verb and v.dep_ == "xcomp":
                obj = _object_controller(v)
                if obj is not None:
                    return obj  # "led voters to say …": the voters say
            if v.dep_ in _CLIMB and v.head.i != v.i:
                if v is verb and _content_participle(verb):
                    v = v.head.head  # "X said [A], calling it B": X calls, not A's subject
                    continue
                v = v.head
                continue
            if not verbal(v) and v.dep_ in ("dobj", "attr", "pobj", "prep") and v is not verb:
                v = v.head  # "X adopted an accent and joked": conj hung on the object
                continue
            break
    if verb.tag_ == "VBG":
        return _participle_subject(verb, index)
    return None


def inverted_subject(verb: Token, stop: int, *, right_after: bool = False) -> Token | None:
    """``said X``: the noun phrase right after the verb (before token ``stop``).

    ``right_after``: the verb directly follows the quotation ('"…," added a senior aide'), where
    the parser often labels the inverted subject as an object."""
    objects = ("dative",) if right_after else ("dobj", "dative")
    if verb.dep_ in ("amod", "compound") or any(c.dep_ in objects for c in verb.children):
        return None
    skip = ("npadvmod", "pobj") if right_after else ("npadvmod", "pobj", "dobj")
    for t in verb.doc[verb.i + 1 : min(stop, verb.i + 8)]:
        if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in skip:
            while t.dep_ == "compound" and t.head.i > t.i and t.head.i < stop:
                t = t.head
            return t
        if t.pos_ not in ("DET", "ADJ", "NUM", "PROPN", "NOUN", "ADV") and t.text != ",":
            break
    return None


def _participle_subject(verb: Token, index: TokenIndex | None) -> Token | None:
    """``X …, telling the crowd, "…"``: the first subject of the sentence before the verb."""
    doc = verb.doc
    found = None
    for i in range(verb.i - 1, max(-1, verb.i - 40), -1):
        t = doc[i]
        if t.text in SENT_END or (index is not None and index.quoted(t.idx)):
            break
        if t.dep_ in SUBJECT_DEPS and t.tag_ not in ("WP", "WDT", "EX") and wordy(t):
            found = t
    return found


def wordy(t: Token) -> bool:
    """A word, or a percent sign with its number ("[85%] of voters said")."""
    return any(ch.isalnum() for ch in t.text) or (
        t.text == "%" and any(c.like_num for c in t.children)
    )


def _content_participle(verb: Token) -> bool:
    """A participle closing a reported clause ("X said [A], calling it B"; "X denied the claim
    [that A], explaining B"): its subject is the reporter's, not the clause's."""
    head = verb.head
    # "remember [X going on TV], declaring …": a bare gerund clause; X declares
    bare = head.tag_ == "VBG" and not any(c.dep_ == "aux" for c in head.children)
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > head.i
        and not bare
        and head.head.i < head.i
        and (
            (head.dep_ == "ccomp" and head.head.lemma_.lower() in CUE_LEMMAS and verbal(head.head))
            or (  # "X denied the claim [that A], explaining …": X explains
                head.dep_ == "acl"
                and head.head.pos_ == "NOUN"
                and head.head.lemma_.lower() in SPEECH_NOUNS
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
            )
        )
        and "\n" not in verb.doc.text[head.head.idx : verb.idx]
    )


_BARE_QUANTITIES = frozenset(("many", "some", "others", "few", "most"))
_OBLIGING = frozenset(("require", "permit", "allow", "force", "oblige", "compel", "enable"))


def _object_controller(verb: Token) -> Token | None:
    """ "The win led [her] to declare …", "leaving [many] to wonder …": the object of the verb
    an infinitive cue completes, when it names people (object control)."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.head.lemma_.lower() in _OBLIGING:
        return None  # "the rules require delegates to vote": imposed, not their own act
    for c in verb.head.children:
        if c.dep_ == "dobj" and c.i < verb.i and (is_people(c) or c.lower_ in _BARE_QUANTITIES):
            return c
    return None


def _participle_source(verb: Token) -> bool:
    """Whether the noun a participle cue hangs on ("polls showing …", "with voters saying …")
    is its source: not a noun of speech ("issued a statement saying": the issuer's), not one
    set off by a comma ("X was the first candidate, tweeting …": X tweets), not a verb's
    direct object, nor the one addressed, nor a time or a place ("had no trouble endorsing",
    "wrote to voters saying", "at one point calling": the parse hangs the subject's participle
    on them)."""
    noun = verb.head
    if noun.lemma_.lower() in SPEECH_NOUNS or noun.dep_ in ("dobj", "dative", "npadvmod"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "at", "on"):
        return False  # "wrote to voters saying", "at one point calling", "on record opposing"
    if any(t.tag_ == "VBG" and t.dep_ == "conj" for t in verb.doc[noun.left_edge.i : noun.i]):
        return False  # "protesting the firing and carrying [signs] saying …": a lost clause
    return not any(t.text == "," for t in verb.doc[noun.i + 1 : verb.i])


def _reporting_ancestor(tok: Token) -> Token | None:
    """The nearest reporting verb above ``tok`` within three steps, if any."""
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in CUE_LEMMAS and verbal(t):
            return t
    return None


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun hangs on ("issued [a statement]", "blasted out an email [to supporters]")."""
    t = noun
    for _ in range(3):
        if t.head.i == t.i:
            return None
        t = t.head
        if verbal(t):
            return t
    return None
