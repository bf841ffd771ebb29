"""A child process that ends with the run that started it: the run holds a pipe's write end.

The run stops its temporary Prefect API server at its end (``flows.startup.ApiServer.stop``).
A run killed (SIGKILL, the out-of-memory killer) or ended by ``os._exit`` (a crash, the
watchdog's last resort) cannot, and the server would keep its port and ~200 MB for ever. So the
run opens a pipe, keeps its write end and gives the server the read end (``start_tied``): when the
run's process is gone, however it ended, the kernel closes the write end, the server's read
returns end-of-file and the server exits at once.

Why a pipe rather than watching the run's pid (``os.kill(pid, 0)`` every second): nothing is
polled (one thread sleeps in ``read``: no wake-up, no CPU), the end is seen at once, and no pid
is involved, so neither a reused pid (the run gone, its number given to a new process) nor the
run's zombie (ended, not yet reaped by its parent) keeps the server alive. ``os.getppid()``
changing would be as exact for a direct child, but still needs a poll. The write end is not
inheritable (PEP 446): children the run starts (``subprocess``, the fork server, spawn) do not
hold it; only a bare ``os.fork()`` of the run would, and the run makes none.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any


def exit_when_closed(fd: int, *, code: int = 0) -> threading.Thread:
    """Start a daemon thread that ends this process (``os._exit(code)``) once the pipe ``fd``
    reads end-of-file: every write end is closed, i.e. the process that held it is gone.
    Bytes written to the pipe are ignored. A bad ``fd`` is reported on stderr and nothing is
    watched (the process lives on, as without a lifeline)."""

    def watch() -> None:
        while True:
            try:
                if not os.read(fd, 4096):
                    break
            except OSError as exc:
                with suppress(OSError):
                    print(
                        f"newsfacts lifeline: cannot read the run's pipe (fd {fd}: {exc});"
                        " this process will not end with the run: stop it yourself",
                        file=sys.stderr,
                        flush=True,
                    )
                return
        os._exit(code)

    thread = threading.Thread(target=watch, name="newsfacts-lifeline", daemon=True)
    thread.start()
    return thread


def start_tied(command: Callable[[int], list[str]], **options: Any) -> tuple[subprocess.Popen, int]:
    """Start ``command(fd)`` (``subprocess.Popen`` with ``options``) with ``fd`` the read end of
    a new pipe; return the process and the pipe's write end, which this process keeps open as
    long as the child may live. A child that runs ``exit_when_closed(fd)`` ends when the write
    end is closed (``cut``) or this process is gone."""
    read, write = os.pipe()
    try:
        return subprocess.Popen(command(read), pass_fds=(read,), **options), write
    except BaseException:
        os.close(write)
        raise
    finally:
        os.close(read)


def cut(fd: int | None) -> None:
    """Close a lifeline's write end ``fd`` (None or closed already: nothing); returns None."""
    if fd is not None:
        with suppress(OSError):
            os.close(fd)
