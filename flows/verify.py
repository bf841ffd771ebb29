"""Check a published version against the digests recorded when it was published."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from flows.plan import file_sha256
from flows.storage import DIGESTS, PART_GLOB, Store
from newsfacts.errors import NewsfactsError


@dataclass(frozen=True, slots=True)
class Damage:
    """One damaged (or unexpected) file of a version."""

    path: str  # relative to the version directory
    problem: str


class DamagedVersion(NewsfactsError, RuntimeError):
    """The published version's files do not match their recorded digests."""


def verify_version(
    version_dir: Path, *, open_parts: bool = True, sizes_only: bool = False
) -> list[Damage]:
    """The damaged files of one version: missing, of another size, altered, unreadable, extra.

    Every file recorded in ``_digests.json`` is hashed; with ``open_parts`` every part is also
    read in full with pyarrow. A version without ``_digests.json`` (published before digests
    were recorded) is reported as one problem.
    """
    record = version_dir / DIGESTS
    try:
        files: dict[str, dict] = json.loads(record.read_text(encoding="utf-8"))["files"]
    except FileNotFoundError:
        return [Damage(DIGESTS, "no digests recorded (published by an older newsfacts)")]
    except (ValueError, KeyError, TypeError) as exc:
        return [Damage(DIGESTS, f"the digest record cannot be read ({exc})")]
    damage = []
    for rel, expected in sorted(files.items()):
        path = version_dir / rel
        if not path.is_file():
            damage.append(Damage(rel, "missing"))
            continue
        size = path.stat().st_size
        if size != expected["size"]:
            damage.append(Damage(rel, f"{size:,} bytes, {expected['size']:,} when published"))
        elif sizes_only:
            continue
        elif not file_sha256(path).startswith(expected["sha256"]):
            damage.append(Damage(rel, "altered: its SHA-256 differs from the one at publish"))
        elif open_parts:
            import pyarrow.parquet as pq  # here: a run's check (sizes only) never reads a part

            try:
                pq.read_table(path)
            except Exception as exc:  # any pyarrow error: the file cannot be read
                damage.append(Damage(rel, f"cannot be read: {exc}"))
    extra = sorted(
        p.relative_to(version_dir).as_posix()
        for p in version_dir.glob(f"*/{PART_GLOB}")
        if p.relative_to(version_dir).as_posix() not in files
    )
    damage.extend(Damage(rel, "not part of the version as published") for rel in extra)
    return damage


def check_before_run(store: Store, *, sizes_only: bool = False) -> None:
    """Refuse to build on a damaged published version (raises :class:`DamagedVersion`).

    ``sizes_only`` (a run with nothing to do) compares sizes and presence without reading.
    """
    current = store.current_dir()
    if current is None or not (current / DIGESTS).is_file():
        return  # nothing published, or published before digests were recorded
    damage = verify_version(current, open_parts=False, sizes_only=sizes_only)
    if damage:
        first = "; ".join(f"{d.path}: {d.problem}" for d in damage[:3])
        raise DamagedVersion(
            f"the published version {current.name} in {store.root} is damaged ({len(damage)} "
            f"file(s): {first})",
            path=store.root,
            hint=f"run `newsfacts verify --out {store.root}` to list the damage, then "
            f"`newsfacts run --full-refresh --out {store.root}` to rebuild every table",
        )
