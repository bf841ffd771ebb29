"""One base class for every error newsfacts raises for a person to act on.

A :class:`NewsfactsError` names the bad value or file and says what to do; the CLI catches it
(``newsfacts.cli``), prints ``error: <message>`` without a traceback and exits with code 1.
Anything else that escapes is a bug and keeps its traceback.

To add an error kind: subclass :class:`NewsfactsError` next to the code that raises it (also
subclass the builtin it replaces, e.g. ``FileNotFoundError``, so existing ``except`` clauses keep
working), raise it with ``path=``/``value=`` and ``hint=``, and add a row to the CLI test table in
``tests/test_errors.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class NewsfactsError(Exception):
    """An error a user can fix: ``message`` says what is wrong, ``hint`` what to do.

    ``path`` is the file or directory concerned and ``value`` the bad value, when there is one;
    ``str(error)`` is the message followed by the hint.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        value: Any = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = None if path is None else Path(path)
        self.value = value
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}: {self.hint}" if self.hint else self.message

    def __reduce__(self):  # keep the keyword fields across pickling (Dask, process pools)
        return (
            _rebuild,
            (type(self), self.message, self.path, self.value, self.hint, self.__dict__),
        )


def _rebuild(cls, message, path, value, hint, state):
    error = cls.__new__(cls)
    NewsfactsError.__init__(error, message, path=path, value=value, hint=hint)
    error.__dict__.update(state)
    return error
