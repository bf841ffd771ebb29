"""Raw bytes -> ``str``: BOMs, UTF-8, UTF-16, cp1252/Latin-1 and other encodings, binary sniffing.

Order of decisions (first match wins):

1. a known binary signature (PDF, ZIP/Office, gzip, PNG, JPEG, GIF, ELF, ...) -> ``binary``;
2. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32) -> that codec, strictly;
3. UTF-16 without BOM (NUL in every other byte of ASCII-heavy text) -> UTF-16 LE/BE;
4. more than 5 % NUL/control bytes (:data:`BINARY_CONTROL_SHARE`) -> ``binary``; a few stray
   ones in otherwise good text are kept here and removed (and recorded) by
   :func:`transforms.cleaning.text.strip_controls`;
5. strict UTF-8;
6. an encoding declared in an HTML ``<meta charset>`` (HTML only);
7. charset-normalizer; among its equally good single-byte Latin guesses cp1252, then Latin-1,
   are preferred (it often names cp1250 for Western text, which turns "£" into "Ł");
8. otherwise ``undecodable``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (.doc/.xls)"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LATIN_PREFERENCE = ("cp1252", "latin_1", "iso8859_15")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# U+FFFD left by a decoder, except the lossy cp1252 mojibake of a UTF-8 punctuation mark
# ("â€" + U+FFFD), which cleaning restores (transforms.cleaning.text.restore_lossy_punctuation).
_REPLACEMENT = re.compile("(?<!â€)\ufffd")
# More NUL/control bytes than this share of a file is a binary file; fewer are stray bytes in text.
BINARY_CONTROL_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and the codec used, or an error (``reason`` is a quarantine code)."""

    text: str | None
    encoding: str | None = None
    reason: str | None = None
    detail: str | None = None


def sniff_binary(data: bytes) -> str | None:
    """The kind of binary file ``data`` starts like, or None."""
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            return kind
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _checked(text: str, encoding: str, source: str) -> Decoded:
    n_control = len(_CONTROL_CHARS.findall(text))
    if n_control > BINARY_CONTROL_SHARE * len(text):
        return Decoded(
            None,
            encoding,
            "binary",
            f"{source}: decoded as {encoding}, {n_control} of {len(text)} characters are "
            "NUL/control characters: not a text file",
        )
    bad = len(_REPLACEMENT.findall(text))
    if bad > max(3, 0.01 * len(text)):
        return Decoded(
            None,
            encoding,
            "undecodable",
            f"{source}: decoded as {encoding} but {bad} of {len(text)} characters are "
            "replacement characters (U+FFFD); save the file as UTF-8",
        )
    return Decoded(text, encoding)


def decode_bytes(data: bytes, *, source: str, html: bool = False) -> Decoded:
    """Decode the bytes of one file; never raises."""
    kind = sniff_binary(data)
    if kind is not None:
        return Decoded(None, None, "binary", f"{source}: looks like a {kind}, not a text article")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                return Decoded(
                    None,
                    encoding,
                    "undecodable",
                    f"{source}: starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding}; re-save it in one encoding",
                )
            return _checked(text, encoding, source)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        text = _strict(data, utf16)
        if text is not None:
            return _checked(text, utf16, source)
    n_control = sum(data.count(bytes([b])) for b in _CONTROL_BYTES)
    if n_control > BINARY_CONTROL_SHARE * len(data):
        return Decoded(
            None,
            None,
            "binary",
            f"{source}: {n_control} NUL/control bytes in {len(data)} "
            f"(over {BINARY_CONTROL_SHARE:.0%}): not a text file",
        )
    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(text, "utf-8", source)
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            name = declared.group(1).decode("ascii", "replace")
            text = _strict(data, name)
            if text is not None:
                return _checked(text, name, source)
    return _guess(data, source)


def _guess(data: bytes, source: str) -> Decoded:
    results = list(charset_normalizer.from_bytes(data))
    if not results:
        return Decoded(
            None,
            None,
            "undecodable",
            f"{source}: not UTF-8 and no known encoding fits the bytes; save the file as UTF-8",
        )
    best = min(results, key=lambda m: m.chaos)
    for preferred in _LATIN_PREFERENCE:
        for match in results:
            if match.encoding == preferred and match.chaos <= best.chaos + 0.01:
                text = _strict(data, preferred)
                if text is not None:
                    return _checked(text, preferred, source)
    text = _strict(data, best.encoding)
    if text is None:
        return Decoded(None, best.encoding, "undecodable", f"{source}: no encoding decodes it")
    return _checked(text, best.encoding, source)
