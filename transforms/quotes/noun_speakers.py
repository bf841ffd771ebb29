"""The speaker of a nominal cue (a noun of speech or stance: "the claim that …", "his refusal
to …", "a statement by X that …").

In order: the possessor ("X's claim"; a possessive pronoun on the object of a verb whose
people subject agrees with it in number gives that subject: "[Roe] withdrew her support"), or
the subject of a noun the tagger took for the verb heading its clause ("Roe claims that …"); the object of "by"/"from"/"of" on the noun ("a statement
by the ministry"), unless that preposition introduces the content, or of "among" when the noun
is no verb's object ("a belief among traders that …"; "X found support among voters" is X's); the possessor of the noun a
coordinated or apposed cue hangs on ("his remarks and an acknowledgment that …"); for the
complement of "be", the subject when it names people, else its possessor ("X's lesson is a
belief that …"; "the problem is a claim that …" names nobody); the subject of
the verb whose object (or prepositional object) is the noun ("X issued a statement that",
"X said in a statement that"), climbing over a noun of quantity ("X stakes out a range of
positions on …"), and, when that subject is itself a noun of speech, its possessor ("his remarks
carried an acknowledgment that …"). A verb of receiving ("faced criticism") gives no speaker.

Not speakers: an adjective of nationality or party ("Russian claims that …": the writer's label
of a group, not a mention of anyone who spoke), nor a proper-noun compound ("a White House
statement"), tried and dropped: on PolNeAR dev it fixed one row and broke one in the even half
("a <outlet> story": the outlet, not the person quoted) and broke one in the odd half.
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.cue_subjects import subject_of
from transforms.quotes.frames import TokenIndex
from transforms.quotes.reported_content import cue_lemma, is_people, is_verbal
from transforms.quotes.reported_lexicon import (
    MEDIUM_NOUNS,
    NOUN_CUES,
    QUANTITY_WORDS,
    RECEIVING_VERBS,
)

_SPEECH_NOUNS = NOUN_CUES | MEDIUM_NOUNS
_INCLUDING = frozenset(("including", "like"))


def _poss(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "poss"), None)


_SINGULAR = frozenset(("his", "her"))
_PLURAL = frozenset(("their",))


def _binder(tok: Token, poss: Token, index: TokenIndex) -> Token | None:
    """ "[Roe] withdrew her support for …", "[Some voters] shared their concerns": the subject
    of the verb whose object (or prepositional object) the noun is, when the noun's possessor
    is a pronoun agreeing with it in number (so it names the one the pronoun refers to)."""
    if poss.lower_ not in _SINGULAR | _PLURAL or tok.dep_ not in ("dobj", "pobj"):
        return None
    head = tok.head if tok.dep_ == "dobj" else tok.head.head
    if not is_verbal(head) or cue_lemma(head) in RECEIVING_VERBS:
        return None
    if any(
        c.dep_ in ("dobj", "dative") and c.i != tok.i and (c.tag_ == "PRP" or is_people(c))
        for c in head.children
    ):
        return None  # "X asked [him] about his decision": the object may be the one meant
    subj = subject_of(head, index)
    if subj is None or subj.i > head.i or not is_people(subj) or subj.tag_ in ("WP", "WDT"):
        return None
    plural = (
        subj.tag_ in ("NNS", "NNPS")
        or subj.lower_ in ("they", "we")
        or subj.pos_ == "NUM"
        or subj.lemma_.lower() in QUANTITY_WORDS  # "[Some of the voters] shared their …"
    )
    return subj if plural == (poss.lower_ in _PLURAL) and subj.lower_ not in ("i", "you") else None


def noun_speaker(
    tok: Token, index: TokenIndex, *, has_clause: bool, content_preps: frozenset[str]
) -> Token | None:
    """The speaker token of the nominal cue ``tok`` (None when nobody is named).

    ``has_clause``: the content is a that- or to-clause (so no preposition holds it);
    ``content_preps``: the prepositions that introduce the content of this noun.
    """
    poss = _poss(tok)
    if poss is not None:
        return _binder(tok, poss, index) or poss
    speaker = next(  # "Roe claims that …" with "claims" tagged a noun
        (c for c in tok.lefts if c.dep_ == "nsubj" and tok.dep_ in ("ROOT", "ccomp", "conj")), None
    )
    if speaker is None:
        by = next(
            (
                c
                for c in tok.children
                if c.dep_ == "prep"
                and c.lower_ in ("by", "from", "of", "among")
                and (has_clause or c.lower_ not in content_preps)
                # "a sense among voters that …"; not "X found support among voters": X's
                and (c.lower_ != "among" or tok.dep_ != "dobj")
            ),
            None,
        )
        if by is not None:
            speaker = next((g for g in by.children if g.dep_ == "pobj"), None)
    if speaker is None and tok.dep_ in ("conj", "appos") and tok.head.pos_ == "NOUN":
        speaker = _poss(tok.head)
    if speaker is None and tok.dep_ == "pobj" and tok.head.lower_ in _INCLUDING:
        owner = tok.head.head  # "X made statements, including a call for …": the owner's
        if owner.pos_ == "NOUN" and owner.lemma_.lower() in _SPEECH_NOUNS:
            return noun_speaker(owner, index, has_clause=has_clause, content_preps=frozenset())
    if speaker is None and tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            speaker = subj if is_people(subj) else _poss(subj)
    if speaker is not None:
        return speaker
    anchor = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
        anchor = tok.head.head
    if anchor.dep_ not in ("dobj", "pobj"):
        return None
    head = anchor.head if anchor.dep_ == "dobj" else anchor.head.head
    if not is_verbal(head) or cue_lemma(head) in RECEIVING_VERBS:
        return None
    speaker = subject_of(head, index)
    if speaker is not None and speaker.i == tok.i:
        return None  # "shocked by news that …": the passive's agent is the noun itself
    if speaker is not None and speaker.lemma_.lower() in _SPEECH_NOUNS:
        speaker = _poss(speaker) or speaker
    return speaker
