"""Published table versions on disk: tables written in parts, atomic publishing, reading, locking.

Layout of an output directory::

    OUT/
      current -> versions/<vid>          symlink, swapped atomically (os.replace) on publish
      <table> -> current/<table>         stable links for readers (a directory of parts)
      versions/<vid>/<table>/part-<key>-<digest>.parquet   one immutable directory per version
      versions/<vid>/_manifest, _records, _parts  incremental state of that version (also parts)
      versions/<vid>/_digests.json       sha256 and size of every part (``newsfacts verify``)
      _validation/                       GX results (JSON) and Data Docs of every run
      _runs/                             run history
      .lock                              one writer at a time

Every table is a directory of Parquet files ("parts") with one schema, so no step has to hold a
whole table in memory: the fact tables are written one extraction chunk at a time, and a part
whose rows did not change is hard-linked from the previous version instead of being rewritten.
A table always has at least one part (an empty one when it has no rows), so
``read_parquet('OUT/quotes/*.parquet')`` never meets an empty glob.

A version's id is a digest of its files' names, which hold digests of their bytes, so publishing
equal tables is a no-op.
Readers that resolve ``current`` once (``newsfacts query`` does) always see one complete
version: a version directory is written and fsynced under a temporary name, renamed, and only
then pointed to. Part files are named ``part-<key>-<digest of their bytes>.parquet``, so a reader
that lists ``OUT/<table>`` while a new version is published reads either the files of one version
or fails with a missing file; it never mixes rows of two versions.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import polars as pl

from flows.plan import file_sha256
from newsfacts.errors import NewsfactsError
from transforms.tables import SCHEMAS

CURRENT = "current"
VERSIONS = "versions"
KEEP_VERSIONS = 3
PART_GLOB = "part-*.parquet"
WORK = "_work"  # scratch space inside a staging directory (spilled extraction output)


class StoreLocked(NewsfactsError, RuntimeError):
    """Another run holds the output directory's lock."""


class DamagedStore(NewsfactsError, FileNotFoundError):
    """A published version is missing a file it lists."""


def write_table(frame: pl.DataFrame, path: Path) -> None:
    """Write one Parquet file deterministically (same rows and order -> same bytes) and fsync it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.write_parquet(path, compression="zstd", statistics=True)
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


DIGESTS = "_digests.json"  # sha256 and size of every file of a version, written at publish


def name_digest(path: Path) -> str | None:
    """The digest prefix of the bytes in a part's name (``part-<key>-<digest>.parquet``)."""
    tail = path.name.removesuffix(".parquet").rsplit("-", 1)[-1]
    return tail if len(tail) == 12 and all(c in "0123456789abcdef" for c in tail) else None


def write_digests(version_dir: Path, files: dict[str, dict]) -> None:
    """Record the digest and size of every part of a version (``newsfacts verify`` checks them)."""
    path = version_dir / DIGESTS
    path.write_text(json.dumps({"files": files}, indent=1, sort_keys=True), encoding="utf-8")
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _holds(version_dir: Path, files: dict[str, dict]) -> bool:
    """True when ``version_dir`` holds exactly ``files`` with these digests."""
    present = {p.relative_to(version_dir).as_posix() for p in version_dir.rglob("*.parquet")}
    return present == set(files) and all(
        file_sha256(version_dir / rel) == d["sha256"] for rel, d in files.items()
    )


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def part_path(table_dir: Path, key: str) -> Path:
    """A scratch file for part ``key`` (spilled output; published parts are named by content)."""
    return table_dir / f"part-{key}.parquet"


def find_part(table_dir: Path, key: str) -> Path:
    """The published file of part ``key`` in a table directory (``part-<key>-<digest>.parquet``)."""
    found = sorted(table_dir.glob(f"part-{key}-*.parquet"))
    if len(found) != 1:
        raise DamagedStore(
            f"{table_dir}: expected one file for part {key}, found {len(found)}; "
            "the output directory is damaged",
            path=table_dir,
            hint="rerun with --full-refresh",
        )
    return found[0]


def key_of(path: Path) -> str:
    """The part key of a published part file (``part-<key>-<digest>.parquet`` -> ``<key>``)."""
    return path.name.removeprefix("part-").removesuffix(".parquet").rsplit("-", 1)[0]


def list_parts(table_dir: Path) -> list[Path]:
    """The part files of a table directory, sorted by name (empty if it does not exist)."""
    return sorted(table_dir.glob(PART_GLOB)) if table_dir.is_dir() else []


def read_parts(paths: list[Path], schema: dict[str, pl.DataType] | None = None) -> pl.DataFrame:
    """Read and concatenate part files (an empty frame with ``schema`` when there are none)."""
    if not paths:
        return pl.DataFrame(schema=schema or {})
    return pl.concat([pl.read_parquet(p) for p in paths], how="vertical")


def count_rows(paths: list[Path]) -> int:
    """Rows in Parquet files, from their footers (nothing else is read)."""
    if not paths:
        return 0
    return pl.scan_parquet(paths).select(pl.len()).collect().item()


class Staging:
    """A version being written: the parts of every table under a temporary directory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.work = path / WORK

    def table_dir(self, table: str) -> Path:
        return self.path / table

    def write_part(self, table: str, frame: pl.DataFrame, *, key: str) -> Path:
        """Write ``frame`` as part ``key`` of ``table``, named by its content.

        The file is ``part-<key>-<digest of its bytes>.parquet``: a name never stands for two
        contents, so a reader holding a listing of an older version either opens exactly the
        files of that version or gets a missing file, never a mix of two versions.
        """
        tmp = self.table_dir(table) / f".part-{key}.tmp"
        write_table(frame, tmp)
        path = self.table_dir(table) / f"part-{key}-{file_sha256(tmp)[:12]}.parquet"
        os.rename(tmp, path)
        return path

    def link_part(self, table: str, source: Path) -> Path:
        """Reuse an immutable part of an earlier version: a hard link (an fsynced copy if the
        file system has no hard links)."""
        path = self.table_dir(table) / source.name
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, path)
        except OSError:
            shutil.copyfile(source, path)
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        return path

    def write_table(self, table: str, frame: pl.DataFrame, *, rows_per_part: int = 100_000) -> None:
        """Write a whole (already sorted) table as parts of at most ``rows_per_part`` rows."""
        starts = range(0, frame.height, rows_per_part) if frame.height else [0]
        for i, start in enumerate(starts):
            self.write_part(table, frame.slice(start, rows_per_part), key=f"{i:05d}")

    def parts(self, table: str) -> list[Path]:
        return list_parts(self.table_dir(table))

    def ensure_parts(self, table: str, schema: dict[str, pl.DataType]) -> None:
        """Give ``table`` an empty part if nothing was written to it."""
        if not self.parts(table):
            self.write_part(table, pl.DataFrame(schema=schema), key="empty")

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


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

    def parts(self, name: str, *, version_dir: Path | None = None) -> list[Path]:
        """The part files of one table of the published version (empty if absent)."""
        base = version_dir or self.current_dir()
        return [] if base is None else list_parts(base / name)

    def read(self, name: str, *, version_dir: Path | None = None) -> pl.DataFrame | None:
        """Read one whole table (or state table) of the published version; None if absent."""
        parts = self.parts(name, version_dir=version_dir)
        return read_parts(parts) if parts else None

    def row_counts(self) -> dict[str, int]:
        """Row count of every table of the published version, from the Parquet footers."""
        return {table: count_rows(self.parts(table)) for table in SCHEMAS}

    # -- writing ------------------------------------------------------------------------------
    def stage(self, tables: dict[str, pl.DataFrame] | None = None) -> Staging:
        """Start a new version under a temporary directory name (optionally with whole tables)."""
        versions = self.root / VERSIONS
        versions.mkdir(parents=True, exist_ok=True)
        tmp = versions / f".tmp-{uuid.uuid4().hex[:12]}"
        tmp.mkdir()
        staging = Staging(tmp)
        for name, frame in sorted((tables or {}).items()):
            staging.write_table(name, frame)
        return staging

    def publish(self, staging: Staging) -> Path:
        """Make a staged version the current one, atomically; return the version directory."""
        staged = staging.path
        shutil.rmtree(staging.work, ignore_errors=True)
        # Every file is named part-<key>-<digest of its bytes>, so the names alone identify the
        # contents: the version id costs no read of the (mostly hard-linked) files.
        digest = hashlib.sha256()
        files = {}
        for path in sorted(staged.rglob("*.parquet")):
            rel = path.relative_to(staged).as_posix()
            digest.update(rel.encode())
            # the name holds a digest of the bytes: recorded with the size, nothing is read
            files[rel] = {
                "sha256": name_digest(path) or file_sha256(path),
                "size": path.stat().st_size,
            }
        write_digests(staged, files)
        for table_dir in sorted(p for p in staged.iterdir() if p.is_dir()):
            _fsync_dir(table_dir)
        _fsync_dir(staged)
        final = staged.parent / digest.hexdigest()[:16]
        if final.exists() and _holds(final, files):
            shutil.rmtree(staged)
        else:
            doomed = None
            if final.exists():  # the same version, but damaged on disk: the new copy replaces it
                doomed = staged.parent / f".tmp-gc-{final.name}"
                os.rename(final, doomed)
            os.rename(staged, final)
            _fsync_dir(final.parent)
            if doomed is not None:
                shutil.rmtree(doomed, ignore_errors=True)
        link_tmp = self.root / f".{CURRENT}.{uuid.uuid4().hex[:8]}"
        os.symlink(Path(VERSIONS) / final.name, link_tmp)
        os.replace(link_tmp, self.root / CURRENT)
        _fsync_dir(self.root)
        self._ensure_table_links()
        self._collect_garbage(keep=final)
        return final

    def _ensure_table_links(self) -> None:
        for table in SCHEMAS:
            old = self.root / f"{table}.parquet"  # the one-file-per-table layout before parts
            if old.is_symlink():
                old.unlink()
            link = self.root / table
            if not link.is_symlink():
                with contextlib.suppress(FileNotFoundError):
                    link.unlink()
                os.symlink(Path(CURRENT) / table, link)

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
            if old != keep:  # renamed first, so a crash mid-delete leaves no half version
                doomed = versions / f".tmp-gc-{old.name}"
                os.rename(old, doomed)
                shutil.rmtree(doomed, ignore_errors=True)

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
                            f"another newsfacts run is writing to {self.root} (lock {self.root}/.lock)",
                            path=self.root / ".lock",
                            hint="wait for it to finish, or pass --lock-timeout SECONDS to wait.",
                        ) from None
                    time.sleep(0.2)
            yield
        finally:
            os.close(fd)
