"""Gazetteer alias merges in the catalog and geocoding of catalog rows."""

from __future__ import annotations

import polars as pl
import pytest

from flows.gazetteer import load_gazetteer
from tests.test_catalog import _frame
from transforms.catalog import build_catalog
from transforms.gazetteer import build_gazetteer, place_key
from transforms.geocode import GEO_SCHEMA, geocode_entities


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _mentions(rows: list[tuple[str, str, str]]) -> pl.DataFrame:
    """(article_id, label, text) -> mention rows (name = text)."""
    return _frame([(a, lab, t, t) for a, lab, t in rows])


def _geocoded(rows: list[tuple[str, str, str]], gaz) -> pl.DataFrame:
    mentions = _mentions(rows)
    entities, assignment = build_catalog(mentions, gazetteer=gaz)
    links = assignment.join(mentions.select("mention_id", "article_id"), on="mention_id")
    return geocode_entities(entities, links, gaz)


@pytest.mark.parametrize(
    ("first", "second", "canonical", "country"),
    [
        ("Kiev", "Kyiv", "Kyiv", "UA"),
        ("Rostov", "Rostov-on-Don", "Rostov-on-Don", "RU"),
        ("Bombay", "Mumbai", "Mumbai", "IN"),
        ("Peking", "Beijing", "Beijing", "CN"),
        ("Burma", "Myanmar", "Myanmar", "MM"),
    ],
)
def test_alias_pairs_are_one_entity(gaz, first, second, canonical, country):
    # the second form has more mentions, so it is the canonical name; labels may differ
    rows = [("a1", "GPE", first), ("a2", "GPE", second), ("a3", "LOC", second)]
    out = _geocoded(rows, gaz)
    assert out.select("name", "aliases", "n_mentions", "country_code").rows() == [
        (canonical, [first], 3, country)
    ]


def test_alias_merge_is_order_independent(gaz):
    rows = [("a1", "GPE", "Kiev"), ("a2", "GPE", "Kyiv"), ("a3", "GPE", "Bombay")]
    e1, a1 = build_catalog(_mentions(rows), gazetteer=gaz)
    rev = _mentions(rows).reverse()
    e2, a2 = build_catalog(rev, gazetteer=gaz)
    assert e1.equals(e2) and a1.equals(a2)
    assert sorted(e1["name"].to_list()) == ["Bombay", "Kiev"]  # ties: sort order


def test_without_gazetteer_the_spellings_stay_apart():
    rows = [("a1", "GPE", "Kiev"), ("a2", "GPE", "Kyiv")]
    entities, _ = build_catalog(_mentions(rows))
    assert sorted(entities["name"].to_list()) == ["Kiev", "Kyiv"]


@pytest.mark.parametrize(
    ("rows", "name", "expected"),
    [
        # population decides alone when one place dominates
        ([("a", "GPE", "Paris")], "Paris", (2988507, "FR", "city")),
        # a region named beside it in its articles picks the homonym inside it
        ([("a", "GPE", "Paris"), ("a", "GPE", "Texas")], "Paris", (4717560, "US", "city")),
        ([("a", "GPE", "Texas")], "Texas", (4736286, "US", "admin_region")),
        ([("a", "GPE", "U.S.")], "U.S.", (6252001, "US", "country")),
        ([("a", "GPE", "Britain")], "Britain", (2635167, "GB", "country")),
        ([("a", "GPE", "Scotland")], "Scotland", (2638360, "GB", "admin_region")),
        ([("a", "GPE", "Republic of Georgia")], "Republic of Georgia", (614540, "GE", "country")),
        ([("a", "LOC", "Europe")], "Europe", (6255148, None, "continent")),
        # a demonym carries its country only
        ([("a", "NORP", "Russians")], "Russians", (None, "RU", None)),
        ([("a", "NORP", "Democrats")], "Democrats", (None, None, None)),
        # not a place of the gazetteer
        ([("a", "LOC", "Atlantis Ridge")], "Atlantis Ridge", (None, None, None)),
        # a compass word before a large place: part of that place
        ([("a", "GPE", "North London")], "North London", (2643743, "GB", "city")),
        ([("a", "GPE", "South Wales")], "South Wales", (2634895, "GB", "admin_region")),
        ([("a", "LOC", "Northern Europe")], "Northern Europe", (6255148, None, "continent")),
        # ... but not where the compound names another place, nor before a small town
        ([("a", "LOC", "Central America")], "Central America", (None, None, None)),
        ([("a", "GPE", "East Germany")], "East Germany", (None, None, None)),
        ([("a", "GPE", "West Didsbury")], "West Didsbury", (None, None, None)),
    ],
)
def test_geocoding(gaz, rows, name, expected):
    out = _geocoded(rows, gaz).filter(pl.col("name") == name)
    assert out.select("geonameid", "country_code", "place_kind").rows() == [expected]


def test_ambiguous_homonym_uses_the_countries_around_it(gaz):
    # two "Victoria"s of similar size (Hong Kong, Canada): Canadian neighbours decide
    rows = [("a", "GPE", "Victoria"), ("a", "GPE", "Canada"), ("b", "GPE", "Victoria")]
    out = _geocoded(rows, gaz).filter(pl.col("name") == "Victoria")
    assert out.select("country_code", "place_kind").rows() == [("CA", "city")]
    alone = _geocoded([("a", "GPE", "Victoria")], gaz)
    assert alone.select("geonameid", "country_code").rows() == [(None, None)]


def test_a_small_city_out_of_its_countries_context_stays_null(gaz):
    # the only candidate is a small town abroad: among British places it is a namesake the
    # gazetteer lacks; beside its own country it is geocoded
    among_british = [("a", "GPE", "West End"), ("a", "GPE", "London"), ("a", "NORP", "British")]
    out = _geocoded(among_british, gaz).filter(pl.col("name") == "West End")
    assert out.select("geonameid", "country_code").rows() == [(None, None)]
    at_home = [("a", "GPE", "West End"), ("a", "GPE", "Canada")]
    out = _geocoded(at_home, gaz).filter(pl.col("name") == "West End")
    assert out.select("country_code", "place_kind").rows() == [("CA", "city")]


def test_abbreviations_are_not_alternate_names(gaz):
    assert gaz.candidates("QC") == ()


def test_geocoded_columns_and_ranges(gaz):
    out = _geocoded([("a", "GPE", "Moscow"), ("a", "PERSON", "Ann Lee")], gaz)
    assert {k: out.schema[k] for k in GEO_SCHEMA} == GEO_SCHEMA
    moscow = out.filter(pl.col("name") == "Moscow").row(0, named=True)
    assert (round(moscow["latitude"]), round(moscow["longitude"])) == (56, 38)
    person = out.filter(pl.col("name") == "Ann Lee").row(0, named=True)
    assert person["geonameid"] is None and person["country_code"] is None


@pytest.mark.parametrize(
    ("name", "key"),
    [("Rostov-on-Don", "rostov on don"), ("U.S.", "us"), ("the Netherlands", "netherlands")],
)
def test_place_key(name, key):
    assert place_key(name) == key


def test_build_gazetteer_from_records():
    """A tiny invented gazetteer: alternates of a big city, a smaller namesake, a country."""
    cities = {
        "1": {
            "geonameid": 1,
            "name": "Bigton",
            "latitude": 10.0,
            "longitude": 20.0,
            "countrycode": "AA",
            "population": 2_000_000,
            "admin1code": "01",
            "alternatenames": ["Old Bigton", "Бигтон"],
        },
        "2": {
            "geonameid": 2,
            "name": "Old Bigton",
            "latitude": 0.0,
            "longitude": 0.0,
            "countrycode": "BB",
            "population": 20_000,
            "admin1code": "02",
            "alternatenames": [],
        },
    }
    countries = {"AA": {"geonameid": 9, "name": "Aland", "iso": "AA", "population": 5}}
    gaz = build_gazetteer(
        countries=countries, continents={}, us_states={}, cities=cities, country_variants={}
    )
    # the alternate of the big city outweighs the small namesake's main name (2M / 10 > 20k x 2)
    assert gaz.prior_place("Old Bigton") == 1
    assert gaz.prior_place("Бигтон") is None  # non-ASCII alternates are not indexed
    assert gaz.demonym_country("Alandians") == "AA"
    assert (gaz.places[9].latitude, gaz.places[9].kind) == (10.0, "country")


@pytest.mark.parametrize(
    ("rows", "name", "expected"),
    [
        # a city of under a million people abroad, among places of another country: a
        # namesake the gazetteer lacks (a province, a county) stays null, country included
        (
            [("a", "GPE", "Ontario"), ("a", "GPE", "Toronto"), ("a", "GPE", "Canada")],
            "Ontario",
            (None, None, False),
        ),
        # ... a smaller namesake in the countries around it is taken instead
        (
            [("a", "GPE", "Durham"), ("a", "GPE", "London"), ("a", "NORP", "British")],
            "Durham",
            ("GB", "city", True),
        ),
        # ... and without context the large namesake still wins on population
        ([("a", "GPE", "Durham")], "Durham", ("US", "city", True)),
        (
            [("a", "GPE", "Ontario"), ("a", "GPE", "California")],
            "Ontario",
            ("US", "city", True),
        ),
    ],
)
def test_cities_under_a_million_must_fit_the_countries_around_them(gaz, rows, name, expected):
    out = _geocoded(rows, gaz).filter(pl.col("name") == name)
    got = out.select("country_code", "place_kind", pl.col("geonameid").is_not_null())
    assert got.rows() == [expected]
