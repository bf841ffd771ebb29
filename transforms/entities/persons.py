"""Person names: titles, and names the tagger cut short, split or missed.

Evidence comes from the document only: a title before a name, an initial before a surname,
a first name or surname shared with another PERSON of the document, list neighbours.
"""

from __future__ import annotations

import re

from transforms.entities.resolve import near_surname
from transforms.entities.spans import Cand, TokenView, split_title
from transforms.entities.titles import is_title_head, is_title_word, title_run_before


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


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
    ("Defence Minister") does so only for a name-like span of two or three capitalised words,
    and so does a role in lower case ("the deputy minister, Ann Lee"; not kept as a title).
    """
    for c in cands:
        if c.title is not None:  # already split off from inside the span
            continue
        name_like = 2 <= c.end - c.start <= 3 and all(
            t[:1].isupper() and t.isalpha() and not t.isupper() for t in v.text[c.start : c.end]
        )
        j = title_run_before(v.text, c.start)
        if j == c.start:
            # a role in lower case right before a name: "the deputy minister, Ann Lee,"
            k = c.start - 1 - (c.start >= 1 and v.text[c.start - 1] == ",")
            if name_like and k >= 0 and v.text[k].islower() and is_title_head(v.text[k]):
                c.label = "PERSON"
            continue
        words = v.text[j : c.start]
        honorific = is_title_word(words[-1]) and not is_title_head(words[-1])
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


_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")


def name_word(v: TokenView, i: int, stop: frozenset[str]) -> bool:
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
        if not name_word(v, j, stop):
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
            and name_word(v, p, stop)
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

    def free_word(i: int) -> bool:
        return not covered[i] and name_word(v, i, stop)

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
            and free_word(p)
            and v.ws(p)
        ):
            c.start, c.label = p, "PERSON"
            covered[p] = 1
    new: list[Cand] = []
    i = 0
    while i < v.n - 1:
        if not free_word(i):
            i += 1
            continue
        j = i + 1
        while j < v.n and j - i < 4 and free_word(j):
            j += 1
        if 2 <= j - i <= 3:
            last = v.text[j - 1].casefold()
            if (
                v.text[i] in firsts
                or last in lasts
                or near_surname(last, lasts)
                or list_neighbour(i, j)
                or country_follows(j)
            ):
                new.append(Cand(i, j, "PERSON", None, "propagated"))
        i = j
    return cands + new


# honorifics that only ever stand before a person's name ("Dr", "Miss", "Sir" also open brand,
# show and place names: "Dr Pepper", "Miss Saigon")
_PERSON_HONORIFICS = _words("mr mr. mrs mrs. ms ms.")


def honorific_persons(v: TokenView, cands: list[Cand]) -> None:
    """A mention that opens with "Mr", "Mrs" or "Ms" before capitalised words is a person, the
    honorific its title, whatever label the tagger gave it ("Mr Tolland" read as a place, "Mr
    Lind's home" as a building), in place."""
    for c in cands:
        if c.end - c.start < 2 or v.text[c.start].lower() not in _PERSON_HONORIFICS:
            continue
        if not all(v.text[i][:1].isupper() or v.text[i] == "-" for i in range(c.start + 1, c.end)):
            continue
        c.label = "PERSON"
        if c.title is None:
            split_title(v, c)
