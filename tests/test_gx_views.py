"""Data Docs views with a cache of compiled templates (flows.gx_views)."""

from __future__ import annotations

from pathlib import Path

import pytest
from great_expectations.render.view import DefaultJinjaPageView
from jinja2 import Environment

from flows import gx_views

TEMPLATES = ["page.j2", "table.j2", "markdown.j2"]


def compilations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja2 compiles from here on."""
    seen: list[str] = []
    original = Environment.compile

    def compile_(self, source, name=None, filename=None, raw=False, defer_init=False):
        seen.append(name)
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(Environment, "compile", compile_)
    return seen


def test_a_second_view_reads_the_compiled_templates_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path))
    seen = compilations(monkeypatch)
    first = gx_views.CachedPageView()
    for name in TEMPLATES:
        first.env.get_template(name)
    assert seen == TEMPLATES
    assert len(list((tmp_path / "jinja").iterdir())) == 3
    second = gx_views.CachedIndexPageView()
    for name in TEMPLATES:
        second.env.get_template(name)
    assert seen == TEMPLATES  # nothing compiled again


def test_a_cached_template_renders_as_gx_renders_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path))
    document = {"content_block_type": "markdown", "markdown": "Invented *text* here."}
    rendered = []
    for view in (DefaultJinjaPageView(), gx_views.CachedPageView(), gx_views.CachedPageView()):
        template = view.env.get_template("markdown.j2")
        rendered.append(template.render(content_block=document, content_block_id="b1"))
    assert rendered[0] == rendered[1] == rendered[2]


def test_no_cache_where_its_directory_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert gx_views.template_cache(blocker / "jinja") is None
    assert isinstance(gx_views.template_cache(tmp_path / "jinja"), gx_views.TemplateCache)


def test_an_entry_that_cannot_be_written_is_skipped(tmp_path: Path) -> None:
    cache = gx_views.template_cache(tmp_path / "jinja")
    assert cache is not None
    (tmp_path / "jinja").rmdir()
    env = Environment(bytecode_cache=cache)
    env.loader = None
    template = env.from_string("{{ 1 + 2 }}")  # not cached: no name
    assert template.render() == "3"
    from jinja2 import DictLoader

    env.loader = DictLoader({"t.j2": "{{ 2 * 3 }}"})
    assert env.get_template("t.j2").render() == "6"
    assert not (tmp_path / "jinja").exists()


def test_the_site_names_the_cached_views_for_every_section() -> None:
    views = {
        name: section["view"]["class_name"]
        for name, section in gx_views.SITE_VIEWS["site_section_builders"].items()
    }
    assert views == {
        "expectations": "CachedPageView",
        "validations": "CachedPageView",
        "profiling": "CachedPageView",
    }
    assert gx_views.SITE_VIEWS["site_index_builder"] == {
        "class_name": "DefaultSiteIndexBuilder",
        "view": {"module_name": "flows.gx_views", "class_name": "CachedIndexPageView"},
    }
