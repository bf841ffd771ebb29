"""Scale-out: run the extraction chunks on a Dask cluster through prefect-dask.

Every Dask worker that runs a Prefect task talks to a Prefect API. With no API URL configured,
each worker process would start its own temporary server (seconds each, one SQLite each); instead
we start one temporary server here and point this process and every worker at it. Workers load
the spaCy model once per process (``flows.nlp.load_nlp``); the model is never shipped with a task.
"""

from __future__ import annotations

import logging
import os

from newsfacts.settings import Settings


def ensure_shared_api() -> str:
    """The Prefect API URL this process and its Dask workers use; start one server if none.

    The temporary server lives as long as this process (Prefect stops it at exit), so several
    flow runs in one process, and Prefect's event worker, keep talking to the same server.
    """
    from prefect.settings import PREFECT_API_URL

    configured = os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value()
    if configured:
        return configured
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start(timeout=90)
    os.environ["PREFECT_API_URL"] = server.api_url  # inherited by local Dask workers
    return server.api_url


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


def run_flow(settings: Settings, *, plan_first: bool = True) -> dict:
    """Run the flow with the settings' runner (``local`` or ``dask``); returns the summary.

    With ``plan_first``, a run with nothing to do is answered without a flow (``flows.noop``).
    """
    from flows.noop import run_if_unchanged

    unchanged = run_if_unchanged(settings) if plan_first else None  # no flow, API or cluster
    if unchanged is not None:
        return unchanged
    from flows.pipeline import newsfacts_flow

    if settings.runner != "dask":
        return newsfacts_flow(settings)
    from prefect.settings import PREFECT_API_URL, temporary_settings

    url = ensure_shared_api()
    import distributed  # noqa: F401  (so that its loggers exist)

    for name in [n for n in logging.root.manager.loggerDict if n.startswith("distributed")]:
        logging.getLogger(name).setLevel(logging.WARNING)
    runner = dask_task_runner(address=settings.dask_address, workers=settings.dask_workers)
    with temporary_settings({PREFECT_API_URL: url}):
        return newsfacts_flow.with_options(task_runner=runner)(settings)
