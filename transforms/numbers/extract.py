"""Assemble numeric facts: core number + unit + range + qualifier + kind, minus the non-numbers."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from transforms.doctext import doc_text
from transforms.numbers.about import with_about
from transforms.numbers.about_links import linked_abouts
from transforms.numbers.addresses import is_house_number
from transforms.numbers.chains import non_quantity_chain
from transforms.numbers.comparatives import comparative_differences
from transforms.numbers.context import (
    change_to_level,
    fraction_after_by,
    fraction_use,
    half_ok,
    is_model_code,
    is_score,
    move_suffix,
    ordinal_use,
    over_fraction,
    slash_date,
)
from transforms.numbers.core import NAMES_BEFORE, VULGAR, Core, currency_prefix, parse_core
from transforms.numbers.dates import (
    DAY_WORDS,
    first_day_of_span,
    last_day_of_span,
    match_date,
    word_day_date,
)
from transforms.numbers.day_lists import listed_day_date
from transforms.numbers.designations import designates_before, ranked_after
from transforms.numbers.filters import (
    TokenIndex,
    is_enumerator,
    is_in_name,
    is_name_or_code,
    is_non_number_one,
    is_numbered_name,
    is_short_year,
    is_time,
)
from transforms.numbers.halves import half_as_place, unit_and_a_half
from transforms.numbers.kinds import age_group, decade_age, kind_and_unit
from transforms.numbers.levels import levels_not_changes
from transforms.numbers.lexer import Lexeme, glued_chain_end, lex
from transforms.numbers.moves import (
    counts_of_levels,
    gapped_changes,
    join_moves,
    moves_before_levels,
    restatements,
)
from transforms.numbers.name_context import named_before_unit, named_by_context
from transforms.numbers.ordinals import (
    ORD_SUFFIX,
    compound_ordinal,
    digit_ordinal,
    scored_ordinal,
    word_ordinal,
)
from transforms.numbers.particles import particle_up_to
from transforms.numbers.periods import quarters_in_sequence
from transforms.numbers.qualifiers import qualifier_after, qualifier_before
from transforms.numbers.ranges import range_end
from transforms.numbers.results import labelled, results_line
from transforms.numbers.rows import Found, make_fact
from transforms.numbers.scope import conjoined_changes
from transforms.numbers.scores import is_tally, split_ratio_end
from transforms.numbers.shared_units import shared_units
from transforms.numbers.sport_marks import sport_mark
from transforms.numbers.subunits import in_major_units
from transforms.numbers.suffixes import one_with_unit, suffix_after
from transforms.numbers.superlatives import group_counts, is_one_of
from transforms.numbers.titles import is_titled_name
from transforms.numbers.trigger import numeric_line
from transforms.numbers.words import NUMBER_WORDS, ORDINALS, TENS, UNIT_ORDINALS
from transforms.types import NumberFact

# a line, with the wrapped lines that continue it: a line break right before a lower-case word at
# the start of the next line ("rose 4.4 pct to 3.4\nbillion guilders") does not end the line
_LINE = re.compile(r"[^\n]+(?:\n(?=[a-z])[^\n]+)*")
_STARTS = (
    NUMBER_WORDS | {"a", "an", "minus", "negative", "quarter", "several"} | frozenset(ORDINALS)
)
_BOUNDS = frozenset({"at_most", "at_least", "more_than", "less_than"})


def extract_numbers(doc: Doc, *, published: str | None = None) -> list[NumberFact]:
    """Numeric facts of a parsed ``doc``: one row per numeric expression, in text order.

    ``published`` (ISO date) fills in the year of dates written without one.
    """
    text = doc_text(doc)
    out: list[NumberFact] = []
    idx: TokenIndex | None = None
    for line in _LINE.finditer(text):
        if not numeric_line(text, line.start(), line.end()):
            continue  # nothing numeric on this line: skip it cheaply
        if idx is None:
            idx = TokenIndex(doc, text)
        out.extend(_scan(text, idx, lex(text, line.start(), line.end()), published))
    out = join_moves(doc, out)
    # "his second spell", "one of the largest banks": no quantity in another fact's phrase
    spans = [(f.start, f.end) for f in out if f.kind != "ordinal" and not is_one_of(text, f)]
    out = linked_abouts(doc, [labelled(text, f) or with_about(doc, f, spans) for f in out])
    out = conjoined_changes(doc, comparative_differences(doc, levels_not_changes(doc, out)))
    out = restatements(doc, levels_not_changes(doc, out))  # again: what the scope rules added
    out = moves_before_levels(doc, in_major_units(gapped_changes(doc, out)))
    return group_counts(text, shared_units(doc, counts_of_levels(doc, out)))


def _scan(
    text: str, idx: TokenIndex, lexemes: list[Lexeme], published: str | None
) -> list[NumberFact]:
    """Facts of one line's lexemes (expressions never span lines)."""
    out: list[NumberFact] = []
    i = 0
    n = len(lexemes)
    while i < n:
        if not _may_start(lexemes, i):
            i += 1
            continue
        try:
            found = _expression(text, idx, lexemes, i, published)
        except (ValueError, ZeroDivisionError, OverflowError, IndexError):
            found = None  # odd input: skip this spot, keep the rest of the article
        if found is None:
            i += 1
            continue
        if found.fact is not None:
            out.append(found.fact)
        # numbers glued to a dropped one belong to it ("All Blacks 23-11", "737-800")
        end = found.end if found.fact is not None else glued_chain_end(lexemes, found.end)
        i = max(end, i + 1)
    return out


def _may_start(lexemes: list[Lexeme], i: int) -> bool:
    lx = lexemes[i]
    if lx.kind == "num":
        return True
    if lx.kind == "sym":
        return i + 1 < len(lexemes) and (
            lexemes[i + 1].kind == "num" or currency_prefix(lexemes, i) is not None
        )
    if lx.low in _STARTS or lx.text in VULGAR:
        return True
    if i + 1 >= len(lexemes) or lexemes[i + 1].kind == "word":
        return False
    if len(lx.text) > 5 and lx.low.rstrip("s") not in NAMES_BEFORE:
        return False
    return currency_prefix(lexemes, i) is not None


def _expression(
    text: str, idx: TokenIndex, lexemes: list[Lexeme], i: int, published: str | None
) -> Found | None:
    lx = lexemes[i]
    n = len(lexemes)
    if idx.in_url(lx.start):
        return Found(None, i + 1)
    if lx.kind == "num":
        dm = (
            match_date(lexemes, i, published=published)
            or first_day_of_span(lexemes, i, published=published)
            or listed_day_date(idx, lexemes, i, published)
        )
        if dm is not None:
            q, _ = qualifier_before(lexemes, dm.start)
            year = float(dm.year) if dm.year is not None else None
            end = last_day_of_span(lexemes, dm)  # "March 1 to 15": one date, its first day
            fact = make_fact(text, lexemes, dm.start, end, year, "date", date=dm.iso, qualifier=q)
            return Found(fact, end)
        if is_time(lexemes, i, i + 1):
            j = i + 1
            while j < n and (lexemes[j].text in (":", ".") or lexemes[j].kind == "num"):
                j += 1
            return Found(None, j + 1)
        chain = non_quantity_chain(lexemes, i)
        if chain is not None:
            return Found(None, chain)  # "version 4.7.1", "0800 028 9276", "2+2=5"
        if glued_chain_end(lexemes, i + 1) >= i + 5:
            return Found(None, glued_chain_end(lexemes, i + 1))  # "4-4-2": a formation or code
        if i + 1 < n and lexemes[i + 1].low in ORD_SUFFIX and lexemes[i + 1].start == lx.end:
            return digit_ordinal(text, idx, lexemes, i)
    if lx.low in DAY_WORDS and i > 0:
        nxt = idx.at(lexemes[i + 1].start) if i + 1 < n else None
        counted = nxt is not None and nxt.tag_ in ("NNS", "NNPS")
        dm = word_day_date(lexemes, i, published=published, counted_after=counted)
        if dm is not None:  # "the week ended March six": a date, not a count
            year = float(dm.year) if dm.year is not None else None
            fact = make_fact(text, lexemes, dm.start, dm.end, year, "date", date=dm.iso)
            return Found(fact, dm.end)
    if (
        lx.low in TENS
        and i + 2 < n
        and lexemes[i + 1].text == "-"
        and lexemes[i + 2].low in UNIT_ORDINALS
        and lexemes[i + 1].start == lx.end
        and lexemes[i + 2].start == lexemes[i + 1].end
    ):
        return compound_ordinal(text, idx, lexemes, i)  # "twenty-first"
    if lx.low in ("a", "an") and (found := unit_and_a_half(text, lexemes, i)) is not None:
        return found  # "an hour and a half"
    core = parse_core(lexemes, i)
    if core is None:
        if lx.low in ORDINALS or lx.low in UNIT_ORDINALS:
            return word_ordinal(text, idx, lexemes, i)
        return None
    return _number_expression(text, idx, lexemes, core, published)


def _number_expression(
    text: str, idx: TokenIndex, lexemes: list[Lexeme], core: Core, published: str | None
) -> Found | None:
    n = len(lexemes)
    s, e = core.start, core.end
    first = lexemes[s]
    if is_name_or_code(idx, lexemes, s, e, check_after=False) or named_before_unit(lexemes, s, e):
        return Found(None, e)  # "M4", "Euro 2016"
    if core.digits_only and core.currency is None and is_titled_name(idx, lexemes, s, e):
        return Found(None, e)  # "its 3-Series saloon", "in 24 Hour Party People"
    if core.currency is None and is_house_number(idx, lexemes, s, e):
        return Found(None, e)  # "49 Oak Tree Road", "5 Rue Cler"
    if slash_date(lexemes, core):
        return Found(None, e)  # "9/11", "on 3/4": a date or an event's name
    if (ratio := split_ratio_end(lexemes, s, e)) is not None:
        return Found(None, ratio)  # "a 3-for-2 stock split": a ratio, no count
    if (
        is_non_number_one(idx, lexemes, s, e)
        and not over_fraction(lexemes, core, e)
        and not one_with_unit(lexemes, core, e)
    ):
        return Found(None, e)
    if (
        core.words
        and first.low == "half"
        and (not half_ok(lexemes, s) or half_as_place(idx, lexemes, s))
    ):
        return Found(None, e)
    # "a third term": an ordinal, not a fraction
    if (
        core.fraction
        and first.low in ("a", "an")
        and e == s + 2
        and (ordinal_use(idx, lexemes, e) or scored_ordinal(idx, lexemes, s, e))
        and not fraction_after_by(idx, lexemes, s, e)
    ):
        return word_ordinal(text, idx, lexemes, s + 1)
    if is_time(lexemes, s, e) or is_short_year(idx, lexemes, s, e):
        return Found(None, e)
    quarters = False
    if (
        core.fraction
        and lexemes[e - 1].low in ("quarter", "quarters")
        and (not fraction_use(lexemes, e) or quarters_in_sequence(lexemes, s, e))
        and not fraction_after_by(idx, lexemes, s, e)
    ):
        if first.low in ("a", "an"):
            return Found(None, e)  # "a quarter in advance": a period of time
        core.value *= 4  # "two quarters ahead": a count of periods
        core.fraction = False
        quarters = True
    value = core.value
    suffix = suffix_after(lexemes, e, core)
    end = suffix.end
    if suffix.unit is None and over_fraction(lexemes, core, end):
        second = parse_core(lexemes, end + 1)
        if second is not None and second.value:
            value = core.value / second.value
            fact = make_fact(text, lexemes, s, second.end, value, "fraction")
            return Found(fact, second.end)
    value = core.value
    value_max: float | None = None
    # "1960s": a decade
    decade = False
    if (
        suffix.unit is None
        and end < n
        and lexemes[end].low == "s"
        and lexemes[end].start == lexemes[end - 1].end
        and core.digits_only
    ):
        decade = True
        end += 1
        if len(lexemes[s].text) == 2 and value % 10 == 0:
            prev = lexemes[s - 1].low if s > 0 else ""
            if prev in ("the", "early", "late", "mid", "-", "'", "’") and not decade_age(
                lexemes, s
            ):
                value = (1900.0 if value >= 30 else 2000.0) + value  # "the 80s", "early 90s"
    if (
        end < n
        and lexemes[end].start == lexemes[end - 1].end
        and lexemes[end].kind in ("num", "word")
    ):
        return Found(None, end)  # letters or digits glued on: a code ("3D", "5G", "4x4")
    if is_model_code(lexemes, core, suffix, end):
        return Found(None, glued_chain_end(lexemes, end))  # "five 737-400s": a model
    if is_score(lexemes, core, suffix, end):
        return Found(None, end + 2)  # "a 2-1 decision", "won 3-0": a score, not a number
    if (sport_end := sport_mark(text, lexemes, core, suffix, end)) is not None:
        return Found(None, sport_end)  # line-up or match minutes, seeds, tennis points
    if (
        suffix.unit is None
        and (
            (core.digits_only and is_numbered_name(idx, lexemes, s))
            or (core.digits_only and designates_before(idx, lexemes, s))
            or ((core.digits_only or (core.words and e == s + 1)) and is_in_name(idx, lexemes, s))
            or named_by_context(idx, lexemes, s, e)
        )
        and not results_line(text, lexemes[s].start)
    ):
        return Found(None, end)  # "Channel 4", "Apollo 11", "787 Dreamliner", "category 4"
    if suffix.unit is None and ranked_after(lexemes, s):
        rng = range_end(lexemes, core, suffix, end, between=False)
        return Found(None, end if rng is None else rng[2])  # "at number seven or eight"
    if (
        suffix.unit is None
        and end + 1 < n
        and lexemes[end].low in ("to", "-", "–", "and")
        and is_time(lexemes, end + 1, end + 2)
    ):
        return Found(None, end + 3)  # "from 0800 to 1800 GMT": clock times
    # ranges: "24 to 36 hours", "between 1918 and 1921", "1904-05", "10-15 exabytes"
    between = s > 0 and lexemes[s - 1].low == "between"
    rng = None
    if not decade and change_to_level(idx, lexemes, s, suffix, end):
        if not (core.words and core.fraction):  # "by a quarter to $3bn": the share has no unit
            suffix = move_suffix(lexemes, suffix, end)  # "rose 1-1/2 to 30-1/4 dlrs": dlrs for both
    elif not decade:
        rng = range_end(lexemes, core, suffix, end, between=between)
        if rng is not None and is_tally(lexemes, s, end, core.value, rng[0], suffix.unit):
            rng = None  # "voted 93 to 0": two counts
    if rng is not None:
        second, suffix2, end = rng
        value = core.value  # "1 to 2 thousand": the first bound took the second's magnitude
        value_max = second
        if suffix.unit is None and suffix2.unit is not None:
            suffix = suffix2
        if suffix2.age:
            suffix.age = True
    elif between:
        between = False
    qualifier, q = qualifier_before(
        lexemes, s - 1 if between else s, duration=suffix.kind == "duration"
    )
    if value_max is not None and qualifier in _BOUNDS and q > 0 and lexemes[q - 1].low == "from":
        qualifier = "exact"  # "from up to 200 miles to 240 miles": a bound on the level left
    if qualifier == "at_most" and particle_up_to(idx, lexemes, q):
        qualifier = "exact"  # "pushed rates up to 2.25%": the level reached
    qa = qualifier_after(lexemes, end) if end < n else None
    if qa is not None:
        if qualifier == "exact":
            qualifier = qa[0]
        end = qa[1]
    if (core.plural_magnitude or core.couple) and qualifier == "exact":
        qualifier = "approximately"
    if core.plural_magnitude and value_max is None and value is not None:
        value_max = value * 10  # "dozens": 12..120, "tens of thousands": 10,000..100,000
        if qualifier == "approximately":
            qualifier = "exact"  # the range says how vague it is
    kind, unit = kind_and_unit(idx, lexemes, core, suffix, s, end, decade, published)
    if kind == "year" and qualifier != "approximately":
        qualifier = "exact"  # "well above 2003's 9.1%": the qualifier is not the year's
    if quarters and kind == "count":
        unit = "quarter"
    if decade and kind == "count" and value >= 1900:
        kind = "year"
    if kind == "year" and decade and value is not None:
        value_max = value + 9
    if kind == "age" and suffix.unit is None:
        unit = "year"
    if kind == "age" and qualifier == "exact" and (decade or age_group(lexemes, s)):
        qualifier = decade_age(lexemes, s) or "approximately"  # "the over-50s": more_than
    if kind == "count" and core.digits_only and is_enumerator(lexemes, text, s, e):
        return Found(None, end)
    if value_max is not None and value is not None and value_max < value and kind != "year":
        value, value_max = value_max, value
    start_i = s - 1 if between else s
    fact = make_fact(
        text,
        lexemes,
        start_i,
        end,
        value,
        kind,
        value_max=value_max,
        unit=unit,
        qualifier=qualifier,
    )
    return Found(fact, end)
