"""Published table versions on disk: staging, atomic publishing, reading, locking.

Layout of an output directory::

    OUT/
      current -> versions/<vid>      symlink, swapped atomically (os.replace) on publish
      <table>.parquet -> current/<table>.parquet   stable links for readers
      versions/<vid>/<table>.parquet  one immutable directory per published version
      versions/<vid>/_manifest.parquet, _records.parquet   incremental state of that version
      _validation/                   GX results (JSON) of every run
      _runs/                         run history
      .lock                          one writer at a time

A version's id is a digest of its files' bytes, so publishing equal tables is a no-op. Readers
that open ``current`` (or a table link) always see one complete version: a version directory is
written and fsynced under a temporary name, renamed, and only then pointed to.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import polars as pl

from transforms.tables import SCHEMAS

CURRENT = "current"
VERSIONS = "versions"
KEEP_VERSIONS = 3


class StoreLocked(RuntimeError):
    """Another run holds the output directory's lock."""


def write_table(frame: pl.DataFrame, path: Path) -> None:
    """Write one Parquet file deterministically (same rows and order -> same bytes) and fsync it."""
    frame.write_parquet(path, compression="zstd", statistics=True)
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Store:
    """The output directory of one pipeline (its tables, state, validation results and lock)."""

    def __init__(self, out_dir: Path) -> None:
        self.root = Path(out_dir)

    # -- reading ------------------------------------------------------------------------------
    def current_dir(self) -> Path | None:
        """The directory of the published version, or None when nothing was published yet."""
        link = self.root / CURRENT
        if not link.is_symlink() and not link.is_dir():
            return None
        target = link.resolve()
        return target if target.is_dir() else None

    def read(self, name: str, *, version_dir: Path | None = None) -> pl.DataFrame | None:
        """Read one table (or state file) of the published version; None if absent."""
        base = version_dir or self.current_dir()
        if base is None:
            return None
        path = base / f"{name}.parquet"
        return pl.read_parquet(path) if path.exists() else None

    def row_counts(self) -> dict[str, int]:
        """Row count of every table of the published version, from the Parquet footers."""
        import pyarrow.parquet as pq

        base = self.current_dir()
        counts = {}
        for table in SCHEMAS:
            path = base / f"{table}.parquet" if base else None
            counts[table] = pq.ParquetFile(path).metadata.num_rows if path and path.exists() else 0
        return counts

    # -- writing ------------------------------------------------------------------------------
    def stage(self, tables: dict[str, pl.DataFrame]) -> Path:
        """Write a new version under a temporary directory name; return that directory."""
        versions = self.root / VERSIONS
        versions.mkdir(parents=True, exist_ok=True)
        tmp = versions / f".tmp-{uuid.uuid4().hex[:12]}"
        tmp.mkdir()
        for name, frame in sorted(tables.items()):
            write_table(frame, tmp / f"{name}.parquet")
        _fsync_dir(tmp)
        return tmp

    def publish(self, staged: Path) -> Path:
        """Make a staged directory the current version, atomically; return the version directory."""
        digest = hashlib.sha256()
        for path in sorted(staged.glob("*.parquet")):
            digest.update(path.name.encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        final = staged.parent / digest.hexdigest()[:16]
        if final.exists():
            shutil.rmtree(staged)
        else:
            os.rename(staged, final)
            _fsync_dir(final.parent)
        link_tmp = self.root / f".{CURRENT}.{uuid.uuid4().hex[:8]}"
        os.symlink(Path(VERSIONS) / final.name, link_tmp)
        os.replace(link_tmp, self.root / CURRENT)
        _fsync_dir(self.root)
        self._ensure_table_links()
        self._collect_garbage(keep=final)
        return final

    def _ensure_table_links(self) -> None:
        for table in SCHEMAS:
            link = self.root / f"{table}.parquet"
            if not link.is_symlink():
                with contextlib.suppress(FileNotFoundError):
                    link.unlink()
                os.symlink(Path(CURRENT) / f"{table}.parquet", link)

    def _collect_garbage(self, *, keep: Path) -> None:
        """Drop staging leftovers and all but the newest ``KEEP_VERSIONS`` versions."""
        self.recover()
        versions = self.root / VERSIONS
        done = sorted(
            (p for p in versions.iterdir() if p.is_dir() and not p.name.startswith(".")),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for old in done[KEEP_VERSIONS:]:
            if old != keep:
                shutil.rmtree(old, ignore_errors=True)

    def recover(self) -> None:
        """Remove what a killed run left behind (staging dirs, stray links). Call under the lock."""
        versions = self.root / VERSIONS
        if versions.is_dir():
            for tmp in versions.glob(".tmp-*"):
                shutil.rmtree(tmp, ignore_errors=True)
        for stray in self.root.glob(f".{CURRENT}.*"):
            with contextlib.suppress(FileNotFoundError):
                stray.unlink()

    # -- locking ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def lock(self, *, timeout: float = 0.0) -> Iterator[None]:
        """Hold the writer lock of this output directory (an OS lock: released if we die)."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    if time.monotonic() >= deadline:
                        raise StoreLocked(
                            f"another newsfacts run is writing to {self.root} (lock {self.root}/.lock)."
                            " Wait for it to finish, or pass --lock-timeout SECONDS to wait."
                        ) from None
                    time.sleep(0.2)
            yield
        finally:
            os.close(fd)
