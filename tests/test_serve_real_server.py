"""Schedules on a real server: `prefect server start` on a free loopback port, `newsfacts serve`
with a cron of every minute, as a user would, until a scheduled run completes (slow)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

import polars as pl
import pytest

from flows.serve import ServerUnreachable, check_server, next_scheduled_run
from newsfacts.settings import Settings
from tests.test_serve import BIN, ROOT, api_url, free_port
from transforms.tables import SCHEMAS


def _isolated_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_LOGGING_LEVEL="WARNING",
        **extra,
    )
    return env


def _stop(process: subprocess.Popen | None, sig: int = signal.SIGTERM) -> None:
    """Stop a process started in its own session, and everything it started, for sure."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _tail(path: Path, n: int = 40) -> str:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines() if path.exists() else []
    return "\n".join(lines[-n:])


def _runs(deployment: str) -> list:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterName

    with get_client(httpx_settings={"timeout": 5}, sync_client=True) as client:
        return client.read_flow_runs(
            deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=[deployment]))
        )


@pytest.mark.slow
@pytest.mark.timeout(420)
def test_scheduled_run_completes_on_a_real_server(tmp_path):
    from tests.conftest import SMALL_CORPUS

    raw, out, home = tmp_path / "raw", tmp_path / "out", tmp_path / "prefect"
    for name, text in SMALL_CORPUS.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_text(text + "\n", encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    server_log, serve_log = tmp_path / "server.log", tmp_path / "serve.log"
    server = served = None
    try:
        with server_log.open("wb") as log:
            server = subprocess.Popen(
                [
                    *(str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1"),
                    *("--port", str(port), "--no-ui", "--analytics-off"),
                ],
                cwd=tmp_path,
                env=_isolated_env(home),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 120
        while True:
            try:
                check_server(url, timeout=2)
                break
            except ServerUnreachable:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the Prefect server did not start:\n{_tail(server_log)}")
                time.sleep(0.5)

        with serve_log.open("wb") as log:
            served = subprocess.Popen(
                [
                    *(str(BIN / "newsfacts"), "serve", "--cron", "* * * * *"),
                    *("--raw", str(raw), "--out", str(out), "--name", "every-minute"),
                ],
                cwd=ROOT,
                env=_isolated_env(home, PREFECT_API_URL=url, PREFECT_RUNNER_POLL_FREQUENCY="2"),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        expected = {
            "settings": Settings(raw_dir=str(raw.resolve()), out_dir=str(out.resolve())).model_dump(
                mode="json"
            )
        }
        upcoming, completed = None, None
        deadline = time.monotonic() + 240  # the first minute boundary, then one short run
        with api_url(url):
            while completed is None:
                if served.poll() is not None:
                    pytest.fail(f"newsfacts serve exited early:\n{_tail(serve_log)}")
                if time.monotonic() > deadline:
                    pytest.fail(f"no scheduled run completed in time:\n{_tail(serve_log)}")
                upcoming = upcoming or next_scheduled_run(name="every-minute")
                for run in _runs("every-minute"):
                    if run.state.is_completed():
                        completed = run
                    elif run.state.is_final():
                        pytest.fail(f"run {run.name} ended {run.state.name}:\n{_tail(serve_log)}")
                time.sleep(2)

            assert upcoming is not None
            assert upcoming["deployment"] == "newsfacts/every-minute"
            assert upcoming["parameters"] == expected
            assert upcoming["scheduled_time"].second == 0  # on a minute boundary
            assert completed.parameters == expected
            assert completed.auto_scheduled  # made by the server's scheduler, not by hand
            articles = pl.read_parquet(out / "articles")
            assert sorted(articles["source"].to_list()) == [
                "alpha.txt",
                "beta.md",
                "nested/gamma.txt",
            ]
            for table in SCHEMAS:  # every table published and readable
                pl.read_parquet(out / table)

            served.send_signal(signal.SIGTERM)  # as a supervisor would: pauses the schedule
            assert served.wait(timeout=60) == 0, _tail(serve_log)
            assert next_scheduled_run(name="every-minute") is None
    finally:
        _stop(served, signal.SIGKILL)
        _stop(server)
