"""One raw file -> cleaned articles and quarantined rejections (the flow's single entry point)."""

from __future__ import annotations

from dataclasses import dataclass, field

from transforms.clean import clean_record
from transforms.cleaning.language import Detector
from transforms.ids import sha256_hex
from transforms.parse import parse_raw
from transforms.types import CleanArticle, RawRecord, Rejection


@dataclass(frozen=True, slots=True)
class IngestResult:
    """The articles of one raw file and what was quarantined.

    ``rejections`` are located (``Rejection.at``): the source of the file or of the record
    (``path:LINE``, ``path#INDEX``) and the hash of the rejected bytes.
    """

    articles: list[tuple[RawRecord, CleanArticle]] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


def internal_error(source: str, exc: BaseException) -> Rejection:
    """The rejection for an unexpected exception while reading or cleaning ``source``."""
    return Rejection(
        "internal_error",
        f"{source}: unexpected {type(exc).__name__}: {exc} (a bug in newsfacts; please report it "
        "with the file)",
    )


def parse_file(
    data: bytes, *, source: str, max_bytes: int | None = None
) -> list[RawRecord | Rejection]:
    """Split one raw file into its records and rejected records, in file order.

    Never raises: a whole-file problem is one rejection carrying the file's hash.
    """
    try:
        parsed = parse_raw(data, source=source, max_bytes=max_bytes)
    except Exception as exc:
        return [internal_error(source, exc).at(source, sha256_hex(data))]
    if isinstance(parsed, Rejection):
        return [parsed.at(source, sha256_hex(data))]
    return parsed


def clean_safely(
    record: RawRecord, *, detect_language: Detector | None = None
) -> CleanArticle | Rejection:
    """``clean_record`` that turns an unexpected exception into an ``internal_error`` rejection."""
    try:
        return clean_record(record, detect_language=detect_language)
    except Exception as exc:
        return internal_error(record.source, exc)


def ingest_file(
    data: bytes,
    *,
    source: str,
    max_bytes: int | None = None,
    detect_language: Detector | None = None,
) -> IngestResult:
    """Parse and clean one raw file. Never raises: every failure becomes a rejection."""
    articles: list[tuple[RawRecord, CleanArticle]] = []
    rejections: list[Rejection] = []
    for record in parse_file(data, source=source, max_bytes=max_bytes):
        if isinstance(record, Rejection):
            rejections.append(record)
            continue
        cleaned = clean_safely(record, detect_language=detect_language)
        if isinstance(cleaned, Rejection):
            rejections.append(cleaned.at(record.source, record.content_sha256))
        else:
            articles.append((record, cleaned))
    return IngestResult(articles, rejections)
