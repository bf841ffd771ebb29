"""ALL-CAPS lines and Title-Case titles recased for the parser, with every offset kept.

Wire titles are written in capitals, where spaCy's tagger and NER do poorly ("BAHIA COCOA
REVIEW"), and many news titles in Title Case ("Minister Says Plan Will Be Delayed"), where the
tagger reads every word as a name. :func:`recase_for_parsing` returns a copy of the text of the
**same length** in which the title (the first line), when it is ALL CAPS or Title Case, is recased
word by word, so a Doc parsed from the copy has offsets that are valid in the original text;
mention texts are then sliced from the original (:func:`transforms.extract.extract_facts`).

A word of an ALL-CAPS line takes the form it has in the rest of the article: the most common
form not at a sentence start ("Bahia", "cocoa", "IBM"), else its sentence-start form. English
function words, words after a digit ("4TH" -> "4th") and words the rest of the article does not
have are lower-cased, except the words of a company's name that opens the line with its legal
suffix ("ACME WIDGET AND TOOL CORP 3RD QTR" -> "Acme Widget and Tool Corp 3rd qtr"), and a month
before a day ("QTR FEB 28" -> "qtr Feb 28") (on the CoNLL-2003 dev set, writing unknown words as names and recasing
every ALL-CAPS line, tables and datelines included, both scored lower). One-letter words
("U.S.") stay as they are; the first word of the line starts with a capital. A case change that
would change the length (a few Unicode letters do: "İ" lower-cases to two characters) is not made
for that letter.

A Title-Case title (:func:`is_title_case_line`: not ALL CAPS, at most ``MAX_TITLE_WORDS`` words,
at least ``MIN_TITLE_WORDS`` capitalised words and a share of ``TITLE_SHARE`` of the words that
are no function words) is recased only when ``MIN_BODY_WORDS`` words follow it, and only by
lower-casing: a word is lower-cased when the body writes it (or another inflection of it:
"Endorses", "endorsed") in small letters inside a sentence; a function word or a verb of saying
is lower-cased unless the body writes it with a capital inside a sentence, and so is the article
"A" between spaces.
The first word, words the body has only at sentence starts and words of a pair of capitalised
words the body has too ("Six Nations") keep their capital. Words the body lacks keep it too, unless
the title is capitalised by house style (:func:`_styled_title`: every word but function words
capitalised, and ``MIN_STYLE_EVIDENCE`` of them written in small letters in the body), when
they are lower-cased like the others ("Skips", "Rampages"): on BBC titles, name-heavy lines in
sentence case ("Bristol City 2-1 Milton Keynes"), lower-casing every word the body lacks
lower-cased names.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from transforms.inflection import lemma_candidates
from transforms.lexicon import (
    CUE_LEMMAS,
    LEGAL_SUFFIXES,
    MONTHS,
    SPEECH_VERB_LEMMAS,
    WEAK_CUE_LEMMAS,
)

_RUN = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"[^\n]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘(]\s*|\s[-–—]\s)$")
MIN_CAPS_WORDS = 2
CAPS_SHARE = 0.9
MIN_TITLE_WORDS = 3
TITLE_SHARE = 0.8
MAX_TITLE_WORDS = 30
MIN_BODY_WORDS = 30
MIN_STYLE_EVIDENCE = 2
_FUNCTION_WORDS_TEXT = """
    a an the of to in on at for by with from into onto over under after before about as and or
    but nor so yet if than then that this these those its it is are was were be been has have
    had will would can could may might shall should must not no up down out off per via vs
    says said say sees see set sets
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
_SAYING = CUE_LEMMAS | WEAK_CUE_LEMMAS | SPEECH_VERB_LEMMAS
_STEM_ENDINGS = ("ing", "ies", "ied", "es", "ed", "s", "e")
_PAIR = re.compile(r"\b([^\W\d_]+) (?=([^\W\d_]+)\b)")  # overlapping pairs of words


_DAY = re.compile(r"\s+\d{1,2}\b")  # a day after a month in a wire title ("FEB 28")
# an ALL-CAPS line opening with a company's name: up to four words, then a legal suffix of
# :data:`LEGAL_SUFFIXES` written without full stops ("CORP", "CORP."; a dotted "N.V." is read as
# a word of the name by the word pattern)
_COMPANY_OPENING = re.compile(
    r"(?:[A-Z][A-Z'&.-]*\s+){1,4}(?:"
    + "|".join(sorted({s.rstrip(".").upper() for s in LEGAL_SUFFIXES if "." not in s[:-1]}))
    + r")\b\.?"
)


def _company_end(text: str, start: int, end: int, forms: dict[str, str]) -> int:
    """End of the company's name that opens the ALL-CAPS line ``text[start:end]`` (up to its
    legal suffix), or ``start``: none, or a word of it the article writes in small letters."""
    m = _COMPANY_OPENING.match(text, start, end)
    if m is None:
        return start
    for w in _RUN.finditer(text, start, m.end()):
        key = w.group().casefold()
        if key not in _FUNCTION_WORDS and forms.get(key, "X")[:1].islower():
            return start
    return m.end()


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


def is_title_case_line(line: str) -> bool:
    """True for a headline in Title Case: not ALL CAPS, at most ``MAX_TITLE_WORDS`` words, and of
    its words of two letters or more that are no function words, at least ``MIN_TITLE_WORDS``
    and a share of ``TITLE_SHARE`` start with a capital followed by small letters."""
    words = [w for w in _RUN.findall(line) if len(w) > 1]
    content = [w for w in words if w.casefold() not in _FUNCTION_WORDS]
    titled = sum(w.istitle() for w in content)
    if len(words) > MAX_TITLE_WORDS or titled < MIN_TITLE_WORDS or is_caps_line(line):
        return False
    return sum(w[0].isupper() for w in content) >= TITLE_SHARE * len(content)


def _has_body(text: str, end: int) -> bool:
    """True when the text after the title has ``MIN_BODY_WORDS`` words to take forms from."""
    return any(i >= MIN_BODY_WORDS - 1 for i, _ in enumerate(_RUN.finditer(text, end)))


def _body_forms(
    text: str, caps_spans: list[tuple[int, int]], *, starts: bool = True
) -> dict[str, str]:
    """casefolded word -> the form it has outside the recased lines (only inside a sentence
    without ``starts``)."""
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
    for counter in (
        (initial, inside) if starts else (inside,)
    ):  # forms inside a sentence override sentence starts
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


def _is_saying_verb(key: str) -> bool:
    """True for a casefolded form of a verb of saying ("says", "denies", "slammed", "warn"); not
    for an -ing form, which a title also uses as a noun or a name ("Warning", "Reading")."""
    if key in _SAYING:
        return True
    return not key.endswith("ing") and any(c in _SAYING for c in lemma_candidates(key))


def _body_name_pairs(text: str, start: int) -> set[tuple[str, str]]:
    """Casefolded pairs of adjacent capitalised words in the text from ``start`` ("Six Nations")."""
    return {
        (m.group(1).casefold(), m.group(2).casefold())
        for m in _PAIR.finditer(text, start)
        if m.group(1)[0].isupper() and m.group(2)[0].isupper()
    }


def _stem(key: str) -> str:
    """A casefolded word without its inflection ending ("endorses", "endorsed" -> "endors")."""
    for ending in _STEM_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)]
    return key


def _recase_title_word(
    word: str, forms: dict[str, str], inside: dict[str, str], *, unknown_lower: bool = False
) -> str:
    """A Title-Case word lower-cased, or left as it is (see :func:`_recase_title_line`)."""
    key = word.casefold()
    if not word.istitle() or len(word) == 1:
        return word
    form = inside.get(key)
    if form is None and key in forms and key not in _FUNCTION_WORDS:
        return word  # the body has it only at sentence starts
    if form is None:
        form = inside.get(_stem(key))  # another inflection ("Endorses": "endorsed")
    unknown_kept = not unknown_lower and key not in _FUNCTION_WORDS and not _is_saying_verb(key)
    if form is None and unknown_kept:
        return word  # a word the body lacks: most often a name ("Beltway")
    lower = word.lower()
    keep = form is not None and not form.islower()
    return word if keep or len(lower) != len(word) else lower


def _recase_title_line(text: str, start: int, end: int, out: list[str]) -> None:
    """Recase the Title-Case line ``text[start:end]`` into ``out``: a word is lower-cased when
    the body writes it (or another inflection of it) in small letters inside a sentence, or when
    it is a function word or a verb of saying the body lacks; a word that forms a pair of
    capitalised words the body has too ("Six Nations") keeps its capital, as do other words the
    body lacks ("Beltway"). The first word of the line is left as it is."""
    forms = _body_forms(text, [(start, end)])
    inside = _body_forms(text, [(start, end)], starts=False)
    for key, form in list(inside.items()):
        inside.setdefault(_stem(key), form)
    pairs = _body_name_pairs(text, end)
    words = list(_RUN.finditer(text, start, end))
    named = set()
    for left, right in pairwise(words):
        key = (left.group().casefold(), right.group().casefold())
        if (
            text[left.end() : right.start()] == " "
            and key in pairs
            and not _FUNCTION_WORDS & {*key}
        ):
            named.update((left.start(), right.start()))
    unknown_lower = _styled_title(words, inside)
    for m in words[1:]:
        if m.group() == "A" and text[m.start() - 1 : m.end() + 1] == " A ":
            out[m.start()] = "a"  # the article; other one-letter words stay ("Q&A", "I")
        elif m.start() not in named:
            word = _recase_title_word(m.group(), forms, inside, unknown_lower=unknown_lower)
            out[m.start() : m.end()] = word


def _styled_title(words: list[re.Match[str]], inside: dict[str, str]) -> bool:
    """True for a title capitalised by house style rather than because its words are names:
    every word of two letters or more but function words starts with a capital, and at least
    ``MIN_STYLE_EVIDENCE`` of them the body writes in small letters ("Senator Praises Plan")."""
    content = [
        m.group()
        for m in words
        if len(m.group()) > 1 and m.group().casefold() not in _FUNCTION_WORDS
    ]
    if not all(w[0].isupper() for w in content):
        return False
    lowered = 0
    for w in content:
        form = inside.get(w.casefold()) or inside.get(_stem(w.casefold()))
        lowered += form is not None and form.islower()
    return lowered >= MIN_STYLE_EVIDENCE


def recase_for_parsing(text: str, *, title_only: bool = True) -> str:
    """A same-length copy of ``text`` with its ALL-CAPS lines and a Title-Case title recased
    (see the module docstring).

    With ``title_only`` (the default) only the first line, the title, is recased: ALL-CAPS
    lines further down are mostly datelines and tables of results ("SAN DIEGO 76 60"), which the
    extractors already read as well in capitals as recased. A Title-Case first line
    (:func:`is_title_case_line`) is recased when the text after it has ``MIN_BODY_WORDS`` words.
    """
    lines = list(_LINE.finditer(text))
    if title_only:
        lines = [m for m in lines if m.start() == 0][:1]
    caps = [(m.start(), m.end()) for m in lines if is_caps_line(m.group())]
    title = [
        (m.start(), m.end())
        for m in lines[:1]
        if m.start() == 0 and is_title_case_line(m.group()) and _has_body(text, m.end())
    ]
    if not caps and not title:
        return text
    out = list(text)
    if title:
        _recase_title_line(text, *title[0], out)
    if caps:
        forms = _body_forms(text, caps)
    for start, end in caps:
        first = True
        named = _company_end(text, start, end, forms)  # "ACME WIDGET CORP 3RD QTR": a name
        for m in _RUN.finditer(text, start, end):
            word = _recase_word(m.group(), text[max(start, m.start() - 1) : m.start()], forms)
            in_name = m.start() < named and not first
            dated = m.group().casefold() in MONTHS and _DAY.match(text, m.end(), end) is not None
            if (
                (first or in_name or dated)  # "QTR FEB 28": a date
                and word[:1].islower()
                and len(word[0].upper()) == 1
                and not (in_name and word.casefold() in _FUNCTION_WORDS)  # "Dorn and Pike Corp"
            ):
                word = word[0].upper() + word[1:]
            first = False
            out[m.start() : m.end()] = word
    recased = "".join(out)
    return recased if len(recased) == len(text) else text
