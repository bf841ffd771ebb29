"""Start-up of a run that has work to do: Prefect's temporary API and the loads, side by side.

Left to Prefect, a run's start is serial: ``import prefect``, then (inside the flow call)
importing Prefect's whole server package in this process only to start the server as a
subprocess, then waiting for it to answer, then the flow body loads spaCy, the model, the
gazetteer, the language detector and Great Expectations one after the other. Here the server
process is started first, with the same command Prefect uses for its temporary server (no
import of ``prefect.server`` in this process), and while it starts (on the other core) this
process imports Prefect and warms up what the run will read. The flow then runs against that
server exactly as against Prefect's own temporary one: the run is recorded in its database and
shows in the UI and ``newsfacts status`` as before. Nothing here changes any output.

With an API URL in the environment (a real server), no server is started.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from functools import partial
from pathlib import Path

from flows.collector import collector_paused
from flows.lifeline import cut, start_tied
from flows.server_boot import server_command

log = logging.getLogger("newsfacts")
STARTUP_TIMEOUT = 90.0  # seconds for the temporary server to answer (first start migrates)
TIMEOUT_VARIABLE = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"


def startup_timeout(environ: dict[str, str] | None = None) -> float:
    """Seconds to wait for the temporary server: Prefect's own setting when it is set in the
    environment (``PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS``), else 90 s, which is
    more than Prefect's default of 20 s because the first start migrates a new database and a
    loaded machine is slow. A value that is not a positive number is an error that names it."""
    raw = (os.environ if environ is None else environ).get(TIMEOUT_VARIABLE, "").strip()
    if not raw:
        return STARTUP_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise ValueError(
            f"{TIMEOUT_VARIABLE}={raw!r} is not a positive number of seconds; set it to e.g. 180"
        )
    return value


class ServerExited(RuntimeError):
    """The temporary API server's process ended before it answered."""


class ApiServer:
    """A temporary Prefect API server process on a free local port, stopped at exit."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self._lifeline: int | None = None  # the write end of the server's lifeline pipe
        self._start()
        atexit.register(self.stop)
        self._error: Exception | None = None
        self._ready = threading.Thread(target=self._warm, name="newsfacts-api-start", daemon=True)
        self._ready.start()

    def _start(self) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/api"
        env = {
            **os.environ,
            # what Prefect's own temporary server sets (prefect.server.api.server)
            "PREFECT_UI_ENABLED": "0",
            "PREFECT__SERVER_EPHEMERAL": "1",
            "PREFECT__SERVER_FINAL": "1",
        }
        cut(self._lifeline)  # a server started before this one has exited
        self.process, self._lifeline = start_tied(partial(server_command, self.port), env=env)

    def _warm(self) -> None:
        """Wait for the health check, then ask what a flow's client asks first (the API
        version): the server's first answer is slow, and this process is busy meanwhile.

        A server that exits at once (its port taken meanwhile) is started again on another
        port, up to twice, as Prefect does."""
        try:
            for attempt in range(3):
                try:
                    self._poll(startup_timeout())
                    break
                except ServerExited:
                    if attempt == 2 or self.process is None:
                        raise
                    self._start()
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"{self.url}/admin/version", timeout=30).close()
        except Exception as exc:
            self._error = exc

    def wait(self, timeout: float | None = None) -> str:
        """Block until the server answers; return its API URL."""
        self._ready.join(startup_timeout() if timeout is None else timeout)
        if self._error is not None:
            raise self._error
        return self.url

    def _poll(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            process = self.process
            if process is None or process.poll() is not None:
                code = None if process is None else process.returncode
                raise ServerExited(f"Prefect's temporary API server exited (code {code})")
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(f"{self.url}/health", timeout=2) as response,
            ):
                if response.status == 200:
                    return
            time.sleep(0.05)
        raise RuntimeError(
            f"Prefect's temporary API server did not answer within {timeout:.0f} s at {self.url}:"
            f" on a loaded machine set {TIMEOUT_VARIABLE} higher (e.g. 300), or start"
            " `prefect server start` and set PREFECT_API_URL"
        )

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        process.terminate()  # uvicorn's own shutdown; the lifeline is cut once it is done
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        self._lifeline = cut(self._lifeline)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


_SERVER: list[ApiServer] = []


def start_api() -> ApiServer | None:
    """Start the temporary API server now, unless an API URL is set (in the environment, or
    in Prefect's settings when Prefect is imported already, e.g. under a test harness)."""
    if os.environ.get("PREFECT_API_URL"):
        return None
    if "prefect.settings" in sys.modules:  # imported already: its settings are cheap to ask
        from prefect.settings import PREFECT_API_URL

        if PREFECT_API_URL.value():
            return None
    if not _SERVER:
        _SERVER.append(ApiServer())
    return _SERVER[0]


def stop_api() -> None:
    """Stop the temporary API server started by ``start_api`` (a run that had nothing to do)."""
    while _SERVER:
        _SERVER.pop().stop()


def likely_work(raw_dir: Path, out_dir: Path) -> bool:
    """A guess, from file times alone, that a run will have work: nothing is published in
    ``out_dir`` yet, or a file or directory under ``raw_dir`` (hidden names skipped) was
    modified after the published version was linked (``out_dir/current``). False when
    ``raw_dir`` is not a directory (the plan reports that).

    Only stats, no hashing and no imports (about 10 ms for the 2,225 BBC files), so that the
    API server can start before the plan; the plan alone decides what is processed. A file
    added to a directory changes that directory's time even when the file keeps an older one
    (``cp -p``, ``mv``); a file rewritten in place with its old time put back is not seen here,
    and the server then starts after the plan, as it would without this guess.
    """
    if not raw_dir.is_dir():
        return False  # the plan reports it; nothing to start a server for
    try:
        published = os.lstat(out_dir / "current").st_mtime_ns
    except OSError:
        return True
    stack = [raw_dir]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    try:
                        if entry.stat().st_mtime_ns > published:
                            return True
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(Path(entry.path))
                    except OSError:
                        return True  # unreadable: let the plan look
        except OSError:
            return True
    try:
        return raw_dir.stat().st_mtime_ns > published
    except OSError:
        return True


def api_url(server: ApiServer | None) -> str | None:
    """The URL the flow must use: ours once it answers, or None when Prefect's settings name
    a server (a profile or ``prefect.toml``), in which case ours is stopped unused."""
    from prefect.settings import PREFECT_API_URL

    if server is None:
        return None
    if PREFECT_API_URL.value():  # configured outside the environment
        server.stop()
        return None
    url = server.wait()
    os.environ["PREFECT_API_URL"] = url  # for settings read afresh (Prefect's workers)
    return url


def warm_up(
    settings,
    *,
    extract_here: bool,
    validate_here: bool = True,
    done: threading.Event | None = None,
) -> threading.Thread:
    """Load, in a background thread, what the run will read: the language detector, the
    gazetteer, spaCy and the model when extraction runs in this process, and Great
    Expectations unless a side process validates (``validate_here`` false). Each loader
    caches per process under a lock, so the flow's own calls wait for a load in progress
    instead of repeating it. ``done`` is set when the thread ends."""

    def load() -> None:
        # A run that extracts here (a few new articles, all in this process) loads with the
        # collector paused what it keeps to its end (the detector, the gazetteer's dictionaries,
        # spaCy and the model: about 0.45 s of full collections that free nothing), then
        # freezes all of it: the catalog's and the flow's full collections later walk only what
        # they made. A run with workers keeps Python's defaults (its main process streams the
        # ingest meanwhile, for minutes).
        paused = collector_paused(freeze=True) if extract_here else contextlib.nullcontext()
        try:
            with paused:
                _load()
        finally:
            if done is not None:
                done.set()

    def _load() -> None:
        try:
            from flows.langid import load_language_detector

            load_language_detector()
            import fastapi.encoders  # noqa: F401  (Prefect serialises the flow's parameters)

            import transforms.ingest  # ftfy, trafilatura
            from flows.gazetteer import load_countries, load_gazetteer, load_places

            load_gazetteer()  # the catalog reads it in every run
            if extract_here:
                from flows.nlp import load_nlp

                population = settings.gazetteer_min_population
                load_places() if population is None else load_places(min_population=population)
                load_countries()
                load_nlp(settings.model)
                import transforms.extract  # noqa: F401
            if validate_here:
                from flows.gx_import import import_great_expectations

                import_great_expectations()  # collector paused, scipy.stats lazy
        except Exception:  # the flow's own call reports the error where it belongs
            log.debug("warm-up failed", exc_info=True)

    thread = threading.Thread(target=load, name="newsfacts-warm-up", daemon=True)
    thread.start()
    return thread


def start_run(settings, *, files: int | None) -> ApiServer | None:
    """Start the temporary API server, the extraction workers (``flows.pool.start_early``)
    and the warm-up of a run that processes ``files`` raw files (None: not known, e.g. a full
    refresh); return the server (None with a real one)."""
    server = start_api()  # first: it starts on the other core while this process imports
    # Prefect, polars: the warm-up has not started yet; what they build lives to the end
    with collector_paused(freeze=True):
        import flows.process  # noqa: F401  (the pool's rule reads its IN_PROCESS_MAX)
        from flows.pool import start_early, uses_pool

    # the workers load the model while the flow starts and plans, once the server answers
    start_early(settings, files, after=None if server is None else server.wait)

    # the model is loaded here when this process extracts: a local run that uses no pool
    extract_here = (
        settings.runner != "dask" and files is not None and not uses_pool(settings, files)
    )
    # Every run validates in a side process (``flows.validate_side``): GX's import leaves the
    # critical path of a run that extracts here, and GX never enters a run with workers. It
    # starts once the warm-up is done or the server answers (a core is free); with workers, not
    # before they are done (GX's memory then overlaps the run's tail, not the workers' models).
    from flows.validate_side import start_side

    warmed = threading.Event()
    waits = [warmed.wait] if server is None else [warmed.wait, server.wait]
    side = start_side(after=lambda: first_of(waits), hold=not extract_here)
    warm_up(settings, extract_here=extract_here, validate_here=side is None, done=warmed)
    return server


def first_of(waits: list[Callable[[], object]]) -> None:
    """Return when the first of ``waits`` (blocking calls, each run in a daemon thread)
    returns or raises."""
    first = threading.Event()

    def run(wait: Callable[[], object]) -> None:
        try:
            wait()
        except Exception:  # a failure ends the wait as well; its owner reports it
            log.debug("wait failed", exc_info=True)
        finally:
            first.set()

    for wait in waits:
        threading.Thread(target=run, args=(wait,), name="newsfacts-first-of", daemon=True).start()
    first.wait()
