"""Whether the temporary API server's start must run Prefect's database migrations.

Prefect's server runs ``alembic upgrade head`` at every start (``migrate_on_start``): about
0.2 s of the server's CPU (alembic's import, its scripts read, a connection) that changes
nothing when the database is at the head revision of the installed Prefect's migrations.
``migrations_needed`` says False only in that exact case: a SQLite database file whose
``alembic_version`` table (read with the standard library's ``sqlite3``, read-only) holds one
revision, equal to the single head of the installed Prefect's SQLite migrations. The head is
read from Prefect's scripts with alembic once per Prefect version (cached with
``flows.cache``, keyed by Prefect's and alembic's versions and the names of the migration
files). Anything else (another database, a URL with options, no file yet, an older or newer
revision, several heads, any error) -> True: Prefect migrates as before.
"""

from __future__ import annotations

import importlib.metadata
import logging
import sqlite3
from pathlib import Path

log = logging.getLogger("newsfacts")


def sqlite_file(url: str) -> Path | None:
    """The file of a plain SQLite URL (``sqlite+aiosqlite:///path``, relative or absolute);
    None for another database, an in-memory one or a URL with options."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or parsed.query or parsed.host:
        return None
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def stored_revision(path: Path) -> str | None:
    """The one revision in ``alembic_version`` of the SQLite file ``path`` (opened read-only);
    None when the file, the table or exactly one row is missing, or on any error."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        return None
    return rows[0][0]


def versions_dir() -> Path:
    """The installed Prefect's SQLite migration scripts (as its ORM configuration names them)."""
    import prefect.server.database

    return Path(prefect.server.database.__file__).parent / "_migrations" / "versions" / "sqlite"


def head_revision() -> str:
    """The single head of the installed Prefect's SQLite migrations (cached per version of
    Prefect, alembic and the list of script names); an error when there is not exactly one."""
    from flows.cache import cached

    scripts = versions_dir()
    names = sorted(p.name for p in scripts.glob("*.py"))
    key = [importlib.metadata.version(p) for p in ("prefect", "alembic")] + names
    return cached("prefect-sqlite-head", key, lambda: _read_head(scripts))


def _read_head(scripts: Path) -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory(
        str(scripts.parent.parent), version_locations=[str(scripts)]
    ).get_heads()
    if len(heads) != 1:
        raise ValueError(f"{len(heads)} heads in {scripts}: {heads}")
    return heads[0]


def migrations_needed(url: str) -> bool:
    """False only when the database at ``url`` is a SQLite file already at the head revision of
    the installed Prefect's migrations (see the module's docstring); True otherwise."""
    try:
        path = sqlite_file(url)
        if path is None:
            return True
        revision = stored_revision(path)
        return revision is None or revision != head_revision()
    except Exception as exc:  # any doubt: let Prefect migrate as it always does
        log.debug("migration check failed (%s): Prefect migrates", exc)
        return True


def current_database_url() -> str:
    """The database URL of Prefect's current settings (the server's own)."""
    from prefect.settings import get_current_settings

    url = get_current_settings().server.database.connection_url
    return url.get_secret_value() if url is not None else ""
