"""`newsfacts verify` finds damaged parts; a run refuses to build on a damaged version."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.storage import DIGESTS, Store
from flows.verify import DamagedVersion, check_before_run, verify_version
from newsfacts.cli import app
from newsfacts.settings import Settings
from tests.conftest import write_small_corpus


@pytest.fixture(scope="module")
def published(tmp_path_factory, prefect_harness) -> tuple[Path, Path]:
    """A raw folder and an output directory with one published version (made once)."""
    from flows.pipeline import newsfacts_flow

    base = tmp_path_factory.mktemp("verify")
    raw = write_small_corpus(base / "raw")
    newsfacts_flow(Settings(raw_dir=str(raw), out_dir=str(base / "out")))
    return raw, base / "out"


@pytest.fixture
def out(published, tmp_path) -> Path:
    copy = tmp_path / "out"
    shutil.copytree(published[1], copy, symlinks=True)
    return copy


def quotes_part(out: Path) -> Path:
    [part] = sorted((Store(out).current_dir() / "quotes").glob("part-*.parquet"))
    return part


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-100])


def alter(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, one byte changed
    path.write_bytes(bytes(data))


def remove(path: Path) -> None:
    path.unlink()


def add_stray(path: Path) -> None:
    shutil.copyfile(path, path.with_name("part-stray-000000000000.parquet"))


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (truncate, " when published"),
        (alter, "altered: its SHA-256 differs from the one at publish"),
        (remove, "missing"),
        (add_stray, "not part of the version as published"),
    ],
    ids=["truncated", "altered", "missing", "extra"],
)
def test_verify_finds_the_damage_and_run_refuses(out, damage, problem):
    part = quotes_part(out)
    rel = f"quotes/{part.name}"
    damage(part)
    found = verify_version(Store(out).current_dir())
    if damage is add_stray:
        rel = "quotes/part-stray-000000000000.parquet"
    assert [(d.path, problem in d.problem) for d in found] == [(rel, True)]

    result = CliRunner().invoke(app, ["verify", "--out", str(out)])
    assert result.exit_code == 1
    assert f"damaged: {rel}: " in result.output
    assert "rebuild it with `newsfacts run --full-refresh" in result.output

    with pytest.raises(DamagedVersion, match=r"run `newsfacts verify --out .*--full-refresh"):
        check_before_run(Store(out))


def test_verify_ok_and_a_full_refresh_repairs(published, out):
    runner = CliRunner()
    ok = runner.invoke(app, ["verify", "--out", str(out)])
    assert ok.exit_code == 0, ok.output
    assert ok.output.startswith(f"ok: version {Store(out).current_dir().name}, ")

    truncate(quotes_part(out))
    raw = published[0]
    refused = runner.invoke(app, ["run", "--raw", str(raw), "--out", str(out), "-q"])
    assert refused.exit_code == 1
    assert "is damaged" in refused.output and "--full-refresh" in refused.output
    rebuilt = runner.invoke(
        app, ["run", "--raw", str(raw), "--out", str(out), "--full-refresh", "-q"]
    )
    assert rebuilt.exit_code == 0, rebuilt.output
    assert runner.invoke(app, ["verify", "--out", str(out)]).exit_code == 0


def test_a_part_that_cannot_be_opened_is_reported(out):
    part = quotes_part(out)
    part.write_bytes(b"PAR1 not a parquet file PAR1")
    version = Store(out).current_dir()
    record = json.loads((version / DIGESTS).read_text())
    rel = f"quotes/{part.name}"
    record["files"][rel] = {
        "sha256": __import__("hashlib").sha256(part.read_bytes()).hexdigest(),
        "size": part.stat().st_size,
    }
    (version / DIGESTS).write_text(json.dumps(record))
    [damage] = verify_version(version)
    assert damage.path == rel and damage.problem.startswith("cannot be read: ")


def test_a_version_without_digests_is_reported_but_not_refused(out):
    (Store(out).current_dir() / DIGESTS).unlink()
    [damage] = verify_version(Store(out).current_dir())
    assert damage.problem == "no digests recorded (published by an older newsfacts)"
    check_before_run(Store(out))  # an older version: the run goes on
