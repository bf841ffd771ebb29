"""Assemble numeric facts: core number + unit + range + qualifier + kind, minus the non-numbers.

This module scans the lines and dispatches dates, times, ordinals and number cores; one number
expression is read in :mod:`transforms.numbers.expressions`, and the rows are then linked
(``about``, moves, levels, shared units)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from transforms.doctext import doc_text
from transforms.numbers.about import with_about
from transforms.numbers.about_links import linked_abouts
from transforms.numbers.chains import non_quantity_chain
from transforms.numbers.comparatives import comparative_differences
from transforms.numbers.core import NAMES_BEFORE, VULGAR, currency_prefix, parse_core
from transforms.numbers.dates import (
    DAY_WORDS,
    first_day_of_span,
    last_day_of_span,
    match_date,
    word_day_date,
)
from transforms.numbers.day_lists import listed_day_date
from transforms.numbers.expressions import number_expression
from transforms.numbers.factors import multipliers
from transforms.numbers.filters import TokenIndex, is_time
from transforms.numbers.halves import unit_and_a_half
from transforms.numbers.levels import levels_not_changes
from transforms.numbers.lexer import Lexeme, glued_chain_end, lex
from transforms.numbers.moves import (
    counts_of_levels,
    gapped_changes,
    join_moves,
    moves_before_levels,
    restatements,
)
from transforms.numbers.ordinals import (
    ORD_SUFFIX,
    compound_ordinal,
    digit_ordinal,
    word_ordinal,
)
from transforms.numbers.qualifiers import qualifier_before
from transforms.numbers.results import labelled, table_units
from transforms.numbers.rows import Found, make_fact
from transforms.numbers.scope import conjoined_changes
from transforms.numbers.shared_units import shared_units
from transforms.numbers.subunits import in_major_units
from transforms.numbers.superlatives import group_counts, is_one_of
from transforms.numbers.trigger import numeric_line
from transforms.numbers.words import NUMBER_WORDS, ORDINALS, TENS, UNIT_ORDINALS
from transforms.types import NumberFact

# a line, with the wrapped lines that continue it: a line break right before a lower-case word at
# the start of the next line ("rose 4.4 pct to 3.4\nbillion guilders") does not end the line
_LINE = re.compile(r"[^\n]+(?:\n(?=[a-z])[^\n]+)*")
_STARTS = (
    NUMBER_WORDS | {"a", "an", "minus", "negative", "quarter", "several"} | frozenset(ORDINALS)
)


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
    out = multipliers(doc, out)  # "rose by a factor of 5", "five-fold"
    out = group_counts(text, shared_units(doc, counts_of_levels(doc, out)))
    return table_units(text, out)  # "Net 3,166,000 vs 1,780,000" under "Shr 22 cts vs 13 cts"


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
    return number_expression(text, idx, lexemes, core, published)
