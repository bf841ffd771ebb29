"""Run start-up (flows.startup): the temporary API server started by newsfacts itself, and
what a run warms up. The end-to-end test runs the real CLI in a subprocess and reads Prefect's
database: the run is a Prefect flow run, completed, with its task runs."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import flows.pool
import flows.validate_side
from flows import startup
from newsfacts.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_no_server_is_started_when_an_api_url_is_set(monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:1/api")
    assert startup.start_api() is None
    assert startup.api_url(None) is None


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, 90.0),  # our default: a first start migrates a new database
        ({"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": ""}, 90.0),
        ({"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}, 300.0),  # Prefect's setting
        ({"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": " 7.5 "}, 7.5),
    ],
)
def test_the_startup_timeout_follows_prefects_setting(environ, expected):
    assert startup.startup_timeout(environ) == expected


@pytest.mark.parametrize("raw", ["soon", "0", "-5", "nan"])
def test_a_bad_startup_timeout_names_the_variable_and_the_value(raw):
    with pytest.raises(ValueError) as info:
        startup.startup_timeout({"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": raw})
    assert str(info.value) == (
        f"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS={raw!r} is not a positive number of"
        " seconds; set it to e.g. 180"
    )


@pytest.mark.parametrize(
    ("processes", "runner", "files", "expected"),
    [
        (2, "local", 10, True),  # a small run extracts in this process: load the model here
        (2, "local", 64, True),
        (2, "local", 65, False),  # worker processes load their own
        (1, "local", 5000, True),
        (2, "local", None, False),  # not known (a full refresh)
        (2, "dask", 10, False),
    ],
)
def test_the_model_is_warmed_up_only_where_extraction_runs(
    monkeypatch, processes, runner, files, expected
):
    seen, early, side = [], [], []
    monkeypatch.setattr(startup, "start_api", lambda: None)
    monkeypatch.setattr(
        startup,
        "warm_up",
        lambda s, *, extract_here, validate_here, done: seen.append((extract_here, validate_here)),
    )
    monkeypatch.setattr(flows.pool, "start_early", lambda s, files, after=None: early.append(files))
    monkeypatch.setattr(
        flows.validate_side, "start_side", lambda after, hold: side.append(hold) or "s"
    )
    settings = Settings(processes=processes, runner=runner)
    assert startup.start_run(settings, files=files) is None
    # the workers' pool decides for itself; every run validates in a side process, and
    # imports no GX here (a full run's peak memory: ``flows.validate_side``)
    assert (seen, early) == ([(expected, False)], [files])
    # started after the warm-up (no server here); held until the workers are done when they
    # extract (GX's import and memory beside the workers' models would raise the tree's peak)
    assert side == [not expected]


def test_a_server_that_exits_at_once_is_started_again(monkeypatch):
    """The first process exits (its port was taken); the second answers its health check."""
    import http.server
    import threading

    class Healthy(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Healthy)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    commands = [
        [sys.executable, "-c", "raise SystemExit(3)"],
        [sys.executable, "-c", "import time; time.sleep(60)"],
    ]
    started = []

    def fake_start(self):
        started.append(1)
        port = httpd.server_address[1] if len(started) == 2 else startup._free_port()
        self.url = f"http://127.0.0.1:{port}/api"  # the first one: nothing listens
        self.process = subprocess.Popen(commands[len(started) - 1])

    monkeypatch.setattr(startup.ApiServer, "_start", fake_start)
    server = startup.ApiServer()
    try:
        assert server.wait(timeout=30) == f"http://127.0.0.1:{httpd.server_address[1]}/api"
        assert len(started) == 2
    finally:
        server.stop()
        httpd.shutdown()


@pytest.mark.slow
def test_a_cli_run_is_a_completed_prefect_flow_run(tmp_path):
    out, home = tmp_path / "out", tmp_path / "prefect"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {"PREFECT_HOME": str(home), "NEWSFACTS_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "newsfacts.cli", "run", "--out", str(out), "-q"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    assert "5 articles extracted" in done.stdout
    with sqlite3.connect(home / "prefect.db") as db:
        runs = db.execute("SELECT id, state_name FROM flow_run").fetchall()
        assert [state for _, state in runs] == ["Completed"]
        tasks = db.execute(
            "SELECT DISTINCT task_key LIKE 'extract%', state_name FROM task_run WHERE flow_run_id=?",
            (runs[0][0],),
        ).fetchall()
        logs = [
            m for (m,) in db.execute("SELECT message FROM log WHERE flow_run_id=?", (runs[0][0],))
        ]
    assert (1, "Completed") in tasks
    assert {state for _, state in tasks} == {"Completed"}
    # the flow's last log line reached the server before it was stopped (the log worker is
    # drained first, as at a normal interpreter exit)
    assert "publishing" in logs
    # validation ran in the side process; its line was handled by the run's process
    assert "validated 6 batches, 0 parts carried unchanged" in logs


def _published(tmp_path: Path) -> tuple[Path, Path, int]:
    """A raw dir of two articles (one in a subdirectory), an output dir whose ``current`` link
    is newer than every raw file; returns (raw, out, the link's time in ns)."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    (raw / "sport").mkdir(parents=True)
    (raw / "a.txt").write_text("First article.\n", encoding="utf-8")
    (raw / "sport" / "b.txt").write_text("Second article.\n", encoding="utf-8")
    out.mkdir()
    (out / "versions" / "v1").mkdir(parents=True)
    (out / "current").symlink_to(Path("versions") / "v1")
    old = 1_700_000_000 * 10**9
    for path in (raw / "a.txt", raw / "sport" / "b.txt", raw / "sport", raw):
        os.utime(path, ns=(old, old))
    linked = old + 60 * 10**9
    os.utime(out / "current", ns=(linked, linked), follow_symlinks=False)
    return raw, out, linked


def _later(path: Path, linked: int, *, seconds: int = 1) -> None:
    t = linked + seconds * 10**9
    os.utime(path, ns=(t, t))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("none", False),  # every file and directory older than the published version
        ("new file", True),  # a new article: its time, and its directory's
        ("new file keeping an older time", True),  # cp -p / mv: the directory's time
        ("new file in a new subdirectory", True),
        ("file rewritten", True),
        ("rewritten, old time put back", False),  # not seen: the plan finds it after
        ("nothing published", True),
        ("raw dir missing", False),  # the plan reports it: no server for that
    ],
)
def test_likely_work_from_file_times(tmp_path, change, expected):
    raw, out, linked = _published(tmp_path)
    old = 1_700_000_000 * 10**9
    if change == "new file":
        (raw / "sport" / "c.txt").write_text("Third.\n", encoding="utf-8")
        for path in (raw / "sport" / "c.txt", raw / "sport"):
            _later(path, linked)
    elif change == "new file keeping an older time":
        (raw / "c.txt").write_text("Third.\n", encoding="utf-8")
        os.utime(raw / "c.txt", ns=(old, old))
        _later(raw, linked)
    elif change == "new file in a new subdirectory":
        (raw / "tech").mkdir()
        (raw / "tech" / "c.txt").write_text("Third.\n", encoding="utf-8")
        for path in (raw / "tech" / "c.txt", raw / "tech"):
            os.utime(path, ns=(old, old))
        _later(raw, linked)
    elif change == "file rewritten":
        (raw / "a.txt").write_text("First article, revised.\n", encoding="utf-8")
        _later(raw / "a.txt", linked)
    elif change == "rewritten, old time put back":
        (raw / "a.txt").write_text("First article, revised.\n", encoding="utf-8")
        os.utime(raw / "a.txt", ns=(old, old))
    elif change == "nothing published":
        (out / "current").unlink()
    elif change == "raw dir missing":
        raw = tmp_path / "elsewhere"
    assert startup.likely_work(raw, out) is expected


@pytest.mark.parametrize(
    ("likely", "options", "noop", "calls"),
    [
        (True, {}, True, ["start_api", "plan", "stop_api"]),  # guessed wrong: stopped
        (True, {}, False, ["start_api", "plan", "start_run"]),  # started before the plan
        (False, {}, True, ["plan"]),  # a no-op never starts the server
        (False, {}, False, ["plan", "start_run"]),  # not guessed: after the plan, as before
        (True, {"full_refresh": True}, False, ["plan", "start_run"]),  # no plan to overlap
    ],
)
def test_the_server_starts_before_the_plan_when_work_is_likely(
    monkeypatch, tmp_path, likely, options, noop, calls
):
    import flows.noop
    import flows.scale
    from newsfacts import cli

    seen = []
    summary = {"status": "unchanged", "rows": {"articles": 1}, "quarantined": 0}
    monkeypatch.setattr(startup, "likely_work", lambda raw, out: likely)
    monkeypatch.setattr(startup, "start_api", lambda: seen.append("start_api"))
    monkeypatch.setattr(startup, "stop_api", lambda: seen.append("stop_api"))
    monkeypatch.setattr(
        flows.noop,
        "run_if_unchanged",
        lambda settings, on_work: seen.append("plan") or (summary if noop else None),
    )
    monkeypatch.setattr(startup, "start_run", lambda s, files: seen.append("start_run"))
    monkeypatch.setattr(flows.scale, "run_flow", lambda s, plan_first, server: summary)
    monkeypatch.setattr(cli, "format_summary", lambda s: "done")
    cli._run(Settings(out_dir=str(tmp_path / "out"), **options), quiet=True)
    assert seen == calls


@pytest.mark.parametrize(
    ("delays", "expected"),
    [
        ((0.0, None), ["first"]),  # one returns at once, the other never
        ((None, 0.0), ["second"]),
        (("raise", None), ["raised"]),  # a failed wait ends it too
    ],
)
def test_first_of_returns_when_the_first_wait_ends(delays, expected):
    import threading

    never, ended = threading.Event(), []

    def wait(name, delay):
        def call():
            if delay is None:
                never.wait()
            elif delay == "raise":
                ended.append("raised")
                raise RuntimeError("server failed")
            else:
                ended.append(name)

        return call

    startup.first_of([wait("first", delays[0]), wait("second", delays[1])])
    assert ended == expected
    never.set()


def test_extraction_waits_for_the_model_before_importing_the_extractors(monkeypatch):
    """The warm-up thread may be importing spaCy when the flow starts extracting: the
    extractors (which import ``spacy.tokens``) are imported only once ``load_nlp`` returned,
    so the two threads never hold each other's import locks."""
    import polars as pl

    import flows.extract
    import flows.nlp

    seen = []

    class Stop(Exception):
        pass

    def load_nlp(model):
        seen.append(("extractors imported", "transforms.extract" in sys.modules))
        raise Stop

    monkeypatch.delitem(sys.modules, "transforms.extract", raising=False)
    monkeypatch.setattr(flows.nlp, "load_nlp", load_nlp)
    articles = pl.DataFrame({"article_id": ["a1"], "text": ["Words."], "published": [None]})
    with pytest.raises(Stop):
        flows.extract.extract_articles(articles, model="any", batch_size=4)
    assert seen == [("extractors imported", False)]
