"""Great Expectations' import with scipy.stats and altair deferred (flows.gx_import)."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flows.gx_import import DEFERRED, defer_import

HEAVY = "import sys\nsys.modules['lazypkg_log'].runs.append('heavy')\nVALUE = 42\n"
PACKAGE = {"__init__.py": "", "heavy.py": HEAVY}


@pytest.fixture
def runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An invented package whose module ``heavy`` records each time it runs."""
    import types

    root = tmp_path / "lazypkg"
    root.mkdir()
    for name, text in PACKAGE.items():
        (root / name).write_text(text, encoding="utf-8")
    (tmp_path / "lazyheavy.py").write_text(HEAVY, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    log = types.ModuleType("lazypkg_log")
    log.runs = []
    monkeypatch.setitem(sys.modules, "lazypkg_log", log)
    yield log.runs
    for name in ("lazypkg.heavy", "lazypkg", "lazyheavy"):
        sys.modules.pop(name, None)


def test_a_deferred_module_runs_on_its_first_attribute_read(runs) -> None:
    module = defer_import("lazypkg.heavy")
    assert module is not None
    assert runs == []
    # what GX's `from scipy import stats` does: the parent's attribute, the module not touched
    heavy = importlib.import_module("lazypkg").heavy

    assert heavy is module
    assert runs == []
    assert heavy.VALUE == 42
    assert runs == ["heavy"]
    assert heavy.VALUE == 42
    assert runs == ["heavy"]


def test_a_plain_import_statement_does_not_run_a_deferred_module(runs) -> None:
    module = defer_import("lazyheavy")
    assert module is not None
    namespace: dict = {}
    exec("import lazyheavy", namespace)  # as GX's `import altair as alt`: reads its __spec__
    lazyheavy = namespace["lazyheavy"]

    assert lazyheavy is module
    assert lazyheavy.__spec__.name == "lazyheavy"
    assert runs == []
    assert lazyheavy.VALUE == 42
    assert runs == ["heavy"]


@pytest.mark.parametrize(
    ("name", "imported_first"),
    [
        ("lazypkg.heavy", True),  # imported already: left as it is
        ("lazypkg.missing", False),  # not found: a later import fails as without the call
        ("no_such_package_xyz.stats", False),
    ],
)
def test_nothing_is_deferred_when_imported_or_missing(runs, name, imported_first) -> None:
    if imported_first:
        importlib.import_module("lazypkg.heavy")
        assert runs == ["heavy"]
    assert defer_import(name) is None
    assert (name in sys.modules) is imported_first


CHART = """
from great_expectations.expectations.core import (
    expect_column_kl_divergence_to_be_less_than as kl,
)
chart = kl.ExpectColumnKLDivergenceToBeLessThan._get_kl_divergence_chart(
    {"bins": [0, 1, 2], "weights": [0.25, 0.75]}
)
print(json.dumps(chart.to_json_dict(), sort_keys=True))
"""


def run_python(code: str) -> list[str]:
    root = Path(__file__).resolve().parents[1]
    return subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    ).stdout.splitlines()


def test_gx_imports_without_scipy_stats_and_altair_and_they_still_work() -> None:
    """The deferred modules do not run during GX's import; an expectation that uses them gets
    the real modules: the KL divergence's entropy, its Data Docs chart as with GX's own import."""
    code = textwrap.dedent(
        """
        import json, sys
        from flows.gx_import import import_great_expectations
        import_great_expectations()
        print("great_expectations" in sys.modules, "scipy.stats._stats_py" in sys.modules,
              "altair.vegalite" in sys.modules)
        from great_expectations.expectations.core import (
            expect_column_kl_divergence_to_be_less_than as kl,
        )
        print(round(float(kl.stats.entropy([0.5, 0.5], [0.9, 0.1])), 6))
        """
    )
    ours = run_python(code + CHART + 'print("altair.vegalite" in sys.modules)')
    gx_own = run_python("import json\nimport great_expectations\n" + CHART)
    assert DEFERRED == ("scipy.stats", "altair")
    assert ours[:2] == ["True False False", "0.510826"]
    assert ours[2] == gx_own[0]
    assert '"$schema": "https://vega.github.io/schema/vega-lite/' in ours[2]  # altair's chart
    assert ours[3] == "True"
