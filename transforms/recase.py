"""ALL-CAPS lines recased for the parser, with every offset kept.

Wire titles are written in capitals, where spaCy's tagger and NER do poorly ("BAHIA COCOA
REVIEW"). :func:`recase_for_parsing` returns a copy of the text of the **same length** in which
the title (the first line), when it is ALL CAPS, is recased word by word, so a Doc parsed from the
copy has offsets that are valid in the original text; mention texts are then sliced from the
original (:func:`transforms.extract.extract_facts`).

A word of an ALL-CAPS line takes the form it has in the rest of the article: the most common
form not at a sentence start ("Bahia", "cocoa", "IBM"), else its sentence-start form. English
function words, words after a digit ("4TH" -> "4th") and words the rest of the article does not
have are lower-cased (on the CoNLL-2003 dev set, writing unknown words as names and recasing
every ALL-CAPS line, tables and datelines included, both scored lower). One-letter words
("U.S.") stay as they are; the first word of the line starts with a capital. A case change that would change the length (a few Unicode letters do:
"İ" lower-cases to two characters) is not made for that letter.
"""

from __future__ import annotations

import re
from collections import Counter

_RUN = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"[^\n]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘(]\s*|\s[-–—]\s)$")
MIN_CAPS_WORDS = 2
CAPS_SHARE = 0.9
_FUNCTION_WORDS_TEXT = """
    a an the of to in on at for by with from into onto over under after before about as and or
    but nor so yet if than then that this these those its it is are was were be been has have
    had will would can could may might shall should must not no up down out off per via vs
    says said say sees see set sets
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


def is_caps_line(line: str) -> bool:
    """True for a line whose cased letters are (almost) all capitals, in two words or more."""
    upper = lower = 0
    for c in line:
        if c.isupper():
            upper += 1
        elif c.islower():
            lower += 1
    if upper < 4 or upper < CAPS_SHARE * (upper + lower):
        return False
    return sum(len(w) > 1 and w.isupper() for w in _RUN.findall(line)) >= MIN_CAPS_WORDS


def _body_forms(text: str, caps_spans: list[tuple[int, int]]) -> dict[str, str]:
    """casefolded word -> the form it has outside the ALL-CAPS lines."""
    inside: Counter[tuple[str, str]] = Counter()
    initial: Counter[tuple[str, str]] = Counter()
    cursor = 0
    for start, end in [*caps_spans, (len(text), len(text))]:
        for m in _RUN.finditer(text, cursor, start):
            word = m.group()
            before = text[max(cursor, m.start() - 3) : m.start()]
            at_start = m.start() == cursor or text[m.start() - 1] == "\n"
            if at_start or _SENTENCE_START.search(before):
                initial[(word.casefold(), word)] += 1
            else:
                inside[(word.casefold(), word)] += 1
        cursor = end
    forms: dict[str, str] = {}
    for counter in (initial, inside):  # forms inside a sentence override sentence starts
        for (key, form), _n in sorted(counter.items(), key=lambda kv: kv[1]):
            forms[key] = form
    return forms


def _recase_word(word: str, before: str, forms: dict[str, str]) -> str:
    if len(word) == 1 or not word.isupper():
        return word
    key = word.casefold()
    lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in word)
    form = lower if before[-1:].isdigit() or key in _FUNCTION_WORDS else forms.get(key, lower)
    return form if len(form) == len(word) and form.casefold() == key else word


def recase_for_parsing(text: str, *, title_only: bool = True) -> str:
    """A same-length copy of ``text`` with its ALL-CAPS lines recased (see the module docstring).

    With ``title_only`` (the default) only the first line, the title, is recased: ALL-CAPS
    lines further down are mostly datelines and tables of results ("SAN DIEGO 76 60"), which the
    extractors already read as well in capitals as recased.
    """
    lines = _LINE.finditer(text)
    if title_only:
        lines = [m for m in lines if m.start() == 0][:1]
    caps = [(m.start(), m.end()) for m in lines if is_caps_line(m.group())]
    if not caps:
        return text
    forms = _body_forms(text, caps)
    out = list(text)
    for start, end in caps:
        first = True
        for m in _RUN.finditer(text, start, end):
            word = _recase_word(m.group(), text[max(start, m.start() - 1) : m.start()], forms)
            if first and word[:1].islower() and len(word[0].upper()) == 1:
                word = word[0].upper() + word[1:]
            first = False
            out[m.start() : m.end()] = word
    recased = "".join(out)
    return recased if len(recased) == len(text) else text
