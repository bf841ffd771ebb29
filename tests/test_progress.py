"""Progress: a rich bar on a terminal, log lines (rate, ETA) otherwise, nothing on screen with -q."""

from __future__ import annotations

import io
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from flows import progress
from flows.progress import Both, LogProgress, RichProgress, format_eta
from newsfacts import cli_logging
from tests.conftest import write_small_corpus

TEST_LOGGER = logging.getLogger("tests.progress")  # propagates to caplog
ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(None, "?"), (0, "0s"), (4.4, "4s"), (59.6, "1m00s"), (75.4, "1m15s"), (3725, "1h02m")],
)
def test_format_eta(seconds, expected):
    assert format_eta(seconds) == expected


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_log_progress_lines_have_count_rate_and_eta(caplog):
    clock = Clock()
    reporter = LogProgress(every=2, seconds=60, clock=clock, logger=TEST_LOGGER)
    reporter.advance(1)  # not started: ignored (a Dask worker)
    reporter.start(5)
    with caplog.at_level(logging.INFO, logger=TEST_LOGGER.name):
        for _ in range(5):
            clock.now += 2.0  # 0.5 articles a second
            reporter.advance(1)
    assert [r.getMessage() for r in caplog.records] == [
        "extracted 2/5 articles (0.5/s, ETA 6s)",
        "extracted 4/5 articles (0.5/s, ETA 2s)",
        "extracted 5/5 articles (0.5/s, ETA 0s)",
    ]
    assert all(progress.is_progress(r) for r in caplog.records)


def test_log_progress_also_logs_after_a_while(caplog):
    clock = Clock()
    reporter = LogProgress(every=1000, seconds=30, clock=clock, logger=TEST_LOGGER)
    reporter.start(100)
    with caplog.at_level(logging.INFO, logger=TEST_LOGGER.name):
        clock.now += 31
        reporter.advance(10)
        clock.now += 1
        reporter.advance(1)
    assert [r.getMessage() for r in caplog.records] == [
        "extracted 10/100 articles (0.3/s, ETA 4m39s)"
    ]


def test_rich_bar_shows_done_total_rate_and_eta():
    from rich.console import Console

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120, color_system=None)
    bar = RichProgress(console)
    bar.start(4)
    for _ in range(4):
        bar.advance(1)
    bar.stop()
    screen = ANSI.sub("", out.getvalue())
    last = screen.strip().splitlines()[-1].strip()
    assert re.fullmatch(r"extracting ━+ 4/4 articles (\d+\.\d|\?)/s 0:00:\d\d ETA 0:00:00", last), (
        last
    )


@pytest.fixture
def fresh_logging():
    logger = logging.getLogger("newsfacts")
    saved = (logger.handlers[:], logger.level, logger.propagate, progress.current())
    yield logger
    logger.handlers[:], logger.level, logger.propagate = saved[:3]
    progress.use(saved[3])


@pytest.mark.parametrize(
    ("tty", "quiet", "reporter", "handler", "level"),
    [
        (True, False, Both, "RichHandler", logging.INFO),
        (False, False, LogProgress, "StreamHandler", logging.INFO),
        (True, True, LogProgress, "StreamHandler", logging.WARNING),
        (False, True, LogProgress, "StreamHandler", logging.WARNING),
    ],
)
def test_cli_picks_the_bar_only_on_a_terminal(
    fresh_logging, monkeypatch, tty, quiet, reporter, handler, level
):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: tty, raising=False)
    cli_logging.setup_logging(quiet=quiet)
    ours = [h for h in fresh_logging.handlers if getattr(h, "newsfacts_console", False)]
    assert [type(h).__name__ for h in ours] == [handler]
    assert ours[0].level == level
    assert fresh_logging.level == logging.INFO  # Prefect still gets every line
    assert type(progress.current()) is reporter


def test_cli_keeps_the_prefect_handler(fresh_logging):
    from prefect.logging.handlers import APILogHandler

    from flows.runlog import send_to_prefect

    send_to_prefect()
    cli_logging.setup_logging(quiet=True)
    cli_logging.setup_logging(quiet=False)
    kinds = [type(h) for h in fresh_logging.handlers]
    assert kinds.count(APILogHandler) == 1
    assert sum(getattr(h, "newsfacts_console", False) for h in fresh_logging.handlers) == 1


@pytest.mark.slow
def test_real_terminal_shows_the_bar(tmp_path):
    """`newsfacts run` in a pseudo-terminal draws the bar (piped: see tests/test_observe.py)."""
    import pty

    raw = write_small_corpus(tmp_path / "raw")
    root = Path(__file__).resolve().parent.parent
    cmd = [sys.executable, "-m", "newsfacts.cli", "run", "--raw", str(raw)]
    env = {**os.environ, "PYTHONPATH": str(root), "COLUMNS": "120"}

    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [*cmd, "--out", str(tmp_path / "out")],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        cwd=root,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    assert proc.wait(timeout=300) == 0
    screen = ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))
    assert re.search(r"extracting ━+ 3/3 articles", screen), screen
    assert "ETA" in screen
    assert "extracted 3/3 articles (" not in screen  # the bar replaces the progress lines
