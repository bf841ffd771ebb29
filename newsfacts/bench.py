"""``newsfacts bench``: bare spaCy ``nlp.pipe`` against the pipeline, side by side in one run.

Every measured step runs as its own process started from here, as a person would start it from
the shell, so its wall time includes the process start and its peak memory is its own. Memory is
sampled every 50 ms over the whole process tree (the run, its extraction workers, the fork
server and Prefect's temporary API server) and reported as the peak of the sum; the peak of the
run's main process alone is reported beside it.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from newsfacts.errors import NewsfactsError

# The baseline is bare spaCy: the installed model as ``spacy.load`` gives it, without the
# project's ``unit_stops`` and ``paragraph_breaks`` components (their cost counts on the full
# run's side).
BARE_SCRIPT = """
import sys, time
from pathlib import Path
import spacy
files = sorted(p for p in Path(sys.argv[1]).rglob("*.txt") if p.is_file())
texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
nlp = spacy.load(sys.argv[2])
list(nlp.pipe(texts[:20], batch_size=int(sys.argv[3])))  # warm-up
started = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3]), n_process=int(sys.argv[4])):
    pass
print(time.perf_counter() - started)
"""


# What a run loads from newsfacts' cache (``flows.cache``: the gazetteer, the language detector's
# model, the code digest), stored once before the measured steps. A run that finds no entry for
# its code builds it in its own process, and the gazetteer built from GeoNames' JSON leaves
# about 70 MB more in that process than the stored entry loaded (146 against 75 MB): the first
# measured run after a code change would carry that, the others not.
WARM_SCRIPT = """
from flows.gazetteer import load_gazetteer
from flows.langid import load_language_detector
from flows.version import code_digest
load_gazetteer()
load_language_detector()
code_digest()
"""


class CorpusNotFound(NewsfactsError, FileNotFoundError):
    """The benchmark corpus has no articles."""


@dataclass
class Step:
    """One measured command."""

    name: str
    articles: int  # articles parsed (bare spaCy) or raw files in the directory (runs)
    wall: float  # seconds from process start to exit
    inside: float  # seconds measured inside (nlp.pipe loop, or the run as recorded in its history)
    rss_tree_mb: float  # peak of the summed resident memory of the process tree
    rss_main_mb: float  # peak resident memory of the main process
    extracted: int = 0


@dataclass
class BenchResult:
    scale: int
    processes: int
    runner: str
    steps: dict[str, Step] = field(default_factory=dict)

    def report(self) -> str:
        s = self.steps
        lines = [
            f"{'step':<22} {'files':>7} {'parsed':>7} {'wall s':>8} {'inside s':>9} "
            f"{'art/s':>7} {'RSS tree MB':>12} {'RSS main MB':>12}"
        ]
        for step in s.values():
            rate = step.extracted / step.inside if step.extracted and step.inside else 0
            lines.append(
                f"{step.name:<22} {step.articles:>7} {step.extracted:>7} {step.wall:>8.1f} "
                f"{step.inside:>9.2f} {rate:>7.1f} {step.rss_tree_mb:>12.0f} "
                f"{step.rss_main_mb:>12.0f}"
            )
        bare, full = s["bare nlp.pipe x1"], s["full run x1"]
        lines.append(f"processes {self.processes}, runner {self.runner}")
        lines.append(
            "full run / bare nlp.pipe throughput on the same files: "
            f"{bare.inside / full.wall:.3f} (run's wall from the shell), "
            f"{bare.inside / full.inside:.3f} (inside the run); bare = its parse loop only"
        )
        big = f"x{self.scale}"
        if f"+new on {big}" in s:
            one, many = s["+new on x1"], s[f"+new on {big}"]
            lines.append(
                f"+new on {big} / on x1: wall {many.wall / one.wall:.2f}, "
                f"RSS tree {many.rss_tree_mb / one.rss_tree_mb:.2f}"
            )
            fbig = s[f"full run {big}"]
            lines.append(
                f"full run {big} / x1: RSS tree {fbig.rss_tree_mb / full.rss_tree_mb:.2f}, "
                f"RSS main {fbig.rss_main_mb / full.rss_main_mb:.2f}"
            )
        return "\n".join(lines)


def copy_corpus(corpus: Path, dest: Path, *, limit: int | None) -> list[Path]:
    """Copy the first ``limit`` ``.txt`` files (sorted) of ``corpus`` into ``dest``."""
    files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())[: limit or None]
    if not files:
        raise CorpusNotFound(f"no .txt files under {corpus}", path=corpus, hint="pass --corpus DIR")
    for p in files:
        target = dest / p.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(p, target)
    return files


def scale_corpus(raw: Path, dest: Path, *, scale: int) -> int:
    """``raw`` plus ``scale - 1`` copies (``copyK/``), each article with a distinct closing line."""
    files = sorted(p for p in raw.rglob("*.txt") if p.is_file())
    shutil.copytree(raw, dest)
    for k in range(2, scale + 1):
        for p in files:
            target = dest / f"copy{k}" / p.relative_to(raw)
            target.parent.mkdir(parents=True, exist_ok=True)
            text = p.read_text(encoding="utf-8", errors="replace").rstrip("\n")
            closing = f"This report was filed again as number {k} of {scale} in the archive."
            target.write_text(f"{text}\n\n{closing}\n", encoding="utf-8")
    return len(files) * scale


def add_new_articles(raw: Path, *, count: int) -> int:
    """Add ``count`` new articles: copies of existing ones with a new closing paragraph."""
    sources = sorted(raw.rglob("*.txt"))[:count]
    for i, p in enumerate(sources):
        text = p.read_text(encoding="utf-8", errors="replace").rstrip("\n")
        extra = f"\n\nUpdate {i}: the figures above were revised on Friday to {1000 + i} units.\n"
        (raw / f"new-{i:03d}.txt").write_text(text + extra, encoding="utf-8")
    return len(sources)


def measure(cmd: list[str], *, cwd: Path | None = None) -> tuple[float, float, float, str]:
    """Run ``cmd``; return (wall seconds, peak tree RSS MB, peak main RSS MB, stdout)."""
    import psutil

    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd)
    peaks = [0, 0]
    done = threading.Event()

    def sample() -> None:
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not done.is_set():
            total = main = 0
            try:
                main = root.memory_info().rss
                total = main
                for child in root.children(recursive=True):
                    with contextlib.suppress(psutil.NoSuchProcess):
                        total += child.memory_info().rss
            except psutil.NoSuchProcess:
                break
            peaks[0], peaks[1] = max(peaks[0], total), max(peaks[1], main)
            done.wait(0.1)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    thread.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return wall, peaks[0] / 2**20, peaks[1] / 2**20, out


def _last_run(out: Path) -> dict:
    from flows.runs import read_runs

    row = read_runs(out).tail(1).row(0, named=True)
    return {
        "seconds": (row["finished"] - row["started"]).total_seconds(),
        "extracted": row["extracted"],
    }


def run_bench(
    corpus: Path,
    *,
    model: str,
    limit: int | None,
    processes: int,
    batch_size: int,
    work_dir: Path | None = None,
    new_articles: int = 10,
    runner: str = "local",
    scale: int = 1,
) -> BenchResult:
    """Bare spaCy, then the full run, the no-op and +new articles on x1 (and on x``scale``)."""
    base = Path(work_dir or tempfile.mkdtemp(prefix="newsfacts-bench-"))
    raw1 = base / "raw-x1"
    copy_corpus(corpus, raw1, limit=limit)
    raw_big = base / f"raw-x{scale}"
    if scale > 1:
        scale_corpus(raw1, raw_big, scale=scale)
    result = BenchResult(scale=scale, processes=processes, runner=runner)
    n_files = len(list(raw1.rglob("*.txt")))

    subprocess.run([sys.executable, "-c", WARM_SCRIPT], check=True, capture_output=True)
    args = [str(raw1), model, str(batch_size), str(processes)]
    wall, tree, main, out = measure([sys.executable, "-c", BARE_SCRIPT, *args])
    bare = Step("bare nlp.pipe x1", n_files, wall, float(out.split()[-1]), tree, main, n_files)
    result.steps[bare.name] = bare

    def run(name: str, raw: Path, out: Path, *extra: str) -> None:
        cmd = [sys.executable, "-m", "newsfacts.cli", "run", "--raw", str(raw), "--out", str(out)]
        cmd += ["--model", model, "--batch-size", str(batch_size), "--processes", str(processes)]
        cmd += ["--runner", runner, "-q", *extra]
        wall, tree, main, _ = measure(cmd)
        last = _last_run(out)
        files = len(list(raw.rglob("*.txt")))
        step = Step(name, files, wall, last["seconds"], tree, main, last["extracted"])
        result.steps[name] = step

    run("full run x1", raw1, base / "out-x1", "--full-refresh")
    run("no-op x1", raw1, base / "out-x1")
    if scale > 1:
        run(f"full run x{scale}", raw_big, base / f"out-x{scale}", "--full-refresh")
        run(f"no-op x{scale}", raw_big, base / f"out-x{scale}")
    add_new_articles(raw1, count=new_articles)
    run("+new on x1", raw1, base / "out-x1")
    if scale > 1:
        add_new_articles(raw_big, count=new_articles)
        run(f"+new on x{scale}", raw_big, base / f"out-x{scale}")
    (base / "bench.json").write_text(
        json.dumps({k: v.__dict__ for k, v in result.steps.items()}, indent=2), encoding="utf-8"
    )
    return result
