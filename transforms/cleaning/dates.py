"""Dates: an ISO ``YYYY-MM-DD`` from a field value or from a date written in a line of text."""

from __future__ import annotations

import re
from datetime import date

from dateutil import parser

from transforms.lexicon import MONTHS

_MONTHS = MONTHS
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
)


def _make(year: str, month: str, day: str) -> str | None:
    m = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    if m is None:
        return None
    try:
        return date(int(year), m, int(day)).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first date written in ``text`` (ISO, "25 June 2023", "June 25, 2023") and its match."""
    best: tuple[str, re.Match[str]] | None = None
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _make(match["year"], match["month"], match["day"])
            if iso and (best is None or match.start() < best[1].start()):
                best = (iso, match)
            break
    return best


def normalise_date(value: str | None) -> str | None:
    """An ISO date from a field value such as "2023-06-25T10:00:00Z" or "Sun, 25 Jun 2023 ..."."""
    if not value:
        return None
    found = find_date(value)
    if found:
        return found[0]
    if not _HAS_YEAR.search(value):
        return None  # dateutil would fill a missing year with the current one
    try:
        parsed = parser.parse(value, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if not 1900 <= parsed.year <= 2100:
        return None
    return parsed.date().isoformat()
