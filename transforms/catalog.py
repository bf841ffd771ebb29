"""Corpus-wide entity catalog: one row per real-world entity across all articles.

Mentions are first reduced to *forms*: distinct (label, name) pairs, where ``name`` is the
in-article resolved name. Forms are then clustered:

* PERSON forms are blocked by a transliteration-tolerant key of the surname
  (``name_skeleton``: "Belozhin" / "Belogine" / "Belodzhin", "Andreyev" / "Andrejov").
  Inside a block, full names ("First Last") join a cluster when their first names are
  compatible (same skeleton, an initial, or a short form); a different surname spelling also
  needs shared context (an entity co-occurring in both forms' articles). Different first names
  never merge, so "Ann Lee" and "Bob Lee" stay apart. A lone surname (or "J. Last") attaches
  to the one full-name cluster of its block when there is exactly one candidate.
* Labels are first put to a corpus-wide vote (``vote_labels``): a name the model tags ORG in
  nine articles and PERSON in one is an ORG; a lone PERSON word that is never a person's
  surname and is used at least as often as a place ("in Springfield") is that place. An ORG
  form never becomes a place: a club named after its town ("Leeds beat Hull") is an ORG
  entity beside the town's place entity, so only mentions that are places are geocoded.
* Other labels merge on a normalised key (case, periods, leading "the", possessive); place
  forms (GPE, LOC, FAC) merge on the gazetteer place their name denotes when a gazetteer is
  passed in ("Kiev" / "Kyiv", "Bombay" / "Mumbai", "Burma" / "Myanmar"): ``form_key``.

Name keys (skeletons, first-name compatibility) are in ``transforms.names``; person
clustering is in ``transforms.person_clusters``. Every choice is
made on sorted data, and ``entity_id`` is derived from the cluster's label and canonical name
(its most frequent full form, ties by sort), so the catalog depends only on the set of mentions,
never on their order: an incremental run gives the same result as a full one. ``catalog_forms``
takes a lazy scan, so the catalog of a corpus stored in parts never loads a whole table.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

import polars as pl

from transforms import names
from transforms.contract import GEO_COLUMNS, TABLES
from transforms.gazetteer import Gazetteer
from transforms.ids import stable_id
from transforms.names import is_initial, split_person
from transforms.person_clusters import Context, Form, cluster_persons, fold

# memoised like the person keys of transforms.person_clusters
normalise_key = lru_cache(maxsize=1 << 16)(names.normalise_key)

# the catalog's columns of the entities table (geocoding adds GEO_COLUMNS: transforms.geocode)
ENTITIES_SCHEMA = {k: v for k, v in TABLES["entities"].schema.items() if k not in GEO_COLUMNS}
ASSIGNMENT_SCHEMA = {"mention_id": pl.String, "entity_id": pl.String}
FORMS_SCHEMA = {"label": pl.String, "name": pl.String, "entity_id": pl.String}
PLACE_LABELS = ("GPE", "LOC", "FAC")
_GEO = "\x00geonames:"  # prefix of a gazetteer merge key (never a normalised name)


SUMMARY_SCHEMA = {
    "label": pl.String,
    "name": pl.String,
    "article_id": pl.String,
    "n": pl.Int64,
    "titled": pl.Boolean,
    "texts": pl.List(pl.String),
}


def form_summary(mentions: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """The catalog's summary of some mentions: one row per (form, article).

    ``(label, name, article_id)`` with ``n`` mentions, ``titled`` (some carries a title) and
    ``texts`` (the distinct spellings as written, sorted). Everything the catalog needs from the
    mentions; summaries of disjoint sets of articles concatenate into the summary of their union.
    """
    lazy = mentions.lazy()
    has_title = (
        pl.col("title").is_not_null().any()
        if "title" in lazy.collect_schema().names()
        else pl.lit(False)
    )
    return (
        lazy.group_by("label", "name", "article_id")
        .agg(
            pl.len().cast(pl.Int64).alias("n"),
            has_title.alias("titled"),
            pl.col("text").unique().sort().alias("texts"),
        )
        .collect(engine="streaming")
        .select(list(SUMMARY_SCHEMA))
        .cast(SUMMARY_SCHEMA)
        .sort("label", "name", "article_id")
    )


def _grouped(summary: pl.LazyFrame) -> pl.DataFrame:
    """One row per form (label, name) of ``summary``: its mentions ``n``, its ``articles``,
    whether some mention is titled (``t``) and its distinct spellings (``texts``), sorted."""
    return (
        summary.group_by("label", "name")
        .agg(
            pl.col("n").sum().alias("n"),
            pl.col("article_id").unique().alias("articles"),
            pl.col("titled").any().alias("t"),
            pl.col("texts")
            .list.explode(keep_nulls=False, empty_as_null=False)
            .unique()
            .alias("texts"),
        )
        .sort("label", "name")
        .collect(engine="streaming")
    )


def _forms(grouped: pl.DataFrame) -> list[Form]:
    """The forms of ``_grouped`` rows; a form's articles are a tuple (a set costs about four
    times the memory, and only ``Context`` reads them, as a whole)."""
    out = []
    ids: dict[str, str] = {}  # one str per article id, shared by every form of the article
    rows = grouped.select("label", "name", "n", "articles", "t").iter_rows()
    for label, name, n, articles, titled in rows:
        f = Form(label, name, int(n), tuple(ids.setdefault(a, a) for a in articles), bool(titled))
        f.source_label = f.label
        f.first, f.surname = split_person(f.name) if f.label == "PERSON" else (None, "")
        out.append(f)
    return out


def vote_labels(forms: list[Form]) -> None:
    """Relabel forms whose name the corpus mostly tags with another label.

    The small model mislabels a name in some articles and gets it right in most others: a
    form takes the majority label of its normalised name when that label has at least twice
    its mentions (a lone PERSON word: at least as many). Protected: PERSON forms ever written
    with a title, lone PERSON words that are the surname of a full name in the corpus,
    one-word places (never turned into persons), and ORG forms (never turned into places: the
    articles that tag "Leeds" ORG mean the club, which is an ORG entity of its own, never
    geocoded as the town).
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for f in forms:
        counts[normalise_key(f.name)][f.label] += f.n
    surnames = {
        fold(f.surname, casefold=True)
        for f in forms
        if f.label == "PERSON" and f.first is not None and not is_initial(f.first)
    }
    for f in forms:
        cnt = counts[normalise_key(f.name)]
        if len(cnt) < 2:
            continue
        best, n = min(cnt.items(), key=lambda kv: (-kv[1], kv[0]))
        if best == f.label:
            continue
        own = cnt[f.label]
        lone_person = f.label == "PERSON" and f.first is None
        if f.label == "PERSON" and (
            f.titled or (lone_person and fold(f.surname, casefold=True) in surnames)
        ):
            continue
        if best == "PERSON" and f.label in PLACE_LABELS and " " not in f.name.strip():
            continue
        if f.label == "ORG" and best in PLACE_LABELS:
            continue  # its articles say organisation: a club named after its town is no place
        if n >= (own if lone_person else 2 * own):
            f.label = best
            if best != "PERSON":
                f.first, f.surname = None, ""
            else:
                f.first, f.surname = split_person(f.name)


def form_key(label: str, name: str, gazetteer: Gazetteer | None = None) -> str:
    """Merge key of a non-PERSON form: its normalised name, or for a place (GPE, LOC, FAC)
    the geonameid its name denotes on the gazetteer's priors ("Kiev" and "Kyiv" share one).

    Depends on the form alone (never on the other forms), so merges are order-independent.
    """
    if gazetteer is not None and label in PLACE_LABELS:
        gid = gazetteer.prior_place(name)
        if gid is not None:
            return f"{_GEO}{gid}"
    return normalise_key(name)


def cluster_forms(
    mentions: pl.DataFrame | pl.LazyFrame,
    *,
    gazetteer: Gazetteer | None = None,
) -> dict[tuple[str, str], tuple[str, str]]:
    """Map every (label, name) of ``mentions`` to (entity label, canonical name)."""
    return _cluster(_forms(_grouped(form_summary(mentions).lazy())), gazetteer)


def _cluster(
    forms: list[Form], gazetteer: Gazetteer | None
) -> dict[tuple[str, str], tuple[str, str]]:
    vote_labels(forms)
    # lists, not sets (a quarter of the memory; ``Context`` unions them): a key twice in an
    # article (two forms relabelled alike) counts once there
    article_forms: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for f in forms:
        key = (f.label, f.name)  # one tuple per form, not one per article it is in
        for a in f.articles:
            article_forms[a].append(key)
    context = Context(article_forms)
    clusters = cluster_persons([f for f in forms if f.label == "PERSON"], context)
    mapping: dict[tuple[str, str], tuple[str, str]] = {}
    for c in clusters:
        canon = c.canonical()
        for f in c.forms:
            mapping[(f.source_label, f.name)] = ("PERSON", canon)
    by_key: dict[tuple[str, str], list[Form]] = defaultdict(list)
    for f in forms:
        if f.label != "PERSON":
            key = form_key(f.label, f.name, gazetteer)
            # one gazetteer place is one entity, whichever place label its forms carry
            by_key[("PLACE" if key.startswith(_GEO) else f.label, key)].append(f)
    for (label, _key), group in by_key.items():
        # canonical: most mentions, then not all capitals, then sort order
        agg: dict[str, int] = defaultdict(int)
        labels: Counter[str] = Counter()
        for f in group:
            agg[f.name] += f.n
            labels[f.label] += f.n
        canon = min(agg, key=lambda nm: (-agg[nm], nm.isupper(), nm))
        if label == "PLACE":  # the place label most of its mentions carry
            label = min(labels.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        for f in group:
            mapping[(f.source_label, f.name)] = (label, canon)
    return mapping


def catalog_forms(
    mentions: pl.DataFrame | pl.LazyFrame, *, gazetteer: Gazetteer | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Cluster mentions into entities, keyed by form (place forms merged through
    ``gazetteer`` when given: ``form_key``).

    ``mentions`` has at least article_id, text, label, name. Returns ``(entities, forms)``: the
    catalog (``ENTITIES_SCHEMA``, sorted by entity_id) and ``FORMS_SCHEMA`` rows mapping every
    (label, name) to its entity_id. The same as ``catalog_from_summaries`` of their summary.
    """
    return catalog_from_summaries(form_summary(mentions).lazy(), gazetteer=gazetteer)


def catalog_from_summaries(
    summary: pl.LazyFrame, *, gazetteer: Gazetteer | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The catalog from ``form_summary`` rows (e.g. a lazy scan of the summaries of many parts).

    Only the forms and their per-entity aggregates are held in memory, never the mention rows;
    the (form, article) rows are read twice (forms, then articles per entity), not held.
    """
    grouped = _grouped(summary)
    forms = _forms(grouped)
    per_form = grouped.select("label", "name", "n", "texts")
    del grouped  # its articles are in the forms now
    if not forms:
        return pl.DataFrame(schema=ENTITIES_SCHEMA), pl.DataFrame(schema=FORMS_SCHEMA)
    mapping = _cluster(forms, gazetteer)
    del forms
    table = pl.DataFrame(
        [
            (lab, nm, elab, canon, stable_id("entity", elab, canon))
            for (lab, nm), (elab, canon) in mapping.items()
        ],
        schema={
            "label": pl.String,
            "name": pl.String,
            "e_label": pl.String,
            "e_name": pl.String,
            "entity_id": pl.String,
        },
        orient="row",
    )
    n_articles = (
        summary.select("label", "name", "article_id")
        .join(table.lazy().select("label", "name", "entity_id"), on=["label", "name"])
        .group_by("entity_id")
        .agg(pl.col("article_id").n_unique().cast(pl.Int64).alias("n_articles"))
        .collect(engine="streaming")
    )
    entities = (
        per_form.join(table, on=["label", "name"], how="left")
        .group_by("entity_id")
        .agg(
            pl.col("e_name").first().alias("name"),
            pl.col("e_label").first().alias("label"),
            pl.col("texts")
            .list.explode(keep_nulls=False, empty_as_null=False)
            .unique()
            .alias("texts"),
            pl.col("name").unique().alias("names"),
            pl.col("n").sum().cast(pl.Int64).alias("n_mentions"),
        )
        .join(n_articles, on="entity_id", how="left")
    )
    # aliases: every other spelling seen (as written and as resolved), sorted
    entities = (
        entities.with_columns(
            pl.struct("texts", "names", "name")
            .map_elements(
                lambda r: sorted({*r["texts"], *r["names"]} - {r["name"]}),
                return_dtype=pl.List(pl.String),
            )
            .alias("aliases")
        )
        .select(list(ENTITIES_SCHEMA))
        .cast(ENTITIES_SCHEMA)
        .sort("entity_id")
    )
    forms = table.select(list(FORMS_SCHEMA)).cast(FORMS_SCHEMA).sort("label", "name")
    return entities, forms


def build_catalog(
    mentions: pl.DataFrame, *, gazetteer: Gazetteer | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Cluster mentions into entities.

    ``mentions`` has at least: mention_id, article_id, text, label, name. Returns
    ``(entities, assignment)``: the catalog (``ENTITIES_SCHEMA``, sorted by entity_id) and a frame
    mention_id -> entity_id covering every mention (sorted by mention_id). The result depends
    only on the set of rows, never on their order.

    Labels: the catalog's ``label`` is the corpus-level decision (``vote_labels``), the same for
    every mention of the entity; the mention rows are not touched and keep the label the
    article gave them (what that article says). The two may differ: a name tagged PERSON in one
    article and ORG in nine others is an ORG entity whose PERSON mention stays PERSON. All
    mentions with the same (label, name) always go to the same entity.
    """
    entities, forms = catalog_forms(mentions, gazetteer=gazetteer)
    return entities, assign(mentions, forms)


def assign(mentions: pl.DataFrame, forms: pl.DataFrame) -> pl.DataFrame:
    """mention_id -> entity_id of ``mentions`` by their (label, name) form, sorted by mention_id."""
    return (
        mentions.select("mention_id", "label", "name")
        .join(forms, on=["label", "name"], how="left")
        .select("mention_id", "entity_id")
        .cast(ASSIGNMENT_SCHEMA)
        .sort("mention_id")
    )
