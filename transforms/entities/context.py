"""Label repair from the document's own evidence: places in context, consistent labels.

* ``place_persons``: a name after "in"/"near", "to" after a motion verb, or "city of" is a
  place; a hyphenated compound "X-on-Y" is one place; "the newspaper X" is an organisation;
* ``harmonise_labels``: the same string gets the same label throughout the document
  (surnames of full PERSON names, place over person, majority label, headlines follow the body).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Token

from transforms.entities.layout import Layout
from transforms.entities.resolve import near_surname
from transforms.entities.spans import Cand, TokenView


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


# Prepositions that put a following name in a place reading ("in X", "near X").
_PLACE_PREPS = frozenset({"in", "near", "outside", "across", "around", "inside", "throughout"})


_PLACE_NOUNS = _words(
    """
    city town village capital region province port district county suburb outskirts
    island state republic oblast municipality
    """
)


# A common noun right before a name in apposition: "the newspaper X" names an organisation.
_ORG_NOUNS = _words(
    """
    newspaper magazine daily tabloid weekly journal agency broadcaster channel network
    station website company firm group party bank airline carrier retailer publisher
    label studio club team band
    """
)


_INDEFINITE = frozenset({"a", "an"})


_CONNECTORS = frozenset(
    {"on", "upon", "under", "in", "le", "la", "les", "sur", "en", "am", "an", "de"}
)


# Motion verbs whose "to X" is a destination.
_MOTION = _words(
    """
    go come drive travel fly move return head march retreat withdraw send deploy arrive
    walk sail flee relocate transfer advance push race run ride turn back
    """
)


def _key(v: TokenView, c: Cand) -> str:
    return " ".join(v.text[c.start : c.end]).casefold()


def _person_parts(v: TokenView, cands: list[Cand]) -> tuple[set[str], set[str]]:
    """Casefolded surnames and all words of the full (two or more words) PERSON names."""
    surnames: set[str] = set()
    words: set[str] = set()
    for c in cands:
        if c.label == "PERSON" and c.end - c.start >= 2 and len(v.text[c.end - 1]) > 2:
            surnames.add(v.text[c.end - 1].casefold())
            words.update(t.casefold() for t in v.text[c.start : c.end])
    return surnames, words


def harmonise_labels(v: TokenView, cands: list[Cand], layout: Layout) -> None:
    """Make the labels of repeated strings agree, using evidence from the whole document.

    In order: a single word that is the surname of a full PERSON name of the document (or a
    close spelling variant of one) is PERSON; a string tagged both PERSON and GPE/LOC, never
    with a title and not part of a full PERSON name, is a place; otherwise the label the string has most often
    in ordinary lines wins. Mentions in all-caps lines (headlines, where the tagger is
    unreliable) always take the label of the same string in ordinary lines.
    """
    caps = []
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        ln = layout.line_at(v.tokens[c.start].idx)
        in_caps = ln is not None and ln.all_caps
        caps.append(in_caps)
        if not in_caps and c.source not in {"dateline", "table"}:
            counts[_key(v, c)][c.label] += 1
    surnames, person_words = _person_parts(v, cands)
    titled = {_key(v, c) for c in cands if c.title}
    for c, in_caps in zip(cands, caps, strict=True):
        if c.source in {"dateline", "table"}:
            continue
        key = _key(v, c)
        if c.end - c.start == 1 and (
            key in surnames
            or (c.label in {"PERSON", "NORP", "ORG"} and near_surname(key, surnames))
        ):
            c.label = "PERSON"
            continue
        cnt = counts.get(key)
        if not cnt:
            continue
        places = [(n, lab) for lab, n in cnt.items() if lab in {"GPE", "LOC"}]
        if cnt.get("PERSON") and places and key not in person_words and key not in titled:
            c.label = max(places)[1]
            continue
        (best, n), *rest = [*cnt.most_common(2), ("", 0)]
        if in_caps or n > rest[0][1]:
            c.label = best


def _compound_extent(v: TokenView, c: Cand) -> tuple[int, int] | None:
    """Extent of a hyphenated place compound around ``c`` ("X-on-Y", "X-upon-Y"), or None."""
    s, e = c.start, c.end
    found = False
    while e + 2 < v.n and v.text[e] == "-" and not v.ws(e - 1) and not v.ws(e):
        if (
            v.text[e + 1] in _CONNECTORS
            and v.text[e + 2] == "-"
            and e + 3 < v.n
            and not v.ws(e + 1)
            and not v.ws(e + 2)
            and v.text[e + 3][:1].isupper()
        ):
            e += 4
            found = True
            continue
        break
    while s - 3 >= 0 and v.text[s - 1] == "-" and v.text[s - 2] in _CONNECTORS:
        if v.text[s - 3] != "-" or v.ws(s - 1) or v.ws(s - 2) or v.ws(s - 3) or s - 4 < 0:
            break
        if not v.text[s - 4][:1].isupper() or v.ws(s - 4):
            break
        s -= 4
        found = True
    return (s, e) if found else None


def _governor(token: Token) -> Token:
    """The head of ``token``, skipping adverbs and particles ("drive back down to X" -> drive)."""
    h = token.head
    for _ in range(4):
        if h.pos_ not in {"ADV", "ADP", "PART"} or h.head is h:
            break
        h = h.head
    return h


# English place-name endings that person names do not have (a morphology cue, not a gazetteer).
_PLACE_SUFFIX = re.compile(r"(?:shire|grad|gorod|\w{4}stan|polis|burgh?)$")


def place_persons(v: TokenView, cands: list[Cand]) -> None:
    """Names that the context shows to be places become GPE.

    A one-word PERSON after "in"/"near", after "to" governed by a motion verb, or after "city
    of"/"town of" is a place, unless the word is the surname of a full PERSON name in the
    document or takes a possessive; so is one ending like a place name ("-shire", "-grad",
    "-stan", "-polis", "-burg"). Any span inside a hyphenated compound "X-on-Y" is widened
    to the whole compound and labelled GPE.
    """
    surnames = {v.text[c.end - 1] for c in cands if c.label == "PERSON" and c.end - c.start >= 2}
    for c in cands:
        ext = _compound_extent(v, c)
        if ext is not None:
            c.start, c.end = ext
            if c.label in {"PERSON", "ORG", "NORP"}:
                c.label = "GPE"
            continue
        if c.label != "PERSON" or c.title:
            continue
        word = v.text[c.start]
        if c.end - c.start == 1 and word not in surnames and _PLACE_SUFFIX.search(word):
            c.label = "GPE"  # "Leicestershire", "Volgograd", "Kurdistan"
            continue
        if c.start == 0:
            continue
        prev = v.tokens[c.start - 1]
        low = prev.lower_
        if low in _ORG_NOUNS:
            c.label = "ORG"
            continue
        if c.end - c.start != 1:
            continue
        if v.text[c.start] in surnames or (c.end < v.n and v.is_possessive(c.end)):
            continue
        if (
            low in _INDEFINITE
            and c.end < v.n
            and v.text[c.end][:1].islower()
            and v.text[c.end].isalpha()
        ):
            c.label = ""  # "a Frankenstein monster": a name used as a modifier, not a mention
        elif (
            low in _PLACE_PREPS
            or (low == "to" and _governor(prev).lemma_ in _MOTION)
            or (
                low == "of"
                and c.start >= 2
                and v.tokens[c.start - 2].lemma_.lower() in _PLACE_NOUNS
            )
        ):
            c.label = "GPE"
