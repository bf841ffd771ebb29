"""Corpus catalog: variant merging, non-merging of distinct people, order-independent ids."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.catalog import ENTITIES_SCHEMA, build_catalog, catalog_forms

GOLDEN = Path(__file__).parent / "golden" / "catalog_samples.json"
RAW = Path(__file__).parent.parent / "data" / "raw"


def _frame(rows: list[tuple[str, str, str, str]]) -> pl.DataFrame:
    """Rows of (article_id, label, text, name) -> a mentions frame."""
    return pl.DataFrame(
        [
            {
                "mention_id": f"{a}:{i:03d}",
                "article_id": a,
                "start": 0,
                "end": len(t),
                "text": t,
                "label": lab,
                "name": n,
                "title": None,
            }
            for i, (a, lab, t, n) in enumerate(rows)
        ],
        schema={
            "mention_id": pl.String,
            "article_id": pl.String,
            "start": pl.Int64,
            "end": pl.Int64,
            "text": pl.String,
            "label": pl.String,
            "name": pl.String,
            "title": pl.String,
        },
    )


def _groups(rows: list[tuple[str, str, str, str]]) -> list[list[str]]:
    """Mention names grouped by entity, each group and the list sorted."""
    mentions = _frame(rows)
    _, assignment = build_catalog(mentions)
    joined = mentions.join(assignment, on="mention_id")
    groups = joined.group_by("entity_id").agg(pl.col("name").unique().sort())
    return sorted(g for g in groups["name"].to_list())


def P(article: str, name: str, text: str | None = None) -> tuple[str, str, str, str]:
    return (article, "PERSON", text or name, name)


# --- merging -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # first-name transliteration, same surname: merged
        (
            [P("a1", "Yevgeny Zhadanov"), P("a2", "Evgeny Zhadanov")],
            [["Evgeny Zhadanov", "Yevgeny Zhadanov"]],
        ),
        # surname variant with shared context (a co-occurring entity): merged
        (
            [
                P("a1", "Ilya Ponomaryev"),
                P("a1", "Marta Kowal"),
                P("a2", "Ilya Ponomarjov"),
                P("a2", "Marta Kowal"),
            ],
            [["Ilya Ponomarjov", "Ilya Ponomaryev"], ["Marta Kowal"]],
        ),
        # surname variant without any shared context: kept apart
        (
            [P("a1", "Ilya Ponomaryev"), P("a2", "Ilya Ponomarjov")],
            [["Ilya Ponomarjov"], ["Ilya Ponomaryev"]],
        ),
        # a lone surname (even misspelt, with context) attaches to the unique full name
        (
            [
                P("a1", "Yevgeny Zhadanov"),
                ("a1", "GPE", "Oslo", "Oslo"),
                P("a2", "Zhadanov"),
                P("a3", "Jadanov"),
                ("a3", "GPE", "Oslo", "Oslo"),
            ],
            [["Jadanov", "Yevgeny Zhadanov", "Zhadanov"], ["Oslo"]],
        ),
        # an initial attaches to the full name with that initial only
        (
            [P("a1", "Anna Berg"), P("a2", "Lars Berg"), P("a3", "A. Berg")],
            [["A. Berg", "Anna Berg"], ["Lars Berg"]],
        ),
    ],
)
def test_variants_merge(rows, expected):
    assert _groups(rows) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # same first name, different surnames: never merged
        (
            [P("a1", "Ivan Petrov"), P("a1", "Ivan Sokolov"), P("a2", "Ivan Petrov")],
            [["Ivan Petrov"], ["Ivan Sokolov"]],
        ),
        # same surname, different first names, shared context: never merged
        (
            [P("a1", "Anna Berg"), P("a1", "Lars Berg"), P("a2", "Lars Berg")],
            [["Anna Berg"], ["Lars Berg"]],
        ),
        # a lone surname with two full-name candidates stays its own entity
        (
            [P("a1", "Anna Berg"), P("a2", "Lars Berg"), P("a3", "Berg"), P("a4", "BERG")],
            [["Anna Berg"], ["BERG", "Berg"], ["Lars Berg"]],
        ),
        # short surnames need the exact spelling
        ([P("a1", "Wei Li"), P("a2", "Wei Lee")], [["Wei Lee"], ["Wei Li"]]),
        # different labels never merge
        (
            [P("a1", "Jordan"), ("a2", "GPE", "Jordan", "Jordan"), P("a3", "Michael Jordan")],
            [["Jordan"], ["Jordan", "Michael Jordan"]],
        ),
    ],
)
def test_distinct_entities_stay_apart(rows, expected):
    assert _groups(rows) == expected


def test_lone_person_word_used_as_a_place_joins_the_place():
    rows = [
        P("a1", "Kazmir"),
        ("a2", "GPE", "Kazmir", "Kazmir"),
        ("a3", "GPE", "Kazmir", "Kazmir"),
    ]
    entities, assignment = build_catalog(_frame(rows))
    assert entities.select("name", "label", "n_mentions", "n_articles").rows() == [
        ("Kazmir", "GPE", 3, 3)
    ]
    assert assignment.height == 3


def test_corpus_label_vote():
    rows = [
        ("a1", "ORG", "Lexcorp", "Lexcorp"),
        ("a2", "ORG", "Lexcorp", "Lexcorp"),
        ("a3", "ORG", "Lexcorp", "Lexcorp"),
        P("a4", "Lexcorp"),  # mislabelled once: joins the ORG
        ("a5", "ORG", "Halden", "Halden"),
        ("a6", "ORG", "Halden", "Halden"),
        ("a7", "ORG", "Halden", "Halden"),
    ]
    titled = _frame([*rows, P("a8", "Halden", "Halden")]).with_columns(
        title=pl.when(pl.col("mention_id") == "a8:007").then(pl.lit("Mr.")).otherwise(None)
    )
    entities, assignment = build_catalog(titled)
    got = sorted(entities.select("name", "label", "n_mentions").rows())
    # "Mr. Halden" is a person whatever the other articles say
    assert got == [("Halden", "ORG", 3), ("Halden", "PERSON", 1), ("Lexcorp", "ORG", 4)]
    # the mislabelled mention belongs to the ORG entity; its own row keeps its PERSON label
    joined = titled.join(assignment, on="mention_id").join(
        entities.select("entity_id", pl.col("label").alias("entity_label")), on="entity_id"
    )
    a4 = joined.filter(pl.col("article_id") == "a4")
    assert a4.select("label", "entity_label").rows() == [("PERSON", "ORG")]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # a club named after its town: the ORG mention is no place, whatever the majority
            [
                ("a1", "GPE", "Halden", "Halden"),
                ("a2", "GPE", "Halden", "Halden"),
                ("a3", "GPE", "Halden", "Halden"),
                ("a4", "ORG", "Halden", "Halden"),
            ],
            [("Halden", "GPE", 3), ("Halden", "ORG", 1)],
        ),
        (  # the other way round, a GPE slip among ORG mentions still joins the ORG
            [
                ("a1", "ORG", "Wexley", "Wexley"),
                ("a2", "ORG", "Wexley", "Wexley"),
                ("a3", "GPE", "Wexley", "Wexley"),
            ],
            [("Wexley", "ORG", 3)],
        ),
        (  # LOC and FAC slips still join their place
            [
                ("a1", "GPE", "Kazmir", "Kazmir"),
                ("a2", "GPE", "Kazmir", "Kazmir"),
                ("a3", "LOC", "Kazmir", "Kazmir"),
            ],
            [("Kazmir", "GPE", 3)],
        ),
    ],
)
def test_org_forms_are_never_voted_into_places(rows, expected):
    entities, _ = build_catalog(_frame(rows))
    assert sorted(entities.select("name", "label", "n_mentions").rows()) == expected
    # order-independent: the same rows in reverse give the same entity ids
    again, _ = build_catalog(_frame(rows[::-1]))
    assert again["entity_id"].to_list() == entities["entity_id"].to_list()


def test_lone_surname_with_two_candidates_follows_context():
    rows = [
        P("a1", "Tomas Brandt"),
        ("a1", "ORG", "Senate", "Senate"),
        ("a1", "GPE", "Oslo", "Oslo"),
        P("a2", "Greta Brandt"),
        ("a2", "ORG", "Film Academy", "Film Academy"),
        P("a3", "Brandt"),
        ("a3", "ORG", "Senate", "Senate"),
        ("a3", "GPE", "Oslo", "Oslo"),
    ]
    assert _groups(rows) == [
        ["Brandt", "Tomas Brandt"],
        ["Film Academy"],
        ["Greta Brandt"],
        ["Oslo"],
        ["Senate"],
    ]


def test_other_labels_merge_on_a_normalised_key():
    rows = [
        ("a1", "GPE", "U.S.", "U.S."),
        ("a2", "GPE", "US", "US"),
        ("a3", "GPE", "U.S.", "U.S."),
        ("a3", "ORG", "the Central Bank", "the Central Bank"),
        ("a4", "ORG", "Central Bank", "Central Bank"),
    ]
    entities, _ = build_catalog(_frame(rows))
    got = entities.sort("name").select("name", "label", "aliases", "n_mentions").rows()
    assert got == [
        ("Central Bank", "ORG", ["the Central Bank"], 2),
        ("U.S.", "GPE", ["US"], 3),
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # two forms of one entity in one article: the article counts once, every spelling is
        # an alias (texts as written and names as resolved, each once)
        (
            [
                ("a1", "GPE", "U.S.", "U.S."),
                ("a1", "GPE", "US", "US"),
                ("a2", "GPE", "the U.S.", "U.S."),
                ("a2", "GPE", "U.S.", "U.S."),
            ],
            [("U.S.", ["US", "the U.S."], 4, 2)],
        ),
        # a person's forms: a surname alone in a third article
        (
            [P("a1", "Greta Holm"), P("a2", "Greta Holm"), P("a2", "Holm"), P("a3", "Holm")],
            [("Greta Holm", ["Holm"], 4, 3)],
        ),
    ],
)
def test_entity_counts_and_aliases_over_its_forms(rows, expected):
    entities, _ = build_catalog(_frame(rows))
    got = entities.select("name", "aliases", "n_mentions", "n_articles").rows()
    assert got == expected


def test_catalog_schema_and_empty_input():
    entities, assignment = build_catalog(_frame([P("a1", "Ann Lee")]))
    assert dict(entities.schema) == ENTITIES_SCHEMA
    assert assignment.columns == ["mention_id", "entity_id"]
    empty_entities, empty_assignment = build_catalog(_frame([]))
    assert empty_entities.height == 0 and empty_assignment.height == 0
    assert dict(empty_entities.schema) == ENTITIES_SCHEMA


# --- order independence ------------------------------------------------------------------

_ROWS = [
    P("a1", "Yevgeny Zhadanov"),
    P("a1", "Zhadanov", "Mr. Zhadanov"),
    P("a2", "Evgeny Zhadanov"),
    P("a2", "Anna Berg"),
    P("a3", "Lars Berg"),
    P("a3", "Berg"),
    P("a4", "Jadanov"),
    P("a4", "Ivan Petrov"),
    P("a5", "Ivan Sokolov"),
    ("a5", "GPE", "Oslo", "Oslo"),
    ("a1", "GPE", "Oslo", "Oslo"),
    ("a4", "ORG", "the Central Bank", "the Central Bank"),
    ("a2", "ORG", "Central Bank", "Central Bank"),
    P("a5", "Kazmir"),
    ("a3", "GPE", "Kazmir", "Kazmir"),
]


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(len(_ROWS))))
def test_ids_do_not_depend_on_row_order(order):
    base = _frame(_ROWS)
    shuffled = base[list(order)]
    e1, a1 = build_catalog(base)
    e2, a2 = build_catalog(shuffled)
    assert e1.equals(e2)
    assert a1.equals(a2)


def test_a_stale_entity_id_column_is_ignored():
    """The flow passes mention rows that already carry an (old or null) entity_id column."""
    rows = pl.DataFrame(
        {
            "mention_id": ["m1", "m2"],
            "article_id": ["a", "b"],
            "start": [0, 0],
            "end": [9, 9],
            "text": ["Ann Smith", "Bob Jones"],
            "label": ["PERSON", "PERSON"],
            "name": ["Ann Smith", "Bob Jones"],
            "title": [None, None],
            "entity_id": [None, None],
        },
        schema_overrides={"entity_id": pl.String, "title": pl.String},
    )
    entities, assignment = build_catalog(rows)
    assert sorted(entities["name"].to_list()) == ["Ann Smith", "Bob Jones"]
    assert assignment["entity_id"].null_count() == 0
    assert assignment["entity_id"].n_unique() == 2


def test_catalog_forms_over_a_lazy_scan_of_parts_equals_build_catalog(tmp_path):
    rows = _frame(_ROWS)
    rows.slice(0, 5).write_parquet(tmp_path / "part-a.parquet")
    rows.slice(5).write_parquet(tmp_path / "part-b.parquet")
    scan = pl.scan_parquet([tmp_path / "part-a.parquet", tmp_path / "part-b.parquet"])
    entities, forms = catalog_forms(scan)
    expected, assignment = build_catalog(rows)
    assert entities.equals(expected)
    assert forms.columns == ["label", "name", "entity_id"]
    assert forms.select("label", "name").is_unique().all()
    via_forms = rows.join(forms, on=["label", "name"]).select("mention_id", "entity_id")
    assert via_forms.sort("mention_id").equals(assignment)
