"""The golden catalog of the five sample articles, and what it must hold (persons merged,
places not persons, distinct people apart)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from flows.gazetteer import load_gazetteer
from transforms.catalog import build_catalog
from transforms.geocode import geocode_entities

GOLDEN = Path(__file__).parent / "golden" / "catalog_samples.json"
RAW = Path(__file__).parent.parent / "data" / "raw"


def _sample_mentions(nlp) -> pl.DataFrame:
    from flows.gazetteer import load_countries, load_place_keys, load_places
    from transforms.clean import clean_record
    from transforms.entities import extract_mentions
    from transforms.types import CleanArticle, RawRecord

    places, countries, known = load_places(), load_countries(), load_place_keys()
    rows = []
    for path in sorted(RAW.glob("*.txt")):
        rec = RawRecord(
            source=path.name, content_sha256="", body=path.read_text("utf-8"), fmt="txt"
        )
        art = clean_record(rec)
        assert isinstance(art, CleanArticle)
        found = extract_mentions(nlp(art.text), places=places, countries=countries, known=known)
        for k, m in enumerate(found):
            rows.append(
                {
                    "mention_id": f"{path.stem}:{k:04d}",
                    "article_id": path.stem,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "label": m.label,
                    "name": m.name,
                    "title": m.title,
                }
            )
    return pl.DataFrame(rows)


def _catalog_json(entities: pl.DataFrame) -> list[dict]:
    return entities.sort("label", "name").to_dicts()


def _geocoded_catalog(mentions: pl.DataFrame) -> pl.DataFrame:
    """The catalog as the flow builds it: gazetteer alias merges, then geocoding."""
    gazetteer = load_gazetteer()
    entities, assignment = build_catalog(mentions, gazetteer=gazetteer)
    links = assignment.join(mentions.select("mention_id", "article_id"), on="mention_id")
    return geocode_entities(entities, links, gazetteer)


@pytest.fixture(scope="module")
def sample_catalog(nlp) -> pl.DataFrame:
    return _geocoded_catalog(_sample_mentions(nlp))


def test_golden_catalog_of_the_sample_articles(sample_catalog):
    """Regenerate after a reviewed change with: python -m tests.test_catalog_samples (see __main__)."""
    golden = json.loads(GOLDEN.read_text("utf-8"))
    assert _catalog_json(sample_catalog) == golden


def _person(catalog: pl.DataFrame, alias: str) -> list[str]:
    """Names of the PERSON entities that have ``alias`` as name or alias."""
    hits = catalog.filter(
        (pl.col("label") == "PERSON")
        & ((pl.col("name") == alias) | pl.col("aliases").list.contains(alias))
    )
    return hits["name"].to_list()


@pytest.mark.parametrize(
    ("variants", "canonical"),
    [
        (["Yevgeny Prigozhin", "Evgeny Prigozhin", "Prigozhin", "Prigogine"], "Yevgeny Prigozhin"),
        (["Vladimir Putin", "Putin"], "Vladimir Putin"),
        (["Alexander Lukashenko", "Aleksandr Lukashenko", "Lukashenko"], "Alexander Lukashenko"),
        (["Ilya Ponomaryev", "Ponomarjov"], "Ilya Ponomaryev"),
        (["Sergei Shoigu", "Shoigu"], "Sergei Shoigu"),
        (["Valery Gerasimov", "Gerasimov"], "Valery Gerasimov"),
    ],
)
def test_samples_one_entity_per_person(sample_catalog, variants, canonical):
    for v in variants:
        assert _person(sample_catalog, v) == [canonical], v


@pytest.mark.parametrize(
    "place_or_fragment",
    ["Rostov", "Moscow", "Belarus", "Petrograd", "Putin’s Wounds", "Wounds", "How", "Tsar"],
)
def test_samples_no_place_or_fragment_as_person(sample_catalog, place_or_fragment):
    assert _person(sample_catalog, place_or_fragment) == []


@pytest.mark.parametrize("place", ["Kiev", "Kyiv"])
def test_samples_capitals_are_not_persons(sample_catalog, place):
    """The small model tags both spellings of a capital PERSON; the gazetteer repairs it."""
    assert _person(sample_catalog, place) == []


def test_samples_people_inside_organisation_spans(sample_catalog):
    """ "General X" tagged ORG, and "<Organisation> First Last" tagged as one ORG."""
    persons = set(sample_catalog.filter(pl.col("label") == "PERSON")["name"].to_list())
    orgs = set(sample_catalog.filter(pl.col("label") == "ORG")["name"].to_list())
    assert {"Kornilov", "Witold Waszczykowski"} <= persons
    assert "European Parliament" in orgs
    assert not {"General Kornilov", "European Parliament Witold Waszczykowski"} & orgs


def test_samples_distinct_people_stay_distinct(sample_catalog):
    persons = set(sample_catalog.filter(pl.col("label") == "PERSON")["name"].to_list())
    # same first name, different people
    assert {"Vladimir Putin", "Vladimir Alekseyev"} <= persons
    assert {"Alexander Gabuev", "Alexander Lukashenko", "Alexander Vindman"} <= persons
    assert {"Ilya Matveyev", "Ilya Ponomaryev"} <= persons
    assert {"Sergei Shoigu", "Sergei Surovikin"} <= persons


if __name__ == "__main__":  # regenerate the golden file (review the diff by hand!)
    from flows.nlp import load_nlp
    from tests.conftest import DEFAULT_MODEL

    ents = _geocoded_catalog(_sample_mentions(load_nlp(DEFAULT_MODEL)))
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(
        json.dumps(_catalog_json(ents), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
