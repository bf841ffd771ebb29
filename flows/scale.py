"""Scale-out: run the extraction chunks on a Dask cluster through prefect-dask.

Every Dask worker that runs a Prefect task talks to a Prefect API. With no API URL configured,
each worker process would start its own temporary server (seconds each, one SQLite each); instead
we start one temporary server here and point this process and every worker at it. Workers load
the spaCy model once per process (``flows.nlp.load_nlp``); the model is never shipped with a task.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from newsfacts.settings import Settings


@contextlib.contextmanager
def shared_prefect_api() -> Iterator[str | None]:
    """Make one Prefect API serve this process and the Dask workers it starts."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value()
    if configured:
        yield configured
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start(timeout=90)
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            yield server.api_url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        server.stop()


def dask_task_runner(*, address: str | None, workers: int):
    """A DaskTaskRunner on ``address``, or on a new local cluster of ``workers`` processes."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(
        cluster_kwargs={
            "n_workers": workers,
            "threads_per_worker": 1,
            "processes": True,
            "dashboard_address": None,
        }
    )


def run_flow(settings: Settings, *, dask_address: str | None = None, dask_workers: int = 2) -> dict:
    """Run the flow with the settings' runner (``local`` or ``dask``); returns the summary."""
    from dataclasses import asdict

    from flows.pipeline import newsfacts_flow

    params = asdict(settings)
    if settings.runner != "dask":
        return newsfacts_flow(**params)
    runner = dask_task_runner(address=dask_address, workers=dask_workers)
    with shared_prefect_api():
        return newsfacts_flow.with_options(task_runner=runner)(**params)
