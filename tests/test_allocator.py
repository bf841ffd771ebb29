"""The CLI's processes start polars with its allocator set to return freed pages at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = "import sys, newsfacts.cli, os; print(os.environ.get('_RJEM_MALLOC_CONF'))"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, "dirty_decay_ms:0,muzzy_decay_ms:0"),
        ("narenas:1", "narenas:1"),  # a setting of the user's is kept
    ],
)
def test_importing_the_cli_sets_the_allocator_default(given: str | None, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "_RJEM_MALLOC_CONF"}
    if given is not None:
        env["_RJEM_MALLOC_CONF"] = given
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0] == expected


@pytest.mark.parametrize("package", ["newsfacts", "flows"])
def test_the_package_sets_it_before_polars_is_imported(package: str) -> None:
    probe = (
        f"import sys, os; os.environ.pop('_RJEM_MALLOC_CONF', None); import {package}; "
        "print('polars' in sys.modules, os.environ.get('_RJEM_MALLOC_CONF'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["False", "dirty_decay_ms:0,muzzy_decay_ms:0"]
