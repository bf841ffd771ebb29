"""A local cache of objects that are slow to build and derived from installed files only.

Building the gazetteer from GeoNames' JSON (about 2 s) and decompressing the language
detector's model (about 1 s) happen in every run's process; unpickling what an earlier run
built takes a fraction of that. An entry's name holds a digest of everything it is built from
(the code that builds it, the versions of the data packages, Python), so a change of any of
them builds a new entry; an unreadable entry is rebuilt. Entries live in
``$NEWSFACTS_CACHE_DIR`` (default ``$XDG_CACHE_HOME/newsfacts`` or ``~/.cache/newsfacts``);
deleting the directory is always safe. Nothing here changes any output.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger("newsfacts")
T = TypeVar("T")


def cache_dir() -> Path:
    """Where entries live (see the module's docstring)."""
    explicit = os.environ.get("NEWSFACTS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsfacts"


def entry_path(name: str, key: list[str]) -> Path:
    """The file of the entry ``name`` for ``key`` (and this Python)."""
    digest = hashlib.sha256("\0".join([*key, sys.version]).encode()).hexdigest()[:16]
    return cache_dir() / f"{name}-{digest}.pickle"


def recall(name: str, key: list[str]) -> object | None:
    """The value ``remember`` (or ``cached``) stored for ``name`` and ``key``; None when there
    is none or it cannot be read."""
    try:
        with entry_path(name, key).open("rb") as fh:
            return pickle.load(fh)
    except Exception:
        return None


def remember(name: str, key: list[str], value: object) -> None:
    """Store ``value`` as the entry ``name`` for ``key`` (older entries of ``name`` removed);
    nothing when the cache cannot be written."""
    path = entry_path(name, key)
    try:
        _store(path, value)
    except OSError as exc:
        log.debug("cache entry %s not written (%s)", path, exc)


def cached(name: str, key: list[str], build: Callable[[], T]) -> T:
    """``build()``, or the entry an earlier call with the same ``name`` and ``key`` stored."""
    path = entry_path(name, key)
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or stale entry: build again
        log.debug("cache entry %s unreadable (%s): rebuilt", path, exc)
    value = build()
    try:
        _store(path, value)
    except OSError as exc:  # e.g. a read-only home: work without the cache
        log.debug("cache entry %s not written (%s)", path, exc)
    return value


def _store(path: Path, value: object) -> None:
    """Write ``path`` atomically and remove the older entries of the same name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    name = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{name}-*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)


def source_digest(paths: list[Path]) -> str:
    """A digest of the bytes of ``paths`` (the code an entry is built by)."""
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()
