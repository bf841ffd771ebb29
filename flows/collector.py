"""Python's cyclic garbage collector paused (and optionally frozen) around a large import or load.

Used by the run's start-up (``flows.startup``), the GX import (``flows.gx_import``) and the
validation side process (``flows.validate_side``); the temporary API server's boot script does
the same in its own process. Nothing here changes any output: only when collections happen.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_PAUSE_LOCK = threading.Lock()
_PAUSE: dict = {"depth": 0, "enabled": True, "threshold": (700, 10, 10)}


@contextlib.contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """Pause Python's cyclic garbage collector (process-wide) for a large import, as the
    server's process does (``flows.server_boot``): an import builds long-lived objects and frees
    almost none, so the collections it triggers find nothing. Collection resumes at the end
    unless it was off already.

    Pauses may overlap (the run's main thread and its warm-up thread): the first to begin saves
    the collector's state, the last to end puts it back. While paused the first generation's
    threshold is 0 as well, so a library that switches the collector on again meanwhile
    (srsly's msgpack loads, which spaCy's model load calls, do ``gc.enable()``) does not resume
    collection.

    ``freeze``: at the end, move every object tracked so far into the collector's permanent
    generation (``gc.freeze``), as the server does once its app is built: what a process loads
    for its whole life (modules, the model, the gazetteer, Great Expectations) is then left out
    of the full collections that the work after it triggers, each of which would otherwise
    walk all of it again. Frozen objects are still freed by reference counting; only a cycle
    that is already garbage at that moment stays until the process exits."""
    with _PAUSE_LOCK:
        if _PAUSE["depth"] == 0:
            _PAUSE["enabled"], _PAUSE["threshold"] = gc.isenabled(), gc.get_threshold()
            gc.disable()
            gc.set_threshold(0, *_PAUSE["threshold"][1:])
        _PAUSE["depth"] += 1
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        with _PAUSE_LOCK:
            _PAUSE["depth"] -= 1
            if _PAUSE["depth"] == 0:
                gc.set_threshold(*_PAUSE["threshold"])
                gc.enable() if _PAUSE["enabled"] else gc.disable()
