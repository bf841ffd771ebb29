"""Prepositional cues of reported speech: verbs and nouns of saying and stance with the
prepositions that introduce their content ("X called [for a ban]", "his criticism [of the
plan]"). Split from :mod:`.reported_lexicon`, which holds the other word lists.

Plain English verbs and nouns; nothing here comes from any particular article.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``."""
    return frozenset(text.split())


def by_preposition(table: dict[str, str]) -> dict[str, frozenset[str]]:
    """Word -> the prepositions it takes, from preposition -> white-space separated words."""
    out: dict[str, set[str]] = {}
    for prep, text in table.items():
        for w in text.split():
            out.setdefault(w, set()).add(prep)
    return {w: frozenset(p) for w, p in out.items()}


PREP_OBJECT_VERBS = {
    "call": words("for"),
    "refer": words("to"),
    "point": words("to"),
    "argue": words("against for"),
    "warn": words("about against of"),
    "complain": words("about of"),
    "ask": words("about for"),
    "speak": words("about of"),
    "talk": words("about"),
    "push": words("for"),
    "advocate": words("for"),
    "press": words("for"),
    "vouch": words("for"),
    "comment": words("about on"),
    "respond": words("to"),
    "worry": words("about"),
    "rail": words("against"),
    "vote": words("against for"),
    "say": words("about of"),
    "think": words("about of"),
    "write": words("about of"),
    "tweet": words("about"),
    "joke": words("about"),
    "boast": words("about of"),
    "brag": words("about"),
    "agree": words("on with"),
    "side": words("with"),
    "testify": words("about on"),
    "campaign": words("against for"),
    "lash": words("at"),
    "hope": words("for"),
    "wish": words("for"),
    "pray": words("for"),
    # verbs of speech, belief and stance with a prepositional object (not of attention or
    # effort, "focused on", "grappled with": an activity, not a stance)
    "touch": words("on"),
    "weigh": words("on"),
    "believe": words("in"),
    "apologize": words("for"),
    "apologise": words("for"),
    "disagree": words("with"),
    "stand": words("by"),
}
# Verbs of communication with the prepositions that introduce their topic or target, by class
# (B. Levin 1993, "English Verb Classes and Alternations", 37.3 manner of speaking, 37.5 talk,
# 37.6 chitchat, 37.8 complain, 37.9 advise, 37.11 lecture; and the verbs of FrameNet's
# Request, Judgment_communication and Quarreling frames): "X warned [of a crisis]", "X
# pleaded [for calm]", "X objected [to the plan]", "X railed [against the tax]". Not verbs
# of attention or effort ("focused on", "looked for": an activity, not a stance), nor "on"
# after "speak" and "write" (the medium or terms: "spoke on television", "on condition of
# anonymity").
for _verb, _preps in by_preposition(
    {
        "about": """chat gossip confer complain carp gripe grouse grumble moan groan whine
        advise caution counsel warn lecture moralize preach theorize speculate comment remark
        write shout scream yell mutter rant rave wonder fret brag""",
        "of": "speak talk approve disapprove",
        "on": "comment elaborate expound speculate lecture preach insist opine",
        "against": """speak argue rail inveigh caution advise counsel protest preach lobby
        testify rule decide opine fulminate rant""",
        "for": "plead beg appeal petition clamor clamour lobby",
        "at": "hint jab snipe swipe scoff sneer balk",
        "to": "object allude consent attest confess",
        "over": """argue quarrel bicker spar squabble wrangle feud fret agonize agonise disagree
        complain protest fume grumble""",
        "with": "sympathize sympathise",
    }
).items():
    PREP_OBJECT_VERBS[_verb] = PREP_OBJECT_VERBS.get(_verb, frozenset()) | _preps


# Nouns of speech and stance whose prepositional object is the content: "his criticism
# [of the plan]", "calls [for a ban]", "questions [about her health]".
PREP_OBJECT_NOUNS = {
    "criticism": words("of for over"),
    "critique": words("of"),
    "attack": words("against on"),
    "endorsement": words("of"),
    "support": words("for of"),
    "opposition": words("to"),
    "question": words("about over"),
    "concern": words("about over"),
    "doubt": words("about"),
    "comment": words("about on"),
    "remark": words("about on"),
    "view": words("of on"),
    "opinion": words("of on"),
    "praise": words("for of"),
    "condemnation": words("of"),
    "allegation": words("of"),
    "accusation": words("of"),
    "call": words("for"),
    "demand": words("for"),
    "request": words("for"),
    "thought": words("about on"),
    "position": words("on"),
    "stance": words("on"),
    "warning": words("about against of"),
    "complaint": words("about"),
    "mention": words("of"),
    "reference": words("to"),
    "statement": words("about on"),
    "message": words("about on"),
    "embrace": words("of"),
    "defense": words("of"),
    "defence": words("of"),
    "denial": words("of"),
}
# Nominalizations of the object and prepositional-object verbs (OBJECT_VERBS, PREP_OBJECT_VERBS,
# COGNITION_VERBS): the verb's object follows "of" ("X disclosed [Y]" -> "X's disclosure [of
# Y]"), a prepositional object keeps its preposition ("X argued over [Y]" -> "the debate [over
# Y]"). Not agent nouns ("supporters of Y" names a group) nor "response to" (a connective).
for _noun, _preps in by_preposition(
    {
        "of": """announcement disclosure revelation rejection dismissal description
        characterization characterisation citation acknowledgment acknowledgement admission
        confirmation prediction discussion expression invocation denunciation mockery derision
        repudiation assessment interpretation misreading perception portrayal depiction""",
        "about": """discussion debate argument dispute story theory claim speculation rumor
        rumour complaint worry fear question""",
        "over": "debate argument dispute outrage anger backlash concern worry",
        "on": "debate discussion emphasis insistence",
        "against": "backlash protest argument warning",
        "to": "hostility commitment objection resistance",
        "for": "preference enthusiasm admiration contempt disdain",
        "at": "dig jab swipe",
    }
).items():
    PREP_OBJECT_NOUNS[_noun] = PREP_OBJECT_NOUNS.get(_noun, frozenset()) | _preps
# Nouns of stance in light-verb idioms, with the preposition of what the stance is about ("took
# a stand [against the toll]", "threw her support [behind Roe]", "sounded the alarm [about the
# cost]", "paid tribute [to the workers]", "gave its blessing [to the deal]", "cast doubt [on
# the plan]"); the preposition is often hung on the light verb. Not "took aim at", "took a shot
# at", "a nod to", "took issue with" (a shot at the title, a nod to tradition; PolNeAR's even
# half marks few of them).
for _noun, _preps in by_preposition(
    {
        "on": "doubt stand",
        "against": "stand stance",
        "behind": "support",
        "about": "alarm",
        "over": "alarm",
        "to": "tribute blessing",
        "for": "blessing",
    }
).items():
    PREP_OBJECT_NOUNS[_noun] = PREP_OBJECT_NOUNS.get(_noun, frozenset()) | _preps
# Nominalizations of the stance adjectives and verbs of liking and disliking (Levin 1993,
# "English Verb Classes and Alternations", 31.2 admire verbs; :data:`.reported_lexicon.STANCE_ADJECTIVES`) with
# the preposition of what the feeling is about: "his distrust [of the press]". Not "approval" nor
# "suspicion": their "of" names as often who approves or who is suspected ("needs the approval
# of the board", "came under suspicion of fraud").
for _noun, _preps in by_preposition(
    {
        "of": "distrust mistrust disapproval skepticism scepticism",
        "for": "dislike disdain distaste fondness affinity sympathy respect disregard",
        "with": "frustration disappointment dissatisfaction disagreement",
        "toward": "hostility skepticism scepticism",
        "towards": "hostility skepticism scepticism",
        "about": "skepticism scepticism",
    }
).items():
    PREP_OBJECT_NOUNS[_noun] = PREP_OBJECT_NOUNS.get(_noun, frozenset()) | _preps

# Phrasal verbs of speaking and stance (verb, particle) with the prepositions that introduce
# their content ("X opened up [about her illness]", "X came out [against the deal]", "X pushed
# back [on the plan]"); "in" only as "in favor of" ("came out in favor of [the bill]"), not
# "for" ("came out for the rally" is mostly literal). Their
# subject must name people: "the shop opened up", "the crowd came out" are literal.
PARTICLE_PREP_VERBS = {
    ("open", "up"): words("about on"),
    ("speak", "up"): words("about for against"),
    ("come", "out"): words("against in"),
    ("push", "back"): words("against on"),
    ("sound", "off"): words("about on against"),
    ("lash", "out"): words("against at"),
    ("hit", "back"): words("at"),
}
# Phrasal verbs of speaking whose direct object is what is spoken of: "X talked up [the bridge]",
# "X talked down [the plan]" (not "play down": PolNeAR's even half marks 1 of 3 such rows).
PARTICLE_OBJECT_VERBS = frozenset((("talk", "up"), ("talk", "down")))
# Nouns of "in favor of" (the content is the object of their "of").
FAVOR_NOUNS = words("favor favour support")
