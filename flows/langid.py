"""Loads the language detector at the edge (py3langid) and hands it to the pure cleaner."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache

_LOCK = threading.Lock()


def load_language_detector() -> Callable[[str], tuple[str, float]]:
    """The detector of ``_load``, loaded once per process (thread-safe: a warm-up thread may
    be loading it when the flow asks)."""
    with _LOCK:
        return _load()


@lru_cache(maxsize=1)
def _load() -> Callable[[str], tuple[str, float]]:
    """A function text -> (ISO 639-1 code, probability) backed by py3langid's model.

    The probability is normalised over the model's languages, so a guess on a table of figures
    comes with a low one (the cleaner then looks for English words itself).
    """
    import importlib.metadata

    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from flows.cache import cached

    key = [importlib.metadata.version(p) for p in ("py3langid", "numpy")]
    identifier = cached(
        "langid",
        key,
        lambda: LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True),
    )

    def detect(text: str) -> tuple[str, float]:
        language, probability = identifier.classify(text)
        return str(language), float(probability)

    return detect
