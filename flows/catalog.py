"""Catalog: the corpus-wide entity catalog merged from per-part summaries; relink what changed.

Every part stores a summary of its mentions (``_forms``: one row per form and article, with
mention counts, titles and spellings; ``transforms.catalog.form_summary``), written when its
articles are extracted and carried with the part. The catalog is built from the summaries of
all parts (a lazy scan of small files; no mention part is read for it), and its form -> entity
mapping is kept as the state table ``_catalog``. A part's links (mention entity ids, quote
speakers, what numbers are about) depend only on the entity ids of its own forms and on which
of those entities are persons, so only parts holding a form whose entity id (or person status)
changed are read and relinked; every other part of the previous version is hard-linked unread.
"""

from __future__ import annotations

import logging
from pathlib import Path

import polars as pl

from flows.extract import trim_heap
from flows.parts import FACT_TABLES, PARTS, FactPart, parts_index
from flows.storage import Staging
from transforms.catalog import FORMS_SCHEMA, PLACE_LABELS, SUMMARY_SCHEMA
from transforms.tables import SCHEMAS

log = logging.getLogger("newsfacts")
GEOCODED_LABELS = [*PLACE_LABELS, "NORP"]  # the entities ``geocode_entities`` places
CATALOG = "_catalog"  # state: (label, name) -> entity_id of every form of the version


def link_parts(
    parts: list[FactPart], staging: Staging, previous: pl.DataFrame | None = None
) -> pl.DataFrame:
    """Build the corpus catalog over ``parts``, write every linked part; return the entities.

    ``previous`` is the ``_catalog`` of the previous version (None: relink every part). A part
    of the previous version none of whose forms changed entity is hard-linked without being
    read; one whose linked rows come out unchanged is hard-linked too.
    """
    from flows.gazetteer import load_gazetteer
    from transforms.catalog import assign, catalog_from_summaries
    from transforms.geocode import geocode_entities
    from transforms.tables import link_entities

    gazetteer = load_gazetteer()
    files = [p.files["_forms"] for p in parts]
    if files:
        scan = pl.scan_parquet(files, include_file_paths="_file")
    else:
        scan = pl.DataFrame(schema={**SUMMARY_SCHEMA, "_file": pl.String}).lazy()
    summary = scan.select(list(SUMMARY_SCHEMA))
    entities, forms = catalog_from_summaries(summary, gazetteer=gazetteer)
    # geocoding reads the articles of place and NORP entities only (``GEOCODED_LABELS``)
    geocoded = entities.filter(pl.col("label").is_in(GEOCODED_LABELS))["entity_id"]
    links = (
        summary.select("article_id", "label", "name")
        .join(
            forms.filter(pl.col("entity_id").is_in(geocoded)).lazy(),
            on=["label", "name"],
            how="inner",
        )
        .select("entity_id", "article_id")
        .unique()
        .collect(engine="streaming")
    )
    entities = geocode_entities(entities, links, gazetteer)
    persons = forms.filter(pl.col("label") == "PERSON")["entity_id"]  # over the whole corpus
    stale = _stale_files(scan, forms, previous)
    linked = reused = unread = 0
    for part in parts:
        if part.previous and stale is not None and str(part.files["_forms"]) not in stale:
            for table in FACT_TABLES:
                staging.link_part(table, part.files[table])
            unread += 1
            continue
        old = {t: part.read(t) for t in FACT_TABLES}
        new = link_entities(old, assign(old["entity_mentions"], forms), person_entities=persons)
        for table in FACT_TABLES:
            if part.previous and new[table].equals(old[table]):
                staging.link_part(table, part.files[table])
                reused += 1
            else:
                staging.write_part(table, new[table], key=part.key)
                linked += 1
    for table in FACT_TABLES:
        staging.ensure_parts(table, SCHEMAS[table])
    staging.write_table(PARTS, parts_index(parts))
    staging.write_table(CATALOG, forms)
    trim_heap()  # the clustering's per-form and per-article sets leave no heap behind
    log.info(
        "fact parts: %d files written, %d reused unchanged, %d parts carried unread",
        linked,
        reused,
        unread,
    )
    return entities


def _stale_files(
    scan: pl.LazyFrame, forms: pl.DataFrame, previous: pl.DataFrame | None
) -> set[str] | None:
    """Summary files of the parts whose links may change (None: all of them).

    A form's links change when its entity id changes or its entity's person status does.
    """
    if previous is None:
        return None
    previous = previous.select(list(FORMS_SCHEMA)).cast(FORMS_SCHEMA)
    moved = forms.join(previous, on=["label", "name", "entity_id"], how="anti")
    persons = set(forms.filter(pl.col("label") == "PERSON")["entity_id"].to_list())
    before = set(previous.filter(pl.col("label") == "PERSON")["entity_id"].to_list())
    flipped = sorted(persons ^ before)
    changed = pl.concat([moved, forms.filter(pl.col("entity_id").is_in(flipped))]).select(
        "label", "name"
    )
    if changed.is_empty():
        return set()
    hit = (
        scan.select("label", "name", "_file")
        .join(changed.unique().lazy(), on=["label", "name"], how="semi")
        .select("_file")
        .unique()
        .collect()
    )
    return {str(Path(f)) for f in hit["_file"].to_list()}
