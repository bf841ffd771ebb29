"""The pipeline's log lines in Prefect: the ``newsfacts`` logger also writes to the Prefect API.

``prefect.toml`` names ``newsfacts`` as an extra logger, so Prefect attaches its API handler
when it sets up logging; ``send_to_prefect`` (called when a flow run starts) does the same when
the process was started elsewhere, without that file. Records logged inside a flow or task run
are sent with that run's id: the UI's Logs tab and ``prefect flow-run logs ID`` show them.
"""

from __future__ import annotations

import logging

LOGGER = "newsfacts"


def _in_a_run(record: logging.LogRecord) -> bool:
    from prefect.context import FlowRunContext, TaskRunContext

    if getattr(record, "flow_run_id", None):
        return True
    return FlowRunContext.get() is not None or TaskRunContext.get() is not None


def send_to_prefect() -> logging.Logger:
    """Attach Prefect's API log handler to ``newsfacts`` (once) and let INFO lines through."""
    from prefect.logging.handlers import APILogHandler

    logger = logging.getLogger(LOGGER)
    if not any(isinstance(h, APILogHandler) for h in logger.handlers):
        handler = APILogHandler()
        handler.addFilter(_in_a_run)  # lines outside a run stay local (no warning)
        logger.addHandler(handler)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    return logger
