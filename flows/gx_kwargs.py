"""Great Expectations' per-expectation keyword lookups, with the configuration built once a call.

While it plans and validates a batch, GX asks every expectation for its domain, success and
runtime keyword arguments (``Expectation._get_domain_kwargs``, ``_get_success_kwargs``,
``_get_success_kwarg``). In GX 1.24 each of these rebuilds the expectation's whole
``configuration`` (a pydantic ``dict()`` of the model and a new ``ExpectationConfiguration``)
once per key it reads, and twice in ``_get_success_kwarg``: about 9,300 configurations for the
5 batches of a +10 run, a fifth of the side process's validation CPU under cProfile.
``_get_runtime_kwargs`` (once per expectation validated) asks ``_get_success_kwarg`` for each
runtime key, two configurations per key more. The configuration is a pure function of the
expectation's fields, which nothing changes during one of these calls, so the methods below
build it once per call and read every key from it (also across the methods one calls, unless
the expectation's class overrides one of them): the same keys, the same values (each call
still returns new objects), the same warnings and log lines in the same order.

They replace GX's methods only on the versions they were checked against (``CHECKED``); any
other version keeps its own methods.
"""

from __future__ import annotations

import logging
from typing import Any

CHECKED = ("1.24.1",)  # GX versions whose four methods these reproduce
METHODS = (
    "_get_domain_kwargs",
    "_get_success_kwargs",
    "_get_success_kwarg",
    "_get_runtime_kwargs",
)
ORIGINAL: dict[str, Any] = {}  # GX's own methods, kept when they are replaced
log = logging.getLogger("great_expectations.expectations.expectation")  # GX's own logger


def _ours(self, *names: str) -> bool:
    """Whether the expectation's class uses this module's methods ``names`` (no subclass of
    its own overrides them; none of GX 1.24.1's does): then one configuration can serve them."""
    cls = type(self)
    return all(getattr(cls, name) is globals()[name] for name in names)


def _domain(self, kwargs: dict[str, Any]) -> dict[str, Any]:
    return {key: kwargs.get(key, self._get_default_value(key)) for key in self.domain_keys}


def _success(self, kwargs: dict[str, Any], domain_kwargs: dict[str, Any]) -> dict[str, Any]:
    success_kwargs = {
        key: kwargs.get(key, self._get_default_value(key)) for key in self.success_keys
    }
    success_kwargs.update(domain_kwargs)
    return success_kwargs


def _get_domain_kwargs(self) -> dict[str, Any]:
    return _domain(self, self.configuration.kwargs)


def _get_success_kwargs(self) -> dict[str, Any]:
    if _ours(self, "_get_domain_kwargs"):
        kwargs = self.configuration.kwargs  # one configuration for domain and success keys
        return _success(self, kwargs, _domain(self, kwargs))
    domain_kwargs = self._get_domain_kwargs()  # a subclass's own method, as GX asks it
    return _success(self, self.configuration.kwargs, domain_kwargs)


def _get_success_kwarg(self, key: str, default: Any = None) -> Any:
    return _success_kwarg(self, self.configuration.kwargs, key, default)


def _success_kwarg(self, kwargs: dict[str, Any], key: str, default: Any = None) -> Any:
    """GX's ``_get_success_kwarg`` with the configuration's ``kwargs`` given."""
    if key in kwargs:
        return kwargs[key]
    field = self.__fields__.get(key)
    if field is not None:
        return field.default if not field.required else default
    log.warning(
        f'_get_success_kwarg called with key "{key}", '
        f"but it is not a known field of {type(self).__name__}"
    )
    return default


def _get_runtime_kwargs(self, runtime_configuration: dict | None = None) -> dict:
    from great_expectations.expectations.expectation import parse_result_format

    runtime_configuration = runtime_configuration or {}
    if _ours(self, "_get_domain_kwargs", "_get_success_kwargs", "_get_success_kwarg"):
        kwargs = self.configuration.kwargs  # one configuration for all the keys
        success_kwargs = _success(self, kwargs, _domain(self, kwargs))
        runtime_kwargs = {
            key: runtime_configuration.get(key, _success_kwarg(self, kwargs, key))
            for key in self.runtime_keys
        }
    else:  # a subclass's own methods: asked as GX asks them
        success_kwargs = self._get_success_kwargs()
        runtime_kwargs = {
            key: runtime_configuration.get(key, self._get_success_kwarg(key))
            for key in self.runtime_keys
        }
    runtime_kwargs.update(success_kwargs)
    runtime_kwargs["result_format"] = parse_result_format(runtime_kwargs["result_format"])
    return runtime_kwargs


def build_configuration_once() -> bool:
    """Put the four methods above on GX's ``Expectation`` when the installed GX is one of
    ``CHECKED``; return whether they are in place. Imports GX (call it once GX is imported)."""
    import great_expectations
    from great_expectations.expectations.expectation import Expectation

    if great_expectations.__version__ not in CHECKED:
        return False
    ours = {name: globals()[name] for name in METHODS}
    for name, method in ours.items():
        current = Expectation.__dict__[name]
        if current is not method:
            ORIGINAL.setdefault(name, current)
            setattr(Expectation, name, method)
    return True
