"""Articles longer than the model's limit are parsed in pieces; their facts point into the text."""

from __future__ import annotations

import polars as pl
import pytest

from flows.extract import extract_articles
from tests.conftest import DEFAULT_MODEL
from transforms.ingest import ingest_file
from transforms.pieces import split_text

PARAGRAPHS = [
    "Council approves new bridge",
    "The city council of Springfield approved a new bridge on Monday after a long debate.",
    "“This bridge will serve 40,000 drivers a day. It will cut the trip to the hospital by "
    "twenty minutes,” said Mayor Jane Holloway, who has backed the plan since 2019.",
    "Construction will cost $12 million and take two years, Holloway said.",
    "Tom Barrett, a fisherman in Portland, said the river traffic would suffer for 18 months.",
    "“We were not asked. Nobody came to the harbour to talk to us,” Barrett said.",
]
TEXT = "\n\n".join(PARAGRAPHS)


def frame(text: str) -> pl.DataFrame:
    return pl.DataFrame(
        {"article_id": ["a1"], "text": [text], "published": ["2024-05-01"]},
        schema={"article_id": pl.String, "text": pl.String, "published": pl.String},
    )


def spans(facts: dict[str, pl.DataFrame], table: str) -> list[tuple[int, int, str]]:
    rows = facts[table].sort("start")
    return list(zip(rows["start"], rows["end"], rows["text"], strict=True))


def run_extract(text: str) -> dict[str, pl.DataFrame]:
    return extract_articles(frame(text), model=DEFAULT_MODEL, batch_size=4)


def test_a_text_over_max_length_is_parsed_in_pieces_with_the_same_facts(nlp, monkeypatch):
    whole = run_extract(TEXT)
    monkeypatch.setattr(nlp, "max_length", 260)  # a piece is a paragraph or two
    assert len(split_text(TEXT, 260)) == 3
    pieces = run_extract(TEXT)
    for table in ("entity_mentions", "quotes", "numbers"):
        for start, end, text in spans(pieces, table):
            assert TEXT[start:end] == text
    assert pieces["failed"].is_empty()
    # quotations and numbers do not depend on context beyond their paragraph: identical
    assert spans(pieces, "quotes") == spans(whole, "quotes")
    assert spans(pieces, "numbers") == spans(whole, "numbers")
    direct = pieces["quotes"].filter(pl.col("kind") == "direct").sort("start")
    assert direct.select("text", "speaker").rows() == [
        (
            "This bridge will serve 40,000 drivers a day. It will cut the trip to the hospital by "
            "twenty minutes,",
            "Jane Holloway",
        ),
        ("We were not asked. Nobody came to the harbour to talk to us,", "Tom Barrett"),
    ]
    names = {t for *_, t in spans(pieces, "entity_mentions")}
    assert {"Springfield", "Jane Holloway", "Tom Barrett", "Portland"} <= names


def test_one_article_whose_extraction_fails_is_reported_and_the_others_go_on(monkeypatch):
    import transforms.extract as extract_module

    real = extract_module.extract_mentions

    def fragile(doc, **kwargs):
        if "explode" in doc.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, **kwargs)

    monkeypatch.setattr(extract_module, "extract_mentions", fragile)
    articles = pl.concat(
        [
            frame(TEXT),
            frame("It will explode, said Ann Lee.").with_columns(pl.lit("a2").alias("article_id")),
        ]
    )
    facts = extract_articles(articles, model=DEFAULT_MODEL, batch_size=4)
    assert facts["failed"].rows() == [
        (
            "a2",
            "too_deep",
            "article a2: nested more deeply than can be processed (maximum recursion depth "
            "exceeded); flatten the structure",
        )
    ]
    assert set(facts["entity_mentions"]["article_id"]) == {"a1"}


@pytest.mark.parametrize(
    ("max_chars", "outcome"),
    [(None, "published"), (len(TEXT), "published"), (len(TEXT) - 1, "too_long")],
)
def test_too_long_is_over_max_chars_of_cleaned_text(max_chars, outcome):
    result = ingest_file(TEXT.encode(), source="long.txt", max_chars=max_chars)
    got = [r.reason for r in result.rejections] or ["published"]
    assert got == [outcome]
    if outcome == "too_long":
        assert result.rejections[0].detail == (
            f"long.txt: the cleaned text has {len(TEXT):,} characters, over the limit of "
            f"{len(TEXT) - 1:,} (parsing costs time in proportion: see docs/ingest.md); split "
            "the article or raise --max-chars"
        )
