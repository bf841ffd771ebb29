"""Context tests that decide how a number in its sentence is read (pure predicates on lexemes).

"rose 4% to 310p" is a change and a level, not a range; "2-1" after a match is a score; "half" after
"the first" is a noun; "a third of" is a fraction but "a third term" an ordinal.
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.numbers.change_words import direction
from transforms.numbers.core import Core, parse_core
from transforms.numbers.dates import MONTHS as MONTH_WORDS
from transforms.numbers.filters import TokenIndex
from transforms.numbers.lexer import Lexeme
from transforms.numbers.particles import word_before
from transforms.numbers.qualifiers import qualifier_before
from transforms.numbers.scores import score_beside
from transforms.numbers.suffixes import Suffix, suffix_after
from transforms.numbers.units import currency_name, match_unit, singular
from transforms.numbers.words import NUMBER_WORDS, SCALES

HALF_BLOCKERS = frozenset(
    [
        "the",
        "first",
        "second",
        "third",
        "last",
        "this",
        "that",
        "each",
        "every",
        "other",
        "latter",
        "former",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "in",
        "one",
    ]
)


def change_to_level(idx: TokenIndex, lexemes: list[Lexeme], s: int, suffix: Suffix, k: int) -> bool:
    """ "rose 4.2% to 310p", "fell 0.8 per cent to 7,412": a change, then the level reached.

    True when ``to`` at ``k`` follows a number that is the size of a change (a change word right
    before it, "by" allowed) and carries its own unit, or when a percentage is followed by a
    number without a unit. "rose from 240 to 273" and "rose 3 to 4 percent" stay ranges.
    """
    if k >= len(lexemes) or lexemes[k].low != "to":
        return False
    second = parse_core(lexemes, k + 1)
    if second is None:
        return False
    nxt = suffix_after(lexemes, second.end, second)
    if suffix.kind == "percent" and nxt.unit is None:
        return True
    _, q = qualifier_before(lexemes, s)
    # the word before, also at the end of the line above (wire text is wrapped: "by\n0.75 cent")
    tok = idx.at(lexemes[q - 1].start) if q > 0 else word_before(idx, lexemes[s].start)
    if tok is not None and tok.lower_ == "net":  # "lost a net 26p to 464": the move's size
        tok = word_before(idx, tok.idx)
        if tok is not None and tok.lower_ in ("a", "an"):
            tok = word_before(idx, tok.idx)
    by = tok is not None and tok.lower_ == "by"
    if by:
        tok = word_before(idx, tok.idx)
    if tok is None:
        return False
    first = parse_core(lexemes, s)
    if (  # "fell by a quarter to $3bn": a share of the level left, then the level reached
        by
        and first is not None
        and first.words
        and first.fraction
        and not second.fraction  # "by a third to a half" stays a range
    ):
        return True
    if suffix.unit is None:  # "claims rose 12,000 to 230,000": bounds of a range are of one order
        # (with "by", a level more than three times the move: "deaths rose by 20 to 120")
        # a wire move in fractions, then the price ("rose 1-3/8 to 9-1/4", "fell 3-3/8 to 61 cents")
        wire = (  # a whole number and a fraction ("3-3/8"), not a bare fraction ("1/4 to 3/4")
            first is not None
            and any(lx.text == "/" for lx in lexemes[s : first.end])
            and (not first.fraction or (second.value >= 4 and not second.fraction))
        )  # a bare fraction, then a whole price: "rose 1/4 to 14 dlrs"
        return (
            tok is not None
            and direction(tok) is not None
            and first is not None
            and (
                (  # "off 10-1/2 to 11": a range; "rose 5.44 billion to 222.22 billion marks": a
                    # move and the level, the level's unit shared by both
                    (nxt.unit is None or wire or first.magnitude > 1)
                    and first.magnitude == second.magnitude  # "1 to 2 million" is a range
                    and second.value > (2 if wire else 3 if by else 10) * first.value > 0
                )
                or _full_then_scaled(first, second)
            )
        )
    if tok is not None and direction(tok) is not None:
        return True
    if (  # "raised its dividend by $0.10 to $1": an amount of change, then a level far above it
        by
        and first is not None
        and nxt.unit == suffix.unit
        and second.value >= 3 * first.value > 0
        and _object_of_change(tok)
    ):
        return True
    return (
        nxt.unit == suffix.unit
        and first is not None
        and first.magnitude == second.magnitude  # "$89 to $93 billion" is a range
        and not by  # "cut its profits by $3.8m to $4.9m": a range of change
        and tok.lower_ != "from"
        and _object_of_change(idx.at(lexemes[s].start))
    )


def _full_then_scaled(first: Core, second: Core) -> bool:
    """ "fell 180,000 to 1.94 mln", "rose 792 mln to 12.92 billion": the first figure is written in
    full, so the second's scale word is not shared (as in "1 to 2 million"), and the second is more
    than five times it: a move, then the level reached ("rise 500,000 to two mln barrels" stays a
    range of the rise)."""
    return (
        second.magnitude > first.magnitude
        and first.value * second.magnitude > second.value > 5 * first.value > 0
    )


def move_suffix(lexemes: list[Lexeme], suffix: Suffix, k: int) -> Suffix:
    """The unit of a wire move split from its level ("rose 1-1/2 to 30-1/4 dlrs"): the level's,
    when the move has none of its own (``k``: the "to" before the level)."""
    if suffix.unit is not None:
        return suffix
    second = parse_core(lexemes, k + 1)
    if second is None:
        return suffix
    nxt = suffix_after(lexemes, second.end, second)
    if nxt.unit is None or nxt.kind not in ("money", "quantity"):
        return suffix
    return Suffix(nxt.unit, nxt.kind, suffix.end)


def _object_of_change(tok: Token | None) -> bool:
    """ "lowers copper 0.75 cent to 66 cts": the amount (or its unit) at ``tok`` is an object of a
    verb of change further back."""
    if tok is not None and headline_change_before(tok) is not None:
        return True  # an all-caps wire headline the parse reads as nouns
    for _ in range(3):
        if tok is None or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ == "VERB":
            return direction(tok) is not None
    return False


def headline_change_before(tok: Token) -> str | None:
    """The direction of an all-caps change word a few words before ``tok`` in an all-caps line,
    with a word (its object) between: "MAGMA LOWERS COPPER 0.75 CENT", "ACME RAISES CRUDE PRICE
    50 CTS"; the parse of such headlines often tags the verb as a noun."""
    doc = tok.doc
    start = tok.i
    while start > 0 and not _line_end(doc[start - 1]):
        start -= 1
    end = tok.i
    while end < len(doc) and not _line_end(doc[end]):
        end += 1
    line = [t for t in doc[start : end + 1] if t.is_alpha]
    if len(line) < 3 or not all(t.is_upper for t in line):
        return None
    words = []
    for t in reversed(doc[max(start, tok.i - 5) : tok.i]):
        if not t.is_alpha:
            break  # another figure or a mark between: another phrase
        words.append(t)
    for t in words[1:]:
        if t.lower_ not in ("up", "down"):
            d = direction(t)
            if d is not None:
                return d
    return None


def _line_end(tok: Token) -> bool:
    """A line break after ``tok`` or in it (a whitespace token)."""
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


def _hyphen_pair(lexemes: list[Lexeme], core: Core, suffix: Suffix, k: int) -> Lexeme | None:
    """The digit group glued by a hyphen at ``k`` to a unitless all-digit number ("2-1", "737-400"),
    or None."""
    if not core.digits_only or suffix.unit is not None or k + 1 >= len(lexemes):
        return None
    hy, nxt = lexemes[k], lexemes[k + 1]
    if hy.text not in ("-", "–") or nxt.kind != "num" or not nxt.text.isdigit():
        return None
    if not (lexemes[k - 1].end == hy.start and hy.end == nxt.start):
        return None
    return nxt


def is_score(lexemes: list[Lexeme], core: Core, suffix: Suffix, k: int) -> bool:
    """ "2-1", "1-1": small whole numbers joined by a hyphen, the second not larger (ranges ascend);
    in either order between two capitalised names ("Wasps 19-33 Harlequins")."""
    nxt = _hyphen_pair(lexemes, core, suffix, k)
    if nxt is None:
        return False
    if core.value < 100 and int(nxt.text) <= core.value and len(lexemes[k - 1].text) <= 2:
        return True
    if score_beside(lexemes, core.start, k):
        return True  # "7-6 (7-5) 4-6 6-3": a lost set beside other set scores
    s = core.start  # "London Irish 19-33 Wasps": a result between two names, in either order
    return (
        core.value < 200
        and int(nxt.text) < 200
        and s > 0
        and k + 2 < len(lexemes)
        and _name_word(lexemes[s - 1])
        and _name_word(lexemes[k + 2])
    )


def is_model_code(lexemes: list[Lexeme], core: Core, suffix: Suffix, k: int) -> bool:
    """ "737-400", "747-300s": a hyphen-glued pair falling from a three-digit number that is no
    year is a model and series, not a range (ranges ascend; "1990-91" is a year range)."""
    nxt = _hyphen_pair(lexemes, core, suffix, k)
    if nxt is None:
        return False
    first = lexemes[core.start].text
    return 100 <= core.value < 1000 and int(nxt.text) < core.value and first.isdigit()


def _name_word(lx: Lexeme) -> bool:
    return lx.kind == "word" and lx.text[:1].isupper() and lx.text.lower() not in MONTH_WORDS


def over_fraction(lexemes: list[Lexeme], core: Core, k: int) -> bool:
    """ "2000 over 3", "one over twenty" ending a clause: a fraction (not "over 3 years")."""
    n = len(lexemes)
    if core.currency or k + 1 >= n or lexemes[k].low != "over":
        return False
    second = parse_core(lexemes, k + 1)
    if second is None or second.currency:
        return False
    return second.end >= n or lexemes[second.end].kind == "sym"


# denominators of fractions as written in prose: halves to twelfths, sixteenths
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16})
_DATE_BEFORE = frozenset({"on", "since", "until", "till", "post", "pre"})


def slash_date(lexemes: list[Lexeme], core: Core) -> bool:
    """ "9/11", "since 3/4", "on 7/22": a glued slash pair that reads as a month and a day is a
    date or the name of an event, not a fraction, unless it is used as one ("5/16 inch", "1/40 of
    a second"): a denominator no fraction is written with (elevenths, fifteenths ...) or a date
    word before it ("on", "since", "post-") tells it."""
    s, e = core.start, core.end
    if not core.fraction or e - s != 3 or lexemes[s + 1].text != "/":
        return False
    if not (lexemes[s].end == lexemes[s + 1].start and lexemes[s + 1].end == lexemes[s + 2].start):
        return False
    a, b = lexemes[s].text, lexemes[s + 2].text
    if not (a.isdigit() and b.isdigit()):
        return False
    month, day = int(a), int(b)
    if not (1 <= month <= 12 and day <= 31):
        return False
    if e < len(lexemes) and lexemes[e].kind != "sym" and fraction_use(lexemes, e):
        return False
    if day not in _FRACTION_DENOMINATORS:
        return True
    k = s - 1
    if k >= 0 and lexemes[k].text in ("-", "‑") and lexemes[k].end == lexemes[s].start:
        k -= 1  # "post-9/11"
    return k >= 0 and lexemes[k].low in _DATE_BEFORE


# denominators of fractions as written in figures: the prose ones, fine measures and per cents
_WRITTEN_DENOMINATORS = _FRACTION_DENOMINATORS | {32, 64, 100, 1000}


def slash_quotes(idx: TokenIndex, lexemes: list[Lexeme], core: Core) -> float | None:
    """The upper bound when the glued slash pair ``core`` is two quotes of one price, a bid
    and an offer ("around 25/35 points over", "at 117/118 dlrs a tonne"): the second number is
    larger but no denominator a fraction is written with, and a plural noun follows, which a
    fraction below one does not take. Else None (a fraction: "5/16 inch", "1/40 of a second")."""
    s, e = core.start, core.end
    if not core.fraction or e - s != 3 or e >= len(lexemes) or lexemes[s + 1].text != "/":
        return None
    a, b = lexemes[s].text, lexemes[s + 2].text
    if not (a.isdigit() and b.isdigit()) or int(b) in _WRITTEN_DENOMINATORS:
        return None
    if not (lexemes[s].end == lexemes[s + 1].start and lexemes[s + 1].end == lexemes[s + 2].start):
        return None
    nxt = lexemes[e]
    tok = idx.at(nxt.start)
    plural_money = currency_name(nxt.low) is not None and singular(nxt.low) != nxt.low  # "dlrs"
    if nxt.kind != "word" or tok is None or not (tok.tag_ in ("NNS", "NNPS") or plural_money):
        return None
    return float(int(b))


def fraction_use(lexemes: list[Lexeme], e: int) -> bool:
    """After "three quarters": "of", a unit, a scale or the end of a clause make it a fraction."""
    if e >= len(lexemes) or lexemes[e].kind == "sym" or lexemes[e].low in ("of", "and", "or"):
        return True
    return match_unit(lexemes, e) is not None or lexemes[e].low in SCALES


def fraction_after_by(idx: TokenIndex, lexemes: list[Lexeme], s: int, e: int) -> bool:
    """ "fell by a third last year", "cut by a quarter": after "by", "a third" is the size of a
    change, not an ordinal or a period, unless a noun follows it ("paid by a third party")."""
    if s == 0 or lexemes[s - 1].low != "by":
        return False
    if e >= len(lexemes) or lexemes[e].kind != "word":
        return True
    if lexemes[e].low in ("point", "percentage"):
        return True  # "cut rates by a quarter point": a fraction of a point
    tok = idx.at(lexemes[e].start)
    return tok is None or tok.pos_ not in ("NOUN", "PROPN")


def half_ok(lexemes: list[Lexeme], s: int) -> bool:
    if s > 0 and lexemes[s - 1].low in HALF_BLOCKERS:
        return False
    if s > 1 and lexemes[s - 1].text in ("-", "‑") and lexemes[s - 1].end == lexemes[s].start:
        before = lexemes[s - 2]
        if before.end == lexemes[s - 1].start and before.kind == "word":
            return before.low in NUMBER_WORDS  # "one-half", but "fly-half" is a position
    nxt = lexemes[s + 1] if s + 1 < len(lexemes) else None
    return not (nxt is not None and nxt.text in ("-", "‑") and nxt.start == lexemes[s].end)


def ordinal_use(idx: TokenIndex, lexemes: list[Lexeme], e: int) -> bool:
    if e >= len(lexemes):
        return False
    nxt = lexemes[e]
    if (  # "a third-party review", "the third-largest": an ordinal in a compound
        nxt.text in ("-", "‑")
        and nxt.start == lexemes[e - 1].end
        and e + 1 < len(lexemes)
        and lexemes[e + 1].kind == "word"
        and lexemes[e + 1].start == nxt.end
        and lexemes[e + 1].low != "of"  # "a quarter-of-an-hour" is a fraction
    ):
        return True
    if nxt.low in ("of", "and", "or") or nxt.kind != "word":
        return False
    unit = match_unit(lexemes, e)
    if unit is not None:  # "a third cup" is a fraction, "for a third day" an ordinal
        singular_time = unit[1] == "duration" and unit[0] == nxt.low and unit[2] == e + 1
        return singular_time and lexemes[e - 1].low not in ("half", "quarter")  # "a half day"
    tok = idx.at(nxt.start)
    return tok is not None and tok.pos_ in ("NOUN", "PROPN", "ADJ")
