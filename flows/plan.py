"""Scan the raw directory and decide what a run must (re)process: the incremental plan."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

import polars as pl

from newsfacts.errors import NewsfactsError
from transforms.ids import sha256_hex
from transforms.types import Rejection

MANIFEST_SCHEMA: dict[str, pl.DataType] = {
    "path": pl.String,
    "file_sha256": pl.String,
    "size": pl.Int64,
    "pipeline_version": pl.String,
    "status": pl.String,  # "ok" (articles published) or "quarantined" (the whole file rejected)
}


class RawDirNotFound(NewsfactsError, FileNotFoundError):
    """The raw directory to process does not exist."""


@dataclass(frozen=True, slots=True)
class RawFile:
    """A file found under the raw directory."""

    path: str  # POSIX path relative to the raw dir: the article's ``source``
    abspath: Path
    size: int
    sha256: str
    # Known at scan time (a link leaving the raw folder, a broken link): the file is never read.
    problem: Rejection | None = None
    via_link: bool = False  # reached through a symbolic link (inside the raw folder)


@dataclass
class Plan:
    """What changed since the published version."""

    new: list[RawFile] = field(default_factory=list)
    changed: list[RawFile] = field(default_factory=list)
    unchanged: list[RawFile] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    forced: list[str] = field(default_factory=list)  # paths matched by --only
    full: bool = False  # everything is reprocessed (first run, --full-refresh, new version)

    @property
    def to_process(self) -> list[RawFile]:
        return sorted(self.new + self.changed, key=lambda f: f.path)

    @property
    def is_noop(self) -> bool:
        return not self.full and not self.new and not self.changed and not self.removed


def file_sha256(path: Path, *, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def scan_raw(raw_dir: Path, *, follow_symlinks: bool = False) -> list[RawFile]:
    """Every regular file below ``raw_dir`` (recursively, hidden names skipped), sorted by path.

    Symbolic links: a link whose target lies inside the raw folder is read through the link (a
    link to a directory inside is not descended: its files are found under their own path). A
    link that leaves the raw folder is not read and comes back with ``problem`` ``outside_raw``
    unless ``follow_symlinks``; a broken link or a link loop comes back as ``unreadable``.
    Directories are walked at most once each (by their real path), so link loops end.
    Special files (FIFOs, sockets, devices) are skipped: reading them could block.
    """
    if not raw_dir.is_dir():
        raise RawDirNotFound(
            f"raw directory {raw_dir} does not exist",
            path=raw_dir,
            hint="create it and put articles in it, or pass --raw DIR",
        )
    root = raw_dir.resolve()
    out: list[RawFile] = []
    visited: set[Path] = set()

    def walk(directory: Path, rel: str) -> None:
        real = directory.resolve()
        if real in visited:
            return
        visited.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            out.append(_problem(rel or ".", directory, "unreadable", f"{rel or '.'}: {exc}"))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path, relp = Path(entry.path), f"{rel}/{entry.name}" if rel else entry.name
            if entry.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError) as exc:  # dangling, or a loop of links
                    out.append(_problem(relp, path, "unreadable", _broken_link(relp, exc)))
                    continue
                inside = target == root or root in target.parents
                if not inside and not follow_symlinks:
                    out.append(_problem(relp, path, "outside_raw", _outside(relp, target, root)))
                    continue
                if target.is_dir():
                    if not inside:
                        walk(path, relp)
                    continue
                if target.is_file():
                    out.append(_regular(relp, target, via_link=True))
                continue
            if entry.is_dir(follow_symlinks=False):
                walk(path, relp)
            elif entry.is_file(follow_symlinks=False):
                out.append(_regular(relp, path, via_link=False))

    walk(raw_dir, "")
    return sorted(out, key=lambda f: f.path)


def _regular(rel: str, path: Path, *, via_link: bool) -> RawFile:
    try:
        return RawFile(rel, path, path.stat().st_size, file_sha256(path), via_link=via_link)
    except OSError as exc:  # no permission, or it vanished during the scan
        return _problem(rel, path, "unreadable", f"{rel}: {exc.strerror or exc}; check the file")


def _problem(rel: str, path: Path, reason: str, detail: str) -> RawFile:
    """A file that is not read; its "hash" stands for the problem, so a fix is seen as a change."""
    return RawFile(rel, path, 0, sha256_hex(f"{reason}\n{detail}"), Rejection(reason, detail))


def _broken_link(rel: str, exc: BaseException) -> str:
    why = "a loop of links" if isinstance(exc, RuntimeError) or "loop" in str(exc) else "no target"
    return f"{rel}: a symbolic link with {why}; fix or remove the link"


def _outside(rel: str, target: Path, root: Path) -> str:
    return (
        f"{rel}: a symbolic link to {target}, outside the raw folder {root}; it is not read. Copy "
        "the file into the raw folder, or run with --follow-symlinks to read linked files"
    )


def read_raw(f: RawFile) -> bytes:
    """The bytes of a scanned file, refusing a file that became a link since the scan.

    A file scanned as a regular file is opened with ``O_NOFOLLOW``, so a link swapped in after
    the scan fails (``ELOOP``) instead of being followed.
    """
    flags = os.O_RDONLY | (0 if f.via_link else getattr(os, "O_NOFOLLOW", 0))
    fd = os.open(f.abspath, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{f.path}: not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read()
    finally:
        os.close(fd)


def make_plan(
    files: list[RawFile],
    manifest: pl.DataFrame | None,
    *,
    pipeline_version: str,
    full_refresh: bool = False,
    only: list[str] | None = None,
) -> Plan:
    """Compare the scanned files with the published manifest.

    A file is unchanged when the manifest has its path with the same bytes and pipeline version.
    ``only`` (paths or glob patterns) forces matching files to be reprocessed.
    """
    full = (
        full_refresh
        or manifest is None
        or manifest.is_empty()
        or set(manifest["pipeline_version"].unique().to_list()) != {pipeline_version}
    )
    plan = Plan(full=full)
    if full:
        plan.new = list(files)
        return plan
    known = {row["path"]: row["file_sha256"] for row in manifest.iter_rows(named=True)}
    for f in files:
        forced = bool(only) and any(f.path == pat or fnmatch(f.path, pat) for pat in only)
        if f.path not in known:
            plan.new.append(f)
        elif known[f.path] != f.sha256 or forced:
            plan.changed.append(f)
            if forced:
                plan.forced.append(f.path)
        else:
            plan.unchanged.append(f)
    seen = {f.path for f in files}
    plan.removed = sorted(p for p in known if p not in seen)
    return plan


def manifest_frame(files: list[RawFile], quarantine: pl.DataFrame, version: str) -> pl.DataFrame:
    """The ``_manifest`` rows of a version: every raw file, ``quarantined`` when the whole file
    was (its quarantine row's source is its path)."""
    whole_file = set(quarantine.filter(pl.col("source") == pl.col("path"))["path"].to_list())
    return pl.DataFrame(
        [
            {
                "path": f.path,
                "file_sha256": f.sha256,
                "size": f.size,
                "pipeline_version": version,
                "status": "quarantined" if f.path in whole_file else "ok",
            }
            for f in files
        ],
        schema=MANIFEST_SCHEMA,
    ).sort("path")
