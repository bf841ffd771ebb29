"""Reported speech introduced by a colon, without quotation marks.

- ``X said: [the plan will fail, and soon.]``: a reporting verb right before the colon; the
  content runs from the colon to the end of the paragraph.
- Transcript lines ``JANE ROE: [We will win.]`` / ``Jane Roe: [We will win.]``: a paragraph
  opening with a speaker label (a person's name, or two to four upper-case words) and a colon;
  the content is the rest of the paragraph, if it has a word (``Roe: 1,769.`` is a tally).
  Title-case labels naming nobody (``Delegate Update: …``) are section headings. In the
  headline (the first paragraph) a label naming people or a source is one too
  (``Aides: [Roe will win]``, ``Report: […]``); a kicker (``Breaking: …``) is not.

Quotations inside the content are handled by the caller (a content that is one quotation is the
quotation's row; one holding quotations is ``mixed``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from transforms.quotes.attribution import subject_of
from transforms.quotes.frames import TokenIndex
from transforms.quotes.reported import Reported
from transforms.quotes.reported_content import cue_lemma, is_people
from transforms.quotes.reported_lexicon import CLAUSE_VERBS

_COLON = re.compile(r":[ \t]+(?=\S)")
VERB_DISTANCE = 4  # tokens between the reporting verb and its colon ("said in a statement:")
LABEL_MAX_WORDS = 4
RUN_IN_WORDS = 5  # a heading run into the content ends within its first words
LIST_ITEM_WORDS = 6  # a list item's content ("Roe: Just hang on.") is a few words
_TRIM = " \t\r,;:"
_SOURCE_ENTS = frozenset(("PERSON", "ORG", "NORP"))
_SOURCES = frozenset(("report", "poll", "survey", "study"))


_CAPS_LABEL = re.compile(r"^[A-Z][A-Z.' -]{1,40}:[ \t]+\S", re.MULTILINE)


def _label_speaker(
    doc: Doc, index: TokenIndex, p0: int, colon: Token, transcript: bool = False
) -> Token | None:
    """The last word of a speaker label from the paragraph start to the colon, if it is one.
    In a ``transcript`` (several paragraphs open with an upper-case label) one upper-case word
    ("TAPPER:") is a label too."""
    first = index.first_at_or_after(p0)
    words = [doc[i] for i in range(first, colon.i)]
    if not words or len(words) > LABEL_MAX_WORDS:
        return None
    if not all(t.is_alpha or t.text in (".", "-") for t in words):
        return None
    alpha = [t for t in words if t.is_alpha]
    if not alpha or not all(t.is_title or t.is_upper for t in alpha):
        return None
    person = any(t.ent_type_ == "PERSON" for t in alpha)
    caps = all(t.is_upper for t in alpha)  # a transcript's "JANE ROE:"
    # two or more capitalised words that name nobody ("Delegate Update:") head a section;
    # a headline's label naming people or a source credits it ("Aides: Roe will win")
    last = alpha[-1]
    source = p0 == 0 and (
        last.ent_type_ in _SOURCE_ENTS or is_people(last) or last.lemma_.lower() in _SOURCES
    )
    return last if person or source or (caps and (len(alpha) >= 2 or transcript)) else None


def _verb_before(doc: Doc, colon: Token, p0: int) -> Token | None:
    """A reporting verb at most :data:`VERB_DISTANCE` tokens before the colon, in its paragraph."""
    for i in range(colon.i - 1, max(-1, colon.i - 1 - VERB_DISTANCE), -1):
        t = doc[i]
        if t.idx < p0 or t.text in (".", "!", "?", ";"):
            return None
        if t.pos_ == "VERB" and cue_lemma(t) in CLAUSE_VERBS:
            return t
    return None


def colon_relations(index: TokenIndex, text: str) -> list[Reported]:
    """Every colon-introduced relation of the document (``text`` is ``index.doc.text``)."""
    doc = index.doc
    out: list[Reported] = []
    labelled: list[tuple[int, int, int, int, Reported]] = []  # (para start, end, content)
    transcript = len(_CAPS_LABEL.findall(text)) >= 2
    for m in _COLON.finditer(text):
        k = index.first_at_or_after(m.start())
        if k >= len(doc) or doc[k].idx != m.start() or doc[k].text != ":":
            continue
        colon = doc[k]
        p0 = text.rfind("\n", 0, m.start()) + 1
        p1 = text.find("\n", m.end())
        p1 = len(text) if p1 < 0 else p1
        s, e = m.end(), p1
        while e > s and text[e - 1] in _TRIM:
            e -= 1
        if e <= s or index.quoted(colon.idx):
            continue
        verb = _verb_before(doc, colon, p0)
        if verb is not None:
            speaker = subject_of(verb, index)
            out.append(Reported(((s, e),), verb.idx, verb.idx + len(verb), speaker))
            continue
        label = _label_speaker(doc, index, p0, colon, transcript)
        if label is None or not any(ch.isalpha() for ch in text[s:e]):  # not "Roe: 1,769."
            continue
        if _run_in_heading(doc, index, s, e):
            continue
        labelled.append((p0, p1, s, e, Reported(((s, e),), colon.idx, colon.idx + 1, label)))
    return out + _without_list_items(labelled, text, transcript)


def _run_in_heading(doc: Doc, index: TokenIndex, s: int, e: int) -> bool:
    """The content opens with a heading run into its paragraph ("Roe: Student loans Some big
    ideas …"): a capitalised function word or number ("Some", "On", "Two") right after a
    lower-case content word, within the first words (a headline in title case, "Roe: Trump Is
    Trying To Win", has none)."""
    first = index.first_at_or_after(s)
    for i in range(first + 1, min(first + RUN_IN_WORDS, len(doc))):
        t, prev = doc[i], doc[i - 1]
        if t.idx >= e or not prev.is_alpha:
            return False
        if (
            prev.is_lower
            and not prev.is_stop
            and t.is_title
            and (t.is_stop or t.like_num)
            and t.text != "I"
        ):
            return True
    return False


def _without_list_items(
    labelled: list[tuple[int, int, int, int, Reported]], text: str, transcript: bool
) -> list[Reported]:
    """Drop list items: two or more label paragraphs below the headline with a content of a
    few words, each followed by a paragraph of text that is no label row ("Roe: Hang on." then
    the section about Roe); an interview's short answers alternate with label rows."""
    starts = {p0 for p0, *_ in labelled}

    def item(p0: int, p1: int, s: int, e: int) -> bool:
        if transcript or p0 == 0 or len(text[s:e].split()) > LIST_ITEM_WORDS:
            return False
        nxt = p1 + 1
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        return nxt < len(text) and nxt not in starts

    items = [item(p0, p1, s, e) for p0, p1, s, e, _ in labelled]
    many = sum(items) >= 2
    return [r for (*_, r), it in zip(labelled, items, strict=True) if not (many and it)]
