"""Symbolic links in the raw folder: inside links work, links leaving it are not read."""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl
import pytest

from flows.plan import read_raw, scan_raw
from newsfacts.settings import Settings

OUTSIDE_TEXT = "Secret notes outside the raw folder that must never be published as an article."


def make_tree(tmp_path: Path) -> Path:
    """raw/ with a real file, a subfolder, and every kind of link; ``outside/`` beside it."""
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    (raw / "sub").mkdir(parents=True)
    outside.mkdir()
    (raw / "real.txt").write_text("real")
    (raw / "sub" / "deep.txt").write_text("deep")
    (outside / "secret.txt").write_text(OUTSIDE_TEXT)
    (outside / "more.txt").write_text("more")
    links = {
        "inside_link.txt": "real.txt",  # a link to a file inside: read through the link
        "sub_link": "sub",  # a link to a folder inside: its files are found under sub/
        "escape.txt": "../outside/secret.txt",  # leaves the raw folder
        "escape_abs.txt": str(outside / "secret.txt"),
        "escape_dir": "../outside",
        "dangling.txt": "nothing-here.txt",
        "loop_a.txt": "loop_b.txt",
        "loop_b.txt": "loop_a.txt",
        "sub/up": "..",  # a loop through a folder link back to raw/
    }
    for name, target in links.items():
        os.symlink(target, raw / name)
    return raw


def test_scan_reads_inside_links_and_quarantines_links_leaving_the_folder(tmp_path):
    raw = make_tree(tmp_path)
    got = {f.path: (f.problem.reason if f.problem else "read", f.via_link) for f in scan_raw(raw)}
    assert got == {
        "dangling.txt": ("unreadable", False),
        "escape.txt": ("outside_raw", False),
        "escape_abs.txt": ("outside_raw", False),
        "escape_dir": ("outside_raw", False),
        "inside_link.txt": ("read", True),
        "loop_a.txt": ("unreadable", False),
        "loop_b.txt": ("unreadable", False),
        "real.txt": ("read", False),
        "sub/deep.txt": ("read", False),
    }


def test_following_links_is_a_setting_and_loops_still_end(tmp_path):
    raw = make_tree(tmp_path)
    os.symlink("..", tmp_path / "outside" / "back")  # outside/back -> tmp_path: a loop via raw
    # every folder is walked once by its real path: back/ leads only to folders already walked
    files = scan_raw(raw, follow_symlinks=True)
    got = {f.path: (f.problem.reason if f.problem else "read") for f in files}
    assert got == {
        "dangling.txt": "unreadable",
        "escape.txt": "read",
        "escape_abs.txt": "read",
        "escape_dir/more.txt": "read",
        "escape_dir/secret.txt": "read",
        "inside_link.txt": "read",
        "loop_a.txt": "unreadable",
        "loop_b.txt": "unreadable",
        "real.txt": "read",
        "sub/deep.txt": "read",
    }


@pytest.mark.parametrize(
    ("name", "detail_part"),
    [
        ("escape.txt", "outside the raw folder"),
        ("escape.txt", "--follow-symlinks"),
        ("dangling.txt", "no target"),
        ("loop_a.txt", "a loop of links"),
    ],
)
def test_problem_details_say_what_to_do(tmp_path, name, detail_part):
    [found] = [f for f in scan_raw(make_tree(tmp_path)) if f.path == name]
    assert found.problem.detail.startswith(name + ": ")
    assert detail_part in found.problem.detail


def test_a_file_swapped_for_a_link_after_the_scan_is_not_read(tmp_path):
    raw = make_tree(tmp_path)
    [real] = [f for f in scan_raw(raw) if f.path == "real.txt"]
    assert read_raw(real) == b"real"
    (raw / "real.txt").unlink()
    os.symlink(tmp_path / "outside" / "secret.txt", raw / "real.txt")
    with pytest.raises(OSError):
        read_raw(real)


@pytest.mark.usefixtures("prefect_harness")
def test_flow_publishes_inside_links_and_quarantines_escapes(tmp_path):
    from flows.pipeline import newsfacts_flow
    from tests.conftest import write_small_corpus

    raw = write_small_corpus(tmp_path / "raw")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text(OUTSIDE_TEXT)
    os.symlink("../outside/secret.txt", raw / "escape.txt")
    os.symlink("alpha.txt", raw / "alias.txt")
    os.symlink("missing.txt", raw / "dangling.txt")
    out = tmp_path / "out"
    newsfacts_flow(Settings(raw_dir=str(raw), out_dir=str(out)))
    quarantine = pl.read_parquet(out / "quarantine")
    assert dict(zip(quarantine["source"], quarantine["reason"], strict=True)) == {
        "dangling.txt": "unreadable",
        "escape.txt": "outside_raw",
    }
    articles = pl.read_parquet(out / "articles")
    assert sorted(articles["source"]) == ["alias.txt", "beta.md", "nested/gamma.txt"]
    assert sorted(articles.filter(pl.col("source") == "alias.txt")["sources"][0]) == [
        "alias.txt",
        "alpha.txt",
    ]
    assert not articles["text"].str.contains("Secret notes").any()
