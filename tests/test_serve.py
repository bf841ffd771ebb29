"""Schedules: `newsfacts serve` fails fast without a server, checks its cron and parameters, and
`prefect.yaml` deploys the flow. These need no Prefect server (they pin PREFECT_API_URL for their
duration); `test_serve_real_server.py` (slow) runs a schedule on a real one."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from prefect.settings import PREFECT_API_URL, temporary_settings
from typer.testing import CliRunner

from flows import serve as serve_module
from flows.serve import ScheduleError, ServerUnreachable, check_server, next_scheduled_run
from newsfacts.cli import app
from newsfacts.settings import DEFAULT_MODEL, Settings

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
START_HINT = (
    "start one with `prefect server start` (in another terminal) and set "
    "PREFECT_API_URL=http://127.0.0.1:4200/api"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def no_api_url() -> Iterator[None]:
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        yield


@contextlib.contextmanager
def api_url(url: str) -> Iterator[None]:
    with temporary_settings(updates={PREFECT_API_URL: url}):
        yield


@contextlib.contextmanager
def fake_health(status: int) -> Iterator[str]:
    """A loopback HTTP server whose every GET answers ``status``; yields its API URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(status)
            self.end_headers()
            self.wfile.write(b"true")

        def log_message(self, *args) -> None:
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/api"
    finally:
        httpd.shutdown()
        httpd.server_close()


# -- failing fast ------------------------------------------------------------------------------


def test_serve_without_api_url_says_how_to_start_a_server():
    with no_api_url():
        started = time.perf_counter()
        result = runner.invoke(app, ["serve", "--cron", "0 * * * *"])
    assert result.exit_code == 1
    assert result.output == (
        "error: no Prefect server is configured (PREFECT_API_URL is not set) and schedules "
        f"need a running server: {START_HINT}, then run this command again\n"
    )
    assert time.perf_counter() - started < 5


def test_serve_with_nothing_listening_names_the_url():
    url = f"http://127.0.0.1:{free_port()}/api"
    with api_url(url):
        started = time.perf_counter()
        result = runner.invoke(app, ["serve", "--cron", "0 * * * *"])
    assert result.exit_code == 1
    assert result.output == (
        f"error: no Prefect server answers at PREFECT_API_URL={url} "
        f"(GET /health: [Errno 111] Connection refused): {START_HINT}, "
        "or correct PREFECT_API_URL\n"
    )
    assert time.perf_counter() - started < 5


def test_server_that_never_answers_times_out_quickly():
    with socket.socket() as listener:  # accepts connections (backlog) but never replies
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/api"
        started = time.perf_counter()
        with pytest.raises(ServerUnreachable) as err:
            check_server(url, timeout=0.3)
        assert time.perf_counter() - started < 2
    assert str(err.value) == (
        f"no Prefect server answers at PREFECT_API_URL={url} (GET /health: no answer within "
        f"0.3 s): {START_HINT}, or correct PREFECT_API_URL"
    )


@pytest.mark.parametrize(
    ("status", "reason"), [(503, "HTTP 503"), (404, "HTTP 404"), (500, "HTTP 500")]
)
def test_unhealthy_server_is_unreachable(status, reason):
    with fake_health(status) as url, pytest.raises(ServerUnreachable) as err:
        check_server(url)
    assert f"(GET /health: {reason})" in str(err.value)


def test_healthy_server_returns_its_url():
    with fake_health(200) as url:
        assert check_server(url) == url
        with api_url(url):
            assert check_server() == url


@pytest.mark.parametrize(
    ("cron", "valid"),
    [
        ("0 * * * *", True),
        ("*/15 6-18 * * mon-fri", True),
        ("@daily", True),
        ("0 * * *", False),
        ("every hour", False),
        ("61 * * * *", False),
        ("H * * * *", False),
    ],
)
def test_cron_is_checked_before_anything_else(cron, valid):
    with no_api_url():
        result = runner.invoke(app, ["serve", "--cron", cron])
    assert result.exit_code == 1
    if valid:
        assert "no Prefect server is configured" in result.output
    else:
        assert result.output == (
            f"error: invalid cron schedule {cron!r}: give five fields (minute hour "
            'day-of-month month day-of-week), e.g. "0 * * * *" for every hour\n'
        )


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        (
            {"raw_dir": "x"},
            "unknown flow parameter(s) raw_dir: newsfacts_flow takes one parameter, "
            "settings: {raw_dir, out_dir, ",
        ),
        (
            {"settings": {"batchsize": 3}},
            "invalid setting batchsize=3 (Extra inputs are not permitted): settings are raw_dir, ",
        ),
        (
            {"settings": {"batch_size": 0}},
            "invalid setting batch_size=0 (Input should be greater than or equal to 1): ",
        ),
    ],
)
def test_unknown_parameter_is_refused(parameters, message):
    with pytest.raises(ScheduleError) as err:
        serve_module.schedule_parameters(parameters)
    assert str(err.value).startswith(message)


def test_next_scheduled_run_is_none_without_a_server():
    with no_api_url():
        assert next_scheduled_run() is None
    with api_url(f"http://127.0.0.1:{free_port()}/api"):
        started = time.perf_counter()
        assert next_scheduled_run(name="scheduled") is None
        assert time.perf_counter() - started < 5


# -- what a schedule registers -----------------------------------------------------------------


class RecordingRunner:
    """Stands in for Prefect's Runner: records the deployment, serves nothing."""

    def __init__(self, name: str, pause_on_shutdown: bool) -> None:
        self.init = {"name": name, "pause_on_shutdown": pause_on_shutdown}
        self.flows: list[tuple[object, dict]] = []
        self.started = False

    def add_flow(self, flow, **kwargs) -> None:
        self.flows.append((flow, kwargs))

    async def start(self) -> None:
        self.started = True


def test_serve_passes_parameters_not_code(tmp_path, monkeypatch):
    from prefect.deployments.runner import EntrypointType

    from flows.pipeline import newsfacts_flow

    runners: list[RecordingRunner] = []

    def make_runner(**kwargs) -> RecordingRunner:
        runners.append(RecordingRunner(**kwargs))
        return runners[-1]

    monkeypatch.setattr(serve_module, "check_server", lambda: "http://127.0.0.1:4200/api")
    monkeypatch.setattr(serve_module, "_runner", make_runner)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(
        app,
        [
            "serve",
            "--cron",
            "30 2 * * *",
            "--raw",
            "articles",
            "--out",
            str(tmp_path / "tables"),
            "--name",
            "nightly",
            "--lock-timeout",
            "600",
        ],
    )
    assert result.exit_code == 0, result.output
    (made,) = runners
    assert made.init == {"name": "nightly", "pause_on_shutdown": True}
    assert made.started
    ((flow, kwargs),) = made.flows
    assert flow is newsfacts_flow
    expected = {
        "settings": Settings(
            raw_dir=str(tmp_path.resolve() / "articles"),
            out_dir=str(tmp_path.resolve() / "tables"),
            model=DEFAULT_MODEL,
            lock_timeout=600.0,
        ).model_dump(mode="json")
    }
    assert kwargs == {
        "name": "nightly",
        "cron": "30 2 * * *",
        "parameters": expected,
        "tags": ["newsfacts"],
        "entrypoint_type": EntrypointType.MODULE_PATH,
    }
    lines = [line[9:] for line in result.output.splitlines()]  # drop the HH:MM:SS stamps
    assert lines == [
        "serving newsfacts/nightly on http://127.0.0.1:4200/api: cron '30 2 * * *' (UTC), "
        f"parameters {expected}",
        "run it now with `prefect deployment run 'newsfacts/nightly'`; "
        "Ctrl-C stops serving and pauses the schedule",
        "stopped serving newsfacts/nightly",
    ]


# -- the work-pool deployment ------------------------------------------------------------------


def test_prefect_yaml_deploys_the_flow_locally_with_valid_schedule_and_parameters():
    import prefect
    import yaml

    from flows.pipeline import newsfacts_flow

    config = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    assert config["prefect-version"] == prefect.__version__
    assert config["build"] is None and config["push"] is None  # nothing shipped anywhere
    assert config["pull"] == [
        {"prefect.deployments.steps.set_working_directory": {"directory": "{{ $PWD }}"}}
    ]
    (deployment,) = config["deployments"]
    path, function = deployment["entrypoint"].split(":")
    assert (ROOT / path).is_file()
    module = path.removesuffix(".py").replace("/", ".")
    assert getattr(__import__(module, fromlist=[function]), function) is newsfacts_flow
    assert deployment["parameters"] == {
        "settings": {
            "raw_dir": "data/raw",
            "out_dir": "data/processed",
            "model": DEFAULT_MODEL,
            "lock_timeout": 600,
        }
    }
    # the same Settings model as `newsfacts run` and `serve`: only known fields, valid values
    serve_module.schedule_parameters(deployment["parameters"])
    assert deployment["schedules"] == [{"cron": "0 * * * *", "timezone": "UTC", "active": True}]
    serve_module.check_cron(deployment["schedules"][0]["cron"])
    assert deployment["work_pool"]["name"] == "newsfacts-pool"
