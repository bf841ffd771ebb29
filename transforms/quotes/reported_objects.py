"""The object a reported-speech cue governs, on the dependency parse: a verb's object with the
phrases the parser hung on the verb after it (:func:`object_content`), the object of a cue's
preposition (:func:`prep_object`: "called [for a ban]", "criticism [of the plan]"), and an object
with its second complement (:func:`naming_content`: "called [X "Y"]", "described [X as Y]").
Each stops before a phrase of where or when it was said, of how or after what it was done ("by a
wide margin", "after the vote"), of the terms it was said on ("on condition of anonymity"), and an
appositive closing a named object; each takes a
wh-clause after "and" as a second object ("discussed [the budget and why the bridge must close]").
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_content import cue_lemma, is_verbal, subtree_ids
from transforms.quotes.reported_games import is_play
from transforms.quotes.reported_lexicon import (
    RECEIVING_VERBS,
    SECOND_COMPLEMENT_PREPS,
)
from transforms.quotes.reported_object_phrases import (
    is_anonymous,
    is_circumstance,
    is_margin,
    is_medium,
    is_standing,
    is_when,
)


def prep_object(tok: Token, table: dict[str, frozenset[str]]) -> list[int]:
    """ "called [for a ban]", "criticism [of the plan]": the object of the cue's preposition
    (not a day: "commented on Tuesday"; but "warned of [a long winter]")."""
    preps = table.get(cue_lemma(tok), frozenset())
    for c in tok.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in preps and c.i > tok.i:
            if c.lower_ == "on" and (is_when(c) or is_anonymous(c)):
                continue  # "commented on Monday", "remarks on condition of anonymity"
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:  # "referred to [X as Y]": with the "as" complement
                as_ = [
                    g for g in tok.children if g.i > c.i and g.dep_ == "prep" and g.lower_ == "as"
                ]
                # "objected to [X and to Y]": the same preposition coordinated with it
                more = [g for g in c.children if g.dep_ == "conj" and g.lower_ == c.lower_]
                ids = subtree_ids(obj) + [t.i for g in [*as_[:1], *more] for t in g.subtree]
                # "called for [X to act]": the phrases hung on the cue right after it (not a
                # noun cue's "by" of its speaker: "criticism of [X] by the council")
                noun = tok.pos_ not in ("VERB", "AUX")
                return _less_appos(obj, ids + _tail_ids(tok, max(ids), agent=noun))
    ids = _topic_after_phrase(tok, preps)  # "asked at a briefing [about the toll]"
    if ids:
        return ids
    for c in tok.rights:  # "called for [X to act]" parsed as a clause with "for" as its mark
        mark = next((g for g in c.children if g.dep_ == "mark"), None)
        if (
            c.dep_ == "advcl"
            and mark is not None
            and mark.lower_ in preps
            and mark.i == c.left_edge.i
            and any(g.dep_ == "nsubj" for g in c.children)
            and _to_infinitive(c)
        ):
            return [i for i in subtree_ids(c) if i != mark.i]
    return []


_ADJUNCT_PREPS = frozenset(("on", "for"))
_TOPICS = frozenset(("about", "regarding", "concerning"))
_PHRASE = frozenset(("prep", "pobj", "compound", "amod", "det", "poss", "case", "nummod"))


def _topic_after_phrase(verb: Token, preps: frozenset[str]) -> list[int]:
    """ "asked at a briefing on Monday [about the toll]", "spoke out during the rally [about
    the cuts]": a topic preposition of a verb with no object, hung by the parser on the noun of
    a phrase of where or when right after the verb (through prepositions and nouns only, not
    inside a clause); the topic's object."""
    topics = preps & _TOPICS
    if not topics or not is_verbal(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return []
    for c in verb.rights:
        if c.dep_ != "prep" or c.lower_ in preps:
            continue
        for t in c.subtree:
            if t.dep_ != "prep" or t.lower_ not in topics or t.i < c.i:
                continue
            hop = t.head
            while hop.i != c.i and hop.dep_ in _PHRASE:
                hop = hop.head
            obj = next((g for g in t.children if g.dep_ in ("pobj", "pcomp")), None)
            if hop.i == c.i and obj is not None:
                return subtree_ids(obj)
    return []


def verb_prep_object(noun: Token, table: dict[str, frozenset[str]]) -> list[int]:
    """ "took a swipe [at X]", "made allegations [against X]": a noun cue that is the direct
    object of a verb, with the preposition of its content hung by the parser on that verb (a
    light-verb construction: the verb adds no content of its own), after the noun ("to" also
    when the parser made it the verb's dative: "paid tribute [to the nurses]"). Not after
    a verb of receiving ("faced criticism for X": the critics are unnamed), nor with "on" or
    "for", which on a verb as often name where, when or what for ("put a message on its site",
    "made calls for a fee")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i:
        return []
    if cue_lemma(verb) in RECEIVING_VERBS:
        return []
    preps = table.get(noun.lemma_.lower(), frozenset()) - _ADJUNCT_PREPS
    for c in verb.children:
        if c.i < noun.i or c.dep_ not in ("prep", "dative") or c.lower_ not in preps:
            continue
        if c.left_edge.i > noun.right_edge.i + 1:
            return []  # not right after the noun: "made a statement in May on …" is another
        obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            return []
        ids = subtree_ids(obj) + _tail_ids(verb, obj.right_edge.i, agent=True)
        return _less_appos(obj, _less_verbal_conjunct(obj, ids))
    return []


def _less_verbal_conjunct(obj: Token, ids: list[int]) -> list[int]:
    """ "opposition to [Trump], underscoring the rift": a verb the parser coordinated with the
    object after a comma goes on with the sentence, not with the content."""
    for c in obj.rights:
        if (
            c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and obj.doc[c.left_edge.i - 1].text == ","
        ):
            drop = {t.i for t in obj.doc[c.left_edge.i - 1 : c.right_edge.i + 1]}
            return [i for i in ids if i not in drop]
    return ids


_OBJECT_TAIL = frozenset(("prep", "oprd", "xcomp", "acomp", "ccomp"))


def _tail(c: Token) -> bool:
    """A phrase hung on the verb that continues its object: a preposition, a second
    complement, a to-infinitive ("defended [his call to raise wages]") or an "as" phrase
    without a subject of its own ("described [the city as beset by crime]")."""
    return c.dep_ in _OBJECT_TAIL or (c.dep_ == "advcl" and (_to_infinitive(c) or _as_phrase(c)))


def _to_infinitive(c: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)


def _as_phrase(c: Token) -> bool:
    """ "as beset by crime" parsed as a clause opened by "as" (not "as she left")."""
    return c.left_edge.lower_ == "as" and not any(
        a.dep_ in ("nsubj", "nsubjpass", "expl") for a in c.children
    )


def object_content(verb: Token, obj: Token) -> list[int]:
    """ "welcomed [a new plan with support for schools]": the object and the phrases hung on
    the verb right after it (the parser often attaches the object's modifiers to the verb),
    up to a comma, a phrase of where it was said ("in an interview") or of how or after what it
    was done ("by a wide margin", "after the vote"), less a last phrase of
    when it was said ("criticized [the budget] on Tuesday") and an appositive closing a named
    object ("praised [Roe], a former aide")."""
    if is_play(verb, obj):
        return []
    ids = _less_appos(obj, subtree_ids(obj) + _tail_ids(verb, obj.right_edge.i))
    # "confirmed [the meeting] on condition of anonymity" with the phrase hung on the object
    cut = next((c.left_edge.i for c in obj.rights if is_anonymous(c)), None)
    return ids if cut is None else [i for i in ids if i < cut]


def _less_appos(obj: Token, ids: list[int]) -> list[int]:
    """ "referred to [Jane Roe], a former aide": an appositive closing a named object after a
    comma is the writer's description of the name, not part of the content."""
    if obj.pos_ != "PROPN" or not ids:
        return ids
    end = max(ids)
    for c in obj.rights:
        if (
            c.dep_ == "appos"
            and obj.doc[c.left_edge.i - 1].text == ","
            and c.right_edge.i >= end - 1
        ):
            drop = {t.i for t in c.subtree}
            return [i for i in ids if i not in drop]
    return ids


def _tail_ids(verb: Token, end: int, *, agent: bool = False) -> list[int]:
    """The phrases hung on ``verb`` right after token ``end``, up to a comma or a phrase of
    where it was said (``agent``: or a "by" phrase of who said it), less a last phrase of
    when."""
    tail: list[Token] = []
    standing = False
    for c in verb.children:
        if c.i <= end or c.dep_ in ("cc", "punct"):
            continue  # (a comma or "and" between stops the tail below: not adjacent)
        if is_standing(verb, c) and c.left_edge.i == end + 1:
            standing = True  # "shows [Roe 12 points ahead]": the poll's finding
            tail.append(c)
            end = c.right_edge.i
            continue
        if _nominal_conjunct(c, end):
            tail.append(c)  # "attacked [the plan and the cost]" with "cost" hung on the verb
            end = c.right_edge.i
            continue
        if not _tail(c) or c.left_edge.i != end + 1 or is_medium(c) or is_circumstance(c):
            break
        if (is_margin(c) and not standing) or is_anonymous(c):
            break
        if agent and c.lower_ == "by":
            break
        tail.append(c)
        end = c.right_edge.i
    while tail and is_when(tail[-1]):
        tail.pop()
    ids = [i for c in tail for i in subtree_ids(c)]
    return ids + _wh_conjunct(verb, max([end, *ids]) if tail else end)


_WH_TAGS = frozenset(("WRB", "WP", "WDT"))


def _wh_conjunct(verb: Token, end: int) -> list[int]:
    """ "talked about [the border and how many can slip through]": a wh-clause after "and" or
    "or" right after the object is a second object (the parser hangs it as a clause coordinated
    with the cue verb or a verb above it)."""
    doc = verb.doc
    k = end if doc[end].dep_ == "cc" else end + 1  # the "and" may hang on the object
    if k + 1 >= len(doc) or doc[k].dep_ != "cc" or doc[k].lower_ not in ("and", "or"):
        return []
    wh = doc[k + 1]
    if wh.tag_ not in _WH_TAGS and wh.lower_ != "whether":
        return []
    clause = wh
    while clause.head.i != clause.i and clause.head.left_edge.i == wh.i:
        clause = clause.head  # the clause the wh-word opens
    if clause.dep_ != "conj" or clause.head.i > end or clause.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in _WH_TAGS for c in clause.head.children):
        return []  # "voters who signed up to oppose X and who back Y": a second relative clause
    return subtree_ids(clause)


_NOMINAL = frozenset(("NOUN", "PROPN", "PRON", "NUM"))
# a dash or a semicolon before "and": an aside or a new clause follows, not more of the object
_BREAKS = frozenset((";", "—", "–", "-", "--", "―"))


def _nominal_conjunct(c: Token, end: int) -> bool:
    """A noun the parser coordinated with the cue verb right after its object ("attacked the
    plan and [the cost]"): a conjunct of the object, after "and"/"or" (and a comma)."""
    if c.dep_ != "conj" or c.pos_ not in _NOMINAL or c.left_edge.i <= end + 1:
        return False
    gap = c.doc[end + 1 : c.left_edge.i]
    return any(t.dep_ == "cc" for t in gap) and all(
        t.dep_ == "cc" or (t.is_punct and t.text not in _BREAKS) for t in gap
    )


def naming_content(verb: Token, *, as_only: bool = False) -> list[int]:
    """ "called [X "Y"]", "described [X as Y]", "accused [X of Y]": the object and the second
    complement after it, or nothing without a second complement (``as_only``: only "as Y")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return [] if as_only else _small_clause(verb)
    second = [
        c
        for c in verb.children
        if c.i > obj.i
        and (
            c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")
            or (c.dep_ == "prep" and c.lower_ in SECOND_COMPLEMENT_PREPS)
        )
    ]
    if as_only:
        second = [c for c in second if c.dep_ == "prep" and c.lower_ == "as"]
    if not second:  # "see [X as Y]" with "as" hung on the object
        second = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"]
    if not second:  # "see [X's role in Y as Z]": "as" hung deeper in the object, or on a
        second = _buried_as(verb, obj)  # predicate the parser hung on the verb
    if not second and not as_only:  # "called [her son her hero]" parsed as an apposition
        second = _unmarked_predicate(verb, obj)
    if not second:
        return []
    last = max(t.i for c in second for t in c.subtree)
    # "blasted [X for hypocrisy in relying on Y]": the phrases after the second complement
    return [*range(obj.left_edge.i, last + 1), *_tail_ids(verb, last)]


def _buried_as(verb: Token, obj: Token) -> list[Token]:
    """ "viewed [the plan to cut taxes as a mistake]": the last "as" phrase inside the object
    (not "such as"), or "saw [X as most unfair]" with the predicate hung on the verb."""
    for c in verb.rights:
        kids = list(c.children) if c.i > obj.i and c.dep_ == "advcl" else []
        if any(g.dep_ in ("advmod", "mark") and g.lower_ == "as" for g in kids) and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in kids
        ):
            return [c]  # not a clause of its own: "praised X as he left"
    found = [
        t
        for t in obj.subtree
        if t.i > obj.i
        and t.dep_ == "prep"
        and t.lower_ == "as"
        and t.doc[t.i - 1].lower_ != "such"
        and any(g.dep_ == "pobj" for g in t.children)
    ]
    return found[-1:]


# naming verbs whose second complement is a bare noun phrase ("called X a liar")
_PREDICATE_NAMING = frozenset(("call", "dub", "label", "brand", "term", "name"))


def _unmarked_predicate(verb: Token, obj: Token) -> list[Token]:
    """ "called [her son] [her hero]", "branded [the delay] [unacceptable]": the predicate
    the parser hung on the object as an apposition or an adjective after it, with no comma or
    other mark between but quotation marks (an apposition set off by commas, "called Roe, a
    lawyer,", is one; "called [the plan] [“a disaster”]" is a predicate)."""
    if cue_lemma(verb) not in _PREDICATE_NAMING:
        return []
    for c in obj.rights:
        if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i == obj.i + 1:
            return [c]  # "branded [the delay unacceptable]": no adjective follows its noun
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            gap = obj.doc[obj.i + 1 : c.left_edge.i]
            if not any(t.is_punct and not t.is_quote for t in gap):
                return [c]
    return []


def _small_clause(verb: Token) -> list[int]:
    """ "branded [the decision unacceptable]" parsed as a clause with "decision" its subject
    and no verb of its own (or as the predicate's subject): the object and its predicate."""
    if cue_lemma(verb) not in _PREDICATE_NAMING:
        return []
    comp = next((c for c in verb.rights if c.dep_ in ("ccomp", "oprd", "xcomp")), None)
    if comp is None or comp.pos_ not in ("ADJ", "NOUN"):
        return []
    if not any(c.dep_ == "nsubj" and c.i < comp.i for c in comp.children):
        return []
    return subtree_ids(comp)
