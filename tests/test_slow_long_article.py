"""A 2.4 MB article through the whole flow, and a 1.4 M-character single line: parsed in pieces,
every paragraph's entities, quotation and numbers published with offsets into the text."""

from __future__ import annotations

import polars as pl
import pytest

from flows.pipeline import newsfacts_flow
from newsfacts.settings import Settings
from tests.conftest import write_small_corpus
from tests.long_text import long_article

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(3600),  # parsing 2.4 MB takes minutes (more on a loaded machine)
    pytest.mark.usefixtures("prefect_harness"),
]


@pytest.mark.parametrize(
    ("n_chars", "paragraphs"), [(2_400_000, True), (1_400_000, False)], ids=["2.4MB", "one-line"]
)
def test_a_long_article_is_published_with_all_its_facts(tmp_path, n_chars, paragraphs):
    raw = write_small_corpus(tmp_path / "raw")
    text = long_article(n_chars, paragraphs=paragraphs)
    (raw / "long.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    summary = newsfacts_flow(Settings(raw_dir=str(raw), out_dir=str(out)))
    assert (summary["status"], summary["quarantined"]) == ("published", 0)
    articles = pl.read_parquet(out / "articles")
    [(article_id, published_text)] = (
        articles.filter(pl.col("source") == "long.txt").select("article_id", "text").rows()
    )
    assert len(published_text) >= n_chars
    n = published_text.count("said ")  # one reported quotation per invented paragraph
    facts = {
        t: pl.read_parquet(out / t).filter(pl.col("article_id") == article_id)
        for t in ("entity_mentions", "quotes", "numbers")
    }
    facts["quotes"] = facts["quotes"].filter(pl.col("kind") == "direct")  # not reported speech
    for frame in facts.values():
        assert all(
            published_text[s:e] == t for s, e, t in frame.select("start", "end", "text").iter_rows()
        )
    # each paragraph: a city and a person; one quotation; $N million, N homes, a year, N years
    assert (facts["quotes"].height, facts["entity_mentions"].height, facts["numbers"].height) == (
        n,
        2 * n,
        4 * n,
    )
    assert set(facts["quotes"]["text"]) == {
        "We will finish the work by spring, and the rents will stay low,"
    }
    assert facts["quotes"]["speaker"].null_count() == 0
