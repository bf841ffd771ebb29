"""Great Expectations' Data Docs views with their Jinja templates' compiled code cached on disk.

GX renders Data Docs with Jinja2, and every view builds its own ``Environment``: each run's
process compiles the same templates again (51 compilations of GX's 42 templates in a +10 run,
about 0.15 s of CPU, a tenth of its Data Docs). These views are GX's own
(``DefaultJinjaPageView``, ``DefaultJinjaIndexPageView``) with Jinja2's standard bytecode cache
(``FileSystemBytecodeCache``) under the local cache (``flows.cache``): a template's entry is
keyed by its name and source digest and read back only by the same Jinja2 and Python, so the
pages are the same as compiled afresh. A cache that cannot be written is skipped. The site's
configuration names them (``SITE_VIEWS``, used by ``flows.validate``); imported by GX when it
builds the site, so this module imports GX at the top.
"""

from __future__ import annotations

import logging
from pathlib import Path

from great_expectations.render.view import DefaultJinjaIndexPageView, DefaultJinjaPageView
from jinja2 import FileSystemBytecodeCache
from jinja2.bccache import Bucket

from flows.cache import cache_dir

log = logging.getLogger("newsfacts")


def _view(class_name: str) -> dict[str, str]:
    return {"module_name": __name__, "class_name": class_name}


# The Data Docs site's configuration (``site_config``) that names these views.
SITE_VIEWS = {
    "site_index_builder": {
        "class_name": "DefaultSiteIndexBuilder",
        "view": _view("CachedIndexPageView"),
    },
    "site_section_builders": {
        section: {"view": _view("CachedPageView")}
        for section in ("expectations", "validations", "profiling")
    },
}


class TemplateCache(FileSystemBytecodeCache):
    """Jinja2's file cache of compiled templates; an entry that cannot be written is skipped
    (the template was compiled, only not kept)."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError as exc:
            log.debug("template cache not written (%s)", exc)


def template_cache(directory: Path | None = None) -> TemplateCache | None:
    """The template cache in ``directory`` (default: ``jinja`` under the local cache), None when
    the directory cannot be made."""
    directory = cache_dir() / "jinja" if directory is None else directory
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.debug("no template cache (%s)", exc)
        return None
    return TemplateCache(str(directory))


class CachedPageView(DefaultJinjaPageView):
    """GX's page view (suite and validation pages) with the template cache."""

    def __init__(self, custom_styles_directory=None, custom_views_directory=None) -> None:
        super().__init__(custom_styles_directory, custom_views_directory)
        self.env.bytecode_cache = template_cache()


class CachedIndexPageView(DefaultJinjaIndexPageView):
    """GX's index page view with the template cache."""

    def __init__(self, custom_styles_directory=None, custom_views_directory=None) -> None:
        super().__init__(custom_styles_directory, custom_views_directory)
        self.env.bytecode_cache = template_cache()
