"""A run with nothing to do is answered before any flow starts, and is still recorded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from flows.runs import read_runs
from flows.scale import run_flow
from newsfacts.settings import Settings
from tests.conftest import table_digests

ROOT = Path(__file__).resolve().parent.parent

NOOP_SCRIPT = """
import json, sys
from flows.scale import run_flow
from newsfacts.settings import Settings
summary = run_flow(Settings(raw_dir=sys.argv[1], out_dir=sys.argv[2]))
heavy = sorted(m for m in ("prefect", "spacy", "great_expectations") if m in sys.modules)
print(json.dumps({"status": summary["status"], "heavy": heavy}))
"""


def _files(out: Path) -> dict[str, bytes]:
    version = (out / "current").resolve()
    return {p.relative_to(version).as_posix(): p.read_bytes() for p in version.rglob("*.parquet")}


@pytest.mark.usefixtures("prefect_harness")
def test_noop_starts_no_flow_keeps_every_byte_and_is_recorded(small_raw, tmp_path):
    out = tmp_path / "out"
    first = run_flow(Settings(raw_dir=str(small_raw), out_dir=str(out)))
    before = _files(out)
    done = subprocess.run(
        [sys.executable, "-c", NOOP_SCRIPT, str(small_raw), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert json.loads(done.stdout.splitlines()[-1]) == {"status": "unchanged", "heavy": []}
    assert _files(out) == before
    runs = read_runs(out)
    assert runs["status"].to_list() == ["published", "unchanged"]
    assert runs["version"].to_list() == [first["version"]] * 2
    assert runs["unchanged"].to_list() == [0, 3]
    assert runs["rows"][1] == runs["rows"][0]
    assert json.loads(runs["parameters"][1])["out_dir"] == str(out)


@pytest.mark.usefixtures("prefect_harness")
@pytest.mark.parametrize(
    ("change", "status"),
    [
        ("none", "unchanged"),
        ("add", "published"),
        ("full_refresh", "published"),
        ("only", "published"),
    ],
)
def test_the_flow_runs_when_there_is_work(small_raw, tmp_path, change, status):
    out = tmp_path / "out"
    run_flow(Settings(raw_dir=str(small_raw), out_dir=str(out)))
    before = table_digests(out)
    settings = Settings(raw_dir=str(small_raw), out_dir=str(out))
    if change == "add":
        (small_raw / "delta.txt").write_text("Dog show\n\nA dog won the show, beating 40 others.\n")
    elif change == "full_refresh":
        settings.full_refresh = True
    elif change == "only":
        settings.only = ["alpha.txt"]
    summary = run_flow(settings)
    assert summary["status"] == status
    if change in ("none", "full_refresh", "only"):
        assert table_digests(out) == before
