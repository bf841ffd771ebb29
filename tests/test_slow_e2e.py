"""Slow end-to-end tests: the real CLI in a subprocess, as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

ROOT = Path(__file__).resolve().parent.parent
NEWSFACTS = Path(sys.executable).parent / "newsfacts"


@pytest.mark.slow
def test_cli_run_on_sample_articles_in_a_subprocess(tmp_path):
    out = tmp_path / "out"
    done = subprocess.run(
        [str(NEWSFACTS), "run", "--out", str(out), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("published: version ")
    assert "(5 new, 0 changed, 0 removed, 0 unchanged files; 5 articles extracted;" in done.stdout
    assert pl.read_parquet(out / "articles").height == 5
    again = subprocess.run(
        [str(NEWSFACTS), "run", "--out", str(out), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("unchanged: version ")
