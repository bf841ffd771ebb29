"""Raw bytes of one file -> raw article records (decoding and format parsing, no cleaning).

Formats, chosen by the file extension of ``source``:

- ``.txt``, ``.md``, ``.markdown``: the whole file is one article (``fmt`` "txt" / "md").
- ``.html``, ``.htm``: main text and metadata (title, author, date, site name, URL) extracted with
  trafilatura ``bare_extraction(html, with_metadata=True)``; ``body`` is the extracted plain text,
  one paragraph per line (``fmt`` "html"). A page with no article body (under 10 words of
  main text) is rejected ``no_body``.
- ``.json``: one article object, an array of article objects (source ``path#INDEX``, 0-based), or
  an object holding such an array under articles/items/data/results/entries/posts. Field mapping:
  :mod:`transforms.cleaning.fields`.
- ``.jsonl`` / ``.ndjson``: one article object per line (source ``path:LINE``, 1-based); a bad
  line is its own located :class:`~transforms.types.Rejection` and the other lines go on; blank lines are skipped.

Decoding (BOMs, UTF-16, cp1252/Latin-1, binary sniffing): :mod:`transforms.cleaning.decode`.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import trafilatura

from transforms.cleaning.dates import normalise_date
from transforms.cleaning.decode import decode_bytes
from transforms.cleaning.fields import find_article_list, pick_fields
from transforms.cleaning.text import strip_controls
from transforms.ids import sha256_hex
from transforms.types import RawRecord, Rejection

FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
MIN_HTML_BODY_WORDS = 10  # less main text than this is navigation debris, not an article
_HTML_HINT = ("<p", "<br", "<div", "<article", "<html", "<body")


# a whole-file Rejection, or the records of the file in order, a rejected record being a
# Rejection located at its source (``Rejection.at``)
ParseResult = list[RawRecord | Rejection] | Rejection


def format_of(source: str) -> str | None:
    """The reader for a file name ("txt", "md", "html", "json", "jsonl"), or None."""
    name = source.rsplit("/", 1)[-1]
    if "." not in name:
        return None
    return FORMATS.get("." + name.rsplit(".", 1)[-1].lower())


def parse_raw(data: bytes, *, source: str, max_bytes: int | None = None) -> ParseResult:
    """Decode and split one raw file into article records, or say why the whole file is rejected."""
    fmt = format_of(source)
    if fmt is None:
        return Rejection(
            "unsupported_format",
            f"{source}: no reader for this file type; use one of {', '.join(sorted(FORMATS))}",
        )
    if max_bytes is not None and len(data) > max_bytes:
        return Rejection(
            "too_large",
            f"{source}: {len(data):,} bytes is over the limit of {max_bytes:,}; split the file or "
            "raise the limit",
        )
    if not data.strip() or not data.strip(b"\x00\t\n\r\x0b\x0c \xef\xbb\xbf\xff\xfe"):
        return Rejection("empty", f"{source}: the file is empty or only white space")
    decoded = decode_bytes(data, source=source, html=fmt == "html")
    if decoded.text is None:
        return Rejection(decoded.reason or "undecodable", decoded.detail or source)
    text, control = strip_controls(decoded.text)
    if not text.strip():
        return Rejection("empty", f"{source}: the file is empty or only white space")
    digest = sha256_hex(data)
    if fmt in ("txt", "md"):
        parsed: ParseResult = [RawRecord(source=source, content_sha256=digest, body=text, fmt=fmt)]
    elif fmt == "html":
        parsed = _parse_html(text, source=source, digest=digest)
    elif fmt == "json":
        parsed = _parse_json(text, source=source, digest=digest)
    else:
        parsed = _parse_jsonl(text, source=source)
    if control is None or isinstance(parsed, Rejection):
        return parsed
    return [replace(r, removed=(control,)) if isinstance(r, RawRecord) else r for r in parsed]


def _parse_html(html: str, *, source: str, digest: str) -> list[RawRecord | Rejection] | Rejection:
    record = html_record(html, source=source, digest=digest)
    return [record] if isinstance(record, RawRecord) else record


def html_record(
    html: str, *, source: str, digest: str, fields: dict[str, str | None] | None = None
) -> RawRecord | Rejection:
    """Extract the article of an HTML page with trafilatura; ``fields`` (from JSON) win."""
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        return Rejection("no_body", f"{source}: the HTML could not be parsed ({exc!r})")
    text = getattr(doc, "text", None) if doc is not None else None
    n_words = len(text.split()) if text else 0
    if n_words < MIN_HTML_BODY_WORDS:
        return Rejection(
            "no_body",
            f"{source}: no article body found in the HTML ({n_words} words of main text: "
            "navigation, scripts or an empty page); save the article page itself",
        )
    fields = fields or {}
    return RawRecord(
        source=source,
        content_sha256=digest,
        body=text,
        fmt="html",
        title=fields.get("title") or _clean_field(getattr(doc, "title", None)),
        byline=fields.get("byline") or _clean_field(getattr(doc, "author", None)),
        published=normalise_date(fields.get("published") or getattr(doc, "date", None)),
        publisher=fields.get("publisher") or _clean_field(getattr(doc, "sitename", None)),
        url=fields.get("url") or _clean_field(getattr(doc, "url", None)),
        deck=fields.get("deck") or _clean_field(getattr(doc, "description", None)),
    )


def _clean_field(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _parse_json(text: str, *, source: str, digest: str) -> list[RawRecord | Rejection] | Rejection:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return Rejection(
            "invalid_json",
            f"{source}: invalid JSON at line {exc.lineno} column {exc.colno} ({exc.msg}); the "
            "file may be truncated",
        )
    except RecursionError:
        return too_deep_json(source, text)
    if isinstance(value, dict):
        items = find_article_list(value)
        if items is None:
            record = json_record(value, source=source, digest=digest)
            return [record] if isinstance(record, RawRecord) else record
        value = items
    if not isinstance(value, list):
        return Rejection(
            "invalid_record",
            f"{source}: the JSON is a {type(value).__name__}, expected an article object or an "
            "array of article objects",
        )
    if not value:
        return Rejection("empty", f"{source}: the JSON array holds no articles")
    if not any(isinstance(item, dict) for item in value):
        return Rejection(
            "invalid_record",
            f"{source}: the JSON array holds no objects (first element: {value[0]!r:.60}); "
            "expected an array of article objects",
        )
    out: list[RawRecord | Rejection] = []
    for index, item in enumerate(value):
        item_source = f"{source}#{index}"
        item_digest = sha256_hex(json.dumps(item, sort_keys=True, ensure_ascii=False))
        record = json_record(item, source=item_source, digest=item_digest)
        if isinstance(record, Rejection):
            out.append(record.at(item_source, item_digest))
        else:
            out.append(record)
    return out


def _parse_jsonl(text: str, *, source: str) -> list[RawRecord | Rejection] | Rejection:
    out: list[RawRecord | Rejection] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_source = f"{source}:{lineno}"
        digest = sha256_hex(line)
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(
                Rejection(
                    "invalid_json",
                    f"{line_source}: invalid JSON at column {exc.colno} ({exc.msg}); fix or "
                    "remove the line",
                ).at(line_source, digest)
            )
            continue
        except RecursionError:
            out.append(too_deep_json(line_source, line).at(line_source, digest))
            continue
        record = json_record(value, source=line_source, digest=digest)
        if isinstance(record, Rejection):
            out.append(record.at(line_source, digest))
        else:
            out.append(record)
    if not out:
        return Rejection("empty", f"{source}: the JSONL file has no non-blank lines")
    return out


def json_depth(text: str) -> int:
    """The deepest nesting of ``[`` and ``{`` in JSON text (brackets inside strings ignored)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def too_deep_json(source: str, text: str) -> Rejection:
    """The rejection for JSON nested deeper than the parser can follow (a RecursionError)."""
    return Rejection(
        "invalid_json",
        f"{source}: JSON nested {json_depth(text):,} levels deep, more than the parser can "
        "follow (about 1,000); an article object needs a few levels: fix the export",
    )


def json_record(value: Any, *, source: str, digest: str) -> RawRecord | Rejection:
    """One JSON article object -> a record (field mapping in :mod:`transforms.cleaning.fields`)."""
    if not isinstance(value, dict):
        return Rejection(
            "invalid_record",
            f"{source}: a JSON {type(value).__name__} where an article object was expected",
        )
    fields = pick_fields(value)
    body = fields["body"]
    if body is None:
        return Rejection(
            "invalid_record",
            f"{source}: no non-empty body field; put the article text under one of text, body, "
            "content, article (keys found: " + ", ".join(sorted(map(str, value))[:10]) + ")",
        )
    lowered = body.lstrip()[:2000].lower()
    if lowered.startswith("<") and any(tag in lowered for tag in _HTML_HINT):
        return html_record(body, source=source, digest=digest, fields=fields)
    return RawRecord(
        source=source,
        content_sha256=digest,
        body=body,
        fmt="json",
        title=fields["title"],
        byline=fields["byline"],
        published=normalise_date(fields["published"]),
        publisher=fields["publisher"],
        url=fields["url"],
        deck=fields["deck"],
    )
