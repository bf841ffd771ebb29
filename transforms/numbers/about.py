"""Direction of change and what a number measures, read from the dependency parse.

``change`` is ``up`` or ``down`` when the number is the *size* of a rise or fall: the number (or its
unit) depends on a change word ("rose 4%", "a 3 percent drop", "fell by 2 points", "was up 19
cents", "a rise of 5%"); a level reached or left ("rose to 310p", "fell from $5") has no change,
nor has money raised ("raised $40m from investors": collected, not a rise).

``about`` is the noun phrase the number measures or counts, as written in the text: the subject of
the verb the number depends on ("Acme shares rose 4%" -> "Acme shares"), the noun of an "of"
phrase ("revenue of $4m" -> "revenue"), what a change noun applies to ("a 3% drop in exports" ->
"exports"), or the counted noun ("13,000 workers" -> "workers"). Pronouns give no ``about``; a
pronoun or bare quantifier subject ("it", "most") passes to the clause above; a duration that says
when ("over the past two years", "five years later") has none; a signed figure after a name in a
market list ("DAX +0.9%") is about the name; a noun that only marks a level ("sold for a record
$44m", "hit a high of $58") passes to what reached it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from transforms.doctext import doc_text
from transforms.lexicon import WEEKDAYS
from transforms.numbers.about_attach import read_attachment
from transforms.numbers.about_objects import (
    frames_figure,
    modified_noun,
    money_kind,
    of_object,
    own_object,
    partitive,
)
from transforms.numbers.antecedents import clause_pronoun, quoted_speaker, referent
from transforms.numbers.change_words import counts_events_of, points_after_word, sum_in_change
from transforms.numbers.clock import on_the_clock
from transforms.numbers.doers import TIME_NOUNS, held_by_none, named_by_age
from transforms.numbers.levels import realised_gain
from transforms.numbers.number_roles import fronted_share, is_predicate, names_actors
from transforms.numbers.periods import lasting_subject, places_in_time
from transforms.numbers.phrases import (
    before_figure,
    is_quantity,
    line_subject,
    nearest_noun,
    noun_phrase,
    outside_quantities,
    span_root,
)
from transforms.numbers.spending import sum_spent_on
from transforms.numbers.subjects import clause_subject, unnamed_subject
from transforms.numbers.surface import (
    after_level_word,
    lexical_change,
    signed_label,
    time_adverbial,
)
from transforms.types import NumberFact


def change_and_about(
    doc: Doc,
    start: int,
    end: int,
    *,
    is_range: bool = False,
    count: bool = False,
    duration: bool = False,
    amount: bool = False,
    unit: bool = False,
    money: bool = False,
    age: bool = False,
) -> tuple[str | None, tuple[int, int] | None]:
    """(change, about span) of the number written at characters ``start:end`` of ``doc``.

    A range after "from" and a change word ("rose from 240 to 273") is the interval moved over:
    its bounds are levels, so it has no change. For a ``count`` the counted noun is the unit:
    ``about`` is what has or does them ("Ford has 13,000 workers" -> "Ford"). A ``duration``
    that says when ("over the past two years", "every 76 years", "five years later") measures
    nothing: no ``about``."""
    root = span_root(doc, start, end)
    if root is None:
        return None, None
    if duration and (
        time_adverbial(doc, start, end)
        or on_the_clock(doc, start, end)
        or places_in_time(doc, start, end)
    ):
        held = lasting_subject(doc, start, end)  # "has been hit by strikes over the past two years"
        return None, (noun_phrase(held, start, end) if held is not None else None)
    if age and named_by_age(root):
        return None, None  # "will miss the 29-year-old": a person named by age, not the subject's
    if count and held_by_none(_counted(root)):
        # "the rivalry between the two clubs": no one has them
        return lexical_change(doc, start, end), None
    label = signed_label(doc, start)
    if label is not None:
        return lexical_change(doc, start, end), label
    who = duration or age  # how long or how old: whoever lasts or is that old
    change, target = read_attachment(
        root, is_range=is_range, count=count, who=who, unit=unit, money=money
    )
    share = of_object(doc, start, end) or fronted_share(root)
    if count and share is not None and not partitive(share):
        share = None  # "millions of Americans": the counted noun, no whole taken from
    if share is None:
        share = _of_which(doc, root, start, end)  # "sales were $5m, of which 40% came from exports"
    if share is not None and change is None and (target is None or not is_predicate(root)):
        target = share  # "60% of the workers", "a third of its staff"
    gain = _realised_gain_noun(doc, start, end) if money else None
    if gain is not None:
        target = (
            gain  # "results include a net gain of $2m", "Acme had an extraordinary gain of $5m"
        )
    made_of = money_kind(doc, root, start, end) if money and change is None else None
    if made_of is not None:
        target = made_of  # "gave $700m in disaster relief": the relief
        change = sum_in_change(made_of)  # "£40bn in spending cuts": the size of the cuts
    elif money and change is None:
        modified = modified_noun(doc, start, end)
        target = modified or target  # "any formal £800m offer": the offer
    if money and target is not None and _possessor_of_sum(root, target):
        target = target.head  # "his £71,433 minister's salary": the salary
    if target is not None:
        target = _worth_of(target)  # "imported $20bn worth of goods": the goods
    bound = _bounded_noun(doc, start, end)
    if bound is not None and change is None:
        target = bound  # "a tax on earnings over £100,000": the earnings
    if target is not None and (
        (target.ent_type_ in ("DATE", "TIME") and target.pos_ == "PROPN")
        or target.lower_ in WEEKDAYS
    ):
        target = None  # "before ending Friday 0.2% lower": a day measures nothing
    if target is not None and target.lemma_.lower() in TIME_NOUNS:
        target = None  # "fell by a third last year": a time is not what is measured
    if target is None:
        target = clause_subject(root)
        if target is not None and target.ent_type_ in ("DATE", "TIME"):
            target = None  # "the first quarter showed growth of 6.3%": a time measures nothing
    if target is None and not duration:
        target = referent(root)  # "Oil prices rose. They climbed 3%", "It employs 700 people"
    if target is None and not duration:
        target = quoted_speaker(root)  # "I am 100% fit," said Ferrero: Ferrero
    if count and target is not None and target.i == _counted(root).i:
        target = None  # "800,000 pensioners were not claiming it": the counted noun is the unit
    if target is None and not count and not names_actors(root):
        # an "it" subject stands for a noun named before: "It lost 2% against the dollar"
        after = clause_pronoun(root) is None
        # a duration or an age nothing else places is of no noun nearby ("In 72 hours, he found a
        # buyer"), nor of the place or time after it ("he spent four days in hospital"); nor is
        # what "it" costs or weighs when nothing named before agrees ("Acme says it costs $5")
        if not who:
            target = own_object(root)
        if target is None and not who and not unnamed_subject(root):
            target = nearest_noun(root, start, end, after=after)
    if change is None and (not count or points_after_word(root)):
        change = lexical_change(doc, start, end)  # "was down 2%", "closed up 23 points"
    if change is not None and after_level_word(doc, start, counted=count):
        change = None  # "rose by 4% to $310m": the level reached
    if change is not None and _BEHIND.match(doc_text(doc), end):
        change = None  # "slipped 10 points behind the leaders": the gap to a rival, not the move
    if change is not None and amount and _amount_handled(root, change):
        change = None  # "Acme raised $5m", "upgraded $2bn of debt": collected or rated, no change
    if change is not None and count and root.dep_ == "dobj" and counts_events_of(root):
        change = None  # "lost nine of their 14 matches": events counted, not a held stock moved
    if target is not None and target.idx < end and target.idx + len(target.text) > start:
        target = None
    if target is not None and frames_figure(target, root):
        # "A total of 3,028 adults were polled": "total" only frames the figure; a framed sum
        # spent is about what it is spent on ("a total of $5m was earmarked for schools")
        target = sum_spent_on(target.head, target) if money else None
    about = noun_phrase(target, start, end) if target is not None else None
    return change, about


def _realised_gain_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The noun "gain" in its accounting sense the money at ``start:end`` is the amount of ("an
    extraordinary gain of $5m", "excludes gains of $2m"): a profit item, not what rose."""
    span = doc.char_span(start, end, alignment_mode="expand")
    gain = realised_gain(doc, span.start, end=span.end) if span is not None else None
    return gain if gain is not None and gain.pos_ == "NOUN" else None


def _name_before_age(doc: Doc, fact: NumberFact) -> tuple[int, int] | None:
    """The proper name an age follows after a comma, set off as an apposition ("Emily, 16, and
    Pelham, 14": Emily, Pelham), as characters; the name's compound words ("Luke Tomlinson")."""
    span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].text != ",":
        return None
    name = doc[span.start - 2]
    after = doc[span.end] if span.end < len(doc) else None
    if name.pos_ != "PROPN" or not (after is None or after.text in (",", ".", ")", "and")):
        return None
    first = name
    while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].dep_ == "compound":
        first = doc[first.i - 1]
    return first.idx, name.idx + len(name.text)


def _of_which(doc: Doc, root: Token, start: int, end: int) -> Token | None:
    """The whole a share "of which" is taken from: the noun the relative clause hangs on, or for a
    figure, what that figure measures ("sales were $5m, of which 40% came from exports" ->
    sales)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    k = span.start if span is not None else 0
    if k < 2 or doc[k - 2].lower_ != "of" or doc[k - 1].lower_ != "which":
        return None
    verb = root
    while verb.dep_ != "relcl" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    whole = verb.head
    if not is_quantity(whole) and whole.pos_ in ("NOUN", "PROPN"):
        return whole
    return read_attachment(whole, is_range=False, count=False)[1]


# words that set a bound right after a noun ("earnings over £100,000", "incomes above $1m")
_BOUNDS = frozenset({"over", "above", "below", "under", "exceeding", "topping"})
_TWO_WORD_BOUNDS = frozenset({"up to", "at least", "at most"})


def _bounded_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The plain noun right before a bound word before the figure at ``start:end`` ("earnings
    over £100,000" -> earnings): what the bound is set on; not when the figure has its own "of"
    whole ("over 80% of their output"), nor a noun inside another noun's phrase ("yields on
    bonds below 9%": the yields)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start < 2:
        return None
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        return None
    word, noun = doc[span.start - 1], doc[span.start - 2]
    if span.start >= 3 and f"{noun.lower_} {word.lower_}" in _TWO_WORD_BOUNDS:
        noun = doc[span.start - 3]  # "speeds up to 75Mbps", "wavelengths at least 2 μm"
    elif word.lower_ not in _BOUNDS:
        return None
    if noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS"):
        return None
    if is_quantity(noun) or noun.lemma_.lower() in TIME_NOUNS or noun.ent_type_:
        return None
    if noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return None
    return noun


def _worth_of(target: Token) -> Token:
    """The noun of "worth of" ("$20bn worth of goods" -> goods), else ``target``."""
    if target.lower_ != "worth":
        return target
    for prep in target.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    return target


def _possessor_of_sum(root: Token, target: Token) -> bool:
    """The sum modifies a common noun that owns the noun after it ("a £300 pensioner's rebate"):
    the sum is the possessed thing's, not the owner's."""
    return (
        target.dep_ == "poss"
        and target.pos_ == "NOUN"
        and target.head.pos_ == "NOUN"
        and root.i < target.i
        and root.i >= target.left_edge.i
    )


def _counted(root: Token) -> Token:
    """The noun a number counts ("13,000 workers" -> workers), else the number itself."""
    t = root
    while (
        t.pos_ not in ("NOUN", "PROPN")
        and t.dep_ in ("nummod", "quantmod", "compound")
        and t.head.i > t.i
    ):
        t = t.head
    return t


# verbs whose money object is the amount handled, not the size of a change: funds collected or
# got back ("raised $5m", "trying to recover $27bn in taxes", only for "up") and debt rated ("upgraded $2bn of debt", either way)
_COLLECT = frozenset({"raise", "recover"})
_RATE = frozenset({"upgrade", "downgrade"})
# nouns of sum before "of": "raised a total of $5m" collects the $5m
_SUMS = frozenset({"total", "sum", "amount"})


def _amount_handled(root: Token, change: str) -> bool:
    """The amount is the direct object of "raise" (funds collected: "raised $5m", "raised a total
    of $5m") or of a rating verb ("downgraded $2bn of debt"): no rise or fall of it."""
    t = root
    while t.dep_ in ("nummod", "compound", "quantmod", "nmod") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _SUMS:
        t = t.head.head
    if t.dep_ != "dobj" or any(c.dep_ == "dobj" and c.i < t.i for c in t.head.children):
        return False  # "raised its dividend 20 cts a share": the dividend is what is raised
    verb = t.head.lemma_.lower()
    return verb in _RATE or (verb in _COLLECT and change == "up")


_BEHIND = re.compile(r"(?:\s+[a-z]+)?\s+behind\b")
_NO_ABOUT = frozenset({"date", "year", "ordinal"})
_OFF = re.compile(r"\s+off\b", re.IGNORECASE)
_JUMP_OF = re.compile(r"\b(?:jump|leap)\s+of\s+$", re.IGNORECASE)
# a whole number and a fraction, as wire prices and their moves are written ("up 2-1/8 to 138")
_MIXED = re.compile(r"\d+[- ]\d+/\d+")


def _wire_fraction(fact: NumberFact) -> bool:
    """A bare mixed number ("2-1/8"): a price or its move, not a count of things."""
    return fact.unit is None and _MIXED.fullmatch(fact.text) is not None


def with_about(doc: Doc, fact: NumberFact, spans: list[tuple[int, int]]) -> NumberFact:
    """The fact with its direction of change and the noun phrase it measures."""
    if fact.kind in _NO_ABOUT:
        return fact
    try:
        found, span = change_and_about(
            doc,
            fact.start,
            fact.end,
            is_range=fact.value_max is not None,
            count=fact.kind == "count" and not _wire_fraction(fact),
            duration=fact.kind == "duration",
            amount=fact.kind in ("money", "count"),
            money=fact.kind == "money",
            age=fact.kind == "age",
            unit=fact.unit is not None and fact.kind in ("quantity", "percent"),
        )
    except (IndexError, ValueError):  # an odd parse: keep the fact without change and about
        return fact
    change = fact.change or found
    text = doc_text(doc)
    if change == "down" and fact.kind == "quantity" and _OFF.match(text, fact.end):
        change = None  # "lies 10 miles off the coast": where it is, not a fall
    if change == "up" and fact.kind == "quantity" and _JUMP_OF.search(text, 0, fact.start):
        change = None  # "won with a leap of 16.87m": the length jumped, not a rise
    if span is not None:
        span = outside_quantities(text, span, spans) or before_figure(doc, span, spans)
    named = _name_before_age(doc, fact) if fact.kind == "age" else None
    if named is not None and (span is None or not span[0] <= named[0] < span[1]):
        span = named  # "Otis Ferry and Luke Tomlinson, 27, a friend": Luke Tomlinson
    if span is not None and "\n" in text[min(span[0], fact.start) : max(span[1], fact.end)]:
        # another line or paragraph: a title the parse joined to the text below it; read the
        # lead sentence's own subject instead
        lead = line_subject(doc, fact.start)
        span = noun_phrase(lead, fact.start, fact.end) if lead is not None else None
        span = outside_quantities(text, span, spans) if span is not None else None
    if span is None:
        return replace(fact, change=change)  # no phrase, or only another quantity
    s, e = span
    about = text[s:e]
    if fact.kind == "count" and fact.unit and about.lower().rstrip("s") == fact.unit.rstrip("s"):
        return replace(fact, change=change)  # the counted noun is the unit, not what is counted
    s = _after_unit(text, fact, s, e)  # "a 56-point deal", "a 36-page report": the noun after
    return replace(fact, change=change, about=text[s:e], about_start=s, about_end=e)


_UNIT_WORD = re.compile(r"[-\s]*([A-Za-z]+)\s+(?=\w)")


def _after_unit(text: str, fact: NumberFact, s: int, e: int) -> int:
    """``s``, or the start of the words after the fact's own unit word (or "strong") when the
    phrase opens with it, hyphened to the figure ("a 22-man squad", "a 22-strong squad" ->
    "squad")."""
    if s < fact.end or text[fact.end : s].strip(" -"):
        return s
    if not text.startswith("-", fact.end):
        return s  # "eight virus writers": without a hyphen the words may be one counted noun
    found = _UNIT_WORD.match(text, fact.end, e)
    if found is None or found.start(1) != s:
        return s
    word = found.group(1).lower()
    if word == "strong":
        return found.end()  # "an 80-strong jury": how many it has, the jury
    if fact.unit is None or word.rstrip("s") != fact.unit.lower().rstrip("s"):
        return s
    return found.end()
