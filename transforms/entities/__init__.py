"""Named-entity mentions from a parsed ``Doc`` (non-numeric labels only).

spaCy's entities, post-processed with general rules:

1. split at line breaks, sentence starts, separating punctuation and numbers; trim leading
   determiners, trailing punctuation and possessives (``spans``);
2. titles and honorifics moved to ``Mention.title`` ("Mr.", "Defence Minister"; ``titles``);
3. obvious errors dropped (lower-case only, stop words, common nouns written with a capital);
4. person names completed from document evidence: titles, initials, first names, list
   neighbours (``persons``); an initial and a surname where a name is expected ("J Roe said",
   "By J Roe": ``initials``);
5. labels repaired from document evidence: datelines, results tables and all-caps headlines
   (``relabel``), players of team line-ups ("J Moss (Leeds), A Tran": ``lineups``), "in X"
   places, the majority label of the same string, surnames of full PERSON names (``context``); known place names without person evidence (``places``, with a
   gazetteer passed in by the caller); a place name that plays a match is a club (``teams``);
   a place word inside a longer name ("Zorvex UK", "Halden Re") is part of it (``inside``);
   GPE mentions that the document or the gazetteer shows not to be places (``notplaces``);
6. organisations and miscellaneous names by news conventions: events, "X-based" compounds,
   company suffixes and institution words, acronyms of organisations, demonyms of the
   gazetteer's place names (``orgmisc``); a span ending in a legal suffix, and a PERSON that
   is the first words of a company's name in the document ("Acme" beside "Acme Widget Corp":
   ``shortnames``); quoted titles of works, groups of people ("Iraqi
   Kurds"), party and bloc adjectives, no capitalised nouns of people (``misc``); people in
   "Name ( Country )" lists (``doclabels``);
7. untagged repetitions of names found elsewhere in the document added (``relabel.propagate``);
8. ``Mention.name``: PERSON short forms resolved to the article's full name (``resolve``), and
   a company's short name to its name with a legal suffix ("Acme" -> "Acme Widget Corp"), or
   else to the one longer organisation name it opens, written before it ("Amberly" after
   "Amberly Cruise Lines"; ``shortnames.resolve_company_names``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from transforms.entities.context import harmonise_labels, place_persons
from transforms.entities.doclabels import listed_names, listed_persons
from transforms.entities.initials import initialled_persons
from transforms.entities.inside import places_inside_names
from transforms.entities.layout import Layout
from transforms.entities.lineups import lineup_persons
from transforms.entities.misc import (
    norp_groups,
    people_nouns,
    political_adjectives,
    quoted_works,
    untagged_competitions,
)
from transforms.entities.notplaces import norp_places, not_places, unknown_places
from transforms.entities.orgmisc import (
    acronym_orgs,
    companies,
    compounds,
    countries_not_orgs,
    demonyms,
    events,
    prefixed,
)
from transforms.entities.orgnouns import orgs_by_nouns, persons_by_nouns
from transforms.entities.orgperson import split_org_person, titled_org
from transforms.entities.persons import (
    add_titles,
    complete_persons,
    drop_title_parts,
    honorific_persons,
    join_first_names,
    person_runs,
)
from transforms.entities.places import gazetteer_places
from transforms.entities.relabel import (
    acronyms,
    apply_layout,
    headline_companies,
    propagate,
    split_caps_spans,
)
from transforms.entities.resolve import clean_name, resolve_names
from transforms.entities.shortnames import (
    resolve_company_names,
    short_company_names,
    suffixed_orgs,
)
from transforms.entities.spans import (
    Cand,
    TokenView,
    keep_span,
    split_demonym,
    split_span,
    split_title,
    trim_span,
)
from transforms.entities.teams import fixture_sides, place_teams
from transforms.types import Mention

__all__ = ["NUMERIC_LABELS", "extract_mentions"]

NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def _candidates(v: TokenView, stop: frozenset[str]) -> list[Cand]:
    out: list[Cand] = []
    for ent in v.doc.ents:
        if ent.label_ in NUMERIC_LABELS:
            continue
        for piece in split_span(v, Cand(ent.start, ent.end, ent.label_)):
            c = trim_span(v, piece)
            if c is None:
                continue
            for d in split_demonym(v, titled_org(v, split_title(v, c))):
                for e in split_org_person(v, d):
                    if keep_span(v, e, is_stop=stop):
                        out.append(e)
    return out


def _no_overlaps(cands: list[Cand]) -> list[Cand]:
    """Keep the earliest, then longest, of overlapping candidates."""
    out: list[Cand] = []
    last_end = -1
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if c.start >= last_end:
            out.append(c)
            last_end = c.end
    return out


def extract_mentions(
    doc: Doc,
    *,
    places: frozenset[str] = frozenset(),
    countries: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Named-entity mentions of ``doc`` with offsets into ``doc.text``, in text order.

    ``places`` is a set of casefolded place names (``flows.gazetteer.load_places()``): a
    PERSON mention that is a known place and has no person evidence in the document becomes
    GPE (``places.gazetteer_places``). ``countries`` holds country names
    (``flows.gazetteer.load_countries()``, keyed by ``transforms.gazetteer.place_key``): an ORG
    that is exactly a country's name is its GPE (a national side is its country). ``known``
    holds the lookup keys of every name the geocoder knows
    (``flows.gazetteer.load_place_keys()``): a GPE mention of a name it does not know, with no
    place cue in the document, is an ORG (``notplaces.unknown_places``). All empty by default:
    no gazetteer.
    """
    if len(doc) == 0:
        return []
    v = TokenView(doc)
    stop = _stop_words(doc)
    full_text = v.full_text
    layout = Layout(full_text)
    cands = people_nouns(v, _candidates(v, stop))
    cands = lineup_persons(v, apply_layout(v, cands, layout))
    cands = drop_title_parts(v, cands)
    cands = join_first_names(v, cands)
    cands = initialled_persons(v, cands, stop=stop)
    add_titles(v, cands)
    cands = complete_persons(v, cands, stop=stop)
    place_persons(v, cands)
    cands = headline_companies(v, split_caps_spans(v, cands, layout), layout)
    harmonise_labels(v, cands, layout)
    gazetteer_places(v, cands, places=places)
    countries_not_orgs(v, cands, countries)
    place_teams(v, cands, countries, known)
    cands = fixture_sides(v, cands, countries)
    cands = places_inside_names(v, cands, countries, known)
    orgs_by_nouns(v, cands, places, countries)
    persons_by_nouns(v, cands, places)
    not_places(v, cands, places)
    norp_places(v, cands, places)
    unknown_places(v, cands, known, countries)
    cands = norp_groups(v, political_adjectives(v, demonyms(v, cands, places)))
    cands = compounds(v, events(v, companies(v, cands)))
    cands = short_company_names(v, suffixed_orgs(v, cands))
    cands = prefixed(v, cands)
    cands = untagged_competitions(v, quoted_works(v, cands))
    listed_persons(v, cands)
    listed_names(v, cands)
    cands = acronym_orgs(v, cands)
    cands = _no_overlaps([c for c in cands if c.label])
    cands = person_runs(v, cands, stop=stop)
    cands = _no_overlaps(propagate(v, acronyms(v, cands), layout))
    honorific_persons(v, cands)
    mentions: list[Mention] = []
    for c in cands:
        start = v.tokens[c.start].idx
        last = v.tokens[c.end - 1]
        end = last.idx + len(last.text) - _final_period(last.text)
        text = full_text[start:end]
        mentions.append(Mention(start, end, text, c.label, name=clean_name(text), title=c.title))
    _rename(mentions, "PERSON", lambda names: resolve_names([m.text for m in names]))
    others = frozenset(
        w.casefold()
        for m in mentions
        if m.label in _NOT_COMPANIES
        for w in (m.name.split() if m.label == "PERSON" else [m.name])
    )
    _rename(
        mentions,
        "ORG",
        lambda names: resolve_company_names([m.name for m in names], not_companies=others | places),
    )
    return mentions


def _rename(
    mentions: list[Mention], label: str, resolve: Callable[[list[Mention]], list[str]]
) -> None:
    """Give the mentions of ``label`` (in place) the names ``resolve`` returns for them."""
    picked = [i for i, m in enumerate(mentions) if m.label == label]
    names = resolve([mentions[i] for i in picked])
    for i, name in zip(picked, names, strict=True):
        mentions[i] = replace(mentions[i], name=name)


# a one-word name of a place, or a word of a person's name, is no company's short name
_NOT_COMPANIES = frozenset({"PERSON", "GPE", "LOC"})
_ROMAN = re.compile(r"^[IVXLC]+$")


def _final_period(token: str) -> int:
    """1 when the token's final period is sentence punctuation glued to a word, not an
    abbreviation: "War I." / "Kazmir." yes; "U.S.", "Inc.", "Corp." no."""
    if not token.endswith(".") or len(token) < 2:
        return 0
    word = token[:-1]
    if "." in word or not word.isalpha():
        return 0
    return 1 if _ROMAN.match(word) or len(word) >= 5 else 0


_STOP_CACHE: dict[str, frozenset[str]] = {}


def _stop_words(doc: Doc) -> frozenset[str]:
    """The language's stop words (lower case), cached per language code."""
    key = doc.lang_
    stop = _STOP_CACHE.get(key)
    if stop is None:
        stop = frozenset(w.lower() for w in _lang_stops(doc))
        _STOP_CACHE[key] = stop
    return stop


def _lang_stops(doc: Doc) -> set[str]:
    from spacy.util import get_lang_class

    return set(get_lang_class(doc.lang_).Defaults.stop_words)
