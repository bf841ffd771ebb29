"""A run's child process ends when the run's process is gone (``flows.lifeline``): a run
killed before it could stop its temporary API server must not leave the server running."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# a child that watches the given process and otherwise sleeps for a minute
CHILD = """\
import sys, time
from flows.lifeline import exit_with
exit_with(int(sys.argv[1]), code=7, every=0.05)
print("watching", flush=True)
time.sleep(60)
"""


def _child_of(pid: int) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(pid)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline() == "watching\n"
    return child


def test_a_child_ends_when_the_watched_process_is_killed():
    run = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    child = _child_of(run.pid)
    try:
        run.kill()
        run.wait()
        assert child.wait(timeout=10) == 7
    finally:
        child.kill()


def test_a_child_lives_while_the_watched_process_lives():
    run = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    child = _child_of(run.pid)
    try:
        time.sleep(0.5)
        assert child.poll() is None
    finally:
        run.kill()
        run.wait()
        assert child.wait(timeout=10) == 7
