"""A run's temporary API server ends with the run's process (``flows.lifeline``), however the
run ends: a run killed with SIGKILL or ended by ``os._exit`` cannot stop its server, and the
server must not live on (its port and ~200 MB, for ever)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.watchdog import process_state

ROOT = Path(__file__).resolve().parent.parent

# a child that watches the pipe fd argv[1], says so, then sleeps for a minute
CHILD = """\
import sys, time
from flows.lifeline import exit_when_closed
exit_when_closed(int(sys.argv[1]), code=7)
print("watching", flush=True)
time.sleep(60)
"""


def _child(fd: int) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(fd)],
        cwd=ROOT,
        pass_fds=(fd,),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline() == "watching\n"
    return child


def _ended(pid: int, within: float) -> bool:
    """Whether process ``pid`` ends within ``within`` seconds (gone, or a zombie: it has exited
    and only waits for init to reap it)."""
    deadline = time.monotonic() + within
    while process_state(pid) not in ("?", "Z"):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.parametrize(
    ("writes", "closes", "expected"),
    [
        (b"", True, 7),  # the run's end closed: the child exits with the lifeline's code
        (b"x" * 10_000, True, 7),  # bytes on the pipe are read and ignored
        (b"x", False, None),  # the run's end still open: the child lives
    ],
)
def test_a_child_ends_when_the_runs_end_of_its_pipe_is_closed(writes, closes, expected):
    read, write = os.pipe()
    child = _child(read)
    os.close(read)
    try:
        if writes:
            os.write(write, writes)
        if closes:
            os.close(write)
        try:
            code = child.wait(timeout=30 if closes else 0.5)
        except subprocess.TimeoutExpired:
            code = None
        assert code == expected
    finally:
        if not closes:
            os.close(write)
            assert child.wait(timeout=30) == 7
        child.kill()
        child.communicate()


def test_a_lifeline_that_cannot_be_read_is_reported_and_the_child_lives():
    read, write = os.pipe()
    os.close(read)
    os.close(write)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(read)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "watching\n"
        time.sleep(0.3)
        assert child.poll() is None
    finally:
        child.kill()
        _, err = child.communicate()
    assert err == (
        f"newsfacts lifeline: cannot read the run's pipe (fd {read}: [Errno 9] Bad file "
        "descriptor); this process will not end with the run: stop it yourself\n"
    )


# A run's process that starts its temporary API server (``flows.startup.ApiServer``, the real
# boot script), prints the server's pid (after the server answers, with argv[1] "answered"),
# then waits to be killed, or (argv[2] "exit") ends at once by ``os._exit(3)``: no exit handler
# stops the server.
RUN = """\
import os, sys, time
from flows.startup import ApiServer
server = ApiServer()
if sys.argv[1] == "answered":
    server.wait(300)
print(server.process.pid, flush=True)
if sys.argv[2] == "exit":
    os._exit(3)
time.sleep(600)
"""


def _end_run_and_see_its_server_end(tmp_path: Path, when: str, how: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect")}
    run = subprocess.Popen(
        [sys.executable, "-c", RUN, when, how], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    server = None
    try:
        assert run.stdout is not None
        server = int(run.stdout.readline())
        if how == "kill":
            assert process_state(server) not in ("?", "Z")  # the run lives: so does its server
            run.send_signal(signal.SIGKILL)
        assert run.wait(timeout=30) == {"kill": -signal.SIGKILL, "exit": 3}[how]
        assert _ended(server, within=30)
        server = None
    finally:
        run.kill()
        run.wait()
        if server is not None:
            os.kill(server, signal.SIGKILL)


@pytest.mark.parametrize("how", ["kill", "exit"])
def test_a_run_that_dies_while_its_server_starts_takes_the_server_with_it(tmp_path, how):
    _end_run_and_see_its_server_end(tmp_path, "started", how)


@pytest.mark.slow
def test_a_run_killed_while_its_server_answers_takes_the_server_with_it(tmp_path):
    _end_run_and_see_its_server_end(tmp_path, "answered", "kill")
