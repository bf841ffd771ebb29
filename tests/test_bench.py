"""``newsfacts bench``: the scaled corpus, and every step side by side in one report."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from newsfacts.bench import BenchResult, Step, scale_corpus
from newsfacts.cli import app


def test_scale_corpus_adds_copies_with_a_distinct_closing_line(small_raw, tmp_path):
    assert (
        scale_corpus(small_raw, tmp_path / "x3", scale=3) == 6
    )  # the .txt files: alpha.txt, nested/gamma.txt
    files = sorted(p.relative_to(tmp_path / "x3").as_posix() for p in (tmp_path / "x3").rglob("*"))
    assert [f for f in files if f.endswith("alpha.txt")] == [
        "alpha.txt",
        "copy2/alpha.txt",
        "copy3/alpha.txt",
    ]
    original = (small_raw / "alpha.txt").read_text()
    copy = (tmp_path / "x3" / "copy3" / "alpha.txt").read_text()
    assert copy == original.rstrip("\n") + (
        "\n\nThis report was filed again as number 3 of 3 in the archive.\n"
    )


def test_report_puts_the_steps_and_ratios_side_by_side():
    result = BenchResult(scale=4, processes=2, runner="local")
    for step in [
        Step("bare nlp.pipe x1", 100, 12.0, 10.0, 600, 300, 100),
        Step("full run x1", 100, 13.0, 11.0, 900, 400, 98),
        Step("no-op x1", 100, 0.5, 0.05, 100, 100, 0),
        Step("full run x4", 400, 46.0, 44.0, 950, 420, 392),
        Step("no-op x4", 400, 0.6, 0.1, 100, 100, 0),
        Step("+new on x1", 110, 4.0, 2.0, 500, 450, 10),
        Step("+new on x4", 410, 4.4, 2.4, 520, 470, 10),
    ]:
        result.steps[step.name] = step
    lines = result.report().splitlines()
    assert lines[2] == (
        "full run x1                100      98     13.0     11.00     8.9          900          400"
    )
    assert lines[-4:] == [
        "processes 2, runner local",
        "full run / bare nlp.pipe throughput on the same files: 0.769 (run's wall from the "
        "shell), 0.909 (inside the run); bare = its parse loop only",
        "+new on x4 / on x1: wall 1.10, RSS tree 1.04",
        "full run x4 / x1: RSS tree 1.06, RSS main 1.05",
    ]


@pytest.mark.slow  # a bare parse and six runs, each its own process (~1-2 min when quiet)
@pytest.mark.timeout(1800)
def test_bench_runs_every_step(small_raw):
    result = CliRunner().invoke(
        app,
        ["bench", "--corpus", str(small_raw), "--new-articles", "1", "--scale", "2"],
    )
    assert result.exit_code == 0, result.output
    names = [line[:22].strip() for line in result.output.splitlines()[1:8]]
    assert names == [
        "bare nlp.pipe x1",
        "full run x1",
        "no-op x1",
        "full run x2",
        "no-op x2",
        "+new on x1",
        "+new on x2",
    ]
    parsed = [int(line.split()[-6]) for line in result.output.splitlines()[1:8]]
    assert parsed == [2, 2, 0, 4, 0, 1, 1]
    assert re.search(r"\+new on x2 / on x1: wall \d+\.\d\d, RSS tree \d+\.\d\d", result.output)
