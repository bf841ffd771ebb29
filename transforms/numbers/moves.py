"""Facts that belong together: a rise or fall "from X ... to Y" with words between the two values
is one fact (the interval), and figures in brackets restate the figure before them.

"Bitcoin plummeted from $36,040 at 10pm to $34,935", "mileage climbed from 21 mpg in 2008 to 23":
the two levels are read one by one (the words between them stop the range reader); this pass
joins them into one row, the interval moved over. Its bounds are levels, not the size of the
change, so ``change`` stays null (as for "rose from 240 to 273").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from transforms.doctext import doc_text
from transforms.numbers.change_words import direction
from transforms.numbers.context import headline_change_before
from transforms.types import NumberFact

_FROM = re.compile(r"\bfrom\s+(?:(?:about|around|some|nearly|almost|roughly|up to)\s+)?$", re.I)
_TO = re.compile(r"\bto\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", re.I)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_MAX_GAP = 60  # characters between the two values
_SKIP_KINDS = frozenset({"date", "year", "ordinal"})
_BOUNDS = frozenset({"at_most", "at_least", "more_than", "less_than"})


def join_moves(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with every "change word ... from A ... to B" pair joined into one range."""
    text = doc_text(doc)
    out: list[NumberFact] = []
    i = 0
    while i < len(facts):
        a = facts[i]
        j = _partner(text, facts, i)
        if j is None:
            out.append(a)
            i += 1
            continue
        b = facts[j]
        if _change_word(doc, a.start) is None or _verb_between(doc, a.end, b.start):
            out.append(a)
            i += 1
            continue
        lo, hi = sorted((a.value, b.value))
        out.append(
            replace(
                a,
                end=b.end,
                text=text[a.start : b.end],
                value=lo,
                value_max=hi,
                unit=a.unit or b.unit,
                # a bound on the level left ("from up to 252 miles to 287") is no bound on
                # the interval moved over; an approximate level makes it approximate
                qualifier="exact" if a.qualifier in _BOUNDS else a.qualifier,
            )
        )
        out.extend(facts[i + 1 : j])  # the years or dates between them stay facts
        i = j + 1
    return out


def _partner(text: str, facts: list[NumberFact], i: int) -> int | None:
    a = facts[i]
    if a.value_max is not None or a.kind in _SKIP_KINDS or a.value is None:
        return None
    if not _FROM.search(text, max(0, a.start - 30), a.start):
        return None
    for j in range(i + 1, len(facts)):
        b = facts[j]
        if b.start - a.end > _MAX_GAP or "\n" in text[a.end : b.start]:
            return None
        if b.kind in _SKIP_KINDS:
            continue
        if _SENTENCE_END.search(text, a.end, b.start) or "," in text[a.end : b.start]:
            return None  # another clause: "from £2bn, while its deficit fell to £3bn"
        if not _TO.search(text, max(a.end, b.start - 20), b.start):
            return None
        same = b.unit is None or a.unit is None or b.unit == a.unit
        if b.value_max is None and b.value is not None and same and b.kind in (a.kind, "count"):
            return j
        return None
    return None


def _verb_between(doc: Doc, start: int, end: int) -> bool:
    """A verb with its own subject between the two values: "from 119.71 and the yen fell to
    1.244" is another clause ("from 21 mpg combined to 23" is not)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in span
    )


def _change_word(doc: Doc, start: int) -> str | None:
    """Direction of the change word before "from" in the same sentence, if any."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    for tok in reversed(doc[sent.start : span.start]):
        d = direction(tok)
        if d is not None and tok.pos_ in ("VERB", "NOUN", "ADV"):
            return d
    return None


# a level reached or left ("rose 28% to A$458m ($357m; £191m)"): its restatements are levels too
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|at)\s+$", re.IGNORECASE)
_OPEN = re.compile(r"(?:\s+[A-Za-z]+){0,2}\s*\(")  # "7.5m Danish crowns (US$1.1m)"


def restatements(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """Figures in brackets right after a figure restate it ("just under 296 hp (224 kW / 300 PS)",
    "fell by 1 to 1.5C (1.8 to 2.7F)", "7.5m crowns (US$1.1m)"): the same quantity, so they take
    its ``about`` and change, and its qualifier where they have none of their own (not a
    percentage after a share in words: "almost a quarter (21%)" is 21% exactly). A figure after
    a change word of its own in the brackets is another quantity and keeps its change ("to $12m
    (up 3% on a year ago)", "was 4% (up from 3%)"); it still measures the same thing."""
    text = doc_text(doc)
    out = list(facts)
    for i, a in enumerate(facts):
        m = _OPEN.match(text, a.end)
        if m is None:
            continue
        close = text.find(")", m.end())
        if close < 0:
            continue
        level = (
            a.change is None
            and _LEVEL_BEFORE.search(text, max(0, a.start - 8), a.start) is not None
        )
        for j in range(i + 1, len(facts)):
            b = out[j]
            if b.start >= close:
                break
            if b.kind in _SKIP_KINDS:
                continue
            own = _own_change(doc, m.end(), b.start)
            # "almost a quarter (21%)": the percentage is the figure the rough share rounds
            precise = a.kind == "fraction" and b.kind == "percent"
            shared = not precise and (b.qualifier == "exact" or own)
            out[j] = replace(
                b,
                qualifier=a.qualifier if shared else b.qualifier,
                change=b.change if own else None if level else a.change or b.change,
                about=a.about if a.about is not None else b.about,
                about_start=a.about_start if a.about is not None else b.about_start,
                about_end=a.about_end if a.about is not None else b.about_end,
            )
    return out


def _own_change(doc: Doc, start: int, end: int) -> bool:
    """A change word between the opening bracket at ``start`` and a figure at ``end``, or a plus
    sign glued to the figure ("to $4.2bn (+12%)")."""
    if doc_text(doc)[start:end].strip() == "+":
        return True
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(direction(t) is not None for t in span)


_GAP_KINDS = frozenset({"percent", "money", "quantity"})
_QUALIFYING = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "just", "only"})


_GAP_JOINERS = frozenset({",", ";", "and", "while", "whereas", "with", "the"})


def gapped_changes(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """A change whose verb is left out ("A was down 2.3%, B by 2.6%", "A rose 3%, B 2% and C 1%"):
    a name with "by", or a name right after the change before it in the sentence with only a
    comma or "and" between, takes the direction of that change, and the name is what it
    measures."""
    out = list(facts)
    for i, f in enumerate(facts):
        if f.change is not None or f.kind not in _GAP_KINDS or i == 0:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            continue
        k = span.start - 1
        while k >= 0 and doc[k].lower_ in _QUALIFYING:
            k -= 1
        by = k >= 1 and doc[k].lower_ == "by"
        name = doc[k - 1] if by else doc[max(k, 0)]
        if k < 1 or name.pos_ not in ("PROPN", "NOUN"):
            continue
        prev = out[i - 1]
        if prev.change is None or prev.unit != f.unit or prev.end <= span.sent.start_char:
            continue
        if not by and _time_gap(doc, prev, k, span.end):
            out[i] = replace(f, change=prev.change)  # "fell 2% and in July 3%": the same fall
            continue
        left = min((t for t in name.lefts if t.dep_ == "compound"), default=name, key=lambda t: t.i)
        if not by and (f.text[:1] in "+-−" or not _gap_after(doc, prev, left.i)):
            continue  # "gold -0.4%": a signed figure has its own sign
        s, e = left.idx, name.idx + len(name.text)
        out[i] = replace(
            f, change=prev.change, about=doc_text(doc)[s:e], about_start=s, about_end=e
        )
    return out


def _time_gap(doc: Doc, prev: NumberFact, last: int, end: int) -> bool:
    """Only "and" (or a comma) and a time phrase between the change ``prev`` and a figure that
    ends its conjunct, the phrase's last word at token ``last``: "fell 2% and in July 3%"."""
    span = doc.char_span(prev.start, prev.end, alignment_mode="expand")
    if span is None or span.end > last or doc[last].ent_type_ != "DATE":
        return False
    if end < len(doc) and not (doc[end].is_punct or doc[end].lower_ in ("and", "but")):
        return False  # "and in 2020 5% of staff left": the figure starts a clause of its own
    words = [t for t in doc[span.end : last + 1] if t.ent_type_ != "DATE"]
    return (
        bool(words)
        and words[0].lower_ in ("and", ",")
        and all(t.lower_ in ("and", ",", "in", "during", "for", "the") for t in words)
    )


def _gap_after(doc: Doc, prev: NumberFact, first: int) -> bool:
    """Only a comma, "and", "while" or "with" (and names) between the change ``prev`` and the name
    starting at token ``first``: "rose 3%, Bolt 2%", "and the Nasdaq 3%"."""
    span = doc.char_span(prev.start, prev.end, alignment_mode="expand")
    if span is None or span.end > first:
        return False
    j = first
    while j > span.end and doc[j - 1].pos_ == "PROPN":
        j -= 1  # a name of several words: "Foot Locker 1.9%"
    between = [t.lower_ for t in doc[span.end : j]]
    return bool(between) and set(between) <= _GAP_JOINERS and not set(between) <= {"the"}


# "raised its posted price 50 cts a barrel to 18 dlrs": the words allowed between the two figures
_TO_LEVEL = re.compile(r"\s+(?:(?:a|an|per)\s+[a-z]+\s+)?to\s+$", re.IGNORECASE)
_AMOUNT_KINDS = frozenset({"money", "percent", "quantity"})
_STOP = frozenset({",", ";", ":", "(", "by", "from", "to", "at", "of", "and", "or"})


def moves_before_levels(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """An amount after the object of a change verb, then "to" and a larger level of the same unit,
    is the size of the change ("Sun raised its crude postings 50 cts to 18 dlrs", "MAGMA LOWERS
    COPPER 0.75 CENT TO 66 CTS"), also where the parse hangs the amount on the object."""
    text = doc_text(doc)
    out = list(facts)
    for i, a in enumerate(facts[:-1]):
        b = facts[i + 1]
        if a.change is not None or b.change is not None or a.value_max is not None:
            continue
        if a.value is None or b.value is None or not 0 < a.value < b.value:
            continue
        # a bare count, then a level far above it: "claims rose 12,000 to 1.2 mln"
        count = a.kind == b.kind == "count" and a.unit is None and b.value >= 3 * a.value
        if not count and (a.kind not in _AMOUNT_KINDS or a.unit is None or a.unit != b.unit):
            continue
        if not _TO_LEVEL.fullmatch(text, a.end, b.start):
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None:
            continue
        d = _verb_with_object(span, far=b.value >= 3 * a.value)
        if d is not None:
            out[i] = replace(a, change=d)
    return out


def _verb_with_object(span: Span, *, far: bool) -> str | None:
    """The direction of a change verb a few words before ``span`` with a noun between them (its
    object), or right before it when the level is ``far`` above the amount ("was raised 50 cts to
    17.85 dlrs"; "raised $40m to $60m" is a range of money raised), or of an all-caps change word
    in a headline; nothing stops between."""
    doc = span.doc
    tok = span[0]
    if tok.lower_ in _QUALIFYING:
        return None  # "raised its offer about 5%": leave the qualified amounts to the parse
    seen_noun = False
    for k in range(span.start - 1, max(span.sent.start, span.start - 7) - 1, -1):
        t = doc[k]
        if t.is_space:
            if t.text.count("\n") > 1:
                return None  # another paragraph
            continue
        if t.lower_ in _STOP or t.like_num:
            return None
        if t.pos_ == "VERB" and t.dep_ not in ("amod", "compound"):  # not "its posted price"
            d = direction(t)
            return d if (seen_noun or far) and d is not None else None
        if t.pos_ in ("NOUN", "PROPN") and direction(t) is None:
            seen_noun = True
    return headline_change_before(tok)


# between a move and the level it reached: "to", after a "from" phrase of a few words at most
# ("fell 430,000 from a year earlier to 14.22 mln people")
_MOVE_TO_LEVEL = re.compile(r"\s+(?:from\s+(?:[a-z]+\s+){1,3})?to\s+$")
_NOUN_TO_LEVEL = re.compile(r"\s+[a-z]+\s+(?:from\s+(?:[a-z]+\s+){1,3})?to\s+$")
_LOWER_WORD = re.compile(r"\s+[a-z]")


def _whole(value: float | None) -> bool:
    return value is not None and value == int(value)


def counts_of_levels(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """A bare count that sizes a rise or fall counts what the level it reached counts ("sales fell
    180,000 to 1.94 mln units": units, "employment fell 430,000 from a year earlier to 14.22 mln
    people": people), and a bare level what the move counts ("fell 180,000 units to 1.94 mln")."""
    text = doc_text(doc)
    out = list(facts)
    for i, a in enumerate(facts[:-1]):
        b = facts[i + 1]
        if not (
            a.kind == b.kind == "count"
            and a.change in ("up", "down")
            and b.change is None
            and b.value_max is None
            and _whole(a.value)
            and _whole(b.value)  # not an index's points: "fell 2.61 to 168.35"
        ):
            continue
        # the counted noun as written after the figure (lower case: not a new line)
        if (
            a.unit is None
            and b.unit is not None
            and _LOWER_WORD.match(text, b.end)
            and _MOVE_TO_LEVEL.fullmatch(text, a.end, b.start)
        ):
            out[i] = replace(a, unit=b.unit)
        elif (  # "fell 180,000 units to 1.94 mln"
            b.unit is None
            and a.unit is not None
            and _LOWER_WORD.match(text, a.end)
            and _NOUN_TO_LEVEL.fullmatch(text, a.end, b.start)
        ):
            out[i + 1] = replace(b, unit=a.unit)
    return out
