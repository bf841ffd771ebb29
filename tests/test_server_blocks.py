"""The temporary server's block-registration check (flows/server_blocks.py) on invented memo
stores, with a cache directory of the test's own."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.metadata
import types

import pytest

from flows import server_blocks

URL = "sqlite+aiosqlite:////srv/state/prefect.db"


def _key() -> list[str]:
    return ["3.8.8", "prefect_dask=prefect_dask@prefect-dask==0.3.6"]


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path / "cache"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('block_auto_registration = "9f2c41"\n', "9f2c41"),
        ('other = "1"\nblock_auto_registration = "ab12"\n', "ab12"),
        ('other = "1"\n', None),
        ('block_auto_registration = ""\n', None),
        ("block_auto_registration = 12\n", None),
        ("not [toml at all\n", None),
        ("", None),
    ],
)
def test_the_stored_hash_is_prefects_memo_key(tmp_path, text, expected):
    memo = tmp_path / "memo_store.toml"
    memo.write_text(text, encoding="utf-8")
    assert server_blocks.stored_hash(memo) == expected


def test_a_missing_memo_store_has_no_hash(tmp_path):
    assert server_blocks.stored_hash(tmp_path / "memo_store.toml") is None


def _memo(tmp_path, value: str):
    memo = tmp_path / "memo_store.toml"
    memo.write_text(f'block_auto_registration = "{value}"\n', encoding="utf-8")
    return memo


def test_the_registration_is_current_only_after_a_recorded_start(tmp_path):
    memo = _memo(tmp_path, "9f2c41")
    check = dict(memoized=True, key=_key)
    assert server_blocks.registration_current(URL, memo, **check) is False  # nothing recorded
    server_blocks.record_registration(URL, memo, **check)
    assert server_blocks.registration_current(URL, memo, **check) is True


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("nothing", True),
        ("memo rewritten", False),  # Prefect registered again with another hash
        ("memo removed", False),
        ("other database", False),
        ("collection upgraded", False),
        ("memoization off", False),
    ],
)
def test_any_change_since_the_recorded_start_lets_prefect_check(tmp_path, change, expected):
    memo = _memo(tmp_path, "9f2c41")
    server_blocks.record_registration(URL, memo, memoized=True, key=_key)
    url, key, memoized = URL, _key, True
    if change == "memo rewritten":
        _memo(tmp_path, "77aa00")
    elif change == "memo removed":
        memo.unlink()
    elif change == "other database":
        url = "sqlite+aiosqlite:////srv/other/prefect.db"
    elif change == "collection upgraded":
        key = lambda: ["3.8.8", "prefect_dask=prefect_dask@prefect-dask==0.3.7"]  # noqa: E731
    elif change == "memoization off":
        memoized = False
    assert server_blocks.registration_current(url, memo, memoized=memoized, key=key) is expected


def test_nothing_is_recorded_without_memoization_or_a_hash(tmp_path):
    memo = _memo(tmp_path, "9f2c41")
    server_blocks.record_registration(URL, memo, memoized=False, key=_key)
    assert server_blocks.registration_current(URL, memo, memoized=True, key=_key) is False
    empty = tmp_path / "empty.toml"
    empty.write_text("", encoding="utf-8")
    server_blocks.record_registration(URL, empty, memoized=True, key=_key)
    assert server_blocks.registration_current(URL, memo, memoized=True, key=_key) is False


def test_a_failing_key_means_prefect_checks(tmp_path):
    memo = _memo(tmp_path, "9f2c41")

    def broken() -> list[str]:
        raise importlib.metadata.PackageNotFoundError("prefect")

    server_blocks.record_registration(URL, memo, memoized=True, key=broken)  # no error
    assert server_blocks.registration_current(URL, memo, memoized=True, key=broken) is False


def test_the_key_names_prefect_and_every_installed_collection():
    dask = importlib.metadata.version("prefect-dask")
    assert server_blocks.collections_key() == [
        importlib.metadata.version("prefect"),
        f"prefect_dask=prefect_dask@prefect-dask=={dask}",
    ]


def test_the_record_runs_once_the_apps_own_start_up_is_done():
    events = []

    @contextlib.asynccontextmanager
    async def lifespan(app):
        events.append("prefect's start-up")
        yield {"state": 1}
        events.append("prefect's shutdown")

    app = types.SimpleNamespace(router=types.SimpleNamespace(lifespan_context=lifespan))
    server_blocks.record_after_start(app, lambda: events.append("recorded"))

    async def serve():
        async with app.router.lifespan_context(app) as state:
            events.append(("serving", state))

    asyncio.run(serve())
    assert events == [
        "prefect's start-up",
        "recorded",
        ("serving", {"state": 1}),
        "prefect's shutdown",
    ]
