"""Place names inside longer names: "Zorvex UK", "Halden Re" are organisations, not places.

The tagger often tags the place word of a company's, club's or division's name and leaves
the rest out (or tags it separately). Such a place word names no place of the text and must
not be put on the map. From the tokens of the same document only:

* a place (GPE) right after an organisation, product or facility mention, glued by one space
  on the same line ("Zorvex UK", "Zorvex Europe": a division's name) joins that mention, unless
  an acronym stands before a country ("EU China arms ban");
* a place (GPE, not a country) followed by untagged proper nouns in title case, none of them a
  title, a place noun, a compass word or a date, and the whole no known place ("Halden Re",
  "Halden Rhinos": a name the tagger cut short) becomes an ORG of the whole run. Countries
  are left alone ("Norway Test side": a national side keeps its country).
"""

from __future__ import annotations

from transforms.entities.spans import Cand, TokenView
from transforms.entities.titles import is_title_head, is_title_word
from transforms.gazetteer import place_key


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_HOSTS = frozenset({"ORG", "PRODUCT", "FAC"})
# words after a place name that keep it a place ("Halden Valley", "Halden North")
_PLACE_WORDS = _words(
    """
    city town village county region province island islands district area suburb valley
    state capital port bay coast river lake north south east west northern southern eastern
    western central
    """
)
_MAX_RUN = 3


def _text(v: TokenView, start: int, end: int) -> str:
    last = v.tokens[end - 1]
    return v.full_text[v.tokens[start].idx : last.idx + len(last.text)]


def _glued(v: TokenView, i: int) -> bool:
    """Token ``i`` is followed by exactly one space, and the next token starts no sentence."""
    return i + 1 < v.n and v.tokens[i].whitespace_ == " " and not v.starts_sentence(i + 1)


def _name_run(v: TokenView, i: int, taken: set[int]) -> list[int]:
    """Untagged title-case proper nouns from token ``i`` on (at most ``_MAX_RUN``)."""
    run: list[int] = []
    while i < v.n and len(run) < _MAX_RUN and i not in taken:
        t = v.text[i]
        if not (t[:1].isupper() and t.isalpha() and not t.isupper() and len(t) > 1):
            break
        if v.tag(i) not in {"NNP", "NNPS"} or (run and not _glued(v, i - 1)):
            break
        if is_title_word(t) or is_title_head(t) or t.lower() in _PLACE_WORDS:
            return []
        run.append(i)
        i += 1
    return run


def _acronym_and_country(v: TokenView, host: Cand, key: str, countries: frozenset[str]) -> bool:
    """An acronym before a country ("EU China arms ban") names two things, not a division."""
    return host.end - host.start == 1 and v.text[host.start].isupper() and key in countries


def places_inside_names(
    v: TokenView,
    cands: list[Cand],
    countries: frozenset[str],
    known: frozenset[str],
) -> list[Cand]:
    """``cands`` with place words of longer names joined to those names (module docstring).
    ``countries`` and ``known`` are ``place_key`` keys of country names and of every name the
    gazetteer knows; without a gazetteer (both empty) nothing changes."""
    if not known:
        return cands
    by_end = {c.end: c for c in cands if c.label in _HOSTS}
    # every token of a mention or of a spaCy entity (dates included) is taken
    taken = {i for c in cands for i in range(c.start, c.end)}
    taken.update(i for e in v.doc.ents for i in range(e.start, e.end))
    dropped: set[int] = set()
    for c in cands:
        if c.label != "GPE" or c.source == "dateline" or id(c) in dropped:
            continue
        key = place_key(_text(v, c.start, c.end))
        host = by_end.get(c.start)
        if (
            host is not None
            and _glued(v, c.start - 1)
            and not _acronym_and_country(v, host, key, countries)
        ):
            host.end = c.end  # "Zorvex UK": the division's name
            dropped.add(id(c))
            continue
        if key in countries or v.text[c.start].isupper() or not _glued(v, c.end - 1):
            continue
        run = _name_run(v, c.end, taken)
        if run and place_key(_text(v, c.start, run[-1] + 1)) not in known:
            c.end = run[-1] + 1  # "Halden Re": a name the tagger cut short
            c.label = "ORG"
            taken.update(run)
    return [c for c in cands if id(c) not in dropped]
