"""Whether the temporary API server's start can leave out Prefect's block-registration check.

At every start, Prefect's server (the lifespan of ``create_app``, through
``_memoize_block_auto_registration``) imports every installed Prefect collection (here
``prefect_dask``, which imports dask and distributed: about 0.25-0.4 s of the server's CPU
before it answers) only to hash the block registry, the collections' block data and the database
URL, and compares that hash with the one its memo store (``memo_store.toml`` in Prefect's home)
holds from its last registration: when they are equal it registers nothing.

The hash depends only on what is installed (Prefect's own blocks and data, the collections and
their versions) and on the database URL. So once a start has checked (and registered, if the
hash had changed), the hash its memo store then holds is recorded here (``flows.cache``), keyed
by the URL, Prefect's version and every ``prefect.collections`` entry point with its package's
version. A later start whose memo store still holds exactly that hash would find the hashes
equal and register nothing: it is started with Prefect's block registration and its memoization
off for this server only, which also registers nothing and imports no collection. Anything else
(another URL or version, a collection added or upgraded, the memo store changed, missing or not
writable, Prefect's memoization switched off by the user, any error) -> Prefect checks as before,
and the hash is recorded after that start.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import logging
import os
import tomllib
from collections.abc import AsyncIterator, Callable
from pathlib import Path

log = logging.getLogger("newsfacts")
ENTRY = "prefect-block-registration"
MEMO_KEY = "block_auto_registration"  # Prefect's key in its memo store


def collections_key() -> list[str]:
    """Prefect's version and every installed ``prefect.collections`` entry point with the name
    and version of its package, sorted."""
    points = importlib.metadata.entry_points(group="prefect.collections")
    items = sorted(
        f"{p.name}={p.value}@{p.dist.name if p.dist else '?'}=={p.dist.version if p.dist else '?'}"
        for p in points
    )
    return [importlib.metadata.version("prefect"), *items]


def stored_hash(memo_store: Path) -> str | None:
    """The block-registration hash in Prefect's memo store; None when the file, the key or a
    readable TOML text is missing."""
    try:
        value = tomllib.loads(memo_store.read_text(encoding="utf-8")).get(MEMO_KEY)
    except (OSError, ValueError):
        return None
    return value if isinstance(value, str) and value else None


def registration_current(
    url: str, memo_store: Path, *, memoized: bool, key: Callable[[], list[str]] = collections_key
) -> bool:
    """True only when Prefect would find its block registration current without loading the
    collections: its memoization is on (``memoized``), the memo store is writable and holds the
    hash recorded after a start with the same URL and installed collections."""
    from flows.cache import recall

    try:
        if not memoized or not os.access(memo_store, os.W_OK):
            return False
        found = stored_hash(memo_store)
        return found is not None and found == recall(ENTRY, [url, *key()])
    except Exception as exc:  # any doubt: Prefect checks as it always does
        log.debug("block registration check failed (%s): Prefect checks", exc)
        return False


def record_registration(
    url: str, memo_store: Path, *, memoized: bool, key: Callable[[], list[str]] = collections_key
) -> None:
    """After a start in which Prefect checked its block registration (and registered, if its
    hash had changed): record the hash its memo store holds, when memoization is on and the
    store is writable (so that the hash Prefect computed was written there)."""
    from flows.cache import remember

    try:
        if not memoized or not os.access(memo_store, os.W_OK):
            return
        found = stored_hash(memo_store)
        if found is not None:
            remember(ENTRY, [url, *key()], found)
    except Exception as exc:
        log.debug("block registration not recorded (%s)", exc)


def record_after_start(app, record: Callable[[], None]) -> None:
    """Run ``record`` once ``app``'s own lifespan start-up has finished (the server answers
    only after it)."""
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(target) -> AsyncIterator[object]:
        async with inner(target) as state:
            record()
            yield state

    app.router.lifespan_context = lifespan
