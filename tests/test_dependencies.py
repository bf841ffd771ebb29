"""pyproject.toml declares what the code imports, each pin is the installed version."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
OURS = {"flows", "transforms", "newsfacts", "tests"}
OPTIONAL_IMPORTS = {"num2words"}  # tests use it when present (it comes with quantulum3)


def _name(requirement: str) -> str:
    return re.split(r"[\[=<>~ ;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _pins(requirements: list[str]) -> dict[str, str]:
    return {_name(r): r.split("==", 1)[1] for r in requirements}


RUNTIME = _pins(PROJECT["dependencies"])
DEV = _pins(PROJECT["optional-dependencies"]["dev"])


def _imports(dirs: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for d in dirs:
        for path in (ROOT / d).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found |= {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m not in OURS}


def _distributions(module: str) -> set[str]:
    dists = importlib.metadata.packages_distributions().get(module, [])
    return {d.lower().replace("_", "-") for d in dists}


def test_every_import_is_declared():
    for dirs, declared in (
        (("flows", "transforms", "newsfacts"), set(RUNTIME)),
        (("tests",), set(RUNTIME) | set(DEV)),
    ):
        missing = {
            m: _distributions(m)
            for m in _imports(dirs) - OPTIONAL_IMPORTS
            if not _distributions(m) & declared
        }
        assert missing == {}, f"imported but not in pyproject.toml: {missing}"


def test_every_declared_dependency_is_imported_or_says_why():
    modules = _imports(("flows", "transforms", "newsfacts"))
    imported = set().union(*(_distributions(m) for m in modules))
    lines = {_name(line.strip().strip('",')): line for line in PROJECT_LINES if "==" in line}
    unexplained = [d for d in RUNTIME if d not in imported and "#" not in lines[d]]
    assert unexplained == [], "declared but never imported: remove them or say why in a comment"


def test_every_pin_is_the_installed_version():
    wrong = {
        name: (pin, importlib.metadata.version(name))
        for name, pin in {**RUNTIME, **DEV}.items()
        if importlib.metadata.version(name) != pin
    }
    assert wrong == {}


PROJECT_LINES = [
    line
    for line in (ROOT / "pyproject.toml").read_text(encoding="utf-8").splitlines()
    if line.strip().startswith('"')
]
