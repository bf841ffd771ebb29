"""Where the CLI's log lines and progress go: the terminal, a rich bar, Prefect's API handler."""

from __future__ import annotations

import logging
import sys


def setup_logging(*, quiet: bool) -> None:
    """newsfacts lines on stderr, libraries only when something goes wrong; a progress bar on a tty.

    The ``newsfacts`` logger stays at INFO whatever the terminal shows, so Prefect's API handler
    (see ``flows.runlog``) still gets every line: ``-q`` quiets only the terminal. When stdout is
    a terminal, extraction progress is a rich bar and log lines print above it; otherwise it is
    a log line every 250 articles or 30 s.
    """
    from flows import progress

    ours = logging.getLogger("newsfacts")
    ours.setLevel(logging.INFO)
    ours.handlers[:] = [h for h in ours.handlers if not getattr(h, "newsfacts_console", False)]
    if not quiet and sys.stdout.isatty():
        from rich.console import Console
        from rich.logging import RichHandler

        console = Console(stderr=True)
        handler: logging.Handler = RichHandler(
            console=console, show_path=False, show_level=False, log_time_format="%H:%M:%S"
        )
        handler.addFilter(lambda r: not progress.is_progress(r))  # the bar shows those
        progress.use(progress.Both(progress.RichProgress(console), progress.LogProgress()))
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%H:%M:%S"))
        progress.use(progress.LogProgress())
    handler.setLevel(logging.WARNING if quiet else logging.INFO)
    handler.addFilter(lambda r: r.name.startswith("newsfacts") or r.levelno >= logging.ERROR)
    handler.newsfacts_console = True
    ours.addHandler(handler)
    ours.propagate = False
    for name in (
        "prefect",
        "prefect.flow_runs",
        "prefect.task_runs",
        "great_expectations",
        "httpx",
        "distributed",
    ):
        logging.getLogger(name).setLevel(logging.CRITICAL)
