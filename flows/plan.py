"""Scan the raw directory and decide what a run must (re)process: the incremental plan."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

import polars as pl

from newsfacts.errors import NewsfactsError

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


def scan_raw(raw_dir: Path) -> list[RawFile]:
    """Every regular file below ``raw_dir`` (recursively, hidden names skipped), sorted by path."""
    if not raw_dir.is_dir():
        raise RawDirNotFound(
            f"raw directory {raw_dir} does not exist",
            path=raw_dir,
            hint="create it and put articles in it, or pass --raw DIR",
        )
    out = []
    for p in raw_dir.rglob("*"):
        rel = p.relative_to(raw_dir)
        if any(part.startswith(".") for part in rel.parts) or not p.is_file():
            continue
        out.append(RawFile(rel.as_posix(), p, p.stat().st_size, file_sha256(p)))
    return sorted(out, key=lambda f: f.path)


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
