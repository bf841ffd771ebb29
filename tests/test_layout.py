"""The flow's modules are named after the stages, and none of them imports the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("plan", "ingest", "extract", "catalog", "validate")


def test_every_stage_has_its_module():
    names = {p.stem for p in (ROOT / "flows").glob("*.py")}
    assert set(STAGES) <= names


def test_no_flows_module_imports_the_cli():
    modules = sorted(
        f"flows.{p.stem}" for p in (ROOT / "flows").glob("*.py") if p.stem != "__init__"
    )
    script = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('newsfacts.cli', 'typer'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "[]"
