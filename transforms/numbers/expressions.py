"""One number expression read from its core: names, codes, times and scores ruled out, then
its unit suffix, range, qualifier and kind (the dispatch over dates, ordinals and cores is in
:mod:`transforms.numbers.extract`)."""

from __future__ import annotations

from transforms.numbers.addresses import is_house_number
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
    slash_quotes,
)
from transforms.numbers.core import Core, parse_core
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
from transforms.numbers.halves import half_as_place
from transforms.numbers.kinds import age_group, decade_age, kind_and_unit
from transforms.numbers.lexer import Lexeme, glued_chain_end
from transforms.numbers.name_context import named_before_unit, named_by_context
from transforms.numbers.ordinals import scored_ordinal, word_ordinal
from transforms.numbers.particles import particle_up_to
from transforms.numbers.periods import quarters_in_sequence
from transforms.numbers.qualifiers import qualifier_after, qualifier_before
from transforms.numbers.ranges import range_end
from transforms.numbers.results import results_line
from transforms.numbers.rows import Found, make_fact
from transforms.numbers.scores import is_tally, split_ratio_end
from transforms.numbers.sport_marks import sport_mark
from transforms.numbers.suffixes import one_with_unit, suffix_after
from transforms.numbers.titles import is_titled_name

_BOUNDS = frozenset({"at_most", "at_least", "more_than", "less_than"})


def number_expression(
    text: str, idx: TokenIndex, lexemes: list[Lexeme], core: Core, published: str | None
) -> Found | None:
    """The fact of the number whose core ``parse_core`` read at ``core`` (``Found(None, end)``
    when it is no quantity: a name, code, time, score or enumerator, skipped up to ``end``)."""
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
    quoted_max = slash_quotes(idx, lexemes, core)
    if quoted_max is not None:  # "around 25/35 points": a bid and an offer, no fraction
        core.value, core.fraction = float(lexemes[s].text), False
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
    value_max: float | None = quoted_max
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
