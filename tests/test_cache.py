"""The local cache of derived objects (flows.cache): built once per key, rebuilt on a new key
or an unreadable entry, older entries of a name removed."""

from __future__ import annotations

import pytest

from flows.cache import cached, source_digest


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_built_once_per_key_and_rebuilt_on_a_new_key(cache_dir):
    calls = []

    def build():
        calls.append(1)
        return {"places": [len(calls)]}

    assert cached("thing", ["a"], build) == {"places": [1]}
    assert cached("thing", ["a"], build) == {"places": [1]}  # read back, not built
    assert cached("thing", ["b"], build) == {"places": [2]}
    assert len(calls) == 2
    assert len(list(cache_dir.glob("thing-*.pickle"))) == 1  # the entry of key "a" is gone


def test_an_unreadable_entry_is_rebuilt(cache_dir):
    cached("thing", ["a"], lambda: 1)
    (entry,) = cache_dir.glob("thing-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert cached("thing", ["a"], lambda: 2) == 2
    assert cached("thing", ["a"], lambda: 3) == 2


def test_an_unwritable_directory_still_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", str(blocker / "cache"))
    assert cached("thing", ["a"], lambda: 5) == 5


def test_source_digest_follows_the_bytes(tmp_path):
    a = tmp_path / "a.py"
    a.write_text("x = 1\n")
    before = source_digest([a])
    a.write_text("x = 2\n")
    assert source_digest([a]) != before
