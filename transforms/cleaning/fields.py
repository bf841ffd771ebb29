"""JSON article object -> record fields (the documented field mapping).

Keys are matched case-insensitively, the first present non-empty key of each list wins:

==========  ==============================================================================
field       JSON keys, in order of preference
==========  ==============================================================================
body        text, body, content, article, articleBody, full_text, maintext
title       title, headline
url         url, link, canonical_url
published   published, date, pubDate, datePublished, published_at, publishedAt, date_publish
publisher   source, publisher, site, site_name, sitename
byline      author, byline, authors
deck        deck, dek, standfirst, subtitle, subheadline, subhead, description
==========  ==============================================================================

A value may be a string, a number (dates as epoch seconds are not guessed: they are ignored),
an object with a ``name`` (schema.org ``{"@type": "Person", "name": ...}``, NewsAPI
``"source": {"id": ..., "name": ...}``) or a list of those (authors are joined with ", ").
A deck is only used to recognise the standfirst paragraph under the title; it is never
inserted into the text.
"""

from __future__ import annotations

from typing import Any

FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "body": ("text", "body", "content", "article", "articlebody", "full_text", "maintext"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "published": (
        "published",
        "date",
        "pubdate",
        "datepublished",
        "published_at",
        "publishedat",
        "date_publish",
    ),
    "publisher": ("source", "publisher", "site", "site_name", "sitename"),
    "byline": ("author", "byline", "authors"),
    "deck": ("deck", "dek", "standfirst", "subtitle", "subheadline", "subhead", "description"),
}
# Top-level keys of a JSON object that may hold a list of article objects.
CONTAINER_KEYS: tuple[str, ...] = ("articles", "items", "data", "results", "entries", "posts")


MAX_FIELD_DEPTH = 3  # a list of {"name": ...} objects is two levels; deeper nesting is ignored


def as_text(value: Any, _depth: int = 0) -> str | None:
    """A field value as one string: strings as is, ``{"name": ...}`` objects, lists joined.

    Values nested deeper than :data:`MAX_FIELD_DEPTH` are ignored (no recursion without end).
    """
    if isinstance(value, str):
        return value.strip() or None
    if _depth >= MAX_FIELD_DEPTH:
        return None
    if isinstance(value, dict):
        return as_text(value.get("name"), _depth + 1)
    if isinstance(value, list):
        parts = [p for p in (as_text(v, _depth + 1) for v in value) if p]
        return ", ".join(dict.fromkeys(parts)) or None
    return None


def pick_fields(obj: dict[str, Any]) -> dict[str, str | None]:
    """Map one JSON article object to record fields (body, title, url, published, publisher, byline)."""
    lowered = {str(k).lower(): v for k, v in obj.items()}
    picked: dict[str, str | None] = {}
    for name, keys in FIELD_KEYS.items():
        picked[name] = None
        for key in keys:
            value = as_text(lowered.get(key)) if name != "body" else _body(lowered.get(key))
            if value:
                picked[name] = value
                break
    return picked


def _body(value: Any) -> str | None:
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)  # a list of paragraphs
    return None


def find_article_list(obj: dict[str, Any]) -> list[Any] | None:
    """The list of article objects under a container key of a JSON object, if any."""
    lowered = {str(k).lower(): v for k, v in obj.items()}
    if any(lowered.get(k) for k in FIELD_KEYS["body"]):
        return None
    for key in CONTAINER_KEYS:
        value = lowered.get(key)
        if isinstance(value, list) and any(isinstance(v, dict) for v in value):
            return value
    return None
