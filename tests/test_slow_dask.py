"""Scale-out: the extraction chunks on a two-worker local Dask cluster give identical tables."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import table_digests

NEWSFACTS = Path(sys.executable).parent / "newsfacts"
ROOT = Path(__file__).resolve().parent.parent


def digests(out: Path) -> dict[str, str]:
    return table_digests(out)


@pytest.mark.slow
def test_dask_runner_matches_local_run(tmp_path):
    local, dask = tmp_path / "local", tmp_path / "dask"
    base = [str(NEWSFACTS), "run", "--chunk-size", "2", "-q"]
    done = subprocess.run(
        [*base, "--out", str(local)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    env_log = {"PREFECT_LOGGING_LEVEL": "INFO"}
    done = subprocess.run(
        [*base, "--out", str(dask), "--runner", "dask", "--dask-workers", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **env_log},
    )
    assert done.returncode == 0, done.stderr
    assert digests(dask) == digests(local)
    # same parts, same bytes: the version ids (digests of every file) are equal
    assert (dask / "current").resolve().name == (local / "current").resolve().name
    # Workers are new processes logging Prefect at INFO (the CLI mutes only its own process):
    # had one started its own temporary API server, it would say so here.
    assert "Starting temporary server" not in done.stderr, done.stderr[-3000:]
    # The CLI mutes Prefect's loggers in its own process, so these lines come from the workers:
    # the extract tasks really ran on the cluster.
    assert "Task run 'extract-" in done.stderr, done.stderr[-3000:]
