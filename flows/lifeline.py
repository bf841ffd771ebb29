"""A child process that ends when the process it serves is gone.

A run's helpers (the temporary Prefect API server, the extraction workers) are stopped by the
run at its end; a run that is killed or ends by ``os._exit`` (a crash, the watchdog's last
resort) cannot stop them, and an orphaned server would hold its port and ~200 MB for ever.
Each such child watches the run's process id and exits when it is gone. Light on purpose: the
server's boot script imports it before Prefect.
"""

from __future__ import annotations

import os
import threading
import time


def exit_with(pid: int, *, code: int = 0, every: float = 1.0) -> threading.Thread:
    """Start a daemon thread that ends this process (``os._exit(code)``) once process ``pid``
    no longer exists, checked every ``every`` seconds; returns the thread."""

    def watch() -> None:
        while True:
            time.sleep(every)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(code)
            except OSError:  # alive, owned by another user
                pass

    thread = threading.Thread(target=watch, name="newsfacts-lifeline", daemon=True)
    thread.start()
    return thread
