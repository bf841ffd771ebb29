"""Not-numbers: pronoun and idiomatic "one", names and codes with digits, times, URLs, enumerators.

These rules look at the spaCy parse (part of speech, dependency, entities) around a candidate.
Roman numerals ("World War I", "Nicholas II") are never read as numbers in the first place.
"""

from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from transforms.numbers.dates import MONTHS, is_year
from transforms.numbers.lexer import Lexeme
from transforms.numbers.superlatives import one_of_superlative

_URLISH = re.compile(r"\S*(?:://|www\.|\.com\b|\.org\b|[?&]\w+=|%[0-9A-F]{2})\S*|\S+@\S+\.\w+")
_URL_HINTS = ("://", "www.", ".com", ".org", "=", "%", "@")
_DETERMINERS = frozenset(
    [
        "the",
        "this",
        "that",
        "each",
        "every",
        "any",
        "no",
        "which",
        "another",
        "a",
        "an",
        "what",
        "whichever",
        "someone",
        "anyone",
        "no-one",
        "little",
    ]
)
# "one" heading these nouns is idiomatic ("one thing is certain", "for one thing", "one day")
IDIOM_HEADS = frozenset({"thing", "way", "hand", "point", "another", "side"})
_DURATION_PREPS = frozenset({"for", "in", "within", "than", "only", "just", "after", "over", "of"})
_NAME_ENTS = frozenset({"EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "FAC", "ORG"})
TIME_WORDS = frozenset(
    {"am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "est", "o'clock", "o’clock"}
)  # fmt: skip


class TokenIndex:
    """Map character offsets of the text to spaCy tokens (binary search over token starts)."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text
        self.starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
        self._urls: list[tuple[int, int]] | None = None

    def at(self, char: int) -> Token | None:
        """The token covering character ``char``."""
        i = bisect.bisect_right(self.starts, char) - 1
        if i < 0:
            return None
        tok = self.doc[i]
        return tok if char < tok.idx + len(tok.text) else None

    def after(self, char: int) -> Token | None:
        """The first token starting at or after ``char``."""
        i = bisect.bisect_left(self.starts, char)
        return self.doc[i] if i < len(self.doc) else None

    def in_url(self, start: int) -> bool:
        """True when ``start`` falls inside a URL or e-mail address."""
        if self._urls is None:
            t = self.text
            # every alternative of _URLISH needs one of these: most articles have none
            hint = any(h in t for h in _URL_HINTS)
            self._urls = [m.span() for m in _URLISH.finditer(t)] if hint else []
        return bool(self._urls) and any(s <= start < e for s, e in self._urls)


def is_non_number_one(idx: TokenIndex, lexemes: list[Lexeme], i: int, end: int) -> bool:
    """ "one" as a pronoun or in an idiom ("one of the", "one can", "the one", "one day")."""
    lx = lexemes[i]
    if lx.low != "one" or end != i + 1:
        return False
    nxt = lexemes[end] if end < len(lexemes) else None
    prev = lexemes[i - 1] if i > 0 else None
    if prev is not None and prev.low in _DETERMINERS:
        return True
    if nxt is not None and nxt.low == "of":
        tok = idx.at(lx.start)
        return tok is None or not one_of_superlative(tok)  # "one of the best": a count of 1
    if nxt is not None and nxt.low in ("another", "by", "after"):
        return True
    if nxt is not None and nxt.text in ("-", "‑") and nxt.start == lx.end:
        return True  # "one-time", "one-sided" (units were tried before)
    tok = idx.at(lx.start)
    if tok is None:
        return False
    if tok.pos_ == "PRON":
        return True
    if tok.dep_ not in ("nummod", "quantmod", "compound"):
        return True  # "for one", "it is one": not counting anything
    head = tok.head
    if head.i <= tok.i:
        return True
    lemma = head.lemma_.lower()
    if lemma in IDIOM_HEADS:
        return True
    if head.dep_ == "ROOT" and head.pos_ == "NOUN" and tok.i == head.sent.start:
        return True  # a verbless exclamation: "One big mistake, though."
    # "one day he will", "at one time"
    return lemma in ("day", "time", "night", "morning") and not (
        prev is not None and prev.low in _DURATION_PREPS
    )


_NAMED_SUBUNITS = frozenset({"Cent", "Cents", "Pence", "Penny"})


def is_name_or_code(
    idx: TokenIndex, lexemes: list[Lexeme], i: int, end: int, *, check_after: bool = True
) -> bool:
    """Digits glued to letters ("M4", "G7", "COVID-19", "3D") or a numbered name ("World War 2")."""
    first = lexemes[i]
    last = lexemes[end - 1]
    if i > 0:
        prev = lexemes[i - 1]
        if prev.end == first.start and prev.kind == "word" and first.kind == "num":
            return True
        if (
            prev.text == "/"
            and prev.end == first.start
            and i > 1
            and lexemes[i - 2].kind == "num"
            and lexemes[i - 2].end == prev.start
        ):
            return True  # the "0" of "1/0", the "7" of "24/7"
        if (
            first.kind == "num"
            and prev.text == "/"
            and prev.end == first.start
            and i > 1
            and lexemes[i - 2].end == prev.start
            and lexemes[i - 2].kind == "word"
            and lexemes[i - 2].text.isupper()
            and end == i + 1
            and not (end < len(lexemes) and lexemes[end].low in ("pct", "%"))
        ):
            return True  # "OS/2", "PS/2": a code; not a wire quote "BID/106 PCT"
        if (
            first.kind == "num"
            and prev.text in ("-", "‑")
            and prev.end == first.start
            and i > 1
            and lexemes[i - 2].end == prev.start
            and lexemes[i - 2].kind == "word"
            and (any(ch.isupper() for ch in lexemes[i - 2].text) or len(lexemes[i - 2].text) <= 2)
        ):
            return True  # "COVID-19", "F-16", "Su-25", "s-1"
        if (
            first.text in ("-", "‑")
            and end == i + 2
            and last.text.isdigit()
            and last.start == first.end
            and first.start - prev.end == 1
            and prev.kind == "word"
            and prev.text.isupper()
            and len(prev.text) > 2
            and (end == len(lexemes) or lexemes[end].text != "%")
        ):
            return True  # "COVID -19": the code's hyphen spaced off its name
    if end == i + 1 and first.text[:1] == "0" and len(first.text) > 1 and first.text.isdigit():
        return True  # "a 007 game", "between 2200 and 0700": a name, code or clock time
    if end < len(lexemes) and lexemes[end].text in _NAMED_SUBUNITS and first.kind == "num":
        return True  # "50 Cent": a capitalised sub-unit after digits makes a name
    if end < len(lexemes) and check_after:
        nxt = lexemes[end]
        if nxt.start == last.end and (
            nxt.kind == "num" or (nxt.kind == "word" and last.kind == "num")
        ):
            return True
    if first.kind == "word" and first.text[0].isupper() and i > 0:
        prev = lexemes[i - 1]
        if prev.kind == "word" and prev.text[:1].isupper() and prev.low not in _SENTENCE_OPENERS:
            return True  # "Formula One", "Air Force One"
    tok = idx.at(first.start)
    if (
        tok is not None
        and tok.ent_type_ in _NAME_ENTS
        and tok.ent_iob_ == "I"
        and first.kind == "num"
    ):
        prev_tok = tok.doc[tok.i - 1]
        if prev_tok.text[:1].isupper() and prev_tok.ent_type_ == tok.ent_type_:
            return True  # "World War 2", "Windows 10", "Article 5"
    return False


def is_numbered_name(idx: TokenIndex, lexemes: list[Lexeme], i: int) -> bool:
    """Digits right after a capitalised proper noun: "Channel 4", "Hot 100", "Apollo 11"."""
    if i == 0:
        return False
    prev = lexemes[i - 1]
    if prev.kind != "word" or not prev.text[:1].isupper() or lexemes[i].start - prev.end != 1:
        return False
    if prev.text == "Number":
        nxt = idx.after(lexemes[i].end)
        if nxt is not None and nxt.pos_ in ("VERB", "AUX"):
            return True  # "Number 10 said ...", also opening a sentence: the office
    if prev.low in MONTHS or (prev.low in _NOT_NAMES and _sentence_start(idx.text, prev.start)):
        return False  # "Number 10 said" mid-sentence is a name; "No 5" opening one is not
    if prev.low in _NOT_NAMES:
        return True
    tok = idx.at(prev.start)
    if tok is None or tok.pos_ != "PROPN" or tok.is_sent_start:
        return False
    num = idx.at(lexemes[i].start)
    if tok.ent_type_ == "DATE" and len(lexemes[i].text) < 4 and num is not None:
        return not (
            num.dep_ == "nummod" and num.head.i > num.i
        )  # "the Big 12" read as a date: no date has a bare number after a name
    if (
        tok.ent_type_ == "GPE"
        and num is not None
        and num.dep_ == "nummod"
        and num.head.i == tok.i
        and tok.dep_ in ("nmod", "compound")
        and tok.head.i > num.i
    ):
        return True  # "the Sudan 1 food scare": place and number name the thing after them
    if tok.ent_type_ == "PERSON":  # a number the tagger put inside a person's name: "Xbox 2"
        return num is not None and num.ent_type_ == "PERSON" and num.ent_iob_ == "I"
    return tok.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL", "GPE")


_NOT_NAMES = frozenset({"no", "number", "nos", "page", "section", "top"})
_SENTENCE_OPENERS = frozenset({"the", "in", "on", "at", "by", "for", "about", "some", "but", "and"})


def is_time(lexemes: list[Lexeme], i: int, end: int) -> bool:
    """Clock times: "2:00 pm", "6pm", "10.30am", "14:00 GMT"."""
    n = len(lexemes)
    if end < n and lexemes[end].low.rstrip(".") in TIME_WORDS:
        return True
    if end + 1 < n and lexemes[end].text == ":" and lexemes[end + 1].kind == "num":
        return lexemes[end].start == lexemes[end - 1].end
    if i >= 2 and lexemes[i - 1].text == ":" and lexemes[i - 2].kind == "num":
        return lexemes[i - 1].end == lexemes[i].start
    return False


_APOSTROPHES = frozenset({"'", "’", "‘"})


def is_short_year(idx: TokenIndex, lexemes: list[Lexeme], i: int, end: int) -> bool:
    """Two digits after an apostrophe that opens a word, before punctuation or after a
    preposition: an abbreviated year ("in '94", "the class of ’88 and"); not "read '10 killed"."""
    lx = lexemes[i]
    if end != i + 1 or len(lx.text) != 2 or not lx.text.isdigit() or i == 0:
        return False
    prev = lexemes[i - 1]
    if prev.text not in _APOSTROPHES or prev.end != lx.start:
        return False
    if i > 1 and lexemes[i - 2].end == prev.start:
        return False  # "rock'n'roll", a closing quotation mark glued to a word
    if end < len(lexemes) and lexemes[end].kind != "sym":
        before = idx.at(lexemes[i - 2].start) if i > 1 else None
        return before is not None and before.pos_ in ("ADP", "CCONJ", "DET")  # "in '94 and"
    return True


def is_enumerator(lexemes: list[Lexeme], text: str, i: int, end: int) -> bool:
    """ "First, ...", "Second, ..." opening a sentence, or "1)" / "(2)" list markers."""
    lx = lexemes[i]
    marks = (")",) if lx.kind == "num" else (",", ")", ":")
    return end < len(lexemes) and lexemes[end].text in marks and _sentence_start(text, lx.start)


def _sentence_start(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in " \t\"“‘'(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;"


_ENTITY_NAMES = frozenset({"PRODUCT", "ORG", "EVENT", "WORK_OF_ART", "LAW", "FAC"})
_IDENT_DEPS = frozenset({"nummod", "appos", "npadvmod", "dep", "compound"})


def is_in_name(idx: TokenIndex, lexemes: list[Lexeme], i: int) -> bool:
    """Digits that belong to a name, model or designation rather than counting anything.

    Read from the parse, not from a list of names: the digits modify a singular proper noun
    ("787 Dreamliner", "11 Pro", "575 Wilbraham Road"), sit inside a product, organisation,
    event, work, law or facility entity next to a singular proper noun of it, follow a proper
    noun written with capitals inside ("iPhone 11"), follow another number they do not continue
    ("four 777 Freighters"), or follow the singular common noun they designate ("category 4",
    "room 101"). Plural proper nouns are counted ("12 Britons").
    """
    tok = idx.at(lexemes[i].start)
    if tok is None or is_year(lexemes[i].text):
        return False  # "the 1917 Russian Revolution" still dates it
    if lexemes[i].kind == "word":  # "the Six Nations", "Half Life": a capitalised word in a name
        if not lexemes[i].text[:1].isupper():
            return False
        if _in_name_entity(tok, "CAP"):
            return True
        if tok.is_sent_start or _sentence_start(idx.text, lexemes[i].start):
            return False
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper():
            return True  # mid-sentence capitals on a number word and the next word: a name
        return _lone_capital(tok, lexemes, i)
    if not tok.like_num:
        return False
    head = tok.head
    if (
        tok.dep_ in ("nummod", "compound")
        and head.i > tok.i
        and head.tag_ == "NNP"
        and head.text[:1].isupper()
        and not head.text.isupper()  # "0.5 WAR", "300 PS": an abbreviated unit
        and tok.text.isdigit()
        and "\n" not in idx.text[tok.idx : head.idx]
    ):  # "100 Muslim, 100 Christian leaders" count people
        return head.ent_type_ not in ("DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "NORP")
    if _in_name_entity(tok, "NNP"):
        return True
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    if prev.idx + len(prev.text) + 1 != tok.idx:
        return False  # not separated by exactly one space
    if (
        prev.pos_ == "PROPN"
        and any(ch.isupper() for ch in prev.text[1:])
        and prev.text[:1].islower()
    ):
        return True  # "iPhone 11", "eBay 2"
    if re.search(r"[A-Z][a-z]*-[A-Z][a-z]+ $", idx.text[max(0, tok.idx - 30) : tok.idx]) and not (
        tok.dep_ == "nummod" and head.tag_ == "NNS"
    ):
        return True  # "Spider-Man 2", "X-Men 3": a capitalised hyphenated name
    if prev.like_num and prev.dep_ in ("compound", "nummod") and prev.head.i == tok.i:
        return True  # "four 777 Freighters"
    return (  # "a category 4 storm", "level 3 restrictions": designator + number + noun
        prev.tag_ == "NN"
        and prev.is_alpha
        and prev.is_lower
        and head.i == prev.i
        and tok.dep_ in _IDENT_DEPS
        and prev.dep_ in ("nmod", "compound")
        and prev.head.i > tok.i
    )


def _lone_capital(tok, lexemes: list[Lexeme], i: int) -> bool:
    """A capitalised number word after lower-case text, modifying no noun after it, is a name
    ("complained to Five", "runs on Five"); title-case headlines ("Blast Kills Five") say nothing."""
    prev = lexemes[i - 1] if i > 0 else None
    if prev is None or prev.kind != "word" or not prev.text.islower():
        return False
    return not (tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i > tok.i)


def _in_name_entity(tok, tag: str) -> bool:
    """``tok`` is inside a product/organisation/event/work/law/facility entity that also holds
    another proper noun (``tag`` "NNP"), or another capitalised word (``tag`` "CAP")."""
    if tok.ent_type_ not in _ENTITY_NAMES:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return False
    if tag == "CAP":
        return any(t.i != tok.i and t.is_alpha and t.text[:1].isupper() for t in ent)
    return any(t.i != tok.i and t.tag_ == tag and not t.like_num for t in ent)
