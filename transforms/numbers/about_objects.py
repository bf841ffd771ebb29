"""Nouns hung on an amount's own phrase that say what the amount measures, for ``about``
(transforms.numbers.about): the whole of a share ("60% of the workers"), the object of "off"
("wiped $5bn off the value of shares"), a phrase on the number itself ("32.3% from long range")
and the bare noun after "in" that says what a sum of money is made of ("$700m in aid", "four
billion dlrs in debt"); the change noun whose "in" phrase holds the "of" phrase of an amount
("an increase in sales of 9%"); the noun a measure adjective describes ("a stake worth $40m"); and,
where the parse broke the amount's phrase, the noun a sum modifies ("any formal £800m offer") and
the word before a figure made its head ("a breakneck 9.5%")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from transforms.numbers.change_words import direction
from transforms.numbers.doers import TIME_NOUNS
from transforms.numbers.number_roles import number_phrase
from transforms.numbers.phrases import described_pronoun, is_quantity, is_thing
from transforms.numbers.units import currency_name

# nouns that only mark a figure as a level ("a record $44m", "a high of $58"): read what it measures
LEVEL_MARKS = frozenset(
    {"record", "high", "low", "peak", "range", "region", "vicinity", "neighbourhood", "tune"}
    | {"excess"}  # "sold in excess of 1m copies": a bound, what sold
    | {"maximum", "minimum"}
)


def described_noun(adjective: Token, root: Token) -> Token | None:
    """The noun a measure adjective on it describes, when the amount measures the adjective ("a
    stake worth $40m", "a wall 3 metres high", "$200m less debt" -> stake, wall, debt); not after
    a superlative ("three trophies - best song" is a misparse)."""
    noun = adjective.head
    if (
        adjective.tag_ in ("JJ", "JJR")
        and adjective.dep_ == "amod"
        and root.dep_ == "npadvmod"
        and noun.pos_ in ("NOUN", "PROPN")
        and not is_quantity(noun)
        and _next_to(adjective, noun)
        and any(t.pos_ == "NUM" or t.ent_type_ in _FIGURES for t in root.subtree if t.i <= root.i)
    ):  # the measure's own figure comes first: not "number three yellow corn" (a grade)
        return noun
    return None


_FIGURES = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL"})


def _next_to(adjective: Token, noun: Token) -> bool:
    """The adjective's phrase stands right after its noun ("a stake worth $40m"), or before it
    with only the noun's own modifiers between ("a three-month-long public poll"); a parse that
    hangs it on a noun further off is a misparse."""
    if adjective.i > noun.i:
        return adjective.left_edge.i == noun.i + 1
    return all(t.head.i == noun.i for t in noun.doc[adjective.i + 1 : noun.i])


def taken_off(verb: Token) -> Token | None:
    """The object of "off" on a verb whose object is the amount ("wiped $5bn off the value of
    shares" -> value): the amount comes off that."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "off":
            for obj in prep.children:
                if is_thing(obj) and obj.lemma_.lower() not in TIME_NOUNS:
                    return obj
    return None


def own_object(root: Token) -> Token | None:
    """The object of a phrase hung on the number itself ("32.3% from long range"), before any
    noun nearby when nothing else says what the number measures."""
    for prep in number_phrase(root).rights:
        if prep.dep_ == "prep" and prep.lower_ not in ("per", "a", "an"):  # a rate's divisor
            for obj in prep.children:
                if is_thing(obj) and obj.lemma_.lower() not in TIME_NOUNS:
                    return obj
    return None


# names, places and times after "in" say where or when, not what the money is
_NOT_KINDS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "DATE", "TIME"})
# "in" + noun idioms that frame an amount rather than name what it is made of
_FRAMES = frozenset(
    """total all addition part fact place order return exchange response line turn effect
    advance value term terms full principle practice theory future past""".split()  # noqa: SIM905
)


def money_kind(doc: Doc, root: Token, start: int, end: int) -> Token | None:
    """The bare noun after "in" right after a sum of money, what the sum is made of ("gave $700m
    (£380m) in disaster relief" -> relief, "has $5m in cash", "affects $4bn in debt"): on the
    amount's phrase or on the verb it is the object of; not a name, place or time, nor a noun
    with a determiner ("in the deal", "in its fund": where, not what)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    i = _after_brackets(doc, span.end)  # a restatement in brackets: "$700m (£380m) in aid"
    if i >= len(doc) or doc[i].lower_ != "in" or doc[i].dep_ != "prep":
        return None
    phrase = number_phrase(root)
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "for":
        return None  # "sold it for $5m in cash": a price, paid in that form
    if doc[i].head.i != phrase.i and not (
        doc[i].head.i == phrase.head.i and phrase.dep_ in ("dobj", "attr", "oprd")
    ):
        return None
    for obj in doc[i].children:
        if (
            obj.dep_ == "pobj"
            and obj.pos_ == "NOUN"
            and is_thing(obj)
            and obj.ent_type_ not in _NOT_KINDS
            and obj.lemma_.lower() not in TIME_NOUNS | _FRAMES
            and currency_name(obj.lower_) is None  # "bonds worth $4bn in marks": the currency
            and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
        ):
            return obj
    return None


def _after_brackets(doc: Doc, i: int) -> int:
    """Index ``i``, or the word after a restatement in brackets that opens at ``i``."""
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i : i + 12] if t.text == ")"), None)
        return close + 1 if close is not None else i
    return i


def of_object(doc: Doc, start: int, end: int) -> Token | None:
    """The object of an "of" right after the number ("60% of the union workers" -> workers), also
    after a restatement in brackets ("3m euros (£2.1m) of aid" -> aid), where the parse may hang
    the "of" on the verb the amount is the object of."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    i = _after_brackets(doc, span.end)
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    of = doc[i]
    on_verb = i > span.end and any(t.dep_ == "dobj" and t.head.i == of.head.i for t in span)
    if not (span.start <= of.head.i < span.end or on_verb):
        return None
    for child in of.children:
        if (
            child.dep_ == "pobj"
            and child.pos_ in ("NOUN", "PROPN")
            and (not is_quantity(child) or _counted_whole(child))
        ) or (child.dep_ == "pobj" and described_pronoun(child) is not None):
            return child  # "60% of the workers", "51% of those polled"
    return None


def partitive(whole: Token) -> bool:
    """A definite whole a count is taken from ("three of the members", "two of its ten plants",
    "most of those polled"), not the noun a vague count counts ("millions of Americans")."""
    return whole.pos_ == "PRON" or any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in whole.children
    )


# singular nouns that count people or animals in the plural ("the 500 staff", "its 40 aircraft")
_COLLECTIVE = frozenset(
    {"staff", "personnel", "crew", "aircraft", "cattle", "livestock", "sheep"}
    | {"population", "workforce", "electorate", "membership"}
)


def _counted_whole(noun: Token) -> bool:
    """A counted plural noun as the whole of a share ("30% of the 2,000 workers" -> workers),
    not an amount ("5% of $3bn")."""
    return (
        (noun.tag_ in ("NNS", "NNPS") or noun.lemma_.lower() in _COLLECTIVE)
        and not noun.like_num
        and noun.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY")
        and all(c.ent_type_ in ("", "CARDINAL") for c in noun.lefts if c.dep_ == "nummod")
    )


def share_or_sum(root: Token) -> bool:
    """The number at ``root`` is a percentage or a sum of money ("3%", "$50bn"), not a measure
    ("311 square miles off the coast")."""
    return any(
        t.tag_ == "$" or t.text[:1] in "$£€¥" or t.lower_ in ("%", "percent", "pct", "cent")
        for t in root.subtree
    )


def moved_noun(noun: Token) -> Token | None:
    """The singular change noun whose "in" phrase ``noun`` is ("an increase in sales")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    change = prep.head
    ok = change.pos_ == "NOUN" and change.tag_ == "NN" and direction(change) is not None
    return change if ok else None


# tags of a word that opens a noun phrase before an amount ("the", "its", "Acme's")
_OPENERS = frozenset({"DT", "PRP$", "POS", "WP$"})


def _counted_by(noun: Token, span: Span) -> bool:
    """Every number the parse hangs on ``noun`` lies inside ``span`` (the sum itself: "a 3.3 mln
    dlr deficit"), so ``noun`` is no other amount."""
    nums = [c for c in noun.children if c.dep_ in ("nummod", "quantmod")]
    return bool(nums) and all(span.start <= c.i < span.end for c in nums)


def modified_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The noun a sum of money written as a modifier stands before ("any formal £800m offer",
    "its $5bn (£2.6bn) bid" -> offer, bid), told by the words around it when the parse broke the
    phrase ("£" as a modifier, "800" as an object): a determiner or possessive opens the phrase
    with only adjectives between it and the amount, and a common noun follows the amount (after a
    restatement in brackets); not a time, a currency or another amount."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    k = span.start - 1
    while k > 0 and doc[k].tag_ in ("JJ", "JJR", "JJS", "RB", "VBN") and doc[k].dep_ != "ROOT":
        k -= 1
    if doc[k].tag_ not in _OPENERS:
        return None
    i = span.end
    if i < len(doc) and doc[i].text == "(":  # "$5bn (£2.6bn) bid"
        close = next((t.i for t in doc[i : i + 12] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    if i >= len(doc):
        return None
    noun = doc[i]
    if (
        noun.tag_ not in ("NN", "NNS", "VB", "VBP")  # a bare verb here is a noun: "the $5m rebuild"
        or (is_quantity(noun) and not _counted_by(noun, span))  # "a 3 mln dlr deficit": its own
        or noun.ent_type_ in ("MONEY", "DATE", "TIME", "PERCENT", "CARDINAL")
        or noun.lemma_.lower() in TIME_NOUNS
        or currency_name(noun.lower_) is not None
    ):
        return None
    while (
        noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ in ("NN", "NNS") and noun.dep_ == "compound"
    ):
        noun = doc[noun.i + 1]  # "the $5m takeover bid": the last noun of the compound
    while (
        noun.dep_ in ("compound", "npadvmod", "amod")
        and 0 < noun.head.i - noun.i <= 3
        and (noun.head.tag_ in ("NN", "NNS") or noun.head.dep_ == "compound")
    ):
        noun = noun.head  # "a $1bn cost-cutting deal": the deal the hyphened words describe
    if noun.lemma_.lower() in LEVEL_MARKS or noun.lemma_.lower() == "level":
        return None  # "in the $5 to $8 range", "the $40 level": what is in it, not the range
    return noun


# the attachments of a figure to the word it modifies
_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "appos", "npadvmod"})


def premodifier_head(root: Token, head: Token) -> bool:
    """The parse made the word before a figure its head: a single word that opens the phrase
    after "a" or "an" and carries the figure as its only other child ("a breakneck 9.5%", "an
    estimated 5,000"); the figure stands in its place in the clause."""
    if root.dep_ not in _MODIFIER_DEPS or head.i != root.left_edge.i - 1:
        return False
    if head.pos_ not in ("NOUN", "ADJ") or head.dep_ not in ("pobj", "dobj", "attr", "nsubj"):
        return False
    kids = list(head.children)
    return (
        len(kids) == 2
        and kids[0].dep_ == "det"
        and kids[0].lower_ in ("a", "an")
        and kids[1].i == root.i
    )


def glued_into(root: Token, head: Token) -> bool:
    """A figure hyphen-glued into an adjective that modifies a noun ("a two-pronged assault")."""
    return (
        root.dep_ in ("advmod", "npadvmod", "nummod")
        and head.dep_ == "amod"
        and head.head.pos_ == "NOUN"
        and head.i == root.i + 2
        and root.doc[root.i + 1].text == "-"
    )


# nouns that stand in for the figure of their "of" phrase ("paid a total of $5m", "died at the age
# of 93"): the figure is read in their place
PLACEHOLDERS = frozenset({"total", "sum", "tally", "combined", "average", "age"})


def frames_figure(noun: Token, root: Token) -> bool:
    """``noun`` is a bare word that only frames the figure in its own "of" phrase ("a total of",
    "an average of"; not "the eurozone average of 2%", which names what is averaged)."""
    return (
        noun.lemma_.lower() in PLACEHOLDERS
        and all(c.dep_ in ("det", "prep", "punct") for c in noun.children)
        and any(prep.lower_ == "of" and root in prep.subtree for prep in noun.rights)
    )
