"""The declaration of every output table (see :mod:`transforms.contract`)."""

from __future__ import annotations

import polars as pl

from transforms.contract.columns import (
    ENTITY_LABELS,
    PLACE_KINDS,
    REMOVED_DTYPE,
    SPAN_CHECKS,
    Column,
    Table,
    article_id_column,
    id_column,
    span_columns,
)
from transforms.contract.fact_tables import NUMBERS, QUOTES
from transforms.quarantine import REASONS

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "articles",
            "one row per distinct cleaned article",
            (
                id_column(
                    "article_id",
                    "16 hex digits from the SHA-256 of the raw article bytes; stable across "
                    "pipeline versions",
                    regex="^[0-9a-f]{16}$",
                ),
                Column(
                    "source",
                    pl.String,
                    "where it came from: path relative to the raw dir (`file.jsonl:LINE` for a "
                    "JSONL record)",
                    nullable=False,
                ),
                Column(
                    "sources",
                    pl.List(pl.String),
                    "all sources with exactly this cleaned text (exact duplicates collapse to one "
                    "article)",
                    nullable=False,
                ),
                Column(
                    "title",
                    pl.String,
                    "title (from metadata, or the first line); also the first paragraph of `text`",
                ),
                Column(
                    "deck",
                    pl.String,
                    "standfirst under the title, when there is one (also the second paragraph of "
                    "`text`)",
                ),
                Column("byline", pl.String, "author(s), when stated"),
                Column("published", pl.Date, "publication date, when known"),
                Column("publisher", pl.String, "publisher, when known"),
                Column(
                    "text",
                    pl.String,
                    "the cleaned text every offset indexes into; paragraphs separated by a blank "
                    "line",
                    nullable=False,
                    min_length=1,
                ),
                Column(
                    "n_words",
                    pl.Int64,
                    "white-space separated words of `text`",
                    nullable=False,
                    min_value=1,
                ),
                Column(
                    "content_sha256",
                    pl.String,
                    "SHA-256 of the raw article bytes",
                    nullable=False,
                    regex="^[0-9a-f]{64}$",
                ),
                Column(
                    "pipeline_version",
                    pl.String,
                    "code version + digest of what changes outputs (normalised code of "
                    "`transforms/`, output settings, gazetteer data) + model name and version",
                    nullable=False,
                ),
                Column(
                    "duplicate_of",
                    pl.String,
                    "article_id of a near-duplicate published earlier, else null",
                ),
                Column(
                    "removed",
                    REMOVED_DTYPE,
                    "what cleaning removed (boilerplate, captions, footers, agency sign-offs such as "
                    '"REUTER"), so nothing is lost silently',
                ),
            ),
            sort_keys=("article_id",),
        ),
        Table(
            "entity_mentions",
            "one row per named-entity mention",
            (
                id_column("mention_id", "deterministic id"),
                article_id_column(),
                *span_columns("mention"),
                Column(
                    "label",
                    pl.String,
                    "label of this mention in its article: PERSON, ORG, GPE, LOC, NORP, FAC, "
                    "EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE (spaCy NER, corrected by general "
                    "rules: titles, possessives, boundaries, headline fragments, a gazetteer of "
                    'place names and their demonyms, events ("X Open", "Euro 96"), "X-based" '
                    "compounds, company suffixes, acronyms of organisations, clubs named after "
                    'places ("Leeds beat Hull"), GPE names that are not places: a person\'s or '
                    "club's shape, company evidence; a name the gazetteer lacks with no place "
                    "cue in the article is ORG or PERSON by the article's evidence, else no "
                    'mention; quoted titles of works, "Iraqi Kurds", party and bloc adjectives)',
                    nullable=False,
                    values=ENTITY_LABELS,
                ),
                Column(
                    "entity_id",
                    pl.String,
                    "the catalog entity",
                    nullable=False,
                    references="entities.entity_id",
                ),
                Column(
                    "name",
                    pl.String,
                    "the name resolved within the article (a surname resolves to the full name "
                    "given earlier; a company's short name to its name with a legal suffix in the "
                    'article: "Acme" to "Acme Widget Corp")',
                    nullable=False,
                ),
                Column(
                    "title",
                    pl.String,
                    'a title or honorific split off the name ("Mr.", "President"), else null',
                ),
            ),
            sort_keys=("article_id", "start", "end", "mention_id"),
            checks=SPAN_CHECKS,
        ),
        Table(
            "entities",
            "the corpus-wide catalog, one row per real-world entity",
            (
                id_column(
                    "entity_id",
                    "deterministic id from the canonical name and label; independent of "
                    "processing order",
                ),
                Column("name", pl.String, "canonical name", nullable=False),
                Column(
                    "label",
                    pl.String,
                    "the corpus-level label (a vote over its mentions; a mention keeps its own "
                    "label): PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, PRODUCT, WORK_OF_ART, LAW, "
                    "LANGUAGE",
                    nullable=False,
                    values=ENTITY_LABELS,
                ),
                Column(
                    "aliases",
                    pl.List(pl.String),
                    "every other form it was written in (spelling and transliteration variants, "
                    "surnames)",
                    nullable=False,
                ),
                Column(
                    "n_mentions",
                    pl.Int64,
                    "mentions across all articles",
                    nullable=False,
                    min_value=1,
                ),
                Column(
                    "n_articles",
                    pl.Int64,
                    "articles that mention it",
                    nullable=False,
                    min_value=1,
                ),
                # geocoding (transforms.geocode): GEO_COLUMNS
                Column(
                    "geonameid",
                    pl.Int64,
                    "GeoNames id of a place (GPE, LOC, FAC), null when unknown or still ambiguous "
                    "after context",
                    min_value=1,
                ),
                Column(
                    "country_code",
                    pl.String,
                    'ISO 3166 alpha-2 country of a place, or of a demonym ("Russian" NORP → RU); '
                    "filled also when a homonym is unresolved but all candidates are in one "
                    "country",
                    length=2,
                ),
                Column(
                    "latitude",
                    pl.Float64,
                    "WGS84 latitude of the place (a city's own; a country's, US state's or UK "
                    "nation's: population-weighted centre of its cities)",
                    min_value=-90,
                    max_value=90,
                ),
                Column(
                    "longitude",
                    pl.Float64,
                    "WGS84 longitude of the place",
                    min_value=-180,
                    max_value=180,
                ),
                Column(
                    "place_kind",
                    pl.String,
                    "`continent`, `country`, `admin_region` (US state, UK nation) or `city`",
                    values=PLACE_KINDS,
                ),
            ),
            sort_keys=("entity_id",),
        ),
        QUOTES,
        NUMBERS,
        Table(
            "quarantine",
            "raw files or records that could not be processed",
            (
                Column("source", pl.String, "the file (or `file:LINE`)", nullable=False),
                Column(
                    "reason",
                    pl.String,
                    "a reason code: "
                    + ", ".join(REASONS)
                    + " (see [docs/ingest.md](docs/ingest.md))",
                    nullable=False,
                    values=tuple(sorted(REASONS)),
                ),
                Column("detail", pl.String, "what was wrong and what to do", nullable=False),
                Column(
                    "content_sha256",
                    pl.String,
                    "hash of the rejected bytes; the file is retried only when its bytes change",
                ),
                Column(
                    "path",
                    pl.String,
                    "the raw file it belongs to (relative to the raw dir)",
                    nullable=False,
                ),
            ),
            sort_keys=("source", "reason"),
            unique_together=("source", "reason"),
        ),
    )
}
