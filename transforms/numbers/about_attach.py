"""What the attachment of a number in the dependency parse says: whether it is the size of a
change and which word heads the phrase it measures (the noun it modifies, the noun of its "of"
phrase, the subject or object of the verb it hangs on, a change noun's target, the owner of a
count). Used by :mod:`transforms.numbers.about`, which adds the fallbacks and the span."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.numbers.about_objects import (
    LEVEL_MARKS,
    PLACEHOLDERS,
    described_noun,
    frames_figure,
    glued_into,
    moved_noun,
    premodifier_head,
    share_or_sum,
)
from transforms.numbers.about_objects import taken_off as taken_off_of
from transforms.numbers.antecedents import absolute_subject
from transforms.numbers.change_words import direction, sizes_change, stock_move
from transforms.numbers.doers import chain_head, doer, owner, provided_to, whole_of
from transforms.numbers.phrases import is_quantity, is_thing, unit_noun
from transforms.numbers.spending import spent_on
from transforms.numbers.subjects import subject
from transforms.numbers.surface import verb_direction
from transforms.numbers.targets import change_target, clause_target

_LEVEL_PREPS = frozenset({"to", "from", "at", "of"})
_NUM_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "appos"})
_QUANTITY_ENTS = frozenset({"QUANTITY", "MONEY", "PERCENT", "CARDINAL"})


def read_attachment(
    root: Token,
    *,
    is_range: bool,
    count: bool,
    who: bool = False,
    unit: bool = False,
    money: bool = False,
) -> tuple[str | None, Token | None]:
    """(change, the token of the phrase measured) from the attachment of ``root``; ``who``: the
    number is a count or a duration, about who has or does it, not the object; ``unit``: the
    number has its own unit, so the noun it modifies is no counted noun ("a 3.0 litre engine");
    ``money``: the number is a sum of money."""
    head = root.head
    if head.i == root.i:
        return None, None
    if (
        root.dep_ in ("appos", "conj")
        and root.tag_ == "NNS"
        and head.tag_ == "NNS"
        and root.lemma_ != head.lemma_
        and is_quantity(root)
        and is_quantity(head)
    ):  # "28 points, 10 rebounds and 7 assists": a list of counts of different things reads as its first
        return read_attachment(head, is_range=is_range, count=count, who=who, unit=unit)
    if (
        root.dep_ in ("appos", "conj")
        and head.pos_ in ("NOUN", "PROPN")
        and is_quantity(root)
        and is_quantity(head)
        and not any(t.text == "(" for t in root.doc[head.i : root.i])  # brackets: restatements
    ):  # "compared with 12% in Spain, 10% in Italy": a listed figure reads as the first
        return read_attachment(head, is_range=is_range, count=count, who=who, unit=unit)
    if (
        root.dep_ in _NUM_DEPS
        and head.pos_ == "NOUN"
        and (
            head.lemma_.lower() in LEVEL_MARKS
            if head.i < root.i
            else head.lemma_.lower() in _EXTREMES
            or (
                head.lemma_.lower() in _THRESHOLDS
                and any(c.lower_ == "the" for c in head.children)  # not "five levels", "5 marks"
            )
        )
    ):  # "sold for a record $44m", "near the 95% mark", "a six-year high": what reached it
        return None, read_attachment(head, is_range=is_range, count=count)[1]
    if premodifier_head(root, head):  # "grew by a breakneck 9.5%": read the figure in its place
        return read_attachment(head, is_range=is_range, count=count, who=who, unit=unit)
    if root.dep_ in _NUM_DEPS and (head.pos_ in ("NOUN", "PROPN") or _nominal(head)):
        # a bare number before a plural change noun counts events ("three cuts", "4 rebounds"),
        # as "one" does before a singular one ("one specific tax rise")
        plural = root.like_num and (head.tag_ in ("NNS", "NNPS") or root.lower_ == "one")
        plural = plural and not (unit or money)  # "120 pct pay increases": the size of each
        change = None if plural else direction(head)
        if change is not None:
            return change, change_target(head)
        money = any(t.tag_ == "$" for t in root.subtree)  # "a $5m deal": the deal
        if count or (
            root.dep_ in ("nummod", "compound")
            and root.like_num
            and unit_noun(head)
            and not money
            and not (unit and head.ent_type_ not in _QUANTITY_ENTS)
        ):
            who_has = owner(head) or (whole_of(head) if count else None)
            if who_has is not None:  # "Japan's 23,000 centenarians", "the 40 members of Acme"
                return None, who_has
            change, target = read_attachment(head, is_range=is_range, count=False, who=who or count)
            if count and target in (None, head) and _counts(root, head):
                # "300 homes were destroyed by the fire", "laws affecting 750,000 people"
                target = passive_agent(head) or participle_holder(head) or target
            stock = stock_move(head)
            if stock is not None:
                change = stock  # "cut 500 jobs", "400 jobs were lost": a held stock moved
            elif head.dep_ != "npadvmod" and not sizes_change(head):
                change = None  # "rose 18 sen" is a change; "lost three games" is not
            return change, (None if target is not None and target.i == head.i else target)
        noun = chain_head(head)
        if (unit or who) and not money:
            by = doer(noun)
            if by is not None:  # "ran a 40-yard dash": who ran it
                return None, by
        return None, noun
    if root.dep_ == "pobj" and head.dep_ == "prep":
        gov = head.head
        prep = head.lower_
        while gov.pos_ in ("ADP", "ADV") and gov.dep_ in ("advmod", "prep") and gov.head.i != gov.i:
            if direction(gov) is not None:
                break
            gov = gov.head  # "is around 73"
        d = direction(gov)
        if d is None and prep == "by" and gov.pos_ == "VERB":
            d = verb_direction(gov)  # "ratcheted up prices by 8%": the particle's direction
        if d is not None and gov.pos_ in ("ADV", "ADP", "ADJ") and gov.head.i != gov.i:
            moved = absolute_subject(gov)
            if moved is not None:  # "with sales down 3% at 1.06 million": the level of sales
                return (d if prep not in _LEVEL_PREPS else None), moved
            gov = gov.head  # "was up 19 cents at $58.24"
        if d is not None:
            level = prep in _LEVEL_PREPS and not (prep == "of" and gov.pos_ == "NOUN")
            change = d if not level else None
            if prep == "of" and gov.pos_ == "NOUN":
                within = _changed_in(root)
                if within is not None:  # "a rise of 5% in sales": the parse hangs "in" on 5%
                    return change, within
                target = change_target(gov)
                if target is not None and target.i == root.i and (money or _money(root)):
                    return change, gov  # "a gain of 60 mln stg": not the figure's own noun
                return change, target
            return change, change_target(gov) if gov.pos_ == "NOUN" else clause_target(gov)
        if prep == "of" and (gov.pos_ in ("NOUN", "PROPN") or _nominal(gov)):
            moved = moved_noun(gov)
            if moved is not None:  # "an increase in sales of 9%": the size of the increase
                return direction(moved), gov
            if gov.lemma_.lower() in PLACEHOLDERS and (count or who or frames_figure(gov, root)):
                # "paid a total of $5m": read "a total"; not "the eurozone average of 2%";
                # "died at the age of 93": read "the age", the age of whoever died
                return read_attachment(gov, is_range=is_range, count=count, who=who)
            if gov.lemma_.lower() in LEVEL_MARKS:  # "hit a record high of $5": a level
                return None, read_attachment(gov, is_range=is_range, count=count)[1]
            return None, gov
        held = compared_for(root, gov, prep)
        if held is not None:  # "compared with 18% for the US": the US's figure
            return None, held
        if gov.pos_ in ("VERB", "AUX"):  # "sold the plant for $5m": the plant; counts: who has them
            given = provided_to(gov) if who and prep == "with" else None
            if given is not None:  # "left the group with three divisions": the group has them
                return None, given
            held = with_holder(head) or (priced_each(root, gov) if prep == "at" else None)
            held = held or (yielded_by(gov) if prep == "at" else None)
            if held is not None:  # "with the Greens on 12%", "sold 3m shares at 450p each"
                return None, held
            if prep == "with" and gov.lemma_.lower() not in _PROVIDING:
                return None, subject(gov)  # "led the chart with $11.8m": what the subject had
            return None, subject(gov) if who else clause_target(gov)
        if gov.pos_ in ("NOUN", "PROPN") and not is_quantity(gov):
            return None, gov
        return None, None
    if glued_into(root, head):  # "a two-pronged assault": the noun the adjective describes
        return None, head.head
    if root.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
        return read_attachment(head, is_range=is_range, count=count)  # "has 40 shops and 12 depots"
    gov = head
    change = None
    d = direction(gov)
    if d is not None and root.dep_ in ("npadvmod", "dobj", "advmod", "nummod", "attr", "pobj"):
        change = d
        if gov.pos_ in ("ADV", "ADP", "ADJ") and gov.head.i != gov.i:
            moved = absolute_subject(gov)
            if moved is not None:  # "closed with the FTSE up 1.2% and oil down 3%"
                return change, moved
            gov = gov.head
    if gov.pos_ in ("VERB", "AUX"):
        taken_off = taken_off_of(gov) if root.dep_ == "dobj" else None
        if taken_off is not None:  # "knocked 0.2% off the growth rate": a fall of it
            return change or ("down" if share_or_sum(root) else None), taken_off
        spent = spent_on(gov, root) if root.dep_ == "dobj" and not change and _money(root) else None
        if spent is not None:  # "will spend £2bn on hospitals", "paid $40m for the brand"
            return None, spent
        moved = sent_moving(gov, root) if root.dep_ in ("dobj", "npadvmod") else None
        moved = moved or (yielded_by(gov) if root.dep_ == "dobj" else None)
        if moved is not None:  # "the news sent shares in Acme up 8.5p": the shares moved
            return change, moved
        target = clause_target(gov) if change and root.dep_ != "dobj" else subject(gov)
        return change, (None if target is not None and target.i == root.i else target)
    if gov.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("nsubj", "nsubjpass"):
        if gov.lemma_.lower() in LEVEL_MARKS and root.dep_ == "npadvmod":
            return change, read_attachment(gov, is_range=is_range, count=count)[
                1
            ]  # "worth a record $5m"
        return change, gov
    # a count before "more" counts its unit noun ("three more wells"): no noun described
    described = None if count else described_noun(gov, root)
    if described is not None:  # "a stake worth $40m", "a wall 3 metres high"
        return change, described
    if gov.lemma_.lower() == "worth" and gov.dep_ == "oprd" and gov.i > 0:
        valued = gov.doc[gov.i - 1]  # "manages assets worth $12bn": the assets
        if valued.dep_ == "dobj" and valued.pos_ in ("NOUN", "PROPN") and not is_quantity(valued):
            return change, valued
    return change, None


# verbs whose "with" phrase is handed to their object ("provided the club with £5m": the club)
_PROVIDING = frozenset(
    "provide supply present furnish equip arm fund reward credit hit saddle burden leave".split()  # noqa: SIM905
)
# nouns after a span of time that mark the level reached as the extreme of that span ("a six-year high")
_EXTREMES = frozenset({"high", "low", "peak"})
# nouns after a figure that only mark it as a level ("the $100 mark", "the 5% threshold")
_THRESHOLDS = frozenset({"mark", "threshold", "barrier", "level"})


def sent_moving(verb: Token, root: Token) -> Token | None:
    """The object a verb sends up or down by the amount at ``root`` ("the news sent shares in
    Acme up 8.5p" -> shares, the parse hanging both objects on the verb): what moved."""
    parts = [c for c in verb.children if c.lower_ in ("up", "down") and c.dep_ in ("prt", "advmod")]
    if not parts or not parts[0].i < root.i:
        return None
    for obj in verb.children:
        if (
            obj.dep_ == "dobj"
            and obj.i < parts[0].i
            and obj.pos_ in ("NOUN", "PROPN")
            and not is_quantity(obj)
        ):
            return obj
    return None


# participles of what a security or an account pays or is sold at ("notes yielding 13%", "a bond
# paying 5% and priced at 101")
_YIELDING = frozenset({"yield", "pay", "bear", "carry", "price"})


def yielded_by(verb: Token) -> Token | None:
    """The noun right before a participle of yield or price that the parse hung on the verb
    ("sold notes due 1997 yielding 13%" -> notes, "a bond due 1990 paying 14% and priced at
    101" -> bond, for both): what yields, not the verb's subject."""
    if verb.lemma_.lower() not in _YIELDING or verb.tag_ not in ("VBG", "VBN"):
        return None
    while verb.dep_ == "conj" and verb.head.tag_ in ("VBG", "VBN"):
        verb = verb.head  # "paying 5% and priced at 101": the first participle
    if verb.dep_ != "advcl" or verb.i == 0 or verb.lemma_.lower() not in _YIELDING:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    while (
        noun.head.i != noun.i
        and noun.head.pos_ in ("NOUN", "PROPN", "ADJ")
        and noun.head.right_edge.i == verb.i - 1
    ):
        noun = noun.head  # "notes due 1997": the notes
    if noun.dep_ in ("dobj", "pobj") and noun.pos_ in ("NOUN", "PROPN") and not is_quantity(noun):
        return noun
    return None


def _counts(root: Token, noun: Token) -> bool:
    """The number at ``root`` counts ``noun`` after it, with no other number between."""
    return root.i < noun.i and not any(t.pos_ == "NUM" for t in root.doc[root.i + 1 : noun.i])


def passive_agent(noun: Token) -> Token | None:
    """The noun of the "by" agent of the passive verb ``noun`` is the subject of ("homes were
    destroyed by the fire" -> fire): who does to a counted subject what an active subject does to
    a counted object."""
    if noun.dep_ != "nsubjpass":
        return None
    for agent in noun.head.children:
        if agent.dep_ == "agent":
            for obj in agent.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and not is_quantity(obj):
                    return obj
    return None


def participle_holder(noun: Token) -> Token | None:
    """The noun a participle modifies when ``noun`` (a counted noun) is its object ("laws
    affecting 750,000 people" -> laws, "a bill giving 3 million people the vote" -> bill): it
    does to them what a verb's subject does."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "dative") or verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    if not unit_noun(noun) or noun.ent_type_ == "QUANTITY":
        return None  # "making 40 vs 10" in a results table: no counted noun
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    held = verb.head
    if held.pos_ in ("NOUN", "PROPN") and not is_quantity(held) and held.i < verb.i:
        return held
    return None


def _changed_in(root: Token) -> Token | None:
    """The object of "in" hung on the size of a change ("a rise of 5% in sales" -> sales); not a
    place ("a rise of 5% in Spain") nor a time."""
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                if (
                    obj.dep_ == "pobj"
                    and is_thing(obj)
                    and obj.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")
                ):
                    return obj
    return None


def _money(root: Token) -> bool:
    return any(t.tag_ == "$" or t.ent_type_ == "MONEY" for t in root.subtree)


def with_holder(prep: Token) -> Token | None:
    """The noun of a "with" phrase right before "on" or "at" and a figure: who or what stands at
    that level ("finished with the Greens on 12%", "with Acme at 40 points")."""
    if prep.lower_ not in ("on", "at") or prep.i == 0:
        return None
    prev = prep.doc[prep.i - 1]
    noun = prev
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head  # "with Labour on 35% and the Tories on 30%"
    if (
        prev.pos_ in ("NOUN", "PROPN")
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and not is_quantity(prev)
    ):
        return prev
    return None


def compared_for(root: Token, gov: Token, prep: str) -> Token | None:
    """The noun of "for" after a figure set against another ("compared with 18.6% for the US",
    "against 5% for Spain"): whose figure it is."""
    if not (gov.lemma_.lower() == "compare" or prep in ("against", "versus", "vs", "vs.")):
        return None
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ == "for":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and not is_quantity(obj):
                    return obj
    return None


def priced_each(root: Token, verb: Token) -> Token | None:
    """The object of ``verb`` priced "at" a figure "each" or "apiece" ("bought 52m shares at
    570 rupees apiece" -> shares), even when a count goes with it."""
    doc = root.doc
    after = doc[root.i + 1 : root.i + 3]
    if not any(t.lower_ in ("each", "apiece") for t in after):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") and child.i < root.i:
            return child
    return None


def _nominal(tok: Token) -> bool:
    """A word the parse tags as an adjective in a noun's place ("blamed an $850m payout")."""
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
        and tok.lemma_.lower() not in LEVEL_MARKS
    )
