"""``newsfacts report``: the corpus at a glance, one static HTML page that works offline.

Every chart is a Vega-Lite spec (built with altair) over the result of one DuckDB query on the
published tables; the page shows each query beside its chart. The Vega, Vega-Lite and
Vega-Embed scripts (vendored, ``newsfacts/static/vendor``) are inlined into the page, so it
needs no network and no file beside it.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

VENDOR = Path(__file__).resolve().parent / "static" / "vendor"
SCRIPTS = (
    "vega-6.4.0/vega.min.js",
    "vega-lite-6.4.1/vega-lite.min.js",
    "vega-embed-7.3.0/vega-embed.min.js",
)
WORLD = VENDOR / "world-atlas-2.0.2" / "countries-110m.json"
PLACE_COLUMNS = ("latitude", "longitude")
MAIN_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP")


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    sql: str
    chart: Callable[[pl.DataFrame], object]  # result frame -> altair chart
    empty: str  # what the page says when the query returns no rows


def _values(frame: pl.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts (dates as ISO strings)."""
    return frame.with_columns(pl.col(pl.Date, pl.Datetime).cast(pl.String)).to_dicts()


def _bars(frame: pl.DataFrame, *, x: str, y: str, color: str | None = None, tooltip=()):
    import altair as alt

    enc = {
        "x": alt.X(f"{x}:Q", title=x.replace("_", " ")),
        "y": alt.Y(f"{y}:N", sort="-x", title=None),
        "tooltip": [f"{y}:N", f"{x}:Q", *tooltip],
    }
    if color:
        enc["color"] = alt.Color(f"{color}:N", title=color)
        enc["tooltip"].append(f"{color}:N")
    height = max(60, 18 * frame[y].n_unique())
    return (
        alt.Chart(alt.Data(values=_values(frame)))
        .mark_bar()
        .encode(**enc)
        .properties(width=420, height=height)
    )


def articles_per_day(frame: pl.DataFrame, *, max_bars: int = 90):
    """A bar per day; past ``max_bars`` days, a time axis (bars as thin as a day)."""
    import altair as alt

    x = (
        alt.X("day:O", title="published")
        if frame.height <= max_bars
        else alt.X("yearmonthdate(day):T", title="published")
    )
    return (
        alt.Chart(alt.Data(values=_values(frame)))
        .mark_bar()
        .encode(
            x=x,
            y=alt.Y("articles:Q", title="articles"),
            tooltip=["day:T", "articles:Q"],
        )
        .properties(width=560, height=220)
    )


def top_entities(frame: pl.DataFrame):
    import altair as alt

    return (
        alt.Chart(alt.Data(values=_values(frame)))
        .mark_bar()
        .encode(
            x=alt.X("n_mentions:Q", title="mentions"),
            y=alt.Y("name:N", sort="-x", title=None),
            color=alt.Color("label:N", legend=None),
            tooltip=["label:N", "name:N", "n_mentions:Q", "n_articles:Q"],
        )
        .properties(width=360)
        .facet(row=alt.Row("label:N", title=None, header=alt.Header(labelAngle=0)))
        .resolve_scale(y="independent")
    )


def places_map(frame: pl.DataFrame):
    """Circles on the country outlines, sized by mentions (``latitude``/``longitude`` columns)."""
    import altair as alt

    world = json.loads(WORLD.read_text(encoding="utf-8"))
    outlines = alt.Chart(
        alt.Data(values=world, format=alt.DataFormat(type="topojson", feature="countries"))
    ).mark_geoshape(fill="#eceff1", stroke="#90a4ae", strokeWidth=0.5)
    kinds = {"name": "N", "country_code": "N", "place_kind": "N", "n_mentions": "Q"}
    tooltip = [f"{c}:{t}" for c, t in kinds.items() if c in frame.columns]
    points = (
        alt.Chart(alt.Data(values=_values(frame)))
        .mark_circle(color="#d84315", opacity=0.7, stroke="white", strokeWidth=0.5)
        .encode(
            longitude="longitude:Q",
            latitude="latitude:Q",
            size=alt.Size("n_mentions:Q", title="mentions", scale=alt.Scale(range=[20, 900])),
            tooltip=tooltip,
        )
    )
    return alt.layer(outlines, points).project("equalEarth").properties(width=760, height=400)


def sections(entity_columns: list[str]) -> list[Section]:
    """The report's sections; the map only when entities have coordinates."""
    labels = ", ".join(f"'{label}'" for label in MAIN_LABELS)
    out = [
        Section(
            "articles_per_day",
            "Articles per day",
            "SELECT published AS day, count(*) AS articles\nFROM articles\n"
            "WHERE published IS NOT NULL\nGROUP BY day\nORDER BY day",
            articles_per_day,
            "No article has a publication date.",
        ),
        Section(
            "speakers",
            "Top speakers and how often they are quoted",
            "SELECT speaker, count(*) AS quotes,\n       count(DISTINCT article_id) AS articles\n"
            "FROM quotes\nWHERE speaker IS NOT NULL\n"
            "  AND coalesce(kind, '') NOT IN ('indirect', 'mixed')  -- quotations only\n"
            "GROUP BY speaker\n"
            "ORDER BY quotes DESC, speaker\nLIMIT 20",
            lambda f: _bars(f, x="quotes", y="speaker", tooltip=["articles:Q"]),
            "No quotation has a speaker.",
        ),
        Section(
            "entities",
            "Top entities by label",
            "SELECT label, name, n_mentions, n_articles\nFROM (\n  SELECT *, row_number() OVER (\n"
            "    PARTITION BY label ORDER BY n_mentions DESC, name) AS rank\n  FROM entities\n"
            f"  WHERE label IN ({labels})\n)\nWHERE rank <= 8\n"
            "ORDER BY label, n_mentions DESC, name",
            top_entities,
            "No entities.",
        ),
        Section(
            "numbers",
            "Numbers by kind and unit",
            "WITH top_units AS (\n  SELECT unit FROM numbers WHERE unit IS NOT NULL\n"
            "  GROUP BY unit ORDER BY count(*) DESC, unit LIMIT 8\n)\n"
            "SELECT kind,\n       CASE WHEN unit IS NULL THEN '(no unit)'\n"
            "            WHEN unit IN (SELECT unit FROM top_units) THEN unit\n"
            "            ELSE '(other units)' END AS unit,\n       count(*) AS numbers\n"
            "FROM numbers\nGROUP BY ALL\nORDER BY kind, numbers DESC, unit",
            lambda f: _bars(f, x="numbers", y="kind", color="unit"),
            "No numbers.",
        ),
        Section(
            "quarantine",
            "Quarantine reasons",
            "SELECT reason, count(*) AS sources\nFROM quarantine\nGROUP BY reason\n"
            "ORDER BY sources DESC, reason",
            lambda f: _bars(f, x="sources", y="reason"),
            "Nothing was quarantined.",
        ),
    ]
    if all(c in entity_columns for c in PLACE_COLUMNS):
        extra = ", ".join(c for c in ("country_code", "place_kind") if c in entity_columns)
        out.append(
            Section(
                "places",
                "Most-mentioned places",
                f"SELECT name, {extra + ', ' if extra else ''}latitude, longitude, n_mentions\n"
                "FROM entities\nWHERE latitude IS NOT NULL AND longitude IS NOT NULL\n"
                "ORDER BY n_mentions DESC, name\nLIMIT 60",
                places_map,
                "No entity has coordinates.",
            )
        )
    return out


def _script(text: str) -> str:
    """``text`` safe inside a <script> element (no closing tag in it)."""
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)


def _table(frame: pl.DataFrame, limit: int = 12) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in frame.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
        for row in frame.head(limit).iter_rows()
    )
    more = f"<p class='more'>{frame.height - limit} more rows</p>" if frame.height > limit else ""
    return f"<table><tr>{head}</tr>{body}</table>{more}"


def render(
    results: list[tuple[Section, pl.DataFrame]], *, counts: dict[str, int], version: str
) -> str:
    """The whole page: counts, then per section the chart beside its query and result."""
    blocks, embeds = [], []
    for section, frame in results:
        if frame.is_empty():
            chart = f"<p class='empty'>{html.escape(section.empty)}</p>"
        else:
            chart = f"<div class='chart' id='chart-{section.key}'></div>"
            spec = section.chart(frame).to_dict()
            data = json.dumps(spec).replace("</", "<\\/")  # a JSON string may hold "</script"
            embeds.append(f"embed('#chart-{section.key}', {data});")
        blocks.append(
            f"<section id='{section.key}'><h2>{html.escape(section.title)}</h2>"
            f"<div class='row'><div class='left'>{chart}</div><div class='right'>"
            f"<h3>Query</h3><pre>{html.escape(section.sql)}</pre>"
            f"<details><summary>Result ({frame.height} rows)</summary>{_table(frame)}</details>"
            "</div></div></section>"
        )
    count_rows = "".join(f"<tr><td>{t}</td><td>{n:,}</td></tr>" for t, n in counts.items())
    scripts = "".join(
        f"<script>{_script((VENDOR / s).read_text(encoding='utf-8'))}</script>\n" for s in SCRIPTS
    )
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>newsfacts report: version {html.escape(version)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1280px; color: #263238; }}
h1 {{ margin-bottom: .2rem; }} .sub {{ color: #607d8b; margin-top: 0; }}
section {{ border-top: 1px solid #cfd8dc; padding: 1rem 0; }}
.row {{ display: flex; gap: 2rem; align-items: flex-start; flex-wrap: wrap; }}
.left {{ flex: 1 1 600px; }} .right {{ flex: 0 1 440px; }}
pre {{ background: #f5f7f8; padding: .6rem; font-size: 12px; overflow-x: auto; }}
table {{ border-collapse: collapse; font-size: 12px; }}
td, th {{ border: 1px solid #cfd8dc; padding: 2px 6px; text-align: left; }}
.empty {{ color: #90a4ae; font-style: italic; }} .more {{ color: #90a4ae; font-size: 12px; }}
</style>
{scripts}</head><body>
<h1>newsfacts: the corpus at a glance</h1>
<p class="sub">published version <code>{html.escape(version)}</code>, report made {when};
every chart is the result of the query beside it (run it yourself with
<code>newsfacts query "..."</code>).</p>
<table class="counts"><tr><th>table</th><th>rows</th></tr>{count_rows}</table>
{"".join(blocks)}
<script>
function embed(el, spec) {{
  vegaEmbed(el, spec, {{renderer: "svg", actions: false}}).catch(function (e) {{
    document.querySelector(el).textContent = "chart failed: " + e;
  }});
}}
{chr(10).join(embeds)}
</script>
</body></html>
"""


def build_report(out_dir: Path) -> str:
    """The report page for the current published version of ``out_dir``."""
    from flows.query import connect
    from flows.storage import Store
    from transforms.tables import SCHEMAS

    version = Store(out_dir).current_dir()
    con = connect(out_dir)  # raises NothingPublished when there is nothing yet
    try:
        columns = [row[0] for row in con.execute("DESCRIBE entities").fetchall()]
        results = [(s, con.sql(s.sql).pl()) for s in sections(columns)]
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in SCHEMAS}
    finally:
        con.close()
    return render(results, counts=counts, version=version.name if version else "?")


def write_report(out_dir: Path, path: Path | None = None) -> Path:
    """Write the page (default ``OUT/_report/index.html``) and return its path."""
    path = Path(path) if path else Path(out_dir) / "_report" / "index.html"
    page = build_report(Path(out_dir))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path
