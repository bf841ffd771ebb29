"""The temporary API server's boot script (flows.server_boot): its command line, and what the
script does before it serves (database migrations, block registration, the lifeline)."""

from __future__ import annotations

import sys

import pytest

import flows.lifeline
from flows import server_boot


def test_the_server_command_runs_the_boot_script_on_the_port_with_its_lifeline():
    assert server_boot.server_command(54321, 7) == [
        sys.executable,
        "-c",
        server_boot.SERVER_BOOT,
        "54321",
        "7",
    ]


@pytest.mark.parametrize(
    ("needed", "current", "migrates", "checks_blocks"),
    [(True, False, True, True), (False, False, False, True), (False, True, False, False)],
)
def test_the_boot_script_builds_prefects_app_with_the_collector_paused(
    monkeypatch, needed, current, migrates, checks_blocks
):
    """What the server's process runs, with uvicorn and Prefect's server module stubbed: the
    app is Prefect's ``create_app``, built while the collector is paused, served by uvicorn
    with the options of Prefect's own command, and collection is back on once it is built.
    Prefect's migration on start stays on unless ``flows.server_db`` finds the database at the
    head revision; its block-registration check (and memoization) stays on unless
    ``flows.server_blocks`` finds the registration current, and when it runs, its hash is
    recorded after the app's start-up."""
    import gc
    import types

    from prefect.settings import (
        PREFECT_API_BLOCKS_REGISTER_ON_START,
        PREFECT_API_DATABASE_MIGRATE_ON_START,
        PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION,
    )

    from flows import server_blocks, server_db

    seen = {}
    urls = []
    monkeypatch.setattr(server_db, "current_database_url", lambda: "sqlite+aiosqlite:///p.db")
    monkeypatch.setattr(server_db, "migrations_needed", lambda url: urls.append(url) or needed)
    monkeypatch.setattr(
        server_blocks,
        "registration_current",
        lambda url, memo, memoized: urls.append(url) or current,
    )
    monkeypatch.setattr(
        server_blocks, "record_after_start", lambda app, record: seen.update(recorded_on=app)
    )

    def create_app():
        seen["collecting while built"] = gc.isenabled()
        return "prefect app"

    def run(app, **options):
        seen["options"] = options
        seen["app"] = app()
        seen["collecting after"] = gc.isenabled()
        seen["migrate on start"] = PREFECT_API_DATABASE_MIGRATE_ON_START.value()
        seen["blocks checked"] = (
            PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION.value(),
            PREFECT_API_BLOCKS_REGISTER_ON_START.value(),
        )

    server_module = types.ModuleType("prefect.server.api.server")
    server_module.create_app = create_app
    monkeypatch.setitem(sys.modules, "uvicorn", types.SimpleNamespace(run=run))
    monkeypatch.setitem(sys.modules, "prefect.server.api.server", server_module)
    monkeypatch.setattr(sys, "argv", ["-c", "54321", "7"])
    watched = []
    monkeypatch.setattr(flows.lifeline, "exit_when_closed", watched.append)
    try:
        exec(compile(server_boot.SERVER_BOOT, "<boot>", "exec"), {"__name__": "__main__"})
    finally:
        gc.enable()
        gc.unfreeze()
    expected = {
        "collecting while built": False,
        "options": {
            "factory": True,
            "host": "127.0.0.1",
            "port": 54321,
            "log_level": "error",
            "lifespan": "on",
        },
        "app": "prefect app",
        "collecting after": True,
        "migrate on start": migrates,
        "blocks checked": (checks_blocks, checks_blocks),
    }
    if checks_blocks:
        expected["recorded_on"] = "prefect app"
    assert seen == expected
    assert watched == [7]  # the server ends when the run's end of pipe 7 is closed
    assert urls == ["sqlite+aiosqlite:///p.db"] * 2
    assert PREFECT_API_DATABASE_MIGRATE_ON_START.value() is True  # only inside the server
    assert PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION.value() is True
