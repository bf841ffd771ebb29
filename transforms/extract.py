"""One parsed article -> all its facts (the three extractors, each behind one function)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from transforms.doctext import doc_text
from transforms.entities import extract_mentions
from transforms.numbers import extract_numbers
from transforms.quotes import extract_quotes
from transforms.types import ArticleFacts, Mention, NumberFact


def extract_facts(
    doc: Doc,
    *,
    published: str | None = None,
    places: frozenset[str] = frozenset(),
    countries: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
    text: str | None = None,
) -> ArticleFacts:
    """Run every extractor on one parsed article. The text is parsed once, by the caller.

    ``published`` (ISO date) completes dates without a year; ``places`` is the gazetteer of place
    names loaded at the edge (``flows.gazetteer.load_places``), ``countries`` the country names
    (``flows.gazetteer.load_countries``), ``known`` the lookup keys of every place the geocoder
    knows (``flows.gazetteer.load_place_keys``). ``text`` is the article's own text when ``doc`` was
    parsed from a same-length copy with its ALL-CAPS title recased
    (:func:`transforms.recase.recase_for_parsing`): every ``text`` field is then sliced from it.
    """
    mentions = extract_mentions(doc, places=places, countries=countries, known=known)
    facts = ArticleFacts(
        mentions=mentions,
        quotes=extract_quotes(doc, mentions=mentions),
        numbers=extract_numbers(doc, published=published),
    )
    if text is None or text == doc_text(doc):
        return facts
    return as_written(facts, text)


def as_written(facts: ArticleFacts, text: str) -> ArticleFacts:
    """``facts`` with the ``text`` of every mention, quote and number sliced from ``text``.

    A mention's resolved ``name`` keeps the recased form ("Leicestershire"), unless recasing
    left it all lower case, when it is the text as written.
    """

    def mention(m: Mention) -> Mention:
        written = text[m.start : m.end]
        return replace(m, text=written, name=written if m.name.islower() else m.name)

    def number(n: NumberFact) -> NumberFact:
        about = n.about if n.about_start is None else text[n.about_start : n.about_end]
        return replace(n, text=text[n.start : n.end], about=about)

    return ArticleFacts(
        mentions=[mention(m) for m in facts.mentions],
        quotes=[replace(q, text=text[q.start : q.end]) for q in facts.quotes],
        numbers=[number(n) for n in facts.numbers],
    )
