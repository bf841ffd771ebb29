"""newsfacts: English news articles -> validated Parquet tables of entities, quotes and numbers."""

import os

__version__ = "0.1.0"

# polars's allocator (jemalloc, configured from this variable when polars is first imported, so
# set here, before anything imports it) returns freed pages to the system at once instead of
# after its 10 s decay: a run's peak resident memory then follows what its frames hold, not
# what they held a few seconds before (the catalog and the plan of a large archive). Set the
# variable yourself to keep other settings.
JEMALLOC_CONF = "dirty_decay_ms:0,muzzy_decay_ms:0"
os.environ.setdefault("_RJEM_MALLOC_CONF", JEMALLOC_CONF)
