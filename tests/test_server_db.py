"""The temporary server's migration check (flows/server_db.py) on invented SQLite files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from flows import server_db


def _database(path: Path, revisions: list[str] | None) -> Path:
    """A SQLite file with an ``alembic_version`` table of ``revisions`` (None: no table)."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE flow (id TEXT)")
        if revisions is not None:
            connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            connection.executemany(
                "INSERT INTO alembic_version VALUES (?)", [(r,) for r in revisions]
            )
    connection.close()
    return path


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite+aiosqlite:///.prefect/prefect.db", Path(".prefect/prefect.db")),
        ("sqlite+aiosqlite:////srv/state/prefect.db", Path("/srv/state/prefect.db")),
        ("sqlite:///runs.db", Path("runs.db")),
        ("sqlite+aiosqlite:///:memory:", None),
        ("sqlite+aiosqlite://", None),
        ("sqlite+aiosqlite:///runs.db?timeout=30", None),
        ("sqlite+aiosqlite:///file:runs.db", None),
        ("postgresql+asyncpg://user:secret@db.example/prefect", None),
    ],
)
def test_only_a_plain_sqlite_url_names_a_file(url, expected):
    assert server_db.sqlite_file(url) == expected


@pytest.mark.parametrize(
    ("revisions", "expected"),
    [
        (["1a2b3c4d5e6f"], "1a2b3c4d5e6f"),
        ([], None),  # table, no row
        (["1a2b3c4d5e6f", "0f0f0f0f0f0f"], None),  # two heads stamped
        (None, None),  # no alembic table
    ],
)
def test_the_stored_revision_is_its_one_row(tmp_path, revisions, expected):
    assert server_db.stored_revision(_database(tmp_path / "p.db", revisions)) == expected


def test_no_file_and_not_a_database_have_no_revision(tmp_path):
    (tmp_path / "text.db").write_text("not a database, just words\n" * 20)
    assert server_db.stored_revision(tmp_path / "missing.db") is None
    assert server_db.stored_revision(tmp_path / "text.db") is None


@pytest.mark.parametrize(
    ("revisions", "head", "expected"),
    [
        (["1a2b3c4d5e6f"], "1a2b3c4d5e6f", False),  # at the head: nothing to migrate
        (["0f0f0f0f0f0f"], "1a2b3c4d5e6f", True),  # older (or newer) revision
        (None, "1a2b3c4d5e6f", True),  # never migrated
        (["1a2b3c4d5e6f"], ValueError("2 heads"), True),  # the head is in doubt
    ],
)
def test_migrations_are_skipped_only_at_the_head(tmp_path, monkeypatch, revisions, head, expected):
    _database(tmp_path / "p.db", revisions)

    def head_revision():
        if isinstance(head, Exception):
            raise head
        return head

    monkeypatch.setattr(server_db, "head_revision", head_revision)
    assert server_db.migrations_needed(f"sqlite+aiosqlite:///{tmp_path / 'p.db'}") is expected


@pytest.mark.parametrize(
    "url",
    [
        "sqlite+aiosqlite:///missing/prefect.db",
        "sqlite+aiosqlite:///:memory:",
        "postgresql+asyncpg://user:secret@db.example/prefect",
        "not a url",
    ],
)
def test_anything_else_migrates(url, monkeypatch):
    monkeypatch.setattr(server_db, "head_revision", lambda: "1a2b3c4d5e6f")
    assert server_db.migrations_needed(url) is True


def test_the_head_is_the_installed_prefects_and_is_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path))
    assert server_db.head_revision() == "a3b9c7d2e5f1"  # Prefect 3.8.8's SQLite head
    assert [p.name.split("-")[0] for p in tmp_path.iterdir()] == ["prefect"]
    assert server_db.head_revision() == "a3b9c7d2e5f1"  # read back from the cache
