"""Deterministic identifiers."""

from __future__ import annotations

import hashlib


def sha256_hex(data: bytes | str) -> str:
    """Full hex SHA-256 of bytes, or of a string's UTF-8 encoding."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def stable_id(*parts: object, length: int = 16) -> str:
    """A short deterministic id from the parts' string forms (joined with a unit separator)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return sha256_hex(joined)[:length]
