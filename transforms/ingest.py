"""One raw file -> cleaned articles and quarantined rejections (the flow's single entry point)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from transforms.clean import clean_record
from transforms.ids import sha256_hex
from transforms.parse import RejectedRecord, parse_raw
from transforms.types import CleanArticle, RawRecord, Rejection


@dataclass(frozen=True, slots=True)
class IngestResult:
    """The articles of one raw file and what was quarantined.

    ``rejections`` holds ``(source, content_sha256, rejection)``: the source of the file or of
    the record (``path:LINE``, ``path#INDEX``) and the hash of the rejected bytes.
    """

    articles: list[tuple[RawRecord, CleanArticle]] = field(default_factory=list)
    rejections: list[tuple[str, str, Rejection]] = field(default_factory=list)


def _internal(source: str, exc: BaseException) -> Rejection:
    return Rejection(
        "internal_error",
        f"{source}: unexpected {type(exc).__name__}: {exc} (a bug in ingest; please report it "
        "with the file)",
    )


def ingest_file(
    data: bytes,
    *,
    source: str,
    max_bytes: int | None = None,
    detect_language: Callable[[str], str] | None = None,
) -> IngestResult:
    """Parse and clean one raw file. Never raises: every failure becomes a rejection."""
    articles: list[tuple[RawRecord, CleanArticle]] = []
    rejections: list[tuple[str, str, Rejection]] = []
    try:
        parsed = parse_raw(data, source=source, max_bytes=max_bytes)
    except Exception as exc:
        return IngestResult([], [(source, sha256_hex(data), _internal(source, exc))])
    if isinstance(parsed, Rejection):
        return IngestResult([], [(source, sha256_hex(data), parsed)])
    for item in parsed:
        if isinstance(item, RejectedRecord):
            rejections.append((item.source, item.content_sha256, item.rejection))
            continue
        try:
            cleaned = clean_record(item, detect_language=detect_language)
        except Exception as exc:
            cleaned = _internal(item.source, exc)
        if isinstance(cleaned, Rejection):
            rejections.append((item.source, item.content_sha256, cleaned))
        else:
            articles.append((item, cleaned))
    return IngestResult(articles, rejections)
