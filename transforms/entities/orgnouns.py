"""Names the document shows to be organisations, or people, by the nouns that follow them.

The tagger calls many one-word company and club names PERSON or GPE ("Kelvar said ...").
A name followed, directly or after "'s", by a noun that only an organisation has ("X shares",
"X 's shareholders", "X chief executive", "X 's goalkeeper"; not "coach" or "fans", which
athletes and singers have too) is an organisation in every one-word PERSON or GPE mention of
it in the document, unless the document shows it as a person (written inside a longer PERSON
name, "Anna Kelvar", or with a title or honorific, "Mr Kelvar") or it is a known place name:
"Tokyo stock prices" is a market, "England 's goalkeeper" a national side's.

The other way round, a one-word ORG followed by a noun of a person's own ("X 's wife", "X 's
family") or by an age in apposition ("X , 45 ,") is a person in all its one-word ORG mentions.
"""

from __future__ import annotations

from transforms.entities.spans import Cand, TokenView
from transforms.entities.teams import NATIONAL
from transforms.gazetteer import place_key


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Nouns of a company's or a club's own: nobody's personal shares or goalkeeper.
ORG_ONLY_NOUNS = _words(
    """
    shares stock shareholders shareholder subsidiary subsidiaries ceo chairman
    earnings revenues revenue profits dividend stake takeover
    goalkeeper keeper midfielder striker defender
    """
)
_CHIEF = _words("chief")  # "X chief executive" / "X 's chief executive"
_CHIEF_NEXT = _words("executive executives operating financial")
_HONORIFICS = _words("mr mr. mrs mrs. ms ms. dr dr. sir lord lady dame miss")


def _org_noun(v: TokenView, c: Cand) -> bool:
    i = c.end + 1 if c.end < v.n and v.text[c.end] in {"'s", "'", "’s"} else c.end
    if i >= v.n:
        return False
    w = v.text[i].lower()
    if w in ORG_ONLY_NOUNS:
        return True
    return w in _CHIEF and i + 1 < v.n and v.text[i + 1].lower() in _CHIEF_NEXT


def orgs_by_nouns(
    v: TokenView, cands: list[Cand], places: frozenset[str], countries: frozenset[str]
) -> None:
    """Relabel one-word PERSON/GPE mentions of names with organisation nouns after them, in
        place. Names in ``places`` (casefolded place names, ``flows.gazetteer.load_places``) are
        left alone, and so are countries (``countries``: ``place_key`` keys) and the United Kingdom's
    nations: "Tokyo stock prices" is a market, "England 's goalkeeper" a national side's."""
    one = [c for c in cands if c.end - c.start == 1 and c.label in {"PERSON", "GPE"}]
    if not one:
        return
    persons: set[str] = set()
    for c in cands:
        if c.label == "PERSON" and (c.end - c.start >= 2 or c.title):
            persons.update(v.text[c.start : c.end])
    for c in one:
        if c.start > 0 and v.text[c.start - 1].lower() in _HONORIFICS:
            persons.add(v.text[c.start])
    nations = countries | NATIONAL
    orgs = {
        v.text[c.start]
        for c in one
        if c.source != "dateline"
        and _org_noun(v, c)
        and v.text[c.start] not in persons
        and v.text[c.start].casefold() not in places
        and place_key(v.text[c.start]) not in nations
    }
    if not orgs:
        return
    for c in one:
        if c.source != "dateline" and v.text[c.start] in orgs:
            c.label = "ORG"


# Nouns of a person's own after "X 's": kin, a body, a release from detention.
PERSON_ONLY_NOUNS = _words(
    """
    wife husband son sons daughter daughters mother father brother brothers sister sisters
    widow widower family parents children girlfriend boyfriend fiancee lawyer lawyers
    detention arrest funeral death birthday
    """
)


def _person_noun(v: TokenView, c: Cand) -> bool:
    """ "X 's wife", "X 's release", or an age in apposition: "X , 45 ,"."""
    e = c.end
    if e + 1 < v.n and v.text[e] in {"'s", "’s"} and v.text[e + 1].lower() in PERSON_ONLY_NOUNS:
        return True
    return (
        e + 2 < v.n
        and v.text[e] == ","
        and v.text[e + 1].isdigit()
        and 15 <= int(v.text[e + 1]) <= 110
        and v.text[e + 2] in {",", "."}
    )


def persons_by_nouns(v: TokenView, cands: list[Cand], places: frozenset[str]) -> None:
    """Relabel one-word ORG mentions of names the document shows as a person's, in place: a
    noun of a person's own after one of them ("X 's wife", "X 's release", an age: "X , 45 ,").
    Known place names and all-caps acronyms are left alone."""
    one = [
        c
        for c in cands
        if c.end - c.start == 1
        and c.label == "ORG"
        and v.text[c.start].casefold() not in places
        and not v.text[c.start].isupper()
    ]
    people = {v.text[c.start] for c in one if _person_noun(v, c)}
    for c in one:
        if v.text[c.start] in people:
            c.label = "PERSON"
