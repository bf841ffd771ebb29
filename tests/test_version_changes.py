"""The run's row changes read only the part files two versions do not share."""

from __future__ import annotations

import pytest

from flows.artifacts import fingerprints, table_changes, version_changes
from flows.pipeline import newsfacts_flow
from flows.storage import Store
from newsfacts.settings import Settings


@pytest.mark.usefixtures("prefect_harness")
def test_version_changes_equal_a_comparison_of_every_row(small_raw, tmp_path):
    out = tmp_path / "out"
    kw = dict(raw_dir=str(small_raw), out_dir=str(out), chunk_size=2)
    newsfacts_flow(Settings(**kw))
    store = Store(out)
    before = store.current_dir()
    (small_raw / "delta.txt").write_text("Dog show\n\nA dog won the show, beating 40 others.\n")
    (small_raw / "alpha.txt").write_text("Bridge opens\n\nThe bridge in Springfield opened.\n")
    (small_raw / "beta.md").unlink()
    newsfacts_flow(Settings(**kw))
    after = store.current_dir()
    expected = table_changes(fingerprints(store, before), fingerprints(store, after))
    assert version_changes(store, before, after) == expected
    assert version_changes(store, None, after) == table_changes({}, fingerprints(store, after))
    articles = next(r for r in expected if r["table"] == "articles")
    assert (articles["new"], articles["removed"], articles["reused"]) == (2, 2, 1)
