"""``--doc-cache``: parsed Docs reused by model name, pipeline key and text hash, new texts parsed and
added."""

from __future__ import annotations

import spacy

from newsfacts.evaluation.doc_cache import cached_docs, store_docs, text_key


def _loader(calls: list[str]):
    nlp = spacy.blank("en")

    def load(model: str):
        calls.append(model)
        return nlp

    return load


def test_reuses_cached_docs_and_parses_only_new_texts(tmp_path):
    calls: list[str] = []
    load = _loader(calls)
    docs, parsed = cached_docs(
        ["Ann said so.", "Bo left."], model="m", cache_dir=tmp_path, load=load
    )
    assert [d.text for d in docs] == ["Ann said so.", "Bo left."]
    assert parsed == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.docs", "m.lock"]
    docs, parsed = cached_docs(
        ["Bo left.", "Cy stayed.", "Ann said so."], model="m", cache_dir=tmp_path, load=load
    )
    assert [d.text for d in docs] == ["Bo left.", "Cy stayed.", "Ann said so."]
    assert parsed == 1
    assert [len(d) for d in docs] == [3, 3, 4]
    docs, parsed = cached_docs(["Cy stayed."], model="m", cache_dir=tmp_path, load=load)
    assert parsed == 0


def test_keyed_by_model_name(tmp_path):
    load = _loader([])
    cached_docs(["Ann said so."], model="m1", cache_dir=tmp_path, load=load)
    _, parsed = cached_docs(["Ann said so."], model="m2/x", cache_dir=tmp_path, load=load)
    assert parsed == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "m1.docs",
        "m1.lock",
        "m2_x.docs",
        "m2_x.lock",
    ]


def test_text_key_is_sha256_of_utf8():
    assert text_key("é") == "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c"


def test_a_repeated_text_is_parsed_once(tmp_path):
    docs, parsed = cached_docs(
        ["Bo left.", "Bo left."], model="m", cache_dir=tmp_path, load=_loader([])
    )
    assert [d.text for d in docs] == ["Bo left.", "Bo left."]
    assert parsed == 1


def test_writers_at_once_add_to_the_cache_instead_of_overwriting(tmp_path):
    """Two evals that read the cache before either wrote: the second write keeps the first's Docs."""
    nlp = spacy.blank("en")
    first = {text_key("Ann said so."): nlp("Ann said so.")}
    second = {text_key("Bo left."): nlp("Bo left.")}
    assert store_docs(tmp_path, "m", first, vocab=nlp.vocab) == 1
    assert store_docs(tmp_path, "m", second, vocab=nlp.vocab) == 2
    docs, parsed = cached_docs(
        ["Bo left.", "Ann said so."], model="m", cache_dir=tmp_path, load=_loader([])
    )
    assert (parsed, [d.text for d in docs]) == (0, ["Bo left.", "Ann said so."])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.docs", "m.lock"]


def test_a_file_that_is_not_a_cache_is_ignored_and_replaced(tmp_path):
    (tmp_path / "m.docs").write_bytes(b"something else")
    docs, parsed = cached_docs(["Bo left."], model="m", cache_dir=tmp_path, load=_loader([]))
    assert (parsed, [d.text for d in docs]) == (1, ["Bo left."])
    _, parsed = cached_docs(["Bo left."], model="m", cache_dir=tmp_path, load=_loader([]))
    assert parsed == 0


def test_keyed_by_pipeline_when_a_key_is_given(tmp_path):
    """Docs of another pipeline of the same model (say, before a component was added) are
    never reused."""
    load = _loader([])
    cached_docs(["Ann said so."], model="m", cache_dir=tmp_path, load=load)
    _, parsed = cached_docs(
        ["Ann said so."], model="m", cache_dir=tmp_path, load=load, pipeline_key=lambda _: "k1"
    )
    assert parsed == 1
    _, parsed = cached_docs(
        ["Ann said so."], model="m", cache_dir=tmp_path, load=load, pipeline_key=lambda _: "k1"
    )
    assert parsed == 0
    assert sorted(p.name for p in tmp_path.glob("*.docs")) == ["m+k1.docs", "m.docs"]
