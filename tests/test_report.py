"""`newsfacts report`: charts from queries over the published tables, offline (no CDN)."""

from __future__ import annotations

import html
import json
import re
from datetime import date

import polars as pl
from typer.testing import CliRunner

from flows.storage import Store
from newsfacts.cli import app
from newsfacts.report import build_report, places_map, sections
from transforms.tables import SCHEMAS, empty

GEO = {  # the geocoding columns the places workstream adds to `entities`
    "geonameid": pl.Int64,
    "country_code": pl.String,
    "latitude": pl.Float64,
    "longitude": pl.Float64,
    "place_kind": pl.String,
}


NO_GEO = [c for c in SCHEMAS["entities"] if c not in GEO]  # entities as before geocoding


def frame(table: str, columns: dict, extra: dict | None = None) -> pl.DataFrame:
    """Rows of ``table`` with the given columns; the others null (``entities`` without GEO)."""
    base = SCHEMAS[table]
    if table == "entities":
        base = {c: base[c] for c in NO_GEO}
    schema = {**base, **(extra or {})}
    n = len(next(iter(columns.values())))
    data = {c: columns.get(c, [None] * n) for c in schema}
    return pl.DataFrame(data, schema=schema)


ENTITIES = {
    "entity_id": ["e1", "e2", "e3", "e4"],
    "name": ["Lisbon", "Nairobi", "Osaka", "Ana Ruiz"],
    "label": ["GPE", "GPE", "GPE", "PERSON"],
    "aliases": [[], [], [], []],
    "n_mentions": [7, 3, 2, 5],
    "n_articles": [2, 1, 1, 2],
}
PLACES = {
    "geonameid": [2267057, 184745, 1853909, None],
    "country_code": ["PT", "KE", "JP", None],
    "latitude": [38.72, -1.28, 34.69, None],
    "longitude": [-9.14, 36.82, 135.50, None],
    "place_kind": ["city", "city", "city", None],
}


def publish(out, *, geo: bool) -> None:
    """Publish a version of invented tables (``geo``: entities with coordinates)."""
    tables = {t: empty(t) for t in SCHEMAS}
    tables["articles"] = frame(
        "articles",
        {"article_id": ["a1", "a2", "a3"], "published": [date(2026, 3, 1)] * 2 + [None]},
    )
    tables["quotes"] = frame(
        "quotes",
        {
            "quote_id": ["q1", "q2", "q3", "q4"],
            "article_id": ["a1", "a1", "a2", "a3"],
            "speaker": ["Ana Ruiz", "Ana Ruiz", "Tom Oduya", None],
        },
    )
    tables["entities"] = (
        frame("entities", {**ENTITIES, **PLACES}, GEO) if geo else frame("entities", ENTITIES)
    )
    tables["numbers"] = frame(
        "numbers",
        {
            "number_id": ["n1", "n2", "n3"],
            "kind": ["money", "money", "count"],
            "unit": ["USD", "USD", None],
        },
    )
    tables["quarantine"] = frame(
        "quarantine", {"source": ["x.bin", "y.json"], "reason": ["binary", "invalid_json"]}
    )
    store = Store(out)
    store.publish(store.stage(tables))


def specs(page: str) -> dict[str, dict]:
    """The Vega-Lite spec of every chart on the page, by section."""
    return {
        key: json.loads(spec.replace("<\\/", "</"))
        for key, spec in re.findall(r"embed\('#chart-(\w+)', (\{.*\})\);\n", page)
    }


def test_sections_add_the_map_only_with_coordinates():
    keys = ["articles_per_day", "speakers", "entities", "numbers", "quarantine"]
    assert [s.key for s in sections(NO_GEO)] == keys
    with_geo = sections([*NO_GEO, *GEO])
    assert [s.key for s in with_geo] == [*keys, "places"]
    assert with_geo[-1].sql.startswith(
        "SELECT name, country_code, place_kind, latitude, longitude, n_mentions\n"
    )


def test_places_map_draws_points_on_country_outlines():
    rows = pl.DataFrame({**PLACES, "name": ENTITIES["name"], "n_mentions": [7, 3, 2, 5]}).head(3)
    spec = places_map(rows).to_dict()
    outlines, points = spec["layer"]
    assert outlines["mark"]["type"] == "geoshape"
    assert outlines["data"]["format"] == {"type": "topojson", "feature": "countries"}
    assert len(outlines["data"]["values"]["objects"]["countries"]["geometries"]) == 177
    assert points["mark"]["type"] == "circle"
    assert points["encoding"]["longitude"]["field"] == "longitude"
    assert [(v["name"], v["latitude"]) for v in points["data"]["values"]] == [
        ("Lisbon", 38.72),
        ("Nairobi", -1.28),
        ("Osaka", 34.69),
    ]
    assert spec["projection"] == {"type": "equalEarth"}


def test_report_charts_hold_the_query_results(tmp_path):
    publish(tmp_path, geo=False)
    page = build_report(tmp_path)
    charts = specs(page)
    assert sorted(charts) == ["articles_per_day", "entities", "numbers", "quarantine", "speakers"]
    assert charts["articles_per_day"]["data"]["values"] == [{"day": "2026-03-01", "articles": 2}]
    assert charts["speakers"]["data"]["values"] == [
        {"speaker": "Ana Ruiz", "quotes": 2, "articles": 1},
        {"speaker": "Tom Oduya", "quotes": 1, "articles": 1},
    ]
    assert charts["numbers"]["data"]["values"] == [
        {"kind": "count", "unit": "(no unit)", "numbers": 1},
        {"kind": "money", "unit": "USD", "numbers": 2},
    ]
    assert charts["quarantine"]["data"]["values"] == [
        {"reason": "binary", "sources": 1},
        {"reason": "invalid_json", "sources": 1},
    ]
    assert [(v["label"], v["name"]) for v in charts["entities"]["data"]["values"]] == [
        ("GPE", "Lisbon"),
        ("GPE", "Nairobi"),
        ("GPE", "Osaka"),
        ("PERSON", "Ana Ruiz"),
    ]
    # each query is printed beside its chart
    for section in sections(NO_GEO):
        assert f"<pre>{html.escape(section.sql)}</pre>" in page
    assert "Most-mentioned places" not in page


def test_report_has_a_map_when_entities_have_coordinates(tmp_path):
    publish(tmp_path, geo=True)
    places = specs(build_report(tmp_path))["places"]
    points = places["layer"][1]["data"]["values"]
    assert [(p["name"], p["country_code"], p["n_mentions"]) for p in points] == [
        ("Lisbon", "PT", 7),
        ("Nairobi", "KE", 3),
        ("Osaka", "JP", 2),
    ]


def test_report_page_loads_nothing_from_the_network(tmp_path):
    publish(tmp_path, geo=True)
    page = build_report(tmp_path)
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    assert page.count("<script>") == 4  # vega, vega-lite, vega-embed, the charts
    assert "vegaEmbed(el, spec" in page


def test_report_command_writes_the_page(tmp_path):
    publish(tmp_path / "out", geo=False)
    runner = CliRunner()
    result = runner.invoke(app, ["report", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    path = (tmp_path / "out" / "_report" / "index.html").resolve()
    assert result.stdout == f"{path}\n"
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    other = runner.invoke(
        app, ["report", "--out", str(tmp_path / "out"), "--html", str(tmp_path / "r.html")]
    )
    assert other.exit_code == 0 and (tmp_path / "r.html").is_file()


def test_report_without_tables_says_what_to_do(tmp_path):
    result = CliRunner().invoke(app, ["report", "--out", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "no published tables" in result.stderr and "newsfacts run" in result.stderr
