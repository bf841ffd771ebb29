"""Raw record -> clean article text and metadata.

Backbone version: whitespace normalisation and a first-line title. The ingest issue replaces it
with the full cleaner (markup, boilerplate, metadata, re-joined paragraphs).
"""

from __future__ import annotations

import re
import unicodedata

from transforms.types import CleanArticle, RawRecord, Rejection

_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")


def clean_record(record: RawRecord) -> CleanArticle | Rejection:
    """Clean one record; reject it when no body text is left."""
    text = unicodedata.normalize("NFC", record.body).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _BLANKS.sub("\n\n", "\n".join(lines)).strip()
    if not text:
        return Rejection("empty_after_clean", f"{record.source}: no body text left after cleaning")
    title = record.title or text.split("\n", 1)[0]
    return CleanArticle(
        text=text,
        title=title,
        byline=record.byline,
        published=record.published,
        publisher=record.publisher,
    )
