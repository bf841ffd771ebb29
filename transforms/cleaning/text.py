"""Character-level normalisation: mojibake repair, NFC, white space, spacing before punctuation.

Quotation marks are kept exactly as written (ftfy runs with ``uncurl_quotes=False``); the
variants a downstream quote extractor must know are listed in :data:`QUOTE_PAIRS`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import ftfy

from transforms.types import Removed

# Opening mark -> closing marks it may pair with (as written in English news and in imports).
QUOTE_PAIRS: dict[str, tuple[str, ...]] = {
    '"': ('"',),
    "“": ("”", "“"),  # some sources close with the opening glyph
    "”": ("”",),  # Swedish/Finnish style, and sloppy typing
    "„": ("“", "”"),  # German/Polish low-9
    "‘": ("’",),
    "'": ("'",),
    "‚": ("‘", "’"),
    "«": ("»",),
    "»": ("«",),
    "‹": ("›",),
    "「": ("」",),
}
OPENING_QUOTES = frozenset(QUOTE_PAIRS)
CLOSING_QUOTES = frozenset(c for closers in QUOTE_PAIRS.values() for c in closers)

_ZERO_WIDTH = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e]")
_SPACE_CHARS = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MULTI_SPACE = re.compile(r" {2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[\w”’\"')\]]) +(?=[,.;:!?](?:\s|$))")


# C0 controls and DEL; tab, line feed, vertical tab, form feed and carriage return are white
# space. C1 controls (U+0080-U+009F) are left to ftfy: they are how mojibake shows.
_STRAY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def strip_controls(text: str) -> tuple[str, Removed | None]:
    """Remove stray NUL and control characters; the removal as a ``Removed("control", ...)``.

    The removed text lists the code points and counts, e.g. ``"U+0000 x3, U+0007 x1"``.
    """
    found = _STRAY_CONTROL.findall(text)
    if not found:
        return text, None
    counts = Counter(found)
    listed = ", ".join(f"U+{ord(c):04X} x{n}" for c, n in sorted(counts.items()))
    return _STRAY_CONTROL.sub("", text), Removed("control", listed)


# A cp1252 round trip of UTF-8 punctuation U+2001-U+201F turns it into "â€" + one character for
# its last byte; bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D have no cp1252 character, so a lossy decoder
# wrote U+FFFD and the mark is lost: ” (E2 80 9D) and ‐ (E2 80 90) are the ones used in text.
_LOSSY = "â€\ufffd"
_CP1252_TAIL = "".join(
    c for b in range(0x80, 0xC0) if (c := bytes([b]).decode("cp1252", "replace")) != "\ufffd"
)
_SAME_MOJIBAKE = re.compile(f"â€[{re.escape(_CP1252_TAIL)}]")
_LOSSY_IN_WORD = re.compile(r"(?<=\w)â€\ufffd(?=\w)")


def restore_lossy_punctuation(text: str) -> str:
    """Restore "â€" + U+FFFD (a lossy cp1252 round trip of ” or ‐) when the text shows the same
    mojibake elsewhere ("â€œ", "â€™", "â€“" ...).

    The lost byte is put back in ftfy's "sloppy" cp1252 form (``"â€\x9d"``: ”, between two
    letters ``"â€\x90"``: ‐), so that ftfy's own mojibake repair then decodes the sequence
    together with the rest of the text. Without such evidence the text is left alone.
    """
    if _LOSSY not in text or not _SAME_MOJIBAKE.search(text):
        return text
    return _LOSSY_IN_WORD.sub("â€\x90", text).replace(_LOSSY, "â€\x9d")


def _ftfy_has_nothing_to_do(text: str) -> bool:
    """Plain ASCII without entities or control characters: every ftfy fix is a no-op on it."""
    return text.isascii() and "&" not in text and not _ASCII_CONTROL.search(text)


def repair_characters(text: str) -> str:
    """Repair mojibake and odd characters (ftfy, curly quotes kept), NFC, ``\\n`` line endings."""
    text = restore_lossy_punctuation(text)
    for _ in range(3):  # ftfy may reveal more to fix once it has fixed something
        before = text
        text = _ZERO_WIDTH.sub("", text)
        text = _SPACE_CHARS.sub(" ", text)
        if not _ftfy_has_nothing_to_do(text):
            text = ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if text == before:
            break
    return unicodedata.normalize("NFC", text)


def collapse_spaces(line: str) -> str:
    """One space between words, none at the ends."""
    return _MULTI_SPACE.sub(" ", line.replace("\n", " ")).strip()


def fix_punctuation_spacing(text: str) -> str:
    """Drop spaces before , . ; : ! ? that end a word ("last year , thus" -> "last year, thus")."""
    return _SPACE_BEFORE_PUNCT.sub("", text)
