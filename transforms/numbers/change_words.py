"""Words of change: verbs, nouns and adverbs of rise and fall, by lemma ("rose", "a drop", "down").

The verbs include the directed members of Levin's (1993) class 45.6, the calibratable change-of-state
verbs (appreciate, balloon, climb, decline, decrease, depreciate, diminish, drop, fall, gain, grow,
increase, jump, mushroom, plummet, plunge, rise, rocket, skyrocket, soar, surge, tumble; differ,
fluctuate and vary have no direction), and each word's antonym where it is one of rise and fall
(weaken/strengthen, accelerate/decelerate, upturn/downturn, uptick/downtick, growth/contraction).
From FrameNet's Change_position_on_a_scale and Cause_change_of_position_on_a_scale frames, the
directed units not in that class: dwindle, escalate (escalation), explode (as a verb), curtail; and
leap, WordNet's synonym of jump in its sense of a sudden rise (the lemmatiser leaves "leapt").
More units of those two frames and of their market senses: treble, heighten, bolster, enlarge,
zoom, firm (prices firm) and lessen, pare, shave, sag, soften, slacken, tank, nosedive, collapse,
downsize; and from FrameNet's Cause_to_end and Removing frames the verbs that end or remove a
held stock (axe, scrap, eliminate): "axed 2,000 jobs" is a fall in the jobs held (the stock rule
keeps "axed three shows" without direction). Verbs of a rate that slows (slow, moderate: "growth
slowed by 1.2 points") and of ground won back (bounce, regain, recoup: "the shares bounced back
7%"), as verbs only.
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.inflection import lemma_candidates

UP = frozenset(
    [
        "rise",
        "increase",
        "grow",
        "climb",
        "jump",
        "gain",
        "soar",
        "surge",
        "rally",
        "rocket",
        "advance",
        "boost",
        "raise",
        "lift",
        "expand",
        "double",
        "triple",
        "quadruple",
        "add",
        "hike",
        "rebound",
        "recover",
        "spike",
        "swell",
        "widen",
        "accelerate",
        "up",
        "higher",
        "growth",
        "upward",
        "upwards",
        "increment",
        "upgrade",
        "appreciate",
        "balloon",
        "mushroom",
        "skyrocket",
        "strengthen",
        "upturn",
        "uptick",
        "leap",
        "leapt",
        "escalate",
        "escalation",
        "explode",
        "treble",
        "heighten",
        "bolster",
        "enlarge",
        "zoom",
        "firm",
        "bounce",
        "regain",
        "recoup",
    ]
)
DOWN = frozenset(
    [
        "fall",
        "drop",
        "decline",
        "decrease",
        "cut",
        "reduce",
        "lower",
        "slip",
        "slide",
        "sink",
        "plunge",
        "tumble",
        "slump",
        "shrink",
        "lose",
        "shed",
        "ease",
        "dip",
        "trim",
        "halve",
        "down",
        "narrow",
        "contract",
        "retreat",
        "crash",
        "plummet",
        "dive",
        "slash",
        "weaken",
        "erode",
        "reduction",
        "downward",
        "downwards",
        "downgrade",
        "off",
        "fell",
        "depreciate",
        "diminish",
        "devalue",
        "decelerate",
        "downturn",
        "downtick",
        "contraction",
        "dwindle",
        "curtail",
        "lessen",
        "pare",
        "shave",
        "sag",
        "soften",
        "slacken",
        "tank",
        "nosedive",
        "collapse",
        "downsize",
        "axe",
        "ax",
        "scrap",
        "eliminate",
        "slow",
        "moderate",
        "crater",
        "cratered",  # the lemmatiser leaves "cratere"
        "skid",
    ]
)

# nouns of a currency's or an economy's move, a rise or fall only for a share ("a 20% devaluation",
# "a 2.4% expansion"); a sum is a cost or an expense ("a $285m expansion", "depreciation of $8m")
PERCENT_NOUNS = {
    "expansion": "up",
    "appreciation": "up",
    "revaluation": "up",
    "devaluation": "down",
    "depreciation": "down",
}


# change words only as verbs: the nouns are things ("a $5m contract", "an advance of $2m")
VERB_ONLY = frozenset(
    {
        "contract",
        "add",
        "advance",
        "lift",
        "ease",
        "recover",
        "double",
        "triple",
        "balloon",
        "explode",
        "firm",
        "tank",
        "axe",
        "ax",
        "scrap",
        "zoom",
        "collapse",
        "bounce",
        "regain",
        "recoup",
        "slow",
        "moderate",
    }
)


_PARTICLES = frozenset({"off", "up", "down"})
# verbs whose hyphened particle nouns are moves on a scale and keep the particle's direction:
# "a write-down", "a mark-up", "a 5% run-up", "a slow-down", "a fall-off", "a step-up"
_SCALAR_COMPOUNDS = frozenset(
    {"write", "mark", "run", "slow", "step", "wind", "drop", "fall", "pick", "build",
     "scale", "ramp", "top"}
)  # fmt: skip


def _glued(tok: Token) -> bool:
    """``tok`` is glued by a hyphen to the word before it ("sell-off")."""
    if tok.i < 2:
        return False
    hyphen, word = tok.nbor(-1), tok.nbor(-2)
    return hyphen.text in ("-", "‑") and not hyphen.whitespace_ and not word.whitespace_


def _caps_lemma(text: str) -> str:
    """The lemma of a word of an all-caps line ("FALLS", "CLIMBED", "ROSE"), by its inflection:
    the parse tags such words as names and leaves them unlemmatised."""
    return next((t for t in lemma_candidates(text) if t in UP or t in DOWN), text)


# verbs whose infinitive complement did not happen
_FAILED = frozenset({"fail"})


# verbs of foreseeing whose negation denies the change in their infinitive
_FORESEE = frozenset({"expect", "forecast", "predict", "project", "anticipate", "see"})


def _negated_forecast(verb: Token) -> bool:
    return verb.lemma_.lower() in _FORESEE and any(c.dep_ == "neg" for c in verb.children)


def direction(tok: Token) -> str | None:
    """``up``/``down`` for a change word (by lemma), else None."""
    lemma = tok.lemma_.lower()
    text = tok.lower_
    if tok.is_upper and len(text) > 2:
        lemma = _caps_lemma(text)
    if text in _PARTICLES and _glued(tok) and tok.nbor(-2).lower_ not in _SCALAR_COMPOUNDS:
        return None  # a particle inside a hyphened noun: "a pay-off", "the sell-off", "a set-up"
    if (lemma in VERB_ONLY or text in VERB_ONLY) and tok.pos_ != "VERB":
        return None
    if tok.pos_ == "VERB" and any(c.dep_ == "neg" for c in tok.children):
        return None  # "did not rise 5%", "never fell 3%": no rise or fall took place
    if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _FAILED:
        return None  # "failed to grow by 2%": no rise took place
    if tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "ccomp") and _negated_forecast(tok.head):
        return None  # "sales are not expected to fall 3%": no fall is foreseen
    if lemma in UP or text in UP:
        return "up"
    if lemma in DOWN or text in DOWN:
        return "down"
    return None


_RESULTS = frozenset({"gain", "loss", "profit"})  # realised results, not moves: "$1bn in gains"


def sum_in_change(noun: Token) -> str | None:
    """The direction of a change noun a sum is made of ("£40bn in spending cuts": down, "$3bn in
    tax increases": up), not of a result realised ("$1bn in gains")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in _RESULTS:
        return None
    return direction(noun)


# units of a move on a scale: "gaining 45 points" is a rise even as an object ("added" is not:
# "he added 12 points" scores them)
SCALE_UNITS = frozenset({"point", "notch", "place", "spot", "rung"})  # a chart or table move too


def points_after_word(root: Token) -> bool:
    """``root`` counts points (notches) and follows a word that is no verb ("closed up 23
    points"): a verb's own object is read by ``scale_move``, which leaves out scored points
    ("added 14 points")."""
    unit = root
    while unit.dep_ in ("nummod", "quantmod", "compound") and unit.head.i > unit.i:
        unit = unit.head
    before = root.left_edge.i - 1
    return unit.lemma_.lower() in SCALE_UNITS and before >= 0 and root.doc[before].pos_ != "VERB"


def scale_move(unit: Token) -> bool:
    """``unit`` is a unit of a move on a scale and the object of a verb other than "add"."""
    verb = unit.head
    pair = [verb.head] if verb.dep_ == "conj" else [c for c in verb.children if c.dep_ == "conj"]
    return (
        unit.lemma_.lower() in SCALE_UNITS
        and unit.dep_ == "dobj"
        and verb.lemma_.lower() != "add"
        and all(
            direction(v) in (None, direction(verb)) for v in pair
        )  # "soar or plunge 100 points"
    )


def sizes_change(unit: Token) -> bool:
    """A count of ``unit`` is the size of a change: a move on a scale (``scale_move``) or a count in
    the "of" phrase of a change noun ("a decline of 133,000 units", "an increase of 40 cases"),
    not a count of events ("lost three games")."""
    if scale_move(unit):
        return True
    prep = unit.head
    noun = prep.head
    if unit.dep_ != "pobj" or prep.lower_ != "of" or noun.pos_ != "NOUN":
        return False
    pair = [noun.head] if noun.dep_ == "conj" else [c for c in noun.children if c.dep_ == "conj"]
    d = direction(noun)  # "gains and losses of 10 pfennigs": no one direction
    return d is not None and all(n.pos_ != "NOUN" or direction(n) == d for n in pair)


# holdings that a change verb moves: people on a payroll, roll or list (jobs, staff, members,
# subscribers), places an organisation runs (stores, branches, plants, beds) and seats held; "cut
# 500 jobs" is a fall of 500 in the jobs held, while a count of events ("lost three games", "won
# two races") or of things said ("raised three concerns") is no size of a change
STOCK_NOUNS = frozenset(
    {"job", "post", "role", "position", "worker", "employee", "staff", "staffer", "personnel",
     "member", "subscriber", "customer", "client", "user", "account", "reader", "viewer",
     "listener", "follower", "passenger", "student", "pupil", "troop", "soldier", "teacher",
     "nurse", "doctor", "officer", "seat", "store", "shop", "branch", "outlet", "office", "plant",
     "factory", "mill", "mine", "bed", "restaurant", "hotel", "depot", "site", "pub", "route",
     "aircraft", "plane", "jet", "vessel", "ship", "vacancy", "line", "household"}
)  # fmt: skip


def stock_move(noun: Token) -> str | None:
    """The direction of the change verb that moves a held stock ``noun``: its object ("cut 500
    jobs", "gained 40 stores and 2,000 workers") or the subject of its passive ("400 jobs were
    lost", "with 9,000 workers axed"); None for other nouns and places, and after "add"."""
    if noun.lemma_.lower() not in STOCK_NOUNS:
        return None
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    reduced = [c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN" and direction(c)]
    if reduced:
        verb = reduced[0]  # a reduced passive: "with 9,000 workers axed", "1,000 jobs lost"
    elif noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() == "add":  # as for scale units: "add" also appends and scores
        return None
    return direction(verb)


def counts_events_of(root: Token) -> bool:
    """A bare count with an "of" phrase naming what it is a part of, and that is no held stock:
    "nine of their 14 matches" counts matches played; "500 of its 2,000 jobs" is a stock."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "NOUN" and noun.tag_ == "NNS":
                return noun.lemma_.lower() not in STOCK_NOUNS
    return False
