"""Reported speech introduced by a colon, without quotation marks.

- ``X said: [the plan will fail, and soon.]``: a reporting verb right before the colon; the
  content runs from the colon to the end of the paragraph.
- Transcript lines ``JANE ROE: [We will win.]`` / ``Jane Roe: [We will win.]``: a paragraph
  opening with a speaker label (a person's name, or two to four upper-case words) and a colon;
  the content is the rest of the paragraph, if it has a word (``Roe: 1,769.`` is a tally).
  Title-case labels naming nobody (``Delegate Update: …``) are section headings. In the
  headline (the first paragraph) a label naming people, a body, an office or a source is one
  too (``Aides: [Roe will win]``, ``Police: […]``, ``Report: […]``, in lower case a description
  headed by such a noun: ``Acme chief: […]``), after a kicker and a spaced dash
  (``EXCLUSIVE – Roe: […]``) and before an addressee (``Roe to voters: […]``); a kicker
  (``Breaking: …``) is not. A headline's content must say something: a verb that does not modify
  a noun, or a quotation (``Roe: King of the bestsellers`` names a topic). Only the first line
  is a headline here; later short lines (subheads) were not tried.
- An editorial heading is never a speaker label, in a transcript either (``CORRECTION: …``,
  ``UPDATE: …``, ``NOTE: …``): a label whose words are all newsroom heading words.

Quotations inside the content are handled by the caller (a content that is one quotation is the
quotation's row; one holding quotations is ``mixed``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from transforms.entities.titles import is_title_head, is_title_word
from transforms.quotes.cue_subjects import subject_of
from transforms.quotes.frames import TokenIndex
from transforms.quotes.reported import Reported
from transforms.quotes.reported_content import cue_lemma, is_people
from transforms.quotes.reported_lexicon import CLAUSE_VERBS, PEOPLE_NOUNS, SPEAKING_BODY_NOUNS
from transforms.quotes.reported_prepositions import words

_COLON = re.compile(r":[ \t]+(?=\S)")
VERB_DISTANCE = 4  # tokens between the reporting verb and its colon ("said in a statement:")
LABEL_MAX_WORDS = 4
RUN_IN_WORDS = 5  # a heading run into the content ends within its first words
LIST_ITEM_WORDS = 6  # a list item's content ("Roe: Just hang on.") is a few words
_TRIM = " \t\r,;:"
_SOURCE_ENTS = frozenset(("PERSON", "ORG", "NORP"))
_SOURCES = frozenset(("report", "poll", "survey", "study"))
_MODIFIER_DEPS = frozenset(("amod", "compound"))
_DASHES = frozenset(("–", "—", "-", "|"))
# Newsroom headings and notices that open a paragraph with a colon (general newsroom lexicon)
_HEADING_WORDS = words(
    """correction corrections clarification clarifications update updated updates note notes
    disclosure advisory addendum erratum postscript related breaking developing
    exclusive analysis opinion commentary editorial video photo photos watch listen
    """
)


_WORD = re.compile(r"[^\W\d_]+")


def is_heading(label: str) -> bool:
    """Whether a label before a colon is a newsroom heading ("CORRECTION", "Update"): every
    word of it is one of :data:`_HEADING_WORDS`."""
    words = _WORD.findall(label.lower())
    return bool(words) and all(w in _HEADING_WORDS for w in words)


_CAPS_LABEL = re.compile(r"^[A-Z][A-Z.' -]{1,40}:[ \t]+\S", re.MULTILINE)


def _label_speaker(
    doc: Doc, index: TokenIndex, p0: int, colon: Token, transcript: bool = False
) -> Token | None:
    """The last word of a speaker label from the paragraph start to the colon, if it is one.
    In a ``transcript`` (several paragraphs open with an upper-case label) one upper-case word
    ("TAPPER:") is a label too."""
    first = index.first_at_or_after(p0)
    words = [doc[i] for i in range(first, colon.i)]
    if p0 == 0:
        words = _headline_label(words)
    if not words or len(words) > LABEL_MAX_WORDS:
        return None
    if not all(t.is_alpha or t.text in (".", "-") for t in words):
        return None
    alpha = [t for t in words if t.is_alpha]
    if not alpha or is_heading(" ".join(t.text for t in alpha)):
        return None  # "CORRECTION:", "UPDATE:": a heading
    if not all(t.is_title or t.is_upper for t in alpha):
        # a headline's description of a speaker in lower case ("Acme chief: …", "Oil firm
        # boss: …"): words before a noun of people or an office, no determiner or pronoun
        return _described_speaker(alpha) if p0 == 0 else None
    person = any(t.ent_type_ == "PERSON" for t in alpha)
    caps = all(t.is_upper for t in alpha)  # a transcript's "JANE ROE:"
    # two or more capitalised words that name nobody ("Delegate Update:") head a section;
    # a headline's label naming people or a source credits it ("Aides: Roe will win")
    last = alpha[-1]
    source = p0 == 0 and source_word(last)
    return last if person or source or (caps and (len(alpha) >= 2 or transcript)) else None


def source_word(last: Token) -> bool:
    """Whether a headline label's last word names people, a body, an office or a source."""
    return (
        last.ent_type_ in _SOURCE_ENTS
        or is_people(last)
        or _agent_noun(last)
        or last.lemma_.lower() in _SOURCES
    )


def _headline_label(words: list[Token]) -> list[Token]:
    """A headline label without a kicker before a spaced dash ("EXCLUSIVE – Jane Roe: …") and
    without the addressee after "to" ("Jane Roe to voters: …")."""
    dash = max(
        (k for k, t in enumerate(words) if t.text in _DASHES and t.whitespace_ and k > 0),
        default=-1,
    )
    if 0 < dash < len(words) - 1 and words[dash - 1].whitespace_:
        words = words[dash + 1 :]
    to = next((k for k, t in enumerate(words) if t.text == "to"), -1)
    return words[:to] if to > 0 else words


def _described_speaker(alpha: list[Token]) -> Token | None:
    """The head of a headline label in lower case when it names a speaker: a noun of people or
    an agent noun of the lexicon ("Acme chief", "Union boss"), no determiner or pronoun."""
    head = alpha[-1]
    if head.pos_ not in ("NOUN", "PROPN") or not (is_people(head) or _agent_noun(head)):
        return None
    if any(t.pos_ in ("DET", "PRON") or t.is_stop for t in alpha):
        return None
    return head


def _agent_noun(tok: Token) -> bool:
    """A title or office ("minister", "governor"), a noun of people, or of a speaking body or
    its head, in the singular or plural whatever its tag ("Police", "Union Leaders")."""
    word = tok.lemma_.lower()
    words = {word, word[:-1]} if word.endswith("s") else {word}
    return is_title_word(tok.text) or any(
        is_title_head(w) or w in SPEAKING_BODY_NOUNS or w in PEOPLE_NOUNS for w in words
    )


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
        if p0 == 0 and not transcript and not clause_or_quotation(doc, index, s, e):
            continue  # a headline's "Roe: King of the bestsellers" names a topic
        labelled.append((p0, p1, s, e, Reported(((s, e),), colon.idx, colon.idx + 1, label)))
    return out + _without_list_items(labelled, text, transcript)


def clause_or_quotation(doc: Doc, index: TokenIndex, s: int, e: int) -> bool:
    """The content says something: it has a verb that is not a noun's modifier (headlines drop
    auxiliaries: "two held after raid", "Roe to stand again"; "the acting outlaw" names a
    topic) or a quotation."""
    i = index.first_at_or_after(s)
    while i < len(doc) and doc[i].idx < e:
        t = doc[i]
        if (t.pos_ in ("VERB", "AUX") and t.dep_ not in _MODIFIER_DEPS) or index.quoted(t.idx):
            return True
        i += 1
    return False


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
