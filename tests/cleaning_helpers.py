"""Helpers shared by the cleaning tests: a record with a body, and cleaning it."""

from __future__ import annotations

from transforms.clean import clean_record
from transforms.types import CleanArticle, RawRecord

BODY = (
    "The county council voted on Tuesday to rebuild the old library, which closed in 2019 "
    "after a flood damaged its roof and most of its books."
)


def record(body: str, **fields: str | None) -> RawRecord:
    return RawRecord(source="t.txt", content_sha256="0" * 64, body=body, fmt="txt", **fields)


def clean(body: str, **fields: str | None) -> CleanArticle:
    """Clean ``body``; short test snippets are allowed (no minimum length)."""
    out = clean_record(record(body, **fields), min_words=0)
    assert isinstance(out, CleanArticle), out
    return out
