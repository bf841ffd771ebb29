"""GPE mentions that the document shows not to be places.

The tagger calls many unfamiliar capitalised names GPE. Only names that the place gazetteer
does not know (``places``: casefolded names, passed in by the caller) are questioned, and only
on clear evidence from the same document:

* a person's shape: an initial or an honorific before a capitalised name ("J Smith",
  "Mr Smith") is a PERSON;
* a club's or organisation's shape: a known place followed by a club or institution word
  that the gazetteer does not know as a whole ("<Town> United", "<Town> City",
  "<Town> Council") is an ORG, while "Mexico City" or "Kansas City" stay places;
* a company's evidence: the name followed, directly or after "'s", by a noun only a company
  has ("X shares", "X 's shareholders", "X 's chief executive") makes every GPE mention of it
  in the document an ORG;
* the same string labelled otherwise in the document at least as often (not in a headline)
  takes that label.

``unknown_places`` questions GPE mentions of names that no gazetteer entry has: without a place
cue in the document they become ORG on an organisation's evidence, PERSON on a person's, and
otherwise no mention at all (a name with nothing place-like about it is not put on the map, and
the tagger's GPE for an unfamiliar name is as often a work, a product or a disease as a company).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from transforms.entities.orgnouns import ORG_ONLY_NOUNS
from transforms.entities.spans import Cand, TokenView
from transforms.entities.teams import plays
from transforms.gazetteer import FORMER_COUNTRIES, lookup_keys, place_key
from transforms.names import is_initial


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_CLUB_OR_BODY = _words(
    """
    united city county rovers athletic wanderers albion town rangers fc afc hotspur
    council university college airport station hospital school stadium
    """
)
_HONORIFICS = _words("mr mr. mrs mrs. ms ms. dr dr. sir lord lady dame")
_COMPANY_NOUNS = _words(
    """
    shares stock shareholders shareholder subsidiary subsidiaries ceo boss bosses
    chairman chief executive executives earnings revenues profits dividend
    """
)
_LOCATIVE = _words("in into near outside around throughout across inside towards via visit visited")
_PLACE_NOUNS = _words(
    """
    city town village county region province island islands district area suburb valley
    state capital port
    """
)
_DIRECTIONS = _words(
    """
    north south east west northern southern eastern western central mid north-east
    north-west south-east south-west
    """
)
_SUFFIX = re.compile(r"(?:shire|grad|gorod|\w{4}stan|polis|burgh?)$")
_PLACES = frozenset({"GPE", "LOC"})
_HOLDINGS = _words("shares share stake stakes investment investments interest holding holdings")
_NON_PLACE = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP", "FAC"})
_ORG_HEADS = _words(
    """
    ministry department agency commission committee party association corporation company
    airlines airways institute exchange group bank
    """
)
# nouns after a name that make it an organisation ("X shares", "X magazine", "X software")
_ORG_FOLLOW = ORG_ONLY_NOUNS | _words(
    """
    newspaper magazine daily tabloid journal agency broadcaster channel network website
    company firm group bank airline carrier retailer publisher label studio club team band
    service services division subsidiary unit brand chain stores spokesman spokeswoman
    """
)
# nouns before a name in apposition ("the club X", "search firm X")
_ORG_BEFORE = _words(
    """
    newspaper magazine daily tabloid agency broadcaster channel network website company firm
    group bank airline carrier retailer publisher label studio club side start-up
    """
)
_SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")
_LIST = frozenset({",", "and", ";", "&"})


def _key(v: TokenView, c: Cand) -> str:
    return " ".join(v.text[c.start : c.end]).casefold()


def _shape(v: TokenView, c: Cand, places: frozenset[str]) -> str | None:
    words = v.text[c.start : c.end]
    if len(words) >= 2 and words[1][:1].isupper():
        first = words[0]
        if first.lower() in _HONORIFICS or (is_initial(first) and first[:1].isupper()):
            return "PERSON"
    if len(words) >= 2 and words[-1].lower() in _CLUB_OR_BODY:
        head = " ".join(words[:-1]).casefold()
        if head in places:
            return "ORG"
    return None


def _company(v: TokenView, c: Cand) -> bool:
    i = c.end + 1 if c.end < v.n and v.text[c.end] in {"'s", "'"} else c.end
    return i < v.n and v.text[i].lower() in _COMPANY_NOUNS


def _place_cue(v: TokenView, c: Cand, starts: dict[int, Cand], ends: dict[int, Cand]) -> bool:
    """Local evidence of a place: "in X", "X town", "the city of X", a place-name ending, a
    compass word before the name, "( X )" after a name, a place beside it in a list or
    apposition ("X , <place>", "<place> and X")."""
    words = v.text[c.start : c.end]
    if words[0].lower() in _DIRECTIONS or _SUFFIX.search(words[-1]):
        return True
    prev = v.text[c.start - 1].lower() if c.start > 0 else ""
    if prev in _LOCATIVE:  # but not "shares in X", "a stake in X"
        return c.start < 2 or v.text[c.start - 2].lower() not in _HOLDINGS
    if prev == "of" and c.start >= 2 and v.text[c.start - 2].lower() in _PLACE_NOUNS:
        return True
    if c.end < v.n and v.text[c.end].lower() in _PLACE_NOUNS:
        return True
    if prev == "(" and c.end < v.n and v.text[c.end] == ")":
        return True  # "Name ( X )": a country or town in brackets after a name
    before = ends.get(c.start - 2) if prev in {",", "and", "or"} else None
    if before is not None and before.label in _PLACES:
        return True  # "<place> , X", "<place> and X"
    after = None
    if c.end + 1 < v.n and v.text[c.end].lower() in {",", "and", "or"}:
        after = starts.get(c.end + 1)
    return after is not None and after.label in _PLACES


def unknown_places(
    v: TokenView, cands: list[Cand], known: frozenset[str], countries: frozenset[str]
) -> None:
    """GPE mentions of a name that no gazetteer entry has (``known``: ``place_key`` keys) and
    that no mention of the same string in the document shows as a place (``_place_cue``; a
    country after a modifier, with ``countries`` the country keys, is one too) are not put on
    the map, in place: with an organisation's evidence in the document (``_org_cue``) they are
    ORG, with a person's (``_person_cue``) PERSON, and without either they are no mention
    (label ""): the tagger's GPE for an unfamiliar name is as often a work, a product, a
    disease or a person as a company or a club."""
    if not known:
        return
    starts = {c.start: c for c in cands}
    ends = {c.end - 1: c for c in cands}
    doubtful = [
        c
        for c in cands
        if c.label == "GPE"
        and c.source != "dateline"
        and not any(k in known or k in FORMER_COUNTRIES for k in lookup_keys(_text(v, c)))
    ]
    if not doubtful:
        return
    cued = {
        _key(v, c)
        for c in doubtful
        if _place_cue(v, c, starts, ends) or _modified_country(v, c, countries)
    }
    orgs = {_key(v, c) for c in doubtful if _org_cue(v, c, ends)}
    persons = {_key(v, c) for c in doubtful if _person_cue(v, c, starts, ends)}
    for c in doubtful:
        key = _key(v, c)
        if key in cued:
            continue
        c.label = "ORG" if key in orgs else "PERSON" if key in persons else UNKNOWN_NAME


UNKNOWN_NAME = ""  # the label of a name with no evidence: dropped


def _org_cue(v: TokenView, c: Cand, ends: dict[int, Cand]) -> bool:
    """An organisation's evidence around one mention: an acronym ("IPCL"), a noun only an
    organisation has or an organisation noun after it ("X shares", "X magazine"), an
    organisation noun before it ("the club X"), a place's possessive before it ("Spain 's
    X"), an institution word ending it ("X Party"), a score beside it ("X 0-5 Y") or a match
    it plays (``teams.plays``: "beat X", "X v Y")."""
    words = v.text[c.start : c.end]
    if len(words) == 1 and words[0].isupper() and words[0].isalpha() and 2 <= len(words[0]) <= 6:
        return True
    if words[-1].lower() in _CLUB_OR_BODY | _ORG_HEADS and len(words) >= 2:
        return True
    i = c.end + 1 if c.end < v.n and v.text[c.end] in {"'s", "'", "’s", "!"} else c.end
    if i < v.n and v.text[i].lower() in _ORG_FOLLOW:
        return True
    if _score_at(v, c.end) or _score_before(v, c.start) or plays(v, c):
        return True
    before = "".join(v.text[max(0, c.start - 3) : c.start]).lower()
    if c.start >= 1 and (v.text[c.start - 1].lower() in _ORG_BEFORE or before == "start-up"):
        return True
    if c.start >= 2 and v.text[c.start - 1] in {"'s", "’s"}:
        owner = ends.get(c.start - 2)
        return owner is not None and owner.label in _PLACES
    return False


def _score_at(v: TokenView, i: int) -> bool:
    """A match score starts at token ``i``: "0-5" or "0 - 5"."""
    if i < v.n and _SCORE.match(v.text[i]):
        return True
    return (
        i + 2 < v.n
        and v.text[i].isdigit()
        and v.text[i + 1] in {"-", "–"}
        and v.text[i + 2].isdigit()
        and len(v.text[i]) <= 2
        and len(v.text[i + 2]) <= 2
    )


def _score_before(v: TokenView, i: int) -> bool:
    """A match score ends right before token ``i``: "0-5 X" or "0 - 5 X"."""
    if i >= 1 and _SCORE.match(v.text[i - 1]):
        return True
    return i >= 3 and _score_at(v, i - 3)


def _person_cue(v: TokenView, c: Cand, starts: dict[int, Cand], ends: dict[int, Cand]) -> bool:
    """A person's evidence around one mention: a PERSON beside it in a list ("A , X and B")."""
    before = ends.get(c.start - 2) if c.start >= 2 and v.text[c.start - 1] in _LIST else None
    if before is not None and before.label == "PERSON":
        return True
    after = starts.get(c.end + 1) if c.end + 1 < v.n and v.text[c.end] in _LIST else None
    return after is not None and after.label == "PERSON"


def _modified_country(v: TokenView, c: Cand, countries: frozenset[str]) -> bool:
    """A country's name after a modifier: "Nazi Germany", "Soviet Russia", "modern Britain"."""
    if c.end - c.start < 2:
        return False
    last = v.tokens[c.end - 1]
    tail = v.full_text[v.tokens[c.start + 1].idx : last.idx + len(last.text)]
    return place_key(tail) in countries


def _text(v: TokenView, c: Cand) -> str:
    last = v.tokens[c.end - 1]
    return v.full_text[v.tokens[c.start].idx : last.idx + len(last.text)]


def not_places(v: TokenView, cands: list[Cand], places: frozenset[str]) -> None:
    """Relabel GPE mentions of names unknown to ``places`` on the evidence above, in place."""
    if not places:
        return
    doubtful = [
        c for c in cands if c.label == "GPE" and c.source != "dateline" and _key(v, c) not in places
    ]
    if not doubtful:
        return
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        counts[_key(v, c)][c.label] += 1
    companies = {_key(v, c) for c in doubtful if _company(v, c)}
    for c in doubtful:
        key = _key(v, c)
        shape = _shape(v, c, places)
        if shape is not None:
            c.label = shape
        elif key in companies:
            c.label = "ORG"
        else:
            cnt = counts[key]
            other = [(n, lab) for lab, n in cnt.items() if lab in _NON_PLACE]
            if other and max(other)[0] >= cnt["GPE"]:
                c.label = max(other)[1]


def norp_places(v: TokenView, cands: list[Cand], places: frozenset[str]) -> None:
    """A NORP mention whose text is a known place name ("Belgorod" in "Russia's Belgorod
    region") is a GPE, in place: nationalities and groups are not place names. ``places`` are
    casefolded names (``flows.gazetteer.load_places``)."""
    for c in cands:
        if c.label == "NORP" and c.source != "demonym" and _key(v, c) in places:
            c.label = "GPE"
