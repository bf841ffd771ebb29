"""The temporary Prefect API server's own process: its boot script and its command line.

``flows.startup.ApiServer`` starts it; the script runs in a fresh interpreter (``python -c``),
so it imports what it needs itself, the lifeline first (``flows.lifeline``).
"""

from __future__ import annotations

import sys

# The temporary server's process: what ``python -m uvicorn --factory
# prefect.server.api.server:create_app --host 127.0.0.1 --port PORT --log-level error
# --lifespan on`` runs (Prefect's own command for its temporary server), with Python's cyclic
# garbage collector paused while Prefect's server package is imported and its app is built.
# That start-up allocates hundreds of thousands of long-lived objects (pydantic models, routes,
# SQLAlchemy tables) and frees almost none, so the collections it triggers find nothing to free;
# they cost about a tenth of the server's CPU before it answers. Once the app is built, what
# start-up made is frozen (left out of later collections: it lives until exit) and collection
# resumes with Python's defaults for the requests of the run. Prefect's migration on start
# (``alembic upgrade head``) is switched off for this server only when the database is a SQLite
# file already at the installed Prefect's head revision (``flows.server_db``): then it would
# change nothing; any other case migrates as Prefect does. Prefect's block-registration check
# (which imports every installed Prefect collection to hash the block registry) is switched off
# likewise only when its memo store holds the hash recorded after an earlier start with the same
# database and collections (``flows.server_blocks``): then it would register nothing; otherwise
# Prefect checks as always and the hash is recorded once its start-up is done. Before anything,
# the script watches its lifeline (``flows.lifeline``): it exits once the run's process is gone.
SERVER_BOOT = """\
import gc
import sys

from flows.lifeline import exit_when_closed

exit_when_closed(int(sys.argv[2]))  # the run's end, even killed, ends this server
gc.disable()
import uvicorn
from prefect.server.api.server import create_app
from prefect.settings import (
    PREFECT_API_BLOCKS_REGISTER_ON_START,
    PREFECT_API_DATABASE_MIGRATE_ON_START,
    PREFECT_MEMO_STORE_PATH,
    PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION,
    temporary_settings,
)

from flows import server_blocks
from flows.server_db import current_database_url, migrations_needed

url = current_database_url()
memo = (PREFECT_MEMO_STORE_PATH.value(), PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION.value())
blocks_current = server_blocks.registration_current(url, memo[0], memoized=memo[1])


def app():
    built = create_app()
    if not blocks_current:
        record = lambda: server_blocks.record_registration(url, memo[0], memoized=memo[1])
        server_blocks.record_after_start(built, record)
    gc.freeze()
    gc.enable()
    return built


skip = {}
if not migrations_needed(url):
    skip[PREFECT_API_DATABASE_MIGRATE_ON_START] = False
if blocks_current:
    skip[PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION] = False
    skip[PREFECT_API_BLOCKS_REGISTER_ON_START] = False
with temporary_settings(skip):
    uvicorn.run(
        app, factory=True, host="127.0.0.1", port=int(sys.argv[1]), log_level="error", lifespan="on"
    )
"""


def server_command(port: int, lifeline: int) -> list[str]:
    """The command line of the temporary API server on ``port`` (see ``SERVER_BOOT``); it ends
    when the pipe whose read end is ``lifeline`` is closed by the run (``flows.lifeline``)."""
    return [sys.executable, "-c", SERVER_BOOT, str(port), str(lifeline)]
