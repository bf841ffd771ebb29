"""What a person sees, in a real browser with the network off: the Data Docs and the report.

Headless Chromium (Debian's `chromium` package; `.ci/run` installs it) opens each page from
disk inside `unshare -rn` (a network namespace with no network at all) and prints the DOM
after the page's scripts ran. The tests skip, saying why, where either is missing.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import write_small_corpus

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]


def _browser() -> list[str]:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("chromium is not installed (`apt-get install -y chromium`; .ci/run does)")
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-rn", "true"]).returncode != 0:
        pytest.skip("cannot run the browser without network: `unshare -rn` is not permitted here")
    return [unshare, "-rn", exe]


def rendered(page: Path, tmp_path: Path) -> str:
    """The DOM of ``page`` after its scripts ran, in headless Chromium with no network."""
    cmd = [
        *_browser(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=10000",
        "--dump-dom",
        page.resolve().as_uri(),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A run over three invented articles, one dated JSON article and an empty file."""
    from flows.pipeline import newsfacts_flow
    from newsfacts.report import write_report
    from newsfacts.settings import Settings

    root = tmp_path_factory.mktemp("browser")
    raw, out = write_small_corpus(root / "raw"), root / "out"
    (raw / "empty.txt").write_text("")
    (raw / "delta.json").write_text(
        json.dumps(
            {
                "title": "Harbour reopens",
                "published": "2026-03-02",
                "text": "The harbour of Portsmouth reopened on Monday after a storm, "
                'officials said. "Ships can dock again," said Harbour Master Ruth Ellery.',
            }
        )
    )
    summary = newsfacts_flow(Settings(raw_dir=str(raw), out_dir=str(out)))
    assert summary["validation"] == "passed"
    return out, write_report(out)


def _rows(dom: str) -> list[str]:
    """Rows that bootstrap-table drew (it only draws them when its scripts loaded)."""
    return re.findall(r'<tr[^>]*data-index="\d+"[^>]*>(.*?)</tr>', dom, flags=re.S)


def test_data_docs_index_shows_a_row_per_table(published, tmp_path):
    out, _ = published
    dom = rendered(out / "_validation" / "docs" / "index.html", tmp_path)
    assert 'class="bootstrap-table' in dom  # the table plugin ran
    rows = _rows(dom)
    names = sorted(re.search(r">\s*(\w+)\s*</a>", row).group(1) for row in rows if "</a>" in row)
    assert names == sorted(
        ["articles", "entities", "entity_mentions", "numbers", "quarantine", "quotes"]
    )


def test_validation_page_shows_its_results(published, tmp_path):
    out, _ = published
    (page,) = (out / "_validation" / "docs" / "validations" / "quotes").rglob("*.html")
    dom = rendered(page, tmp_path)
    assert 'class="bootstrap-table' in dom
    rows = _rows(dom)
    assert len(rows) >= 20  # one row per expectation of the quotes suite
    assert "Succeeded" in dom


def test_report_charts_have_marks(published, tmp_path):
    _, report = published
    dom = rendered(report, tmp_path)
    assert "chart failed" not in dom.replace('"chart failed: " + e', "")
    sections = dict(re.findall(r'<section id="(\w+)">(.*?)</section>', dom, flags=re.S))
    assert sorted(sections) == [
        "articles_per_day",
        "entities",
        "numbers",
        "places",  # the sample's places are geocoded, so the report has its map
        "quarantine",
        "speakers",
    ]
    for key, body in sections.items():
        assert "<svg" in body, key  # vega drew the chart
        if key == "places":  # country outlines and a circle per place
            assert 'aria-roledescription="shape mark container"' in body
            assert re.findall(r'<path[^>]*aria-roledescription="circle"', body)
            continue
        bars = re.findall(r'<path[^>]*aria-roledescription="bar"', body)
        assert bars, key
    assert len(re.findall(r'aria-roledescription="bar"', sections["quarantine"])) == 1
    assert len(re.findall(r'aria-roledescription="bar"', sections["articles_per_day"])) == 1
