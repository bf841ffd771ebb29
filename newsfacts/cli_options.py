"""The ``newsfacts`` command-line options of :class:`~newsfacts.settings.Settings`, in one place.

:func:`settings_options` gives a typer command one option per settings field (name, flag, type,
default, bounds and help all read from the field) and calls the command with a validated
``settings: Settings`` instead of the separate values. A new field of ``Settings`` is a new
option of every command decorated with it; nothing here changes.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterable
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from pydantic.fields import FieldInfo

from newsfacts.errors import NewsfactsError
from newsfacts.settings import Settings


class SettingsError(NewsfactsError, ValueError):
    """A setting has a value the ``Settings`` model refuses."""


def flag(name: str) -> str:
    """The CLI flag of settings field ``name`` (``--raw`` for raw_dir, else ``--field-name``)."""
    extra = Settings.model_fields[name].json_schema_extra or {}
    return extra.get("flag") or "--" + name.replace("_", "-")


def _option(name: str, info: FieldInfo) -> inspect.Parameter:
    bounds: dict[str, Any] = {}
    for meta in info.metadata:  # annotated_types.Ge / Le constraints of Field(ge=, le=)
        if getattr(meta, "ge", None) is not None:
            bounds["min"] = meta.ge
        if getattr(meta, "le", None) is not None:
            bounds["max"] = meta.le
    kind, default = info.annotation, info.get_default(call_default_factory=True)
    if kind == list[str]:  # a repeatable option; typer wants None for "not given"
        kind, default = list[str] | None, None
    option = typer.Option(flag(name), help=info.description, **bounds)
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=Annotated[kind, option]
    )


def settings_from_options(values: dict[str, Any]) -> Settings:
    """A validated Settings from option values; a bad value raises :class:`SettingsError`."""
    values = {k: v for k, v in values.items() if v is not None}  # None: the field's default
    try:
        return Settings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "?"
        raise SettingsError(
            f"invalid setting {name}={first.get('input')!r} ({first['msg']})",
            value=first.get("input"),
            hint=f"correct {flag(name) if name in Settings.model_fields else name}",
        ) from None


def settings_options(fields: Iterable[str] | None = None) -> Callable:
    """Decorator: add an option per settings field (all, or ``fields``) to a typer command.

    The decorated function takes ``settings: Settings`` (built from the options, defaults for
    the fields not offered) plus its own parameters.
    """
    names = list(Settings.model_fields if fields is None else fields)

    def decorate(func: Callable) -> Callable:
        own = [
            p
            for p in inspect.signature(func, eval_str=True).parameters.values()
            if p.name != "settings"
        ]
        extra = [_option(n, Settings.model_fields[n]) for n in names]
        positional = [p for p in own if p.default is inspect.Parameter.empty]
        optional = [
            p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own if p not in positional
        ]
        params = [p.replace(kind=inspect.Parameter.POSITIONAL_OR_KEYWORD) for p in positional] + [
            *extra,
            *optional,
        ]

        @functools.wraps(func)
        def command(**kwargs: Any) -> Any:
            settings = settings_from_options({n: kwargs.pop(n) for n in names})
            return func(settings=settings, **kwargs)

        command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        command.__annotations__ = {p.name: p.annotation for p in params}
        del command.__wrapped__  # typer must see this signature, not the function's
        return command

    return decorate
