"""One raw file -> cleaned articles and quarantined rejections (the flow's single entry point)."""

from __future__ import annotations

from dataclasses import dataclass, field

from transforms.clean import clean_record
from transforms.cleaning.language import Detector
from transforms.ids import sha256_hex
from transforms.parse import format_of, parse_raw
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


def rejection_for(source: str, exc: BaseException, *, size: int | None = None) -> Rejection:
    """The quarantine reason for an exception raised while processing one file or record.

    Failures that the input causes get their own reason: a ``RecursionError`` (nesting deeper
    than Python follows) is ``invalid_json`` for JSON and ``too_deep`` otherwise; a
    ``MemoryError`` is ``out_of_memory``; a ``UnicodeError`` is ``undecodable``. Anything else
    is a bug: ``internal_error``.
    """
    what = f"{size:,} bytes" if size is not None else "it"
    if isinstance(exc, RecursionError):
        is_json = format_of(source.rsplit("#", 1)[0].rsplit(":", 1)[0]) in ("json", "jsonl")
        return Rejection(
            "invalid_json" if is_json else "too_deep",
            f"{source}: nested more deeply than can be processed ({exc}); flatten the structure",
        )
    if isinstance(exc, MemoryError):
        return Rejection(
            "out_of_memory",
            f"{source}: ran out of memory while processing {what}; split the file or give the "
            "run more memory",
        )
    if isinstance(exc, UnicodeError):
        return Rejection(
            "undecodable",
            f"{source}: text could not be encoded or decoded ({type(exc).__name__}: {exc}); "
            "save the file as UTF-8",
        )
    return internal_error(source, exc)


def parse_file(
    data: bytes, *, source: str, max_bytes: int | None = None
) -> list[RawRecord | Rejection]:
    """Split one raw file into its records and rejected records, in file order.

    Never raises: a whole-file problem is one rejection carrying the file's hash.
    """
    try:
        parsed = parse_raw(data, source=source, max_bytes=max_bytes)
    except (Exception, RecursionError, MemoryError) as exc:
        return [rejection_for(source, exc, size=len(data)).at(source, sha256_hex(data))]
    if isinstance(parsed, Rejection):
        return [parsed.at(source, sha256_hex(data))]
    return parsed


def clean_safely(
    record: RawRecord,
    *,
    detect_language: Detector | None = None,
    max_chars: int | None = None,
) -> CleanArticle | Rejection:
    """``clean_record`` that turns an exception into a rejection (:func:`rejection_for`), and
    rejects a cleaned text longer than ``max_chars`` characters as ``too_long``."""
    try:
        cleaned = clean_record(record, detect_language=detect_language)
    except (Exception, RecursionError, MemoryError) as exc:
        return rejection_for(record.source, exc, size=len(record.body))
    if (
        max_chars is not None
        and isinstance(cleaned, CleanArticle)
        and len(cleaned.text) > max_chars
    ):
        return Rejection(
            "too_long",
            f"{record.source}: the cleaned text has {len(cleaned.text):,} characters, over the "
            f"limit of {max_chars:,} (parsing costs time in proportion: see docs/ingest.md); "
            "split the article or raise --max-chars",
        )
    return cleaned


def ingest_file(
    data: bytes,
    *,
    source: str,
    max_bytes: int | None = None,
    detect_language: Detector | None = None,
    max_chars: int | None = None,
) -> IngestResult:
    """Parse and clean one raw file. Never raises: every failure becomes a rejection."""
    articles: list[tuple[RawRecord, CleanArticle]] = []
    rejections: list[Rejection] = []
    for record in parse_file(data, source=source, max_bytes=max_bytes):
        if isinstance(record, Rejection):
            rejections.append(record)
            continue
        cleaned = clean_safely(record, detect_language=detect_language, max_chars=max_chars)
        if isinstance(cleaned, Rejection):
            rejections.append(cleaned.at(record.source, record.content_sha256))
        else:
            articles.append((record, cleaned))
    return IngestResult(articles, rejections)
