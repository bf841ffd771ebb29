"""Durations that place something in time rather than measure how long it lasts, beyond those
``surface.time_adverbial`` reads: the span a record or a first holds over ("the highest level in
12 years", "the first strike for 25 years"), a period bounded by an event or a clause ("in the two
years before the merger", "in the 66 years that I have lived"), the opening or closing part of a
period ("in the first three months of the year") and a wait from now ("in three weeks' time").
Such a duration has no ``about`` (transforms.numbers.about)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from transforms.numbers.lexer import Lexeme
from transforms.numbers.units import TIME_UNITS

# spans a record can hold over: days and longer ("the fastest 100m in 9.8 seconds" is a time run)
_LONG_UNITS = frozenset({"day", "week", "fortnight", "month", "year", "decade", "century"})
_RECORD_PREPS = frozenset({"in", "for", "since"})
# words between the preposition and the figure ("in more than two years", "for nearly 25 years")
_QUALIFYING = frozenset(
    {"some", "about", "around", "nearly", "almost", "roughly", "just", "only", "more", "less"}
    | {"than", "over", "under", "at", "least", "well", "fully", "a", "an"}
)
# ordinals that make a first of a span ("the first strike in 25 years", "the second time in 20 years")
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "only"})
# words after "the N years" that bound the period by an event or a clause
_BOUNDS = frozenset({"before", "after", "since", "following", "preceding", "that", "when"})
# "the first/final N months": the opening or closing part of a period
_PART = frozenset({"first", "final", "opening", "closing"})
_WINDOW = 6  # words looked back from the preposition for a superlative or an ordinal


def places_in_time(doc: Doc, start: int, end: int) -> bool:
    """The duration at ``start:end`` says when, as a record's span, a bounded period, the part of
    a period or a wait from now (see the module docstring)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    unit = doc[span.end - 1]
    if unit.lemma_.lower() not in TIME_UNITS and unit.lower_.rstrip("s") not in _LONG_UNITS:
        return False
    return _from_now(span) or _bounded(span) or _record_span(span) or _within(span)


def _from_now(span: Span) -> bool:
    """A wait from now: "in three weeks' time"."""
    doc = span.doc
    k = span.end
    return (
        k + 1 < len(doc) and doc[k].text in ("'", "'s", "’", "’s") and doc[k + 1].lower_ == "time"
    )


def _within(span: Span) -> bool:
    """A time from now or a period something happens in, not how long it lasts: the object of
    "within", or of "in" for days and longer ("will be ready in three years", "sold 2 million
    copies in 12 months"); not a duration that modifies a noun ("in 91-day bills")."""
    doc = span.doc
    k = _before(span)
    unit = doc[span.end - 1]
    if k < 0 or unit.dep_ != "pobj" or unit.head.i != k:
        return False
    prep = doc[k].lower_
    return prep == "within" or (prep == "in" and unit.lower_.rstrip("s") in _LONG_UNITS)


def _before(span: Span) -> int:
    """Index of the first word before the figure that is no qualifier, or -1."""
    k = span.start - 1
    while k >= 0 and span.doc[k].lower_ in _QUALIFYING:
        k -= 1
    return k


def _bounded(span: Span) -> bool:
    """A period bounded by an event or a clause ("the two years before the merger") or the
    opening part of a period ("the first three months of the year")."""
    doc = span.doc
    k = _before(span)
    if k < 0:
        return False
    if doc[k].lower_ in _PART and k > 0 and doc[k - 1].lower_ == "the":
        return True
    if doc[k].lower_ != "the":
        return False
    j = span.end
    if j < len(doc) and doc[j].pos_ == "ADV" and doc[j].lower_.endswith("ly"):
        j += 1  # "the three weeks immediately after"
    return j < len(doc) and doc[j].lower_ in _BOUNDS


def _record_span(span: Span) -> bool:
    """The span of a record or a first: a superlative or an ordinal shortly before "in", "for" or
    "since" ("the highest level in 12 years", "its biggest one-day fall in four months")."""
    doc = span.doc
    if span.doc[span.end - 1].lower_.rstrip("s") not in _LONG_UNITS:
        return False
    k = _before(span)
    if k < 0 or doc[k].lower_ not in _RECORD_PREPS:
        return False
    for t in reversed(doc[max(k - _WINDOW, span.sent.start) : k]):
        if t.is_punct and t.text != "-":
            return False
        if t.tag_ in ("JJS", "RBS") or t.lower_ in _ORDINALS:
            return True
        if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG"):
            return False
    return False


# prepositions of a span lasting up to now after its verb ("has won it for the past three years")
_LASTING = frozenset({"for", "over", "during", "in", "throughout"})
# words after the figure that make "the last N months" a reporting period ("... of 2004")
_PERIOD_AFTER = frozenset({"of", "to", "ending", "ended", "through", "until", "till"})


def lasting_subject(doc: Doc, start: int, end: int) -> Token | None:
    """The subject of the verb that "over (for, during, in) the past (last) N years" follows: how
    long its state or run lasted up to now ("Acme has been hit by strikes over the past two years"
    -> Acme, also through a relative pronoun: "the firm, which has grown for the last five years");
    None for such a phrase before its verb ("In the last three months, Acme ..."), a reporting
    period ("in the last three months of 2004") or a pronoun subject ("he has led it for the past
    five years")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start < 3:
        return None
    k = span.start - 1
    while k > 0 and doc[k].lower_ in _QUALIFYING and doc[k].lower_ not in ("a", "an"):
        k -= 1
    if doc[k].lower_ not in ("past", "last") or k < 2 or doc[k - 1].lower_ != "the":
        return None
    prep = doc[k - 2]
    if prep.lower_ not in _LASTING or prep.dep_ != "prep":
        return None
    if span.end < len(doc) and doc[span.end].lower_ in _PERIOD_AFTER:
        return None
    verb = prep.head
    while (
        verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("pobj", "dobj") and verb.head.i != verb.i
    ):
        verb = verb.head  # "beset by controversy over the past two years": the verb's
        if verb.pos_ == "ADP":
            verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > prep.i:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head  # "the firm, which has grown ...": the firm
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.like_num:
        return None
    return subj


# words that put a count of quarters in a sequence of periods ("the first two quarters")
_SEQUENCE = frozenset(
    {"first", "last", "next", "past", "previous", "final", "coming", "consecutive"}
    | {"successive", "straight", "recent", "latest", "opening", "preceding", "following"}
)


def quarters_in_sequence(lexemes: list[Lexeme], s: int, e: int) -> bool:
    """ "the first two quarters", "three consecutive quarters": quarters of a year counted in a
    run of periods, not a fraction, whatever follows them."""
    if lexemes[e - 1].low != "quarters" or e - s < 2:
        return False
    return (s > 0 and lexemes[s - 1].low in _SEQUENCE) or (
        e < len(lexemes) and lexemes[e].low in _SEQUENCE
    )
