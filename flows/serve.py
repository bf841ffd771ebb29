"""Serve the newsfacts flow on a schedule against a real Prefect server."""

from __future__ import annotations


class ServerUnreachable(RuntimeError):
    """No Prefect server is configured or reachable."""


def serve_flow(*, cron: str, parameters: dict, name: str = "scheduled") -> None:
    """Serve ``newsfacts_flow`` with ``cron`` and ``parameters`` until interrupted."""
    raise NotImplementedError
