"""Loads the language detector at the edge (py3langid) and hands it to the pure cleaner."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=1)
def load_language_detector() -> Callable[[str], str]:
    """A function text -> ISO 639-1 code ("en", "fr", ...) backed by py3langid's model."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)

    def detect(text: str) -> str:
        return str(identifier.classify(text)[0])

    return detect
