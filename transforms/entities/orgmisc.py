"""Organisations and miscellaneous names by general news conventions.

* Events: a name ending in an event word ("... Open", "... Cup", "... Championship", a sports
  "... League" or "... Tour", MISC in CoNLL-2003) is an
  EVENT, and a place or nationality right before a capitalised event word takes it in
  ("U.S." + "Open"); an event name followed by a two- or four-digit year keeps it ("Euro 96").
* "X-based", "X-born", "X-owned" compounds of a place are one adjectival name (NORP).
* Company forms: a name followed by a legal suffix ("Inc", "Ltd", "AG", "plc") takes it in
  and is an organisation; a name ending in a ministry-like word ("Foreign Ministry") too.
* Acronyms: an all-caps word whose letters are the initials of an organisation named in the
  same document ("Federal Open Market Committee" ... "FOMC") is that organisation.
"""

from __future__ import annotations

import re

from transforms.entities.misc import PEOPLES
from transforms.entities.spans import Cand, TokenView
from transforms.gazetteer import IRREGULAR_DEMONYMS, demonym_of, place_key
from transforms.lexicon import LEGAL_SUFFIXES


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_EVENT_HEADS = _words(
    """
    open cup championship championships trophy games olympics olympiad prix series classic
    masters marathon tournament rally regatta grand-prix invitational league tour
    """
)
_COMPOUND_TAILS = _words("based born owned led run controlled backed made listed registered")
_ORG_HEADS = _words(
    """
    ministry department agency commission committee council party
    association corporation company airlines airways institute exchange
    """
)
_YEAR = re.compile(r"^(?:\d{2}|\d{4})$")
_ACRONYM = re.compile(r"^[A-Z]{3,6}$")
_SMALL = _words("of the and for de del la le du des on in")


def _lower(v: TokenView, i: int) -> str:
    return v.text[i].lower()


def _is_cap(v: TokenView, i: int) -> bool:
    t = v.text[i]
    return t[:1].isupper() and t.replace(".", "").replace("-", "").isalpha()


def _same_sentence(v: TokenView, i: int) -> bool:
    """Token ``i`` continues the sentence of token ``i - 1``."""
    return 0 < i < v.n and not v.starts_sentence(i) and "\n" not in v.text[i - 1]


def events(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """EVENT names: event heads, "<place> Open" extensions and "Euro 96" years."""
    out: list[Cand] = []
    for c in cands:
        end = c.end
        if c.label in {"GPE", "LOC", "NORP", "ORG", "EVENT"}:
            while end < v.n and _same_sentence(v, end) and _lower(v, end) in _EVENT_HEADS:
                if not _is_cap(v, end):
                    break
                end += 1
        label = c.label
        if end > c.end or (c.label != "PERSON" and _lower(v, c.end - 1) in _EVENT_HEADS):
            label = "EVENT"
        if (
            label in {"EVENT", "NORP"}
            and end < v.n
            and _same_sentence(v, end)
            and _YEAR.match(v.text[end])
        ):
            end, label = end + 1, "EVENT"
        if (end, label) != (c.end, c.label):
            c = Cand(c.start, end, label, c.title, c.source)
        out.append(c)
    return out


def compounds(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """ "New York-based" (place, hyphen, participle) is one NORP name."""
    out: list[Cand] = []
    for c in cands:
        e = c.end
        if (
            c.label in {"GPE", "LOC", "NORP"}
            and e + 1 < v.n
            and v.text[e] == "-"
            and _lower(v, e + 1) in _COMPOUND_TAILS
            and not v.ws(e - 1)
            and not v.ws(e)
        ):
            c = Cand(c.start, e + 2, "NORP", c.title, c.source)
        out.append(c)
    return out


def companies(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """A legal suffix after a name joins it (ORG); a name ending in an institution word is ORG."""
    out: list[Cand] = []
    for c in cands:
        end = c.end
        if c.label in {"ORG", "PERSON", "GPE", "NORP"}:
            if (
                end < v.n
                and _same_sentence(v, end)
                and _lower(v, end) in LEGAL_SUFFIXES
                and (v.text[end][:1].isupper() or v.text[end] == "plc")
            ):
                end += 1
            if end > c.end or (
                c.label in {"GPE", "NORP"}
                and c.end - c.start >= 2
                and _lower(v, c.end - 1) in _ORG_HEADS
                and _is_cap(v, c.end - 1)
            ):
                c = Cand(c.start, end, "ORG", c.title, c.source)
        out.append(c)
    return out


def _initials(v: TokenView, c: Cand) -> str:
    return "".join(
        t[0] for t in v.text[c.start : c.end] if t[:1].isupper() and t.lower() not in _SMALL
    )


def acronym_orgs(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """An all-caps acronym spelled by the initials of a multi-word ORG of the same document is
    ORG: a mention of it is relabelled, an untagged one added ("FOMC" after "Federal Open
    Market Committee", in either order)."""
    initials = {_initials(v, c) for c in cands if c.label == "ORG" and c.end - c.start >= 3}
    initials.discard("")
    if not initials:
        return cands
    covered: set[int] = set()
    for c in cands:
        covered.update(range(c.start, c.end))
        one = c.end - c.start == 1 and c.label != "ORG"
        if one and _ACRONYM.match(v.text[c.start]) and v.text[c.start] in initials:
            c.label = "ORG"
    new = [
        Cand(i, i + 1, "ORG", None, "acronym")
        for i, t in enumerate(v.text)
        if i not in covered and t in initials and _ACRONYM.match(t)
    ]
    return cands + new


_DEMONYM_CACHE: dict[int, frozenset[str]] = {}


def demonym_words(places: frozenset[str]) -> frozenset[str]:
    """Casefolded demonyms of the place names ``places`` (suffix rules: "Russia" -> "russian",
    "Mexico" -> "mexican", "Hungary" -> "hungarian"; plurals) plus the irregular ones
    ("French", "Dutch", "Swiss") and peoples and religions ("Kurdish", "Sikh"), cached per
    set."""
    key = id(places)
    found = _DEMONYM_CACHE.get(key)
    if found is None:
        base = {demonym_of(p) for p in places if " " not in p} | set(IRREGULAR_DEMONYMS)
        # two-word names ending in "-a" ("Sri Lanka", "South Africa"): "Sri Lankan"
        base |= {p + "n" for p in places if p.count(" ") == 1 and p.endswith("a")}
        base |= PEOPLES
        base.discard("")
        found = frozenset(base | {w + "s" for w in base if w.endswith(("an", "i"))})
        _DEMONYM_CACHE.clear()
        _DEMONYM_CACHE[key] = found
    return found


def _key(v: TokenView, c: Cand) -> str:
    return " ".join(v.text[c.start : c.end]).casefold()


def demonyms(v: TokenView, cands: list[Cand], places: frozenset[str]) -> list[Cand]:
    """A one-word name that is a demonym is NORP ("Briton" tagged PERSON, "Kuwaiti" GPE), so
    is a two-word one ("Sri Lankan"); an untagged capitalised one-word demonym becomes a NORP
    mention."""
    if not places:
        return cands
    words = demonym_words(places)
    covered: set[int] = set()
    for c in cands:
        covered.update(range(c.start, c.end))
        if c.end - c.start <= 2 and c.label != "NORP" and _key(v, c) in words:
            c.label = "NORP"
    out = list(cands)
    for i in range(v.n):
        t = v.text[i]
        if i not in covered and t[:1].isupper() and t.isalpha() and t.casefold() in words:
            out.append(Cand(i, i + 1, "NORP", None, "demonym"))
    return out


def countries_not_orgs(v: TokenView, cands: list[Cand], countries: frozenset[str]) -> None:
    """An ORG that is exactly a country's name ("Nigeria" tagged ORG, a national side) is a
    GPE, in place; ``countries`` are keys of ``transforms.gazetteer.place_key``."""
    for c in cands:
        if c.label == "ORG" and countries:
            last = v.tokens[c.end - 1]
            text = v.full_text[v.tokens[c.start].idx : last.idx + len(last.text)]
            if place_key(text) in countries:
                c.label = "GPE"


_PREFIXES = _words("ex pre post anti pro non neo")


def prefixed(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """ "ex-X", "anti-X", "pro-X" (joined by a hyphen) is an adjective, a NORP, not X itself."""
    out: list[Cand] = []
    for c in cands:
        s = c.start
        if (
            s >= 2
            and v.text[s - 1] == "-"
            and _lower(v, s - 2) in _PREFIXES
            and not v.ws(s - 2)
            and not v.ws(s - 1)
        ):
            c = Cand(s - 2, c.end, "NORP", c.title, c.source)
        out.append(c)
    return out
