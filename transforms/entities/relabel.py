"""Document-level label repair and recall: titles, layout cues, label consistency, propagation.

Every rule uses evidence from the same document only (no name lists).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from jellyfish import jaro_winkler_similarity
from spacy.tokens import Token

from transforms.entities.layout import Layout
from transforms.entities.spans import Cand, TokenView
from transforms.entities.titles import is_title_head, is_title_word, title_run_before

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
FUZZY_SURNAME = 0.9  # Jaro-Winkler similarity of a surname spelling variant
# Prepositions that put a following name in a place reading ("in X", "near X").
_PLACE_PREPS = frozenset({"in", "near", "outside", "across", "around", "inside", "throughout"})
_PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "capital",
        "region",
        "province",
        "port",
        "district",
        "county",
        "suburb",
        "outskirts",
        "island",
        "state",
        "republic",
        "oblast",
        "municipality",
    }
)
# A common noun right before a name in apposition: "the newspaper X" names an organisation.
_ORG_NOUNS = frozenset(
    {
        "newspaper",
        "magazine",
        "daily",
        "tabloid",
        "weekly",
        "journal",
        "agency",
        "broadcaster",
        "channel",
        "network",
        "station",
        "website",
        "company",
        "firm",
        "group",
        "party",
        "bank",
        "airline",
        "carrier",
        "retailer",
        "publisher",
        "label",
        "studio",
        "club",
        "team",
        "band",
    }
)
_INDEFINITE = frozenset({"a", "an"})
_CONNECTORS = frozenset(
    {"on", "upon", "under", "in", "le", "la", "les", "sur", "en", "am", "an", "de"}
)
# Motion verbs whose "to X" is a destination.
_MOTION = frozenset(
    {
        "go",
        "come",
        "drive",
        "travel",
        "fly",
        "move",
        "return",
        "head",
        "march",
        "retreat",
        "withdraw",
        "send",
        "deploy",
        "arrive",
        "walk",
        "sail",
        "flee",
        "relocate",
        "transfer",
        "advance",
        "push",
        "race",
        "run",
        "ride",
        "turn",
        "back",
    }
)


def join_first_names(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """Join a one-word non-PERSON span glued to a following PERSON span ("[Aleksandr][Volkov]").

    The tagger sometimes gives an unfamiliar first name its own place or organisation label;
    a capitalised proper noun directly before a PERSON (white space only between) is part of
    the name.
    """
    by_start = {c.start: c for c in cands}
    drop: set[int] = set()
    for c in cands:
        nxt = by_start.get(c.end)
        if (
            nxt is not None
            and nxt.label == "PERSON"
            and c.label in {"GPE", "ORG", "NORP", "LOC"}
            and c.end - c.start == 1
            and nxt.end - nxt.start == 1
            and v.ws(c.start)
            and "\n" not in v.doc[c.start].whitespace_
            and v.tag(c.start) == "NNP"
            and v.text[c.start].isalpha()
            and not v.text[c.start].isupper()
        ):
            nxt.start = c.start
            nxt.source = "joined"
            drop.add(id(c))
    return [c for c in cands if id(c) not in drop]


def add_titles(v: TokenView, cands: list[Cand]) -> None:
    """Record the title run just before a name ("Mr." X) and make the mention a PERSON.

    A person honorific ("Mr.", "Dr.", "Gen.") relabels the span as PERSON; an office
    ("Defence Minister") does so only for a name-like span of two or three capitalised words.
    """
    for c in cands:
        if c.title is not None:  # already split off from inside the span
            continue
        j = title_run_before(v.text, c.start)
        if j == c.start:
            continue
        words = v.text[j : c.start]
        honorific = is_title_word(words[-1]) and not is_title_head(words[-1])
        name_like = 2 <= c.end - c.start <= 3 and all(
            t[:1].isupper() and t.isalpha() and not t.isupper() for t in v.text[c.start : c.end]
        )
        if c.label == "PERSON" or (
            (honorific or name_like) and c.label in {"ORG", "GPE", "NORP", "LOC", "FAC"}
        ):
            c.label = "PERSON"
            c.title = v.doc[j : c.start].text


def drop_title_parts(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """Drop a span that is part of a title ("Defence" in "Defence Minister X", "State" in
    "Secretary of State X")."""
    starts = {c.start for c in cands if c.label == "PERSON"}
    out = []
    for c in cands:
        s = c.start
        if (
            c.label != "PERSON"
            and c.end - s == 1
            and s >= 2
            and v.text[s - 1] == "of"
            and is_title_head(v.text[s - 2])
            and v.text[s - 2][:1].isupper()
            and c.end < v.n
            and v.text[c.end][:1].isupper()
        ):
            continue  # "State" in "Secretary of State X"
        e = c.end
        if e < v.n and is_title_head(v.text[e]) and v.text[e][:1].isupper():
            k = e + 1
            while k < v.n and is_title_word(v.text[k]):
                k += 1
            if k in starts or (k < v.n and v.text[k][:1].isupper() and c.label != "PERSON"):
                continue
        out.append(c)
    return out


def apply_layout(v: TokenView, cands: list[Cand], layout: Layout) -> list[Cand]:
    """Datelines give places; in results tables a place followed by a score is a team (ORG)."""
    doc = v.doc
    # datelines: tokens covered by a dateline place become one GPE mention
    for ln in layout.lines:
        for a, b in ln.dateline:
            span = doc.char_span(a, b, alignment_mode="contract")
            if span is None or len(span) == 0:
                continue
            cands = [c for c in cands if c.end <= span.start or c.start >= span.end]
            cands.append(Cand(span.start, span.end, "GPE", None, "dateline"))
    # tables: team names followed by a score
    covered = bytearray(v.n)
    for c in cands:
        for i in range(c.start, c.end):
            covered[i] = 1
    for c in cands:
        ln = layout.line_at(doc[c.start].idx)
        if ln is None or not ln.table:
            continue
        if c.label in PLACE_LABELS | {"NORP"} and c.end < v.n and v.is_numeric(c.end):
            c.label = "ORG"
    new: list[Cand] = []
    for ln in layout.lines:
        if not ln.table:
            continue
        span = doc.char_span(ln.start, ln.end, alignment_mode="contract")
        if span is None:
            continue
        i = span.start
        while i < span.end:
            if covered[i] or not v.text[i][:1].isupper():
                i += 1
                continue
            j = i
            while (
                j < span.end and not covered[j] and v.text[j][:1].isupper() and v.text[j].isalpha()
            ):
                j += 1
            at_line_start = i == span.start or v.is_numeric(i - 1)
            if (
                j > i
                and j - i <= 3
                and at_line_start
                and j < span.end
                and v.is_numeric(j)
                and all(len(v.text[k]) > 1 for k in range(i, j))
            ):
                new.append(Cand(i, j, "ORG", None, "table"))
            i = max(j, i + 1)
    return cands + new


# In capitals the tagger cannot see verbs and prepositions: these words end a name there.
_CAPS_BREAKS = frozenset(
    [
        "at",
        "v",
        "vs",
        "versus",
        "beat",
        "beats",
        "in",
        "on",
        "to",
        "after",
        "against",
        "over",
        "with",
        "by",
        "from",
        "for",
        "into",
        "as",
        "is",
        "are",
        "wins",
        "win",
        "takes",
        "take",
        "set",
        "sets",
        "says",
        "say",
        "said",
    ]
)


def split_caps_spans(v: TokenView, cands: list[Cand], layout: Layout) -> list[Cand]:
    """Repair spans in all-caps lines (headlines, table headers) using the document body.

    A span is split at words that cannot be inside a name ("BALTIMORE AT SEATTLE"); a piece
    that starts with a name known from ordinary lines keeps only that name ("ENGLAND BEAT" ->
    "ENGLAND" when "England" occurs in the body).
    """
    doc = v.doc
    body: set[tuple[str, ...]] = set()
    caps: list[bool] = []
    for c in cands:
        ln = layout.line_at(doc[c.start].idx)
        in_caps = ln is not None and ln.all_caps
        caps.append(in_caps)
        if not in_caps:
            body.add(tuple(t.casefold() for t in v.text[c.start : c.end]))
            if c.label == "PERSON" and c.end - c.start >= 2:
                body.add((v.text[c.end - 1].casefold(),))
    if not any(caps):
        return cands
    out: list[Cand] = []
    for c, in_caps in zip(cands, caps, strict=True):
        if in_caps:
            ln = layout.line_at(doc[c.start].idx)
            if ln is not None and doc[c.end - 1].idx < ln.slug_end:
                continue  # the section slug of a headline ("SOCCER - ...")
        if not in_caps or c.end - c.start < 2:
            out.append(c)
            continue
        s = c.start
        pieces = []
        for i in range(c.start, c.end + 1):
            if i == c.end or v.text[i].casefold() in _CAPS_BREAKS:
                if i > s:
                    pieces.append(Cand(s, i, c.label, c.title, "split"))
                s = i + 1
        for p in pieces:
            words = tuple(t.casefold() for t in v.text[p.start : p.end])
            if len(words) > 1 and words not in body:
                for k in range(len(words) - 1, 0, -1):
                    if words[:k] in body:
                        p.end = p.start + k
                        break
            out.append(p)
    return out


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


def _near_surname(word: str, surnames: set[str]) -> bool:
    """A spelling variant of a surname of the document ("Prigogine" for "Prigozhin")."""
    if len(word) < 5:
        return False
    return any(
        s[0] == word[0] and jaro_winkler_similarity(word, s) >= FUZZY_SURNAME
        for s in surnames
        if len(s) >= 5
    )


def harmonise_labels(v: TokenView, cands: list[Cand], layout: Layout) -> None:
    """Make the labels of repeated strings agree, using evidence from the whole document.

    In order: a single word that is the surname of a full PERSON name of the document (or a
    close spelling variant of one) is PERSON; a string tagged both PERSON and GPE/LOC, never
    with a title and not part of a full PERSON name, is a place; otherwise the label the string has most often
    in ordinary lines wins. Mentions in all-caps lines (headlines, where the tagger is
    unreliable) always take the label of the same string in ordinary lines.
    """
    doc = v.doc
    caps = []
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        ln = layout.line_at(doc[c.start].idx)
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
            or (c.label in {"PERSON", "NORP", "ORG"} and _near_surname(key, surnames))
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


def place_persons(v: TokenView, cands: list[Cand]) -> None:
    """Names that the context shows to be places become GPE.

    A one-word PERSON after "in"/"near", after "to" governed by a motion verb, or after "city
    of"/"town of" is a place, unless the word is the surname of a full PERSON name in the
    document or takes a possessive. Any span inside a hyphenated compound "X-on-Y" is widened
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
        if c.label != "PERSON" or c.title or c.start == 0:
            continue
        prev = v.doc[c.start - 1]
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
            or (low == "of" and c.start >= 2 and v.doc[c.start - 2].lemma_.lower() in _PLACE_NOUNS)
        ):
            c.label = "GPE"


MAX_PROPAGATE = 4


_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")


def _name_word(v: TokenView, i: int, stop: frozenset[str]) -> bool:
    """A capitalised proper noun that can be part of a person's name."""
    t = v.text[i]
    return (
        t[:1].isupper()
        and t.isalpha()
        and len(t) > 1
        and not t.isupper()
        and t.lower() not in stop
        and not is_title_word(t)
        and not is_title_head(t)
        and v.tag(i) == "NNP"
    )


def complete_persons(v: TokenView, cands: list[Cand], *, stop: frozenset[str]) -> list[Cand]:
    """Complete person names the tagger cut short.

    * an initial before a surname ("R. Smith", "A.J. Smith") joins it as one PERSON, whatever
      the tagger made of the initial;
    * an untagged proper noun right before a one-word PERSON is its first name ("[Emil] Valle").
    """
    by_start = {c.start: c for c in cands}
    covered = bytearray(v.n)
    for c in cands:
        for i in range(c.start, c.end):
            covered[i] = 1
    drop: set[int] = set()
    new: list[Cand] = []
    for i in range(v.n - 1):
        if not _INITIAL.match(v.text[i]) or not v.ws(i):
            continue
        j = i + 1
        if not _name_word(v, j, stop):
            continue
        here = by_start.get(i)
        nxt = by_start.get(j)
        if here is not None and here.end - here.start > 1:
            continue  # already part of a longer name
        if nxt is not None and (nxt.label != "PERSON" or nxt.end - nxt.start > 1):
            continue
        if nxt is None and covered[j]:
            continue
        for c in (here, nxt):
            if c is not None:
                drop.add(id(c))
        new.append(Cand(i, j + 1, "PERSON", None, "initial"))
    cands = [c for c in cands if id(c) not in drop] + new
    for c in cands:
        p = c.start - 1
        if (
            c.label == "PERSON"
            and c.title is None  # a titled name is preceded by its title, not a first name
            and c.end - c.start == 1
            and p >= 0
            and not covered[p]
            and v.ws(p)
            and _name_word(v, p, stop)
        ):
            c.start = p
            covered[p] = 1
    return cands


_LIST_SEPS = frozenset({",", ";", "-", "–", "\n"})


def person_runs(v: TokenView, cands: list[Cand], *, stop: frozenset[str]) -> list[Cand]:
    """Untagged two- or three-word proper-noun runs that share a name with a PERSON of the doc.

    "Ilya X" is a person when another full PERSON name of the document starts with "Ilya",
    when "X" (or a close spelling of it) is a PERSON mention of the document, when the run is
    an item of a list whose neighbouring item is a full PERSON name ("A B , C D"), or when a
    country in brackets follows it as in results ("A B ( Norway )").
    """
    firsts: set[str] = set()
    lasts: set[str] = set()
    for c in cands:
        if c.label != "PERSON":
            continue
        if c.end - c.start >= 2 and len(v.text[c.start]) > 2:
            firsts.add(v.text[c.start])
        lasts.add(v.text[c.end - 1].casefold())
    if not firsts and not lasts:
        return cands
    covered = bytearray(v.n)
    for c in cands:
        for i in range(c.start, c.end):
            covered[i] = 1

    def name_word(i: int) -> bool:
        t = v.text[i]
        return (
            not covered[i]
            and t[:1].isupper()
            and t.isalpha()
            and len(t) > 1
            and not t.isupper()
            and t.lower() not in stop
            and not is_title_word(t)
            and not is_title_head(t)
            and v.tag(i) == "NNP"
        )

    label_at: dict[int, Cand] = {}
    for c in cands:
        for k in range(c.start, c.end):
            label_at[k] = c

    def list_neighbour(i: int, j: int) -> bool:
        """A full PERSON name is the neighbouring item of a list ("A B , C D ;")."""
        for k, step in ((i - 1, -1), (j, 1)):
            seps = 0
            while 0 <= k < v.n and (v.text[k] in _LIST_SEPS or v.is_numeric(k)):
                seps += v.text[k] in {",", ";"}
                k += step
            c = label_at.get(k)
            if seps and c is not None and c.label == "PERSON" and c.end - c.start >= 2:
                return True
        return False

    def country_follows(j: int) -> bool:
        """Results style "First Last ( Country )"."""
        if j + 2 >= v.n or v.text[j] != "(":
            return False
        c = label_at.get(j + 1)
        return c is not None and c.label == "GPE" and c.end < v.n and v.text[c.end] == ")"

    # "[Ilya] [Kuznetsov/ORG]": a known first name before a one-word span makes it a PERSON
    for c in cands:
        p = c.start - 1
        if (
            c.label in {"ORG", "GPE", "NORP"}
            and c.end - c.start == 1
            and p >= 0
            and v.text[p] in firsts
            and name_word(p)
            and v.ws(p)
        ):
            c.start, c.label = p, "PERSON"
            covered[p] = 1
    new: list[Cand] = []
    i = 0
    while i < v.n - 1:
        if not name_word(i):
            i += 1
            continue
        j = i + 1
        while j < v.n and j - i < 4 and name_word(j):
            j += 1
        if 2 <= j - i <= 3:
            last = v.text[j - 1].casefold()
            if (
                v.text[i] in firsts
                or last in lasts
                or _near_surname(last, lasts)
                or list_neighbour(i, j)
                or country_follows(j)
            ):
                new.append(Cand(i, j, "PERSON", None, "propagated"))
        i = j
    return cands + new


def _cap_word(text: list[str], i: int) -> bool:
    """A capitalised word that is not a title: it would make a longer name with a neighbour."""
    if i < 0 or i >= len(text):
        return False
    t = text[i]
    if t.isupper() and t.casefold() in _CAPS_BREAKS:  # "BEAT", "IN" in a headline
        return False
    return t[:1].isupper() and t.isalpha() and not is_title_word(t) and not is_title_head(t)


def propagate(v: TokenView, cands: list[Cand], layout: Layout) -> list[Cand]:
    """Tag untagged repetitions of names found elsewhere in the document.

    Known forms are the mentions' token sequences and the surnames of full PERSON names; in
    all-caps lines they are matched in capitals too. Only capitalised tokens start a match.
    """
    known: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for c in cands:
        toks = tuple(v.text[c.start : c.end])
        if len(toks) > MAX_PROPAGATE:
            continue
        known[toks][c.label] += 1
        if c.label == "PERSON" and len(toks) >= 2 and len(toks[-1]) > 1 and toks[-1].isalpha():
            known[(toks[-1],)]["PERSON"] += 1
    if not known:
        return cands
    labels = {k: cnt.most_common(1)[0][0] for k, cnt in known.items()}
    upper = {tuple(t.upper() for t in k): lab for k, lab in labels.items()}
    covered = bytearray(v.n)
    for c in cands:
        for i in range(c.start, c.end):
            covered[i] = 1
    first = {k[0] for k in labels} | {k[0] for k in upper}
    new: list[Cand] = []
    text = v.text
    i = 0
    n = v.n
    while i < n:
        t = text[i]
        if covered[i] or t not in first or not t[:1].isupper():
            i += 1
            continue
        hit = None
        in_caps = False
        if t.isupper():
            ln = layout.line_at(v.doc[i].idx)
            in_caps = ln is not None and ln.all_caps
        for size in range(min(MAX_PROPAGATE, n - i), 0, -1):
            if any(covered[i : i + size]):
                continue
            toks = tuple(text[i : i + size])
            lab = labels.get(toks)
            if lab is None and in_caps:
                lab = upper.get(toks)
            if lab is not None:
                hit = (size, lab)
                break
        if hit is None:
            i += 1
            continue
        size, lab = hit
        # a capitalised neighbour means a longer, different name ("Kent" vs "Kent State"),
        # except in an all-caps headline where every word is capitalised
        neighbour = _cap_word(text, i + 1) or (i > 0 and _cap_word(text, i - 1))
        if size == 1 and neighbour and not in_caps:
            i += 1
            continue
        new.append(Cand(i, i + size, lab, None, "propagated"))
        i += size
    return cands + new
