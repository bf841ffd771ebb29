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


def ensure_shared_api(server=None) -> str:
    """The Prefect API URL this process and its Dask workers use; start one server if none.

    ``server`` is a temporary server already started (``flows.startup.start_api``). The server
    lives as long as this process (stopped at exit), so several flow runs in one process, and
    Prefect's event worker, keep talking to the same server.
    """
    from prefect.settings import PREFECT_API_URL

    from flows.startup import api_url, start_api

    configured = os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value()
    if configured and server is None:
        return configured
    return api_url(server or start_api()) or configured


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


def run_flow(settings: Settings, *, plan_first: bool = True, server=None) -> dict:
    """Run the flow with the settings' runner (``local`` or ``dask``); returns the summary.

    With ``plan_first``, a run with nothing to do is answered without a flow (``flows.noop``).
    ``server`` is the temporary API server ``flows.startup.start_api`` started for this run
    (without one, Prefect starts its own when the flow starts).
    """
    from flows.noop import run_if_unchanged

    unchanged = run_if_unchanged(settings) if plan_first else None  # no flow, API or cluster
    if unchanged is not None:
        return unchanged
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        temporary_settings,
    )

    from flows.pipeline import newsfacts_flow

    if settings.runner != "dask":
        from flows.startup import api_url

        url = api_url(server)
        if url is None:
            return newsfacts_flow(settings)
        # Heartbeats tell a server that a run's process is alive; this server lives and dies
        # with the process, and the heartbeat thread costs up to a second to stop at the end.
        with temporary_settings({PREFECT_API_URL: url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            return newsfacts_flow(settings)
    url = ensure_shared_api(server)
    import distributed  # noqa: F401  (so that its loggers exist)

    for name in [n for n in logging.root.manager.loggerDict if n.startswith("distributed")]:
        logging.getLogger(name).setLevel(logging.WARNING)
    runner = dask_task_runner(address=settings.dask_address, workers=settings.dask_workers)
    with temporary_settings({PREFECT_API_URL: url}):
        return newsfacts_flow.with_options(task_runner=runner)(settings)
