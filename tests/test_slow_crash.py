"""Crash safety: SIGKILL a run at several points; the published tables survive, the next run recovers."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import table_digests
from transforms.tables import SCHEMAS

NEWSFACTS = Path(sys.executable).parent / "newsfacts"
ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Maria Lopez", "Peter Grant", "Aiko Tanaka", "Samuel Okafor", "Elena Petrova"]
CITIES = ["Lisbon", "Denver", "Osaka", "Lagos", "Kazan"]


def article(i: int) -> str:
    name, city = NAMES[i % 5], CITIES[(i * 3) % 5]
    para = (
        f"{name}, the mayor of {city}, said on Monday that {1000 + i * 37} homes had lost power. "
        f'"We expect repairs to take {2 + i % 5} days," {name.split()[1]} told reporters. '
        f"The storm caused damage of about ${3 + i % 7} million across {12 + i} districts."
    )
    return f"Storm report number {i}\n\n" + "\n\n".join([para] * 12) + "\n"


def write_corpus(raw: Path, ids: range) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    for i in ids:
        (raw / f"a{i:03d}.txt").write_text(article(i), encoding="utf-8")


def run(raw: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(NEWSFACTS), "run", "--raw", str(raw), "--out", str(out), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )


def digests(out: Path) -> dict[str, str]:
    return table_digests(out)


def readable(out: Path) -> None:
    for t in SCHEMAS:
        pl.read_parquet(out / t)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """An already-published output of 20 articles, and the reference result with 60."""
    base = tmp_path_factory.mktemp("crash")
    raw = base / "raw"
    write_corpus(raw, range(20))
    out = base / "published"
    assert run(raw, out).returncode == 0
    full_raw = base / "raw_full"
    write_corpus(full_raw, range(60))
    reference = base / "reference"
    assert run(full_raw, reference).returncode == 0
    return base, out, digests(out), digests(reference)


@pytest.mark.slow
@pytest.mark.parametrize("marker", ["ingesting", "extracting", "validating", "publishing"])
def test_kill_at_any_point_keeps_the_published_tables(corpus, marker, tmp_path):
    _, published, before, after = corpus
    out = tmp_path / "out"
    shutil.copytree(published, out, symlinks=True)
    raw = tmp_path / "raw"
    write_corpus(raw, range(60))

    proc = subprocess.Popen(
        [str(NEWSFACTS), "run", "--raw", str(raw), "--out", str(out)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if marker in line:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, f"{marker!r} never logged: {seen}"

    readable(out)  # whatever the moment of the kill, the tables are complete
    assert digests(out) in (before, after)
    again = run(raw, out)
    assert again.returncode == 0, again.stderr
    assert digests(out) == after
    assert not list((out / "versions").glob(".tmp-*"))
    assert not list(out.glob(".current.*"))
