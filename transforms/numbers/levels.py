"""Numbers near a change word that are not the size of the change.

- The reference of a comparison is a level: "slightly higher than the 40.5 billion of May",
  "well lower than the $60 of last year" (after "than" that follows a comparative
  other than "more", "less" and "fewer", which make a qualifier: "rose more than 5%"), and after
  "against", "versus" or "compared with" ("eased to 4%, against around 5% at dawn"), unless the
  reference is a change itself ("compared with a 4% rise", "grew 5% in May against 3% in April").
- A threshold crossed is a level: "the peso sank below 20", "rose above $50", "climbed past 10,000"
  (after a verb; "keep rises below 5%" bounds the size of a rise).
- A duration that frames the change is no size of it: "lost $9 in six days", "halve traffic
  within four years", "after two hours", "a 12-month decline"; only "by" or the change verb right
  before it make a duration a change ("delayed by two hours").
- Repetitions are events, not amounts: "raised rates seven times", "lost twice"; and a change of
  zero has no direction ("growth had been zero").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from transforms.numbers.change_words import SCALE_UNITS, STOCK_NOUNS, direction
from transforms.numbers.subjects import subject
from transforms.quotes.reported_lexicon import PEOPLE_NOUNS
from transforms.types import NumberFact

_QUALIFYING = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "some", "just", "only", "an", "a",
     "estimated", "over", "under", "more", "less", "than", "at", "least", "most", "up", "to"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
_THRESHOLDS = frozenset({"above", "below", "beyond", "past", "toward", "towards"})
_REFERENCES = frozenset({"against", "versus", "vs", "vs."})
_APPROXIMATE = frozenset({"about", "around", "roughly", "some", "nearly", "almost"})
_QUALIFIER_COMPARATIVES = frozenset({"more", "less", "fewer", "greater", "better", "no", "not"})


def levels_not_changes(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with the change taken off comparison references, thresholds, time frames and
    repetitions; a conjunct goes with its first conjunct ("against 5% at dawn and 6% at noon")."""
    out = list(facts)
    for i, f in enumerate(facts):
        if f.change is None:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        first = _first_conjunct(span)
        level = _no_direction(doc, f, span.start) or _no_direction(doc, f, first)
        if level or (_reference(doc, first) and not _compared_change(doc, out, i, span)):
            out[i] = replace(f, change=None)
    return out


def _reference(doc: Doc, start: int) -> bool:
    """The number at token ``start`` follows "against", "versus" or "compared with"."""
    k = start - 1
    while k > 0 and doc[k].lower_ in _DETERMINERS | _APPROXIMATE:
        k -= 1
    if k < 0:
        return False
    return doc[k].lower_ in _REFERENCES or (
        doc[k].lower_ in ("with", "to") and k > 0 and doc[k - 1].lower_ == "compared"
    )


def _compared_change(doc: Doc, facts: list[NumberFact], i: int, span: Span) -> bool:
    """The reference is itself a change: it sizes a change noun or a comparative ("compared with
    a 4% rise", "against 43% higher"), or a change in the same unit comes before it in the
    sentence ("grew 5% in May against 3% in April")."""
    root = span.root
    if root.head.pos_ == "NOUN" and direction(root.head) is not None and root.head.i > root.i:
        return True
    if span.end < len(doc) and direction(doc[span.end]) is not None:
        return True
    sent_start = span.sent.start_char
    for f in reversed(facts[:i]):
        if f.end <= sent_start:
            return False
        if f.change is not None:
            return f.unit == facts[i].unit
    return False


def _first_conjunct(span: Span) -> int:
    """The first token of the first conjunct of the number at ``span`` (itself when none)."""
    t = span.root
    while t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ in ("NOUN", "NUM", "SYM"):
        t = t.head
    return span.start if t.i == span.root.i else t.left_edge.i


def _no_direction(doc: Doc, f: NumberFact, start: int) -> bool:
    """The number starting at token ``start`` is a level, a time frame or a repetition."""
    if (f.kind == "count" and f.unit == "time") or (f.value == 0 and f.value_max is None):
        return True
    if f.kind == "age":
        return True  # "drops by 70% after the age of 10": an age says when, never how much
    if _compared_on(doc, start) or _place_along(doc[start]):
        return True
    k = start - 1
    if k < 0:
        return False
    if doc[k].lower_ in _THRESHOLDS and k > 0 and _verb_before(doc, k):
        return True
    if f.kind == "duration" and not _size_of_change(doc, k):
        return True
    if _after_other_preposition(doc, start) or _realised_gain(doc, f, start):
        return True
    if _loss_incurred(doc, f, start) or _agent_count(doc, f, start) or _time_lost(doc, f, start):
        return True
    while k > 0 and (doc[k].lower_ in _DETERMINERS or doc[k].pos_ == "ADJ"):
        k -= 1  # "lower than its present 26 cts"
    if doc[k].lower_ in _THRESHOLDS and k > 0 and _verb_before(doc, k):
        return True  # "surged back above the $47 mark"
    if f.kind in ("count", "duration"):  # "lower than in the preceding three quarters": a time
        j = k
        while j > 0 and (doc[j].dep_ == "amod" or doc[j].lower_ in _DETERMINERS):
            j -= 1
        if doc[j].lower_ in ("in", "during", "over") and j > 1:
            k = j - 1
    return (
        doc[k].lower_ == "than"
        and k > 0
        and doc[k - 1].tag_ in ("JJR", "RBR")
        and doc[k - 1].lower_ not in _QUALIFIER_COMPARATIVES
    )


def _place_along(tok: Token) -> bool:
    """ "10 miles down the road", "200 yards up the street": the distance to a place along a way,
    the "up" or "down" a preposition with its own object, not a move."""
    while tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i > tok.i:
        tok = tok.head
    prep = tok.head
    return (
        tok.dep_ == "npadvmod"
        and prep.i > tok.i
        and prep.lower_ in ("up", "down")
        and prep.dep_ == "prep"
        and any(c.dep_ == "pobj" for c in prep.children)
    )


def _verb_before(doc: Doc, k: int) -> bool:
    """The threshold word at ``k`` follows its verb ("sank below 20") or the verb's object
    ("raise its stake beyond 49%")."""
    if doc[k - 1].pos_ in ("VERB", "AUX"):
        return True
    head = doc[k].head
    return head.i < k and head.pos_ in ("VERB", "AUX") and doc[k].dep_ == "prep"


# prepositions whose object is no size of the verb's change ("lost $5m on sales of $2bn", "rose
# in 12 of 15 regions"); "by", "of", "over", "under", "about" can introduce the size
_OTHER_PREPOSITIONS = frozenset(
    {"on", "in", "for", "during", "within", "after", "since", "through", "into", "with", "despite",
     "amid", "among"}
)  # fmt: skip
# modifiers of "gain" in its accounting sense: a profit realised, not a rise
_ACCOUNTING = frozenset(
    {"extraordinary", "pretax", "pre-tax", "after-tax", "aftertax", "tax", "one-time", "capital",
     "nonrecurring", "non-recurring", "special", "net", "realised", "realized", "accounting"}
)  # fmt: skip


def _after_other_preposition(doc: Doc, start: int) -> bool:
    """The number at token ``start`` is (in) the object of a preposition of a change verb that
    does not size the change: "lost $5m on sales of $2bn"."""
    t = doc[start]
    while t.dep_ in ("nummod", "quantmod", "compound", "nmod") and t.head.i > t.i:
        t = t.head
    prep = t.head
    return (
        direction(t) is None  # "after a 0.6% rise": the number sizes the change noun
        and t.dep_ == "pobj"
        and prep.lower_ in _OTHER_PREPOSITIONS
        and prep.head.pos_ == "VERB"
        and direction(prep.head) is not None
    )


def _realised_gain(doc: Doc, f: NumberFact, start: int) -> bool:
    """A money amount of a "gain" in the accounting sense, a profit realised rather than a rise:
    an extraordinary, pretax, capital ... gain, a gain on or from a sale, one that results
    include ("includes gain of 9 mln dlrs")."""
    if f.kind != "money" and (f.kind != "count" or f.unit is not None):
        return False  # a bare figure of a results note is money too ("gains of 1,541,000")
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    return realised_gain(doc, start, end=None if span is None else span.end) is not None


def realised_gain(doc: Doc, start: int, *, end: int | None = None) -> Token | None:
    """The noun "gain" in its accounting sense (a profit realised, not a rise) whose money amount
    starts at token ``start`` (and ends before token ``end``, when known), else None."""
    t = _gain_of(doc, start)
    if t is None:
        return None
    # hyphened modifiers are split by the tokenizer: "one-time" is one, -, time; the parse may
    # hang the modifier elsewhere ("realized investment gains" under a verb "realized")
    left = doc[min(t.left_edge.i, max(0, t.i - 3)) : t.i].text.lower()
    preps = {c.lower_ for c in t.rights if c.dep_ == "prep" and not _when(c)}
    realised = (
        bool(set(_WORD.findall(left)) & _ACCOUNTING)
        or bool(preps & {"on", "from"})
        or (end is not None and _on_a_sale(doc, end))
        or _result_item(t)
        or _listed_in_results(t)
    )
    return t if realised else None


_DISPOSALS = frozenset({"sale", "disposal", "divestiture", "sell", "flotation"})


def _on_a_sale(doc: Doc, end: int) -> bool:
    """ "posted a gain of $14m on the sale of its stake", the parse hanging "on" on the amount or
    the verb: "on" or "from" right after the amount (token ``end``), with a sale as its object."""
    if end >= len(doc) or doc[end].lower_ not in ("on", "from"):
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _DISPOSALS for c in doc[end].children)


def _when(prep: Token) -> bool:
    """``prep`` says when: "a gain of $2 on Friday" is no gain on a sale."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _gain_of(doc: Doc, start: int) -> Token | None:
    """The noun "gain" whose amount starts at token ``start``: up the parse (four steps), or
    right before the figure, with or without "of" ("and gain of 9.9 mln dlrs" when the parse
    hangs the phrase on the figure before)."""
    t = doc[start]
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        if t.lemma_.lower() == "gain" and (t.pos_ == "NOUN" or _result_item(t)):
            return t
    k = start - 1
    while k > 0 and doc[k].tag_ == "$":
        k -= 1
    if k > 0 and doc[k].lower_ == "of":
        k -= 1
    if k >= 0 and doc[k].lemma_.lower() == "gain" and doc[k].pos_ == "NOUN":
        return doc[k]
    return None


def _listed_in_results(gain: Token) -> bool:
    """``gain`` is listed after a verb of results in its sentence, with no other verb between
    ("figures include extraordinary loss of 6.9 mln dlrs and gain of 9.9 mln dlrs")."""
    for w in reversed(gain.doc[gain.sent.start : gain.i]):
        if _RESULT_FORMS.match(w.lower_):
            return True
        if w.pos_ in ("VERB", "AUX"):
            return False  # another verb: "its shares posted a gain of $2"
    return False


_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_RESULT_VERBS = frozenset({"include", "exclude", "reflect"})
_RESULT_FORMS = re.compile(r"(?:in|ex)clude[sd]?$|reflect(?:s|ed)?$")


def _result_item(gain: Token) -> bool:
    """``gain`` is an item that results include or exclude: their object, also a later conjunct
    ("excludes a charge of 12 cts and a gain of 11 cts"), or the wire's bare "includes gain 9 mln
    dlrs" the parse reads as a verb."""
    while gain.dep_ == "conj" and gain.head.i < gain.i:
        gain = gain.head
        if gain.lemma_.lower() in _RESULT_VERBS:
            return True  # the parse joined the item to the verb: "excludes X and gain of Y"
    if any(c.i < gain.i and _RESULT_FORMS.match(c.lower_) for c in gain.children):
        return True  # "includes" read as the auxiliary of a verb "gain"
    if gain.dep_ == "pobj" and gain.head.lower_ in ("including", "excluding"):
        return True  # "earnings of $6m, including a gain of $1m from ..."
    return gain.dep_ in ("dobj", "xcomp") and gain.head.lemma_.lower() in _RESULT_VERBS


def _size_of_change(doc: Doc, k: int) -> bool:
    """The duration starting after token ``k`` follows "by" or the change verb itself ("delayed by
    two hours", "lengthened three days"), not another preposition ("in five days") or a
    determiner ("a 12-month decline": how long it lasted)."""
    while k >= 0 and doc[k].lower_ in _QUALIFYING - _DETERMINERS:
        k -= 1
    return k >= 0 and (
        doc[k].lower_ == "by" or (doc[k].pos_ == "VERB" and direction(doc[k]) is not None)
    )


# who incurs a loss: people and their bodies (the quotes lexicon's nouns of people), firms and
# their parts, places; "a price that loses 2 cents" falls, "a firm that loses $5m" makes a loss
_HOLDERS = PEOPLE_NOUNS | frozenset(
    """company firm business bank lender insurer airline carrier retailer maker producer
    operator developer publisher broadcaster network chain division unit arm subsidiary
    industry sector club country nation state city region household shareholder
    stockholder bondholder creditor depositor saver""".split()  # noqa: SIM905
)
_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# after the sum: a level the price reached ("lost $2 to $38", "lost 50 cents at $9")
_LEVEL_AFTER = frozenset({"to", "at"})
# what falls when its holder "loses" a sum ("lost $40bn of its market value")
_VALUE_NOUNS = frozenset({"value", "valuation", "capitalisation", "capitalization", "worth"})


def _loss_incurred(doc: Doc, f: NumberFact, start: int) -> bool:
    """Money lost by people, a firm or a place is a loss incurred, not the size of a fall (a
    loss is no fall of a level): "the airline may lose millions of euros", "investors lost about
    $180bn", "had been losing $1m a week". A price, a share or a currency that loses a sum falls
    ("shares lost 65 cents", "the pound lost 2 cents"), as does a holder losing it to or at a
    level ("Acme lost $2 to $38") or out of its value ("lost $40bn of its market value")."""
    if f.kind != "money":
        return False
    t = doc[start]
    while t.dep_ in ("nummod", "quantmod", "compound", "nmod", "amod") and t.head.i > t.i:
        t = t.head
    verb = t.head
    if t.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB" or verb.lemma_.lower() != "lose":
        return False
    who = subject(verb) or next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"), None
    )
    if who is None or not (
        who.ent_type_ in _ACTOR_ENTITIES
        or who.lemma_.lower() in _HOLDERS
        or (who.pos_ == "PRON" and who.lower_ not in ("it", "this", "that"))
    ):
        return False
    after = doc[t.i + 1 : min(len(doc), t.right_edge.i + 4)]
    return not any(_level_at(w) or w.lemma_.lower() in _VALUE_NOUNS for w in after)


def _level_at(w: Token) -> bool:
    """``w`` is "to" or "at" before a figure ("to $38", "at 119 pence")."""
    doc = w.doc
    if w.lower_ not in _LEVEL_AFTER or w.i + 1 >= len(doc):
        return False
    nxt = doc[w.i + 1]
    return nxt.like_num or (nxt.tag_ == "$" and w.i + 2 < len(doc) and doc[w.i + 2].like_num)


def _phrase_head(doc: Doc, start: int) -> Token:
    t = doc[start]
    while t.dep_ in ("nummod", "quantmod", "compound", "nmod", "amod") and t.head.i > t.i:
        t = t.head
    return t


def _agent_count(doc: Doc, f: NumberFact, start: int) -> bool:
    """A count in the "by" phrase of a passive change verb names who acts, not the size ("was
    dropped by six stations"), unless it counts a held stock or a unit of a scale ("the staff
    was cut by 2,000 jobs", "was lowered by two notches")."""
    if f.kind != "count":
        return False
    t = _phrase_head(doc, start)
    return (
        t.dep_ == "pobj"
        and t.head.dep_ == "agent"
        and t.pos_ == "NOUN"
        and t.lemma_.lower() not in STOCK_NOUNS | SCALE_UNITS
    )


def _time_lost(doc: Doc, f: NumberFact, start: int) -> bool:
    """A duration lost is time gone, not a fall ("lost three years of my life")."""
    if f.kind != "duration":
        return False
    t = _phrase_head(doc, start)
    return t.dep_ == "dobj" and t.head.lemma_.lower() == "lose"


_ON_DIRECTIONS = frozenset({"up", "down", "higher", "lower"})


_ON_BOUNDS = frozenset({"just", "over", "under", "about", "around", "nearly", "almost", "some"})


def _compared_on(doc: Doc, start: int) -> bool:
    """The level a figure is compared with after "up on" or "down on" ("472 mln, slightly up on
    January's 456 mln", "down on last year's $5bn"): the reference, not the move."""
    k = start - 1
    for _ in range(5):
        if k < 1 or doc[k].lower_ == "on":
            break
        if doc[k].tag_ not in ("POS", "DT", "PRP$", "JJ", "NNP", "NN") and (
            doc[k].lower_ not in _ON_BOUNDS  # "up on just over 11,000 tonnes"
        ):
            return False
        k -= 1
    return k >= 1 and doc[k].lower_ == "on" and doc[k - 1].lower_ in _ON_DIRECTIONS
