"""Golden file: every numeric expression of the five sample articles, reviewed by hand."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from transforms.clean import clean_record
from transforms.numbers import extract_numbers
from transforms.types import CleanArticle, RawRecord

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = json.loads((ROOT / "tests" / "golden" / "numbers_samples.json").read_text("utf-8"))
FALLBACK_PUBLISHED = "2023-06-27"
FIELDS = ("text", "value", "unit", "kind", "qualifier", "value_max", "date")


def _key(row: dict) -> tuple:
    return tuple(row[f] for f in FIELDS)


@pytest.mark.parametrize("name", sorted(GOLDEN["articles"]))
def test_sample_article_numbers(nlp, name):
    body = (ROOT / "data" / "raw" / name).read_text("utf-8")
    art = clean_record(RawRecord(source=name, content_sha256="", body=body, fmt="txt"))
    assert isinstance(art, CleanArticle)
    doc = nlp(art.text)
    facts = extract_numbers(doc, published=art.published or FALLBACK_PUBLISHED)
    for f in facts:
        assert art.text[f.start : f.end] == f.text
    got = Counter(_key({f: getattr(x, f) for f in FIELDS}) for x in facts)
    want = Counter(_key(r) for r in GOLDEN["articles"][name])
    assert got - want == Counter(), "unexpected rows"
    assert want - got == Counter(), "missing rows"


def test_sample_non_numbers_absent(nlp):
    """Roman numerals, codes, enumerators and pronoun "one" in the samples give no rows."""
    texts = {r["text"].lower() for rows in GOLDEN["articles"].values() for r in rows}
    for bad in ("i", "ii", "m4", "one", "first", "second", "secondly"):
        assert bad not in texts
