"""Numbers that belong to a name, told by the capitals and the list around them rather than by
the parse of the number itself: a version after a name written in capitals ("wireless ABC
3.0 ports"), a list that goes on from a numbered name ("Acme 2000, 95 and 98"), a number
between two capitalised words or hung on the capitalised word before it ("the Live Aid 30
record", "the Top 20 UK chart"), a title opened by a capitalised article mid-sentence ("films
such as The 12 Chairs"), digits before a capitalised word and the singular noun it names ("his
21 Media company"), a number word hyphen-glued to a capitalised word ("the novel Flight
Nine-Eleven"), a currency name capitalised before a year ("at Euro 2016"), and a capitalised
number word opening a sentence when the same word stands alone as a name elsewhere in the
article ("... complained to Seven. Seven said ...")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from transforms.numbers.dates import is_year
from transforms.numbers.filters import TokenIndex, is_in_name, is_numbered_name
from transforms.numbers.lexer import Lexeme
from transforms.numbers.magnitudes import plural_noun_follows
from transforms.numbers.titles import capitalised
from transforms.numbers.units import match_unit

_LIST_MARKS = frozenset({",", "and", "or"})
_ARTICLES = frozenset({"The", "A", "An"})
_HYPHENS = frozenset({"-", "‑"})


def named_by_context(idx: TokenIndex, lexemes: list[Lexeme], s: int, e: int) -> bool:
    """The number at lexemes ``s:e`` (no unit read after it) is part of a name."""
    lx = lexemes[s]
    if lx.kind == "word":
        return _glued_to_name(lexemes, s) or _named_elsewhere(idx, lexemes, s, e)
    if e != s + 1 or lx.kind != "num":
        return False
    return (
        _version_after_acronym(lexemes, s)
        or _continues_name(idx, lexemes, s, depth=0)
        or _between_capitals(idx, lexemes, s)
        or _title_article(lexemes, s)
        or _names_noun(idx, lexemes, s)
        or _name_again(idx, lexemes, s)
    )


def named_before_unit(lexemes: list[Lexeme], s: int, e: int) -> bool:
    """A name read before any unit: a currency name capitalised before a year ("Euro 2016"), or a
    capitalised number word and unit inside a title ("a rerun of Nine Miles Down")."""
    return _event_year(lexemes, s, e) or _title_with_unit(lexemes, s, e)


def _title_with_unit(lexemes: list[Lexeme], s: int, e: int) -> bool:
    """A capitalised number word after lower-case text, then a capitalised unit word and another
    capitalised word: a title ("a rerun of Nine Miles Down"); units are not capitalised in
    running text."""
    n = len(lexemes)
    if e != s + 1 or e + 1 >= n or lexemes[s].kind != "word" or not lexemes[s].text[:1].isupper():
        return False
    if s == 0 or lexemes[s - 1].kind != "word" or not lexemes[s - 1].text.islower():
        return False
    unit, after = lexemes[e], lexemes[e + 1]
    return (
        capitalised(unit)
        and not unit.text.isupper()
        and match_unit(lexemes, e) is not None
        and capitalised(after)
        and _spaced(unit, after)
    )


def _event_year(lexemes: list[Lexeme], s: int, e: int) -> bool:
    """A currency name written capitalised mid-sentence right before a year is an event's name
    ("the hosts of Euro 2016"), not an amount ("2016 euros")."""
    cur = lexemes[s]
    if e != s + 2 or cur.kind != "word" or not cur.text[:1].isupper() or s == 0:
        return False
    num = lexemes[s + 1]
    return num.kind == "num" and is_year(num.text) and lexemes[s - 1].kind == "word"


def _mid_sentence(lexemes: list[Lexeme], k: int) -> bool:
    """Lexeme ``k`` follows a word or a comma on its line (no sentence or line starts there)."""
    return k > 0 and (lexemes[k - 1].kind == "word" or lexemes[k - 1].text == ",")


def _spaced(a: Lexeme, b: Lexeme) -> bool:
    return b.start - a.end == 1


def _version_after_acronym(lexemes: list[Lexeme], s: int) -> bool:
    """A decimal one space after a word in capitals that follows lower-case text: a version
    ("wireless ABC 3.0 ports"); a wire title in capitals ("NET 1.5 MLN") has capitals before."""
    if "." not in lexemes[s].text or s < 2:
        return False
    prev, before = lexemes[s - 1], lexemes[s - 2]
    return (
        prev.kind == "word"
        and prev.text.isupper()
        and prev.text.isalpha()
        and 2 <= len(prev.text) <= 6
        and _spaced(prev, lexemes[s])
        and before.kind == "word"
        and before.text.islower()
    )


def _continues_name(idx: TokenIndex, lexemes: list[Lexeme], s: int, *, depth: int) -> bool:
    """Bare digits after a comma, "and" or "or" whose list item before is a numbered name
    ("Acme 2000, 95 and 98"): more of the same name, not a count; a noun after them ("Route 9
    and 12 other roads") makes them a count, unless two or more numbers come before them in the
    list: the noun is then what the listed names name ("Acme 310, 320 and 330 aircraft")."""
    if depth > 6 or s < 2 or lexemes[s - 1].low not in _LIST_MARKS:
        return False
    if depth == 0 and not _ends_item(idx, lexemes, s) and not _long_list(idx, lexemes, s):
        return False
    k = s - 2
    if lexemes[k].kind != "num" or not lexemes[k].text.isdigit():
        return False
    if k > 0 and lexemes[k - 1].kind == "word" and lexemes[k - 1].text[:1].isupper():
        return is_numbered_name(idx, lexemes, k) or is_in_name(idx, lexemes, k)
    return _continues_name(idx, lexemes, k, depth=depth + 1)


def _long_list(idx: TokenIndex, lexemes: list[Lexeme], s: int) -> bool:
    """Two numbers before ``s`` in the same list, and a noun right after it ("and 330 aircraft";
    "and 12 other roads" has a word between)."""
    nxt = idx.at(lexemes[s + 1].start) if s + 1 < len(lexemes) else None
    return (
        nxt is not None
        and nxt.pos_ == "NOUN"
        and s >= 4
        and lexemes[s - 2].kind == "num"
        and lexemes[s - 3].low in _LIST_MARKS
        and lexemes[s - 4].kind == "num"
    )


def _ends_item(idx: TokenIndex, lexemes: list[Lexeme], s: int) -> bool:
    if s + 1 >= len(lexemes):
        return True
    nxt = lexemes[s + 1]
    if nxt.kind == "sym" or nxt.low in _LIST_MARKS:
        return True
    if capitalised(nxt):
        return match_unit(lexemes, s + 1) is None
    tok = idx.at(nxt.start)  # "... and 10 only": no noun counted after it
    return tok is not None and tok.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _between_capitals(idx: TokenIndex, lexemes: list[Lexeme], s: int) -> bool:
    """Digits one space after a capitalised word inside a sentence, and either one space before
    another capitalised word or hung by the parse on the word before ("the Live Aid 30 record",
    "the Top 20 UK chart"); "Smith, 45" has a comma between and "Britain's 20 biggest" no
    capital after."""
    if s < 2 or not lexemes[s].text.isdigit() or is_year(lexemes[s].text):
        return False
    prev = lexemes[s - 1]
    if not capitalised(prev) or not _spaced(prev, lexemes[s]) or not _mid_sentence(lexemes, s - 1):
        return False
    if prev.text.isupper() or lexemes[s - 2].text == "," or prev.low.endswith(("'s", "’s")):
        return False  # "the EU 25", a list of places, "Ruritania's 11 banks": a count
    n = len(lexemes)
    if s + 1 < n and capitalised(lexemes[s + 1]) and _spaced(lexemes[s], lexemes[s + 1]):
        return match_unit(lexemes, s + 1) is None
    if capitalised(lexemes[s - 2]) and _spaced(lexemes[s - 2], prev) and s + 1 < n:
        nxt = lexemes[s + 1]  # "the Live Aid 30 record": a name of two words, no plural after
        tok = idx.at(lexemes[s].start)
        counts = tok is not None and tok.head.i > tok.i and tok.head.tag_ in ("NNS", "NNPS")
        if nxt.kind == "word" and nxt.text.islower() and not plural_noun_follows(lexemes, s):
            return not counts and match_unit(lexemes, s + 1) is None
    tok = idx.at(lexemes[s].start)
    return (
        tok is not None
        and tok.dep_ == "nummod"
        and tok.head.i == tok.i - 1
        and tok.head.text == prev.text
        and tok.head.ent_type_ not in ("DATE", "TIME", "GPE", "NORP")
    )


def _title_article(lexemes: list[Lexeme], s: int) -> bool:
    """A capitalised article inside a sentence, then digits and a capitalised word: a title
    ("films such as The 12 Chairs")."""
    n = len(lexemes)
    return (
        s >= 2
        and lexemes[s - 1].text in _ARTICLES
        and _mid_sentence(lexemes, s - 1)
        and _spaced(lexemes[s - 1], lexemes[s])
        and s + 1 < n
        and capitalised(lexemes[s + 1])
        and _spaced(lexemes[s], lexemes[s + 1])
    )


def _names_noun(idx: TokenIndex, lexemes: list[Lexeme], s: int) -> bool:
    """Digits (not one, not a year) before capitalised words and the singular common noun the
    parse hangs them on: the name of that one thing ("his 21 Media company"); "the 24 Oscar
    categories" and "30 Labour MPs" count."""
    text = lexemes[s].text
    if not text.isdigit() or text in ("1", "01") or is_year(text) or s + 2 >= len(lexemes):
        return False
    if not capitalised(lexemes[s + 1]) or lexemes[s + 1].text.isupper():
        return False
    return _named_singular(idx.at(lexemes[s].start)) and match_unit(lexemes, s + 1) is None


def _named_singular(tok: Token | None) -> bool:
    """``tok`` hangs on a singular common noun after capitalised words ("21 Media company")."""
    if tok is None or tok.dep_ != "nummod":
        return False
    head = tok.head
    if head.i <= tok.i + 1 or head.tag_ != "NN" or not (head.is_lower and head.is_alpha):
        return False
    return all(t.text[:1].isupper() and t.is_alpha for t in tok.doc[tok.i + 1 : head.i])


def _name_again(idx: TokenIndex, lexemes: list[Lexeme], s: int) -> bool:
    """Digits (more than one) right before the singular common noun they hang on, when the
    article also writes them as a name before capitalised words and a singular noun: the name
    said again ("... sold his 21 Media company. The 21 firm has ..."); "40 Acme planes ... the
    other 40 aircraft" has a plural there."""
    text = lexemes[s].text
    if not text.isdigit() or int(text) < 2 or is_year(text) or s + 1 >= len(lexemes):
        return False
    tok = idx.at(lexemes[s].start)
    if tok is None or tok.dep_ != "nummod" or tok.head.i != tok.i + 1:
        return False
    head = tok.head
    if head.tag_ != "NN" or not (head.is_alpha and head.is_lower) or match_unit(lexemes, s + 1):
        return False
    named = re.compile(r"(?<![\w,.$£€-])" + text + r" [A-Z][a-z]")
    return any(
        m.start() != lexemes[s].start and _named_singular(idx.at(m.start()))
        for m in named.finditer(idx.text)
    )


def _glued_to_name(lexemes: list[Lexeme], s: int) -> bool:
    """A capitalised number word hyphen-glued to a capitalised word ("Flight Nine-Eleven")."""
    lx = lexemes[s]
    if not lx.text[:1].isupper() or s < 2:
        return False
    hyph, prev = lexemes[s - 1], lexemes[s - 2]
    return (
        hyph.text in _HYPHENS
        and hyph.end == lx.start
        and prev.end == hyph.start
        and capitalised(prev)
    )


def _named_elsewhere(idx: TokenIndex, lexemes: list[Lexeme], s: int, e: int) -> bool:
    """A capitalised number word opening a sentence with no noun after it, when the same word
    stands alone as a name after lower-case text elsewhere in the article ("... complained to
    Seven. Seven said ...")."""
    lx = lexemes[s]
    if e != s + 1 or not lx.text[:1].isupper() or lx.text.isupper():
        return False
    tok = idx.at(lx.start)
    if tok is None or (tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i > tok.i):
        return False
    pattern = re.compile(r"\b[a-z]+ " + re.escape(lx.text) + r"\b(?![ -][A-Za-z]*[a-z]s\b)")
    for m in pattern.finditer(idx.text):
        other = idx.at(m.end() - len(lx.text))
        if other is None or other.i == tok.i:
            continue
        if not (other.dep_ in ("nummod", "quantmod", "compound") and other.head.i > other.i):
            return True
    return False
