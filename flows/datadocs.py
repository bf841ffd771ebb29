"""Make the Great Expectations Data Docs work offline: local copies of every CDN asset.

GX 1.24 writes pages that load bootstrap, jquery, bootstrap-table, vega, font-awesome and its
logo from CDNs; without internet the results table never appears. After GX builds the site,
``localize_site`` copies the vendored assets (``newsfacts/static/vendor``, with their licences)
into ``<site>/static/vendor`` and rewrites every page to load them by relative path.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

VENDOR_DIR = Path(__file__).resolve().parent.parent / "newsfacts" / "static" / "vendor"

# CDN URL in GX's templates -> file under static/vendor/ (or static/images/ for GX's own logo).
ASSETS: dict[str, str] = {
    "https://code.jquery.com/jquery-3.7.1.min.js": "vendor/jquery-3.7.1/jquery.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js": (
        "vendor/popper.js-1.12.9/umd/popper.min.js"
    ),
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js": (
        "vendor/bootstrap-4.3.1/js/bootstrap.min.js"
    ),
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css": (
        "vendor/bootstrap-4.3.1/css/bootstrap.min.css"
    ),
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js": (
        "vendor/bootstrap-table-1.19.1/bootstrap-table.min.js"
    ),
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css": (
        "vendor/bootstrap-table-1.19.1/bootstrap-table.min.css"
    ),
    "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js": (
        "vendor/bootstrap-table-1.19.1/extensions/filter-control/bootstrap-table-filter-control.min.js"
    ),
    # the templates take the filter-control stylesheet from 1.19.0; 1.19.1's is the same rules
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css": (
        "vendor/bootstrap-table-1.19.1/extensions/filter-control/bootstrap-table-filter-control.min.css"
    ),
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css": (
        "vendor/bootstrap-table-1.19.1/extensions/filter-control/bootstrap-table-filter-control.min.css"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js": (
        "vendor/bootstrap-datepicker-1.9.0/js/bootstrap-datepicker.min.js"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css": (
        "vendor/bootstrap-datepicker-1.9.0/css/bootstrap-datepicker.min.css"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css": (
        "vendor/fontawesome-free-6.6.0/css/all.min.css"
    ),
    "https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/bootstrap-prefers-dark.css": (
        "vendor/bootstrap-dark-1.1.0/css/bootstrap-prefers-dark.min.css"
    ),
    # GX asks for the newest vega 5 / vega-lite 5 / vega-embed 6; its chart specs come from the
    # installed altair (Vega-Lite 6), so the versions altair targets are served instead.
    "https://cdn.jsdelivr.net/npm/vega@5": "vendor/vega-6.4.0/vega.min.js",
    "https://cdn.jsdelivr.net/npm/vega-lite@5": "vendor/vega-lite-6.4.1/vega-lite.min.js",
    "https://cdn.jsdelivr.net/npm/vega-embed@6": "vendor/vega-embed-7.3.0/vega-embed.min.js",
}
GX_IMAGES = re.compile(
    r"https://great-expectations-web-assets\.s3\.us-east-2\.amazonaws\.com/"
    r"(?:logo-long\.png|full_logo_dark\.png)(?:\?d=[^\"')]*)?"
)
# GX's own images by relative path; its favicon link on validation pages is one level short
GX_LOCAL_IMAGES = re.compile(r"([\"'(])(?:\.\.?/)*static/images/")
SRI = re.compile(r'\s+(?:integrity="[^"]*"|crossorigin="[^"]*")')  # file:// cannot pass CORS


def localize_html(html: str, static_prefix: str) -> str:
    """``html`` with every known CDN asset replaced by ``static_prefix`` + its local path.

    ``static_prefix`` is the relative URL of the site's ``static/`` folder from the page
    (``"./static/"`` for the index). Subresource-integrity and crossorigin attributes are
    dropped: a browser refuses a ``crossorigin`` script loaded from a ``file://`` page.
    """
    for url, local in ASSETS.items():
        html = html.replace(f'"{url}"', f'"{static_prefix}{local}"')
    html = GX_IMAGES.sub(f"{static_prefix}images/logo-long.png", html)
    html = GX_LOCAL_IMAGES.sub(lambda m: f"{m[1]}{static_prefix}images/", html)
    return SRI.sub("", html)


def remote_assets(html: str) -> list[str]:
    """URLs of scripts, stylesheets and images that a page still loads from the network."""
    found = re.findall(r'<script[^>]*\ssrc="(https?://[^"]+)"', html)
    found += re.findall(r'<link[^>]*rel="stylesheet"[^>]*href="(https?://[^"]+)"', html)
    found += re.findall(r'<link[^>]*href="(https?://[^"]+)"[^>]*rel="stylesheet"', html)
    found += re.findall(r'<img[^>]*\ssrc="(https?://[^"]+)"', html)
    found += re.findall(r"url\(['\"]?(https?://[^'\")]+)", html)
    return found


def localize_site(site: Path, *, vendor: Path = VENDOR_DIR) -> list[Path]:
    """Copy the vendored assets into ``site/static/vendor`` and rewrite every page of ``site``.

    Returns the pages rewritten. Pages already rewritten are left as they are (idempotent).
    """
    site = Path(site)
    static = site / "static"
    shutil.copytree(vendor, static / "vendor", dirs_exist_ok=True)
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        if static / "vendor" in page.parents:
            continue
        prefix = os.path.relpath(static, page.parent).replace(os.sep, "/") + "/"
        html = page.read_text(encoding="utf-8")
        local = localize_html(html, prefix)
        if local != html:
            page.write_text(local, encoding="utf-8")
    return pages
