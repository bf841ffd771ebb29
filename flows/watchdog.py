"""The extraction pool's watchdog: worker heartbeats, a dead or silent worker found, stacks.

Why: ``ProcessPoolExecutor`` (CPython 3.11) hangs for ever when a worker dies in the middle of
writing its result (e.g. the kernel's out-of-memory killer, on a loaded machine, just as the
worker pickles and sends its facts: its peak of memory). The executor's manager thread, in the
run's process, has already started reading that message and waits for the rest of it, which
never comes (the pipe's write end is still open in the other workers and in the run's process);
so it never sees that the worker is gone, the other workers wait for the result queue's write
lock that the dead one held, and the run waits on its futures (reproduced with a worker killed
after writing the first 64 KiB of a result). A worker stopped mid-write (SIGSTOP, a frozen
cgroup) hangs the same way while alive.

What the pool (``flows.extract.ExtractPool``) does about it, with these helpers: each worker
claims a slot in shared memory (``Beats``) where it writes its pid, the unit it runs and the time
of its last article; the run's process waits on its units one tick at a time and looks at the
workers between ticks. A dead worker, or no article finished by any worker for the stall timeout
while units run, makes the pool log every process's Python stack (``faulthandler``), kill its
workers and retry the unfinished units in a fresh pool (``flows.extract``). Nothing here runs in
a normal run beyond one shared-memory write per article and one check per second.

``FAULT`` is a test-only hook: set in the run's process before the pool starts, it is handed to
the workers, which then hang, die, die mid-write or return a huge result at a given article.
"""

from __future__ import annotations

import contextlib
import faulthandler
import multiprocessing
import os
import signal
import tempfile
import threading
import time
from multiprocessing import connection, popen_forkserver
from multiprocessing.context import ForkServerContext, ForkServerProcess
from pathlib import Path
from typing import Any

FAULT: str | None = None  # test hook: "KIND:ARTICLE_ID[:once]", KIND in FAULT_KINDS
FAULT_KINDS = ("hang", "kill", "killwrite", "stopwrite", "huge")
HUGE_BYTES = 48 << 20  # what a "huge" fault adds to a unit's result
DUMP_WAIT = 1.0  # seconds the workers get to write their stacks
RUN_CHECK = 2.0  # seconds between a worker's checks that the run's process still lives
CLOSE_WAIT = 60.0  # seconds the workers get to exit when the pool closes, before they are killed
START_WAIT = 10.0  # seconds a closing pool waits for workers still starting (``wait_started``)

_beats: Beats | None = None  # in a worker: the pool's shared slots, and this worker's slot
_slot = -1
_fault: str | None = None


class Beats:
    """Shared memory of one pool: per worker slot its pid, the unit it runs (-1: none) and the
    ``time.monotonic()`` of its last beat (the clock is the same in every process)."""

    def __init__(self, context: Any, slots: int) -> None:
        self.slots = slots
        self.claimed = context.Value("i", 0)
        self.pid = context.RawArray("q", slots)
        self.unit = context.RawArray("q", [-1] * slots)
        self.beat = context.RawArray("d", slots)

    def last(self) -> float:
        """The time of the last beat of any worker (0.0: none yet)."""
        return max(self.beat[:], default=0.0)

    def units_of(self, pids: set[int]) -> set[int]:
        """The units the workers ``pids`` run."""
        return {
            self.unit[s] for s in range(self.slots) if self.pid[s] in pids and self.unit[s] >= 0
        }

    def silent_units(self, since: float) -> set[int]:
        """The units whose worker has not beaten since ``since``."""
        return {
            self.unit[s] for s in range(self.slots) if self.unit[s] >= 0 and self.beat[s] < since
        }


class ReapedOnce(popen_forkserver.Popen):
    """A forkserver worker's handle whose exit status is read by one thread at a time.

    The fork server sends a worker's status once, on a pipe; CPython 3.11's ``poll`` reads it
    without a lock. The executor's manager thread joins the workers of a broken pool while this
    process's main thread asks their ``exitcode`` (``flows.units``: it wakes up as the manager
    thread fails the futures): both see the pipe readable, one reads the status, the other reads
    end-of-file and records 255 ("exited with status 255" for a worker killed by SIGKILL, once in
    a CI run), or sees nothing yet and calls the dead worker alive (CPython gh-130895; two
    threads asking at once got 255 in 37 of 300 tries here). Here a blocking wait happens
    outside the lock and every read inside it."""

    def __init__(self, process_obj: Any) -> None:
        self._reading = threading.Lock()
        super().__init__(process_obj)

    def poll(self, flag: int = os.WNOHANG) -> int | None:
        if self.returncode is None and flag != os.WNOHANG:
            connection.wait([self.sentinel])
        with self._reading:
            return super().poll(os.WNOHANG)


class WorkerProcess(ForkServerProcess):
    """A forkserver process whose status is read once (``ReapedOnce``)."""

    @staticmethod
    def _Popen(process_obj: Any) -> Any:
        return ReapedOnce(process_obj)


class WorkerContext(ForkServerContext):
    """The forkserver context, with ``WorkerProcess``."""

    Process = WorkerProcess


def worker_context(preload: list[str]) -> Any:
    """The pool's multiprocessing context: forkserver (the server imports ``preload``) where
    there is one, else spawn. Its workers' exit status is read once (``ReapedOnce``)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = WorkerContext()
    context.set_forkserver_preload(preload)
    return context


def init_worker(beats: Beats, stacks_dir: str, fault: str | None, run: int) -> None:
    """Pool initializer: claim a slot, and dump this process's stacks on SIGUSR1."""
    global _beats, _slot, _fault
    with beats.claimed.get_lock():
        _slot = beats.claimed.value % beats.slots
        beats.claimed.value += 1
    _beats, _fault = beats, fault
    _die_with_run(run)
    dump = open(Path(stacks_dir) / f"{os.getpid()}.txt", "w")  # noqa: SIM115 (open for life)
    faulthandler.register(signal.SIGUSR1, file=dump, all_threads=True)
    beats.beat[_slot] = time.monotonic()
    beats.pid[_slot] = os.getpid()  # last: started (``wait_started``)


def _die_with_run(run: int) -> None:
    """A thread that ends this worker once the run's process ``run`` is gone (killed, or ended
    by the last resort): an idle worker would wait for its next unit for ever (the fork server,
    its parent, stays while its workers live)."""

    def watch() -> None:
        while True:
            time.sleep(RUN_CHECK)
            try:
                os.kill(run, 0)
            except ProcessLookupError:
                os._exit(1)
            except OSError:
                pass

    threading.Thread(target=watch, name="newsfacts-run-watch", daemon=True).start()


def beat(_n: int = 1) -> None:
    """This worker made progress (an article done); a no-op outside a pool worker."""
    if _beats is not None:
        _beats.beat[_slot] = time.monotonic()


def running(unit: int) -> None:
    """This worker starts ``unit`` (-1: it is done with it)."""
    if _beats is not None:
        _beats.unit[_slot] = unit
        _beats.beat[_slot] = time.monotonic()


def inject_fault(ids: list[str], attempt: int) -> bool:
    """Apply the test hook ``FAULT`` if this unit holds its article: hang, die now, or die while
    sending the result; True when the result must be made huge."""
    if _fault is None:
        return False
    kind, article, *once = _fault.split(":")
    if article not in ids or (once and attempt > 1):
        return False
    if kind == "hang":
        while True:
            time.sleep(60)
    if kind == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    if kind in ("killwrite", "stopwrite"):
        _stop_mid_write(signal.SIGKILL if kind == "killwrite" else signal.SIGSTOP)
    return kind in ("huge", "killwrite", "stopwrite")


def _stop_mid_write(signum: int) -> None:
    """Make this worker die (or stop) after writing the first 64 KiB of its next large message."""
    import multiprocessing.connection as connection

    send = connection.Connection._send

    def _send(self, buf, write=os.write):
        if len(buf) > 1 << 20:
            write(self._handle, bytes(buf[: 1 << 16]))
            os.kill(os.getpid(), signum)
        return send(self, buf, write)

    connection.Connection._send = _send


def stacks_dir() -> str:
    """A new directory for the workers' stack dumps of one pool."""
    return tempfile.mkdtemp(prefix="newsfacts-stacks-")


def process_state(pid: int) -> str:
    """The kernel's state letter of ``pid`` (R, S, D, T stopped, Z...), or '?'."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "?"


def exit_text(code: int | None) -> str:
    """``-9`` -> 'killed by SIGKILL', ``1`` -> 'exited with status 1'."""
    if code is None:
        return "alive"
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-code).name}"
        return f"killed by signal {-code}"
    return f"exited with status {code}"


def dump_stacks(pids: list[int], directory: str) -> str:
    """The Python stacks of this process and of the live workers ``pids`` (SIGUSR1 to each)."""
    asked = []
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGUSR1)
            asked.append(pid)
    with tempfile.TemporaryFile("w+") as own:
        faulthandler.dump_traceback(file=own, all_threads=True)
        own.seek(0)
        parts = [f"--- run process {os.getpid()} ---\n{own.read()}"]
    if asked:
        time.sleep(DUMP_WAIT)
    for pid in asked:
        path = Path(directory) / f"{pid}.txt"
        text = path.read_text(errors="replace") if path.exists() else ""
        state = process_state(pid)
        if not text.strip():
            text = f"(no stack: the process did not answer; state {state}, T = stopped)\n"
        parts.append(f"--- worker {pid} (state {state}) ---\n{text}")
    return "".join(parts)


def kill_workers(executor: Any) -> None:
    """SIGKILL every worker of ``executor`` and unblock its manager thread (which may wait in
    the middle of a message from a dead worker: with every write end closed it reads EOF)."""
    processes = list(getattr(executor, "_processes", {}).values())
    for process in processes:
        with contextlib.suppress(OSError, AttributeError):
            process.kill()
    for process in processes:
        process.join(timeout=5)
    with contextlib.suppress(OSError, AttributeError):
        executor._result_queue._writer.close()
    executor.shutdown(wait=False, cancel_futures=True)
    thread = getattr(executor, "_executor_manager_thread", None)
    if thread is not None:
        thread.join(timeout=5)


def wait_started(executor: Any, beats: Beats | None, timeout: float = START_WAIT) -> None:
    """Wait (up to ``timeout`` seconds) until every worker process ``executor`` has started is
    past its start: it has read what it was sent and run ``init_worker`` (its pid is in
    ``beats``), or it has ended.

    A forkserver worker reads its arguments after the fork, from a pipe: the executor's queues
    and ``beats``, whose locks it opens by name. Until then they must stay: a pool closed
    without waiting (``ExtractPool.close(wait=False)``, e.g. a pool warmed for a run that then
    had almost nothing to extract) dropped them at once, the names were unlinked, and each
    worker still starting printed a ``FileNotFoundError`` traceback from
    ``SemLock._rebuild`` (or, a moment later, from opening its stack file in the removed
    stacks directory) before it ended.
    """
    processes = list((getattr(executor, "_processes", None) or {}).values())
    if beats is None or not processes:
        return
    deadline = time.monotonic() + timeout
    while True:
        started = set(beats.pid[:])
        waiting = [p for p in processes if p.pid not in started and p.exitcode is None]
        if not waiting or time.monotonic() >= deadline:
            return
        time.sleep(0.01)


def stop_executor(executor: Any, *, wait: bool, timeout: float | None = None) -> None:
    """Shut ``executor`` down; with ``wait``, wait up to ``timeout`` (``CLOSE_WAIT``) seconds for
    its workers to exit, then kill them (its manager thread may be stuck on a dead worker's
    message: it would hang the run's exit)."""
    executor.shutdown(wait=False, cancel_futures=True)
    thread = getattr(executor, "_executor_manager_thread", None)
    if wait and thread is not None:
        thread.join(CLOSE_WAIT if timeout is None else timeout)
        if thread.is_alive():
            kill_workers(executor)
