"""Quarantine reason codes: why a raw file or record was not published as an article.

Every :class:`transforms.types.Rejection` carries one of these codes plus a human-readable
detail that names the bad value and says what to do. The flow writes them to the
``quarantine`` table (source, reason, detail, content hash) and counts them in the run summary.
"""

from __future__ import annotations

REASONS: dict[str, str] = {
    "empty": "the file (or JSON record) is empty or only white space",
    "binary": "the bytes are not text (NUL/control bytes or a known binary signature)",
    "undecodable": "the bytes are not valid in any supported text encoding",
    "too_large": "the file is larger than the configured size limit",
    "invalid_json": "a .json file or a .jsonl line is not valid JSON (truncated or malformed)",
    "invalid_record": "a JSON value is not an object with a string body field",
    "no_body": "an HTML page in which no article body was found",
    "too_long": "the cleaned text is longer than the configured limit (--max-chars)",
    "too_short": "fewer words than the minimum for an article (transforms.clean.MIN_WORDS)",
    "not_english": "the language detector says the text is not English",
    "empty_after_clean": "no body text is left once markup and boilerplate are removed",
    "unsupported_format": "the file extension has no reader (.txt, .md, .html, .htm, .json, .jsonl)",
    "too_deep": "nested more deeply than can be processed (not JSON: that is invalid_json)",
    "out_of_memory": "processing the file ran out of memory (split it or give the run more memory)",
    "outside_raw": "a symbolic link that leads outside the raw folder (not read)",
    "unreadable": "the file could not be read (permissions, vanished, a broken link or link loop)",
    "internal_error": "an unexpected error in the ingest code (a bug: report it with the file)",
    "worker_lost": "the extraction worker died or hung twice on the article (see the run's log)",
}


def describe(reason: str) -> str:
    """The description of a reason code (or a note that the code is unknown)."""
    return REASONS.get(reason, f"unknown reason code {reason!r}")


# Reasons decided by the flow while scanning or reading the raw folder, before any bytes reach
# :func:`transforms.ingest.ingest_file`.
SCAN_REASONS: frozenset[str] = frozenset({"outside_raw", "unreadable"})
