"""Great Expectations' import, with SciPy's statistics package and Altair loaded only if used.

``import great_expectations`` imports every core expectation, and three of its modules (the
KL-divergence expectation and two Kolmogorov-Smirnov metrics) import ``scipy.stats`` at the top
only to call ``stats.entropy`` or ``stats.kstest`` when such an expectation is validated. Loading
``scipy.stats`` is about a quarter of GX's import (about 0.7 s of CPU, 500 modules), in every
process that validates, and no suite of this pipeline uses those expectations. Here
``scipy.stats`` is registered as a lazy module (``importlib.util.LazyLoader``, the standard
library's mechanism) before GX is imported: the name binds at once and the package executes on
the first attribute read, so a suite that does use one of those expectations gets the real
functions, only later. The KL-divergence expectation also imports ``altair`` at the top (about
0.2 s of CPU, with ``narwhals`` and ``jsonschema``) only to draw its charts in Data Docs; it is
deferred the same way. Its ``import altair as alt`` is a plain import, and Python's import
statement reads a module's ``__spec__`` (is it still initialising?), which loads a standard lazy
module at once: here a deferred module answers ``__spec__`` without loading (``_Deferred``),
and loads on any other attribute read. Nothing else changes: same modules, same results. (On
Python 3.11 a lazy module's first attribute read is not locked; here only an expectation's
validation or rendering reads it, one batch at a time.)
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from types import ModuleType

from flows.collector import collector_paused
from flows.gx_kwargs import build_configuration_once

# imported by GX at the top, read only inside rare expectations (validation, charts)
DEFERRED = ("scipy.stats", "altair")
_LOCK = threading.Lock()


class _Deferred(importlib.util._LazyModule):
    """A lazy module that answers ``__spec__`` without loading (the import statement's check
    of a module in ``sys.modules``); any other attribute read loads it, as the standard one."""

    def __getattribute__(self, attr: str) -> object:
        if attr == "__spec__":
            return ModuleType.__getattribute__(self, "__dict__")["__spec__"]
        return super().__getattribute__(attr)


def defer_import(name: str) -> ModuleType | None:
    """Register ``name`` as a lazy module (loaded on its first attribute read), bound on its
    parent package too; return it. None when it is imported already or cannot be found (then
    a later import behaves as without this call)."""
    with _LOCK:
        if name in sys.modules:
            return None
        try:
            spec = importlib.util.find_spec(name)  # imports the parent package (cheap)
        except ImportError:
            return None
        if spec is None or spec.loader is None:
            return None
        loader = importlib.util.LazyLoader(spec.loader)
        spec.loader = loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        loader.exec_module(module)  # lazy: nothing runs until an attribute is read
        if type(module) is importlib.util._LazyModule:
            module.__class__ = _Deferred
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)
        return module


def import_great_expectations() -> None:
    """Import Great Expectations with ``DEFERRED`` lazy and Python's cyclic collector paused
    (an import builds long-lived objects and frees almost none), then put
    ``flows.gx_kwargs``'s methods on GX's ``Expectation`` (its configuration built once per
    lookup). Only the latter when GX is imported already."""
    if "great_expectations" not in sys.modules:
        with collector_paused():
            for name in DEFERRED:
                defer_import(name)
            import great_expectations  # noqa: F401
    build_configuration_once()
