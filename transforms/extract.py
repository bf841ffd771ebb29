"""One parsed article -> all its facts (the three extractors, each behind one function)."""

from __future__ import annotations

from spacy.tokens import Doc

from transforms.entities import extract_mentions
from transforms.numbers import extract_numbers
from transforms.quotes import extract_quotes
from transforms.types import ArticleFacts


def extract_facts(
    doc: Doc,
    *,
    published: str | None = None,
    places: frozenset[str] = frozenset(),
    countries: frozenset[str] = frozenset(),
) -> ArticleFacts:
    """Run every extractor on one parsed article. The text is parsed once, by the caller.

    ``published`` (ISO date) completes dates without a year; ``places`` is the gazetteer of place
    names loaded at the edge (``flows.gazetteer.load_places``), ``countries`` the country names
    (``flows.gazetteer.load_countries``).
    """
    mentions = extract_mentions(doc, places=places, countries=countries)
    return ArticleFacts(
        mentions=mentions,
        quotes=extract_quotes(doc, mentions=mentions),
        numbers=extract_numbers(doc, published=published),
    )
