"""Geocoding of catalog rows: GeoNames id, country, coordinates and kind of each place entity.

``geocode_entities(entities, links, gazetteer)`` adds ``GEO_SCHEMA`` columns to catalog rows
(``transforms.catalog``), whoever built them. ``links`` are the (entity_id, article_id) pairs of
the corpus, the context of each entity.

* GPE, LOC and FAC entities are looked up by their canonical name (then their aliases; then
  "North London", "South Wales" as the large place after the compass word). A name
  with one candidate, or one that dominates on the gazetteer's priors (a country, or a city
  twice as large as its namesakes: ``transforms.gazetteer``), is that place ...
* ... unless the articles of the entity name a region that contains another candidate
  ("Paris" beside "Texas" is Paris, Texas).
* A city of under a million people (not a capital of 100,000 or more) whose country the places
  and demonyms around it support less than a quarter as much as their top country stays null
  ("London's West End" is not West End, Canada; "Surrey" among English places is the county,
  which the gazetteer lacks), unless a namesake in the supported country fits ("Durham").
* Names still ambiguous (Springfield, Victoria) are resolved from the countries of the places
  resolved in step one that share articles with them: the candidate whose country has at least
  twice the support of any other. When none does, ``geonameid`` stays null; ``country_code`` is
  still filled when every candidate is in one country.
* NORP entities that are demonyms ("Russian", "Israelis") carry their country code only.

Pure: the gazetteer is built at the edge (``flows.gazetteer.load_gazetteer``) and passed in.
The result depends only on the rows, not on their order.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import polars as pl

from transforms.contract import GEO_COLUMNS, TABLES
from transforms.gazetteer import KIND_CITY, KIND_REGION, Gazetteer, Place, dominant

GEO_SCHEMA: dict[str, pl.DataType] = {c: TABLES["entities"].schema[c] for c in GEO_COLUMNS}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NULL = (None, None, None, None, None)
TRUSTED_POPULATION = 1_000_000  # a smaller city must fit the countries around it
TRUSTED_CAPITAL = 100_000  # ... unless it is a capital this large
FIT = 4  # ... its country supported by the context at least a quarter as much as the top one


def _candidates(gaz: Gazetteer, name: str, aliases: list[str]) -> tuple[tuple[int, float], ...]:
    """Candidates of the canonical name, else the union of the aliases' (best prior kept)."""
    cands = gaz.candidates(name) or gaz.part_of(name)
    if cands:
        return cands
    best: dict[int, float] = {}
    for alias in sorted(aliases):
        for gid, prior in gaz.candidates(alias):
            best[gid] = max(prior, best.get(gid, 0.0))
    return tuple(sorted(best.items(), key=lambda kv: (-kv[1], kv[0])))


def _contains(region: Place, place: Place) -> bool:
    return (
        region.kind == KIND_REGION
        and place.kind != KIND_REGION
        and region.country_code == place.country_code
        and region.admin1 is not None
        and region.admin1 == place.admin1
    )


def _row(place: Place) -> tuple:
    return (place.geonameid, place.country_code, place.latitude, place.longitude, place.kind)


def _one_country(gaz: Gazetteer, gids: list[int]) -> str | None:
    codes = {gaz.places[g].country_code for g in gids}
    return codes.pop() if len(codes) == 1 else None


def _out_of_context(place: Place, context: list[tuple[Place | str, int]]) -> bool:
    """A city of under ``TRUSTED_POPULATION`` people (not a capital of ``TRUSTED_CAPITAL``)
    whose country the places and demonyms around it support less than ``FIT`` times as much as
    the country they support most (never counts as less): more likely a namesake the gazetteer lacks ("London's West End" is not
    West End, Canada; an English county is not the Canadian city of its name) or not a place
    at all (a person called Victoria)."""
    if place.kind != KIND_CITY or place.population >= TRUSTED_POPULATION:
        return False
    if place.capital and place.population >= TRUSTED_CAPITAL:
        return False
    support: Counter[str] = Counter()
    for ctx, shared in context:
        code = ctx.country_code if isinstance(ctx, Place) else ctx
        if code is not None and ctx != place:
            support[code] += shared
    return bool(support) and support[place.country_code] * FIT < max(support.values())


def _resolve(
    gaz: Gazetteer,
    cands: tuple[tuple[int, float], ...],
    context: list[tuple[Place | str, int]],
    n_articles: int,
) -> tuple:
    """The geo columns of one place entity from its candidates and its resolved neighbours
    (a Place, or a country code for a demonym, with the number of shared articles)."""
    gids = [g for g, _ in cands]
    places = [gaz.places[g] for g in gids]
    # a region that contains a candidate (or a city inside a candidate region), named beside
    # the entity in at least half its articles, decides: "Paris" + "Texas", "Georgia" + "Atlanta"
    nested: Counter[int] = Counter()
    for ctx, shared in context:
        if isinstance(ctx, Place):
            for p in places:
                if _contains(ctx, p) or _contains(p, ctx):
                    nested[p.geonameid] += shared
    strong = [g for g, n in nested.items() if 2 * n >= n_articles]
    if len(strong) == 1:
        return _row(gaz.places[strong[0]])
    prior = dominant(cands)
    if prior is not None:
        place = gaz.places[prior]
        if not _out_of_context(place, context):
            return _row(place)
        # a namesake that fits the context may still be it ("Durham" beside English places)
        row = _by_support(gaz, [g for g in gids if g != prior], cands, context)
        if row[0] is None or _out_of_context(gaz.places[row[0]], context):
            return _NULL
        return row
    return _by_support(gaz, gids, cands, context)


def _by_support(
    gaz: Gazetteer,
    gids: list[int],
    cands: tuple[tuple[int, float], ...],
    context: list[tuple[Place | str, int]],
) -> tuple:
    """The candidate among ``gids`` whose country the context supports at least twice as
    much as any other's; else only the country when all candidates share one."""
    if not gids:
        return _NULL
    places = [gaz.places[g] for g in gids]
    support: Counter[int] = Counter()
    for ctx, shared in context:
        code = ctx.country_code if isinstance(ctx, Place) else ctx
        for p in places:
            if code is not None and p.country_code == code and p != ctx:
                support[p.geonameid] += shared
    ranked = sorted(((support[g], -i, g) for i, g in enumerate(gids)), reverse=True)
    top = ranked[0][0]
    if top > 0:
        tied = [g for s, _, g in ranked if s == top]
        rest = max((s for s, _, g in ranked if s < top), default=0)
        if top >= 2 * rest:
            pick = tied[0] if len(tied) == 1 else dominant(tuple(c for c in cands if c[0] in tied))
            if pick is not None:
                return _row(gaz.places[pick])
            return (None, _one_country(gaz, tied), None, None, None)
    return (None, _one_country(gaz, gids), None, None, None)


def geocode_entities(
    entities: pl.DataFrame, links: pl.DataFrame, gazetteer: Gazetteer
) -> pl.DataFrame:
    """``entities`` (catalog rows: entity_id, name, label, aliases, ...) with ``GEO_SCHEMA``
    columns appended; ``links`` holds the (entity_id, article_id) pairs of the corpus."""
    rows = entities.select("entity_id", "name", "label", "aliases").iter_rows()
    n_articles = dict(entities.select("entity_id", "n_articles").iter_rows())
    cands: dict[str, tuple[tuple[int, float], ...]] = {}
    first: dict[str, Place | str] = {}  # resolved on priors alone: context for the others
    for eid, name, label, aliases in rows:
        if label in PLACE_LABELS:
            c = _candidates(gazetteer, name, list(aliases or []))
            if c:
                cands[eid] = c
                gid = dominant(c)
                if gid is not None:
                    first[eid] = gazetteer.places[gid]
        elif label == "NORP":
            code = gazetteer.demonym_country(name)
            if code is not None:
                first[eid] = code
    neighbours = _shared_articles(links, set(cands) | set(first))
    geo: dict[str, tuple] = {}
    for eid, c in cands.items():
        context = sorted(
            ((first[o], n) for o, n in neighbours.get(eid, {}).items() if o in first),
            key=lambda kv: (str(kv[0]), kv[1]),
        )
        geo[eid] = _resolve(gazetteer, c, context, int(n_articles[eid] or 1))
    for eid, ctx in first.items():
        if isinstance(ctx, str):
            geo[eid] = (None, ctx, None, None, None)
    ids = entities["entity_id"].to_list()
    values = [geo.get(e, _NULL) for e in ids]
    columns = {
        col: pl.Series(col, [v[i] for v in values], dtype=dtype)
        for i, (col, dtype) in enumerate(GEO_SCHEMA.items())
    }
    return entities.with_columns(**columns)


def _shared_articles(links: pl.DataFrame, ids: set[str]) -> dict[str, dict[str, int]]:
    """entity_id -> {other entity_id: number of articles both appear in}, among ``ids``."""
    if not ids or links.is_empty():
        return {}
    pairs = (
        links.select("entity_id", "article_id")
        .filter(pl.col("entity_id").is_in(list(ids)))
        .unique()
    )
    joined = (
        pairs.join(pairs, on="article_id", suffix="_o")
        .filter(pl.col("entity_id") != pl.col("entity_id_o"))
        .group_by("entity_id", "entity_id_o")
        .len()
    )
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for a, b, n in joined.iter_rows():
        out[a][b] = int(n)
    return out
