"""Raw bytes of one file -> raw article records (decoding and format parsing, no cleaning).

Backbone version: UTF-8 plain text / Markdown only. The ingest issue extends this to HTML, JSON,
JSONL and other encodings.
"""

from __future__ import annotations

from transforms.ids import sha256_hex
from transforms.types import RawRecord, Rejection

TEXT_SUFFIXES = {".txt": "txt", ".md": "md"}


def parse_raw(data: bytes, *, source: str) -> list[RawRecord] | Rejection:
    """Decode and split one raw file into article records, or say why it is rejected."""
    suffix = "." + source.rsplit(".", 1)[-1].lower() if "." in source else ""
    fmt = TEXT_SUFFIXES.get(suffix)
    if fmt is None:
        return Rejection("unsupported_format", f"{source}: no reader for {suffix!r} files")
    if not data.strip():
        return Rejection("empty", f"{source}: the file is empty or only whitespace")
    try:
        body = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejection(
            "undecodable", f"{source}: not valid UTF-8 ({exc.reason} at byte {exc.start})"
        )
    return [RawRecord(source=source, content_sha256=sha256_hex(data), body=body, fmt=fmt)]
