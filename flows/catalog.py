"""Catalog: build the corpus-wide entity catalog over the fact parts and link every part to it.

Nothing here holds a whole fact table: the catalog reads a lazy scan of the mention parts
(only the columns it clusters on), and linking loads one part at a time.
"""

from __future__ import annotations

import logging

import polars as pl

from flows.parts import FACT_TABLES, PARTS, FactPart, parts_index
from flows.storage import Staging
from transforms.tables import SCHEMAS

log = logging.getLogger("newsfacts")


def link_parts(parts: list[FactPart], staging: Staging) -> pl.DataFrame:
    """Build the corpus catalog over ``parts``, write every linked part; return the entities.

    A part of the previous version whose linked rows come out unchanged is hard-linked, not
    rewritten, so an incremental run writes little more than its new articles.
    """
    from flows.gazetteer import load_gazetteer
    from transforms.catalog import assign, catalog_forms
    from transforms.geocode import geocode_entities
    from transforms.tables import link_entities

    gazetteer = load_gazetteer()
    mention_files = [p.files["entity_mentions"] for p in parts]
    if mention_files:
        scan = pl.scan_parquet(mention_files).select("article_id", "text", "label", "name", "title")
    else:
        scan = pl.DataFrame(schema=SCHEMAS["entity_mentions"]).lazy()
    entities, forms = catalog_forms(scan, gazetteer=gazetteer)
    links = (
        scan.select("article_id", "label", "name")
        .join(forms.lazy(), on=["label", "name"], how="inner")
        .select("entity_id", "article_id")
        .unique()
        .collect(engine="streaming")
    )
    entities = geocode_entities(entities, links, gazetteer)
    persons = forms.filter(pl.col("label") == "PERSON")["entity_id"]  # over the whole corpus
    linked = reused = 0
    for part in parts:
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
    log.info("fact parts: %d files written, %d reused unchanged", linked, reused)
    return entities
