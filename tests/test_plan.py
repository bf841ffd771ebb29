"""The incremental plan: what is new, changed, unchanged or removed."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from flows.plan import MANIFEST_SCHEMA, RawFile, make_plan, scan_raw


def rf(path: str, sha: str) -> RawFile:
    return RawFile(path, Path(path), 1, sha)


def manifest(rows: list[tuple[str, str]], version: str = "v1") -> pl.DataFrame:
    return pl.DataFrame(
        [
            {"path": p, "file_sha256": s, "size": 1, "pipeline_version": version, "status": "ok"}
            for p, s in rows
        ],
        schema=MANIFEST_SCHEMA,
    )


def paths(files: list[RawFile]) -> list[str]:
    return [f.path for f in files]


def test_plan_sorts_files_into_new_changed_unchanged_removed():
    files = [rf("a.txt", "1"), rf("b.txt", "2b"), rf("d.txt", "4")]
    plan = make_plan(
        files, manifest([("a.txt", "1"), ("b.txt", "2"), ("c.txt", "3")]), pipeline_version="v1"
    )
    assert (paths(plan.new), paths(plan.changed), paths(plan.unchanged), plan.removed) == (
        ["d.txt"],
        ["b.txt"],
        ["a.txt"],
        ["c.txt"],
    )
    assert not plan.full and not plan.is_noop
    assert paths(plan.to_process) == ["b.txt", "d.txt"]


@pytest.mark.parametrize(
    ("stored_version", "full_refresh", "has_manifest", "full"),
    [
        ("v1", False, True, False),
        ("v0", False, True, True),
        ("v1", True, True, True),
        ("v1", False, False, True),
    ],
)
def test_full_reprocessing_when_needed(stored_version, full_refresh, has_manifest, full):
    files = [rf("a.txt", "1")]
    m = manifest([("a.txt", "1")], stored_version) if has_manifest else None
    plan = make_plan(files, m, pipeline_version="v1", full_refresh=full_refresh)
    assert plan.full is full
    assert plan.is_noop is (not full)


def test_only_forces_matching_sources():
    files = [rf("x/a.txt", "1"), rf("x/b.md", "2"), rf("c.txt", "3")]
    m = manifest([("x/a.txt", "1"), ("x/b.md", "2"), ("c.txt", "3")])
    plan = make_plan(files, m, pipeline_version="v1", only=["x/*.txt", "c.txt"])
    assert paths(plan.changed) == ["x/a.txt", "c.txt"]
    assert plan.forced == ["x/a.txt", "c.txt"]
    assert paths(plan.unchanged) == ["x/b.md"]


def test_scan_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    files = scan_raw(tmp_path)
    assert paths(files) == ["a.txt", "b/z.txt"]
    assert files[0].sha256 == "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"


def test_scan_missing_dir_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="create it and put articles in it, or pass --raw"):
        scan_raw(tmp_path / "nope")
