"""Serve the newsfacts flow on a schedule against a real Prefect server.

Prefect's ``flow.serve`` registers a deployment (flow + cron schedule + parameters) with the
server named by ``PREFECT_API_URL`` and keeps a runner polling it; the server's scheduler creates
the runs and the runner executes each one in a subprocess. Prefect's temporary (ephemeral) API,
which ``newsfacts run`` uses when no server is configured, has no scheduler: serving against it
would schedule nothing. So :func:`serve_flow` first checks that a real server answers, and fails
fast with what to do when none does.

A schedule passes parameters, never code: the deployment's entrypoint is the installed module
``flows.pipeline.newsfacts_flow`` and every run gets the same parameter values.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsfacts.errors import NewsfactsError

if TYPE_CHECKING:
    from newsfacts.settings import Settings

log = logging.getLogger("newsfacts")
FLOW_NAME = "newsfacts"
HEALTH_TIMEOUT = 3.0  # seconds to wait for GET {PREFECT_API_URL}/health
LOCAL_API_URL = "http://127.0.0.1:4200/api"
PATH_PARAMETERS = ("raw_dir", "out_dir")  # resolved to absolute paths when a schedule is made
START_SERVER = (
    "start one with `prefect server start` (in another terminal) and set "
    f"PREFECT_API_URL={LOCAL_API_URL}"
)


class ServerUnreachable(NewsfactsError, RuntimeError):
    """No Prefect server is configured or reachable."""


class ScheduleError(NewsfactsError, ValueError):
    """The schedule or its parameters are invalid; nothing was registered."""


def api_url() -> str | None:
    """The configured Prefect API URL (setting ``PREFECT_API_URL``), or None when unset."""
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    return str(url) if url else None


def check_server(url: str | None = None, *, timeout: float = HEALTH_TIMEOUT) -> str:
    """Return the API URL of a Prefect server that answers ``GET /health`` within ``timeout`` s.

    Raises :class:`ServerUnreachable` (saying what to do) when no URL is configured, when nothing
    answers in time, or when the server does not report itself healthy.
    """
    import httpx

    url = api_url() if url is None else url
    if not url:
        raise ServerUnreachable(
            "no Prefect server is configured (PREFECT_API_URL is not set) and schedules need "
            f"a running server: {START_SERVER}, then run this command again"
        )
    health = f"{url.rstrip('/')}/health"
    try:
        response = httpx.get(health, timeout=timeout)
    except httpx.TimeoutException:
        reason = f"no answer within {timeout:g} s"
    except httpx.HTTPError as exc:
        reason = str(exc) or type(exc).__name__
    else:
        if response.status_code == 200:
            return url
        reason = f"HTTP {response.status_code}"
    raise ServerUnreachable(
        f"no Prefect server answers at PREFECT_API_URL={url} (GET /health: {reason}): "
        f"{START_SERVER}, or correct PREFECT_API_URL"
    )


def check_cron(cron: str) -> str:
    """Return ``cron`` if Prefect accepts it as a cron schedule, else raise ScheduleError."""
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except ValueError:
        raise ScheduleError(
            f"invalid cron schedule {cron!r}: give five fields "
            '(minute hour day-of-month month day-of-week), e.g. "0 * * * *" for every hour'
        ) from None
    return cron


def schedule_parameters(parameters: dict[str, Any]) -> dict[str, Any]:
    """The parameters a schedule will pass to every run: ``{"settings": {...}}``, validated.

    The settings are checked against :class:`~newsfacts.settings.Settings` (every field, with
    defaults filled in); ``raw_dir`` and ``out_dir`` are made absolute (against the current
    directory) so that the runs do not depend on where the serving process happens to run.
    """
    from pydantic import ValidationError

    from newsfacts.settings import Settings

    unknown = sorted(set(parameters) - {"settings"})
    if unknown:
        raise ScheduleError(
            f"unknown flow parameter(s) {', '.join(unknown)}",
            value=unknown,
            hint="newsfacts_flow takes one parameter, settings: {"
            + ", ".join(Settings.model_fields)
            + "}",
        )
    try:
        settings = Settings.model_validate(parameters.get("settings") or {})
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(x) for x in first["loc"])
        raise ScheduleError(
            f"invalid setting {name}={first.get('input')!r} ({first['msg']})",
            value=first.get("input"),
            hint=f"settings are {', '.join(Settings.model_fields)}",
        ) from None
    resolved = settings.model_dump(mode="json")
    for key in PATH_PARAMETERS:
        resolved[key] = str(Path(resolved[key]).expanduser().resolve())
    return {"settings": resolved}


def serve_flow(
    *,
    cron: str,
    settings: Settings,
    name: str = "scheduled",
    pause_on_shutdown: bool = True,
) -> None:
    """Serve ``newsfacts_flow`` with ``cron`` and ``settings`` until interrupted.

    Registers the deployment ``newsfacts/<name>`` on the server at ``PREFECT_API_URL`` (cron in
    UTC) and runs each scheduled flow run in a subprocess. Ctrl-C or SIGTERM stops serving and,
    unless ``pause_on_shutdown`` is False, pauses the schedule so that no runs pile up unserved.
    Raises :class:`ScheduleError` for a bad cron string or setting and
    :class:`ServerUnreachable` when no server answers, both before registering anything.
    """
    import asyncio

    from prefect.deployments.runner import EntrypointType

    from flows.pipeline import newsfacts_flow

    check_cron(cron)
    resolved = schedule_parameters({"settings": settings.model_dump(mode="json")})
    url = check_server()
    runner = _runner(name=name, pause_on_shutdown=pause_on_shutdown)
    runner.add_flow(
        newsfacts_flow,
        name=name,
        cron=cron,
        parameters=resolved,
        tags=[FLOW_NAME],
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    log.info(
        "serving %s/%s on %s: cron %r (UTC), parameters %s", FLOW_NAME, name, url, cron, resolved
    )
    log.info(
        "run it now with `prefect deployment run '%s/%s'`; Ctrl-C stops serving%s",
        FLOW_NAME,
        name,
        " and pauses the schedule" if pause_on_shutdown else "",
    )
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C or SIGTERM: the runner shut down
        asyncio.run(runner.start())
    log.info("stopped serving %s/%s", FLOW_NAME, name)


def _runner(*, name: str, pause_on_shutdown: bool):
    """Prefect's Runner (what ``flow.serve`` uses), with two shutdown fixes for Prefect 3.8.

    SIGTERM takes the Ctrl-C path (Prefect's own handler exits without pausing the schedule), and
    when the server is gone by then, the runner stops at once instead of retrying the pause for
    about a minute and ending with a traceback.
    """
    import signal

    from prefect.runner import Runner

    class _Runner(Runner):
        def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
            signal.raise_signal(signal.SIGINT)

        async def _pause_schedules(self) -> None:
            try:
                check_server(timeout=2.0)
                await super()._pause_schedules()
            except Exception as exc:
                log.warning(
                    "could not pause the schedule of %s/%s, it stays active on the server: %s",
                    FLOW_NAME,
                    name,
                    str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
                )

    return _Runner(name=name, pause_on_shutdown=pause_on_shutdown)


def next_scheduled_run(
    *, name: str | None = None, timeout: float = HEALTH_TIMEOUT
) -> dict[str, Any] | None:
    """The next scheduled run of the newsfacts flow on the configured server, if any.

    ``name`` restricts it to one deployment (e.g. ``"scheduled"``). Returns a dict with
    ``deployment`` ("newsfacts/<name>"), ``scheduled_time`` (aware datetime, UTC),
    ``parameters``, ``state`` ("Scheduled", or "Late" when its time has passed and no runner has
    picked it up), ``deployment_status`` ("READY" while a runner or worker polls) and
    ``flow_run_id``. Returns None when no server is configured or reachable, when no active
    (unpaused) deployment of the flow exists, or when it has no scheduled run. Each request is
    bounded by ``timeout`` seconds.
    """
    url = api_url()
    if not url:
        return None
    try:
        check_server(url, timeout=timeout)
    except ServerUnreachable:
        return None
    import httpx
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        DeploymentFilterName,
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.client.schemas.sorting import FlowRunSort
    from prefect.exceptions import PrefectHTTPStatusError

    flows = FlowFilter(name=FlowFilterName(any_=[FLOW_NAME]))
    try:
        with get_client(httpx_settings={"timeout": timeout}, sync_client=True) as client:
            deployments = client.read_deployments(
                flow_filter=flows,
                deployment_filter=(
                    DeploymentFilter(name=DeploymentFilterName(any_=[name])) if name else None
                ),
            )
            active = {d.id: d for d in deployments if not d.paused}
            if not active:
                return None
            runs = client.read_flow_runs(
                flow_filter=flows,
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=list(active))),
                flow_run_filter=FlowRunFilter(
                    state=FlowRunFilterState(
                        type=FlowRunFilterStateType(any_=[StateType.SCHEDULED])
                    )
                ),
                sort=FlowRunSort.EXPECTED_START_TIME_ASC,
                limit=1,
            )
    except (httpx.HTTPError, PrefectHTTPStatusError):
        return None
    if not runs:
        return None
    run = runs[0]
    deployment = active[run.deployment_id]
    when = run.next_scheduled_start_time or run.expected_start_time
    return {
        "deployment": f"{FLOW_NAME}/{deployment.name}",
        "scheduled_time": None if when is None else datetime.fromtimestamp(when.timestamp(), UTC),
        "parameters": dict(run.parameters),
        "state": run.state.name if run.state else "Scheduled",
        "deployment_status": deployment.status.value if deployment.status else None,
        "flow_run_id": str(run.id),
    }
