"""Data Docs offline: every asset the GX pages load is a vendored local file, with its licence."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from flows.datadocs import ASSETS, VENDOR_DIR, localize_html, localize_site, remote_assets
from flows.validate import validate_tables
from transforms.tables import SCHEMAS, empty


def test_vendored_files_match_their_checksums():
    sums = (VENDOR_DIR / "SHA256SUMS").read_text().splitlines()
    listed = {}
    for line in sums:
        digest, name = line.split(maxsplit=1)
        listed[name.removeprefix("./")] = digest
    on_disk = {
        str(p.relative_to(VENDOR_DIR))
        for p in VENDOR_DIR.rglob("*")
        if p.is_file() and p.name not in ("SHA256SUMS", "README.md")
    }
    assert set(listed) == on_disk
    for name, digest in listed.items():
        assert hashlib.sha256((VENDOR_DIR / name).read_bytes()).hexdigest() == digest, name


def test_every_vendored_package_has_its_licence():
    for folder in sorted(p for p in VENDOR_DIR.iterdir() if p.is_dir()):
        licences = [p for p in folder.iterdir() if p.name.upper().startswith("LICENSE")]
        assert licences, f"{folder.name} has no licence file"
        assert folder.name in (VENDOR_DIR / "README.md").read_text(), folder.name


def test_every_cdn_url_maps_to_a_vendored_file():
    for url, local in ASSETS.items():
        assert (VENDOR_DIR.parent / local).is_file(), (url, local)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>',
            '<script src="../static/vendor/jquery-3.7.1/jquery.min.js"></script>',
        ),
        (
            '<script src="https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js"'
            ' integrity="sha384-abc" crossorigin="anonymous"></script>',
            '<script src="../static/vendor/popper.js-1.12.9/umd/popper.min.js"></script>',
        ),
        (
            '<img src="https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/'
            'logo-long.png?d=20261130T211938.779340Z" alt="x"/>',
            '<img src="../static/images/logo-long.png" alt="x"/>',
        ),
        (
            "background: url('https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/"
            "full_logo_dark.png');",
            "background: url('../static/images/logo-long.png');",
        ),
        (
            '<a href="https://greatexpectations.io">GX</a>',
            '<a href="https://greatexpectations.io">GX</a>',
        ),
    ],
)
def test_localize_html(html, expected):
    assert localize_html(html, "../static/") == expected


def _local_refs(html: str) -> list[str]:
    refs = re.findall(r'<(?:script|img)[^>]*\ssrc="([^"#]+)"', html)
    refs += re.findall(r'<link[^>]*href="([^"#]+)"', html)
    return [r for r in refs if not r.startswith(("http://", "https://", "data:"))]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[Path, object]:
    docs = tmp_path_factory.mktemp("docs")
    report = validate_tables({t: empty(t) for t in SCHEMAS}, docs_dir=docs)
    return docs, report


def test_built_pages_load_nothing_from_the_network(site):
    docs, _ = site
    pages = sorted(docs.rglob("*.html"))
    pages = [p for p in pages if "vendor" not in p.parts]
    # the index, one suite page and one validation page per table
    assert len(pages) == 1 + 2 * len(SCHEMAS)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert remote_assets(html) == [], page
        for ref in _local_refs(html):
            target = (page.parent / ref.split("?")[0]).resolve()
            assert target.is_file(), (page, ref)


def test_report_names_the_pages(site):
    docs, report = site
    assert report.docs_index == str(docs.resolve() / "index.html")
    assert sorted(report.pages) == sorted(SCHEMAS)
    for table, pages in report.pages.items():
        assert len(pages) == 1
        assert Path(pages[0]).is_file()
        assert Path(pages[0]).name == f"newsfacts-{table}.html"


def test_localize_site_is_idempotent(site):
    docs, _ = site
    index = docs / "index.html"
    before = index.read_text(encoding="utf-8")
    localize_site(docs)
    assert index.read_text(encoding="utf-8") == before


def test_gx_relative_image_links_are_fixed():
    html = '<link rel="shortcut icon" href="../../../static/images/favicon.ico"/>'
    assert localize_html(html, "../../../../static/") == (
        '<link rel="shortcut icon" href="../../../../static/images/favicon.ico"/>'
    )


def test_suite_pages_are_rendered_again_only_when_their_suite_changed(tmp_path):
    docs = tmp_path / "docs"
    tables = {t: empty(t) for t in ("articles", "numbers")}
    validate_tables(tables, docs_dir=docs)
    page, mark = docs / "expectations" / "numbers.html", docs / "expectations" / ".numbers.source"
    page.write_text("kept", encoding="utf-8")  # a second run with the same suite keeps it
    second = validate_tables(tables, docs_dir=docs)
    assert page.read_text(encoding="utf-8") == "kept"
    # this run's validation page (GX's index builder drops pages of results it does not hold)
    assert list((docs / "validations" / "numbers").rglob("*.html")) == [
        Path(second.pages["numbers"][0])
    ]
    mark.write_text("another suite", encoding="utf-8")  # rendered from other contents
    validate_tables(tables, docs_dir=docs)
    assert "numbers" in page.read_text(encoding="utf-8")
    assert mark.read_text(encoding="utf-8") != "another suite"
