"""Shared word lists, ascii_fold and the rejection type each have one home; copies fail here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from transforms.lexicon import (
    CUE_LEMMAS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    SPEECH_VERB_LEMMAS,
    WEAK_CUE_LEMMAS,
    WEEKDAYS,
    ascii_fold,
)
from transforms.types import Rejection

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(
    p
    for d in ("transforms", "flows", "newsfacts")
    for p in (ROOT / d).rglob("*.py")
    if p.name != "lexicon.py" or p.parent.name != "transforms"
)


def _code(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("what", "pattern"),
    [
        ("a month list", r"[\"']september[\"']"),
        ("a weekday list", r"[\"']wednesday[\"']"),
        ("a second ascii_fold", r"def ascii_fold\b"),
        ("NFKD folding outside ascii_fold", r"normalize\(\s*[\"']NFKD"),
        ("another rejection type", r"class Rejected\w*|def _reject\b|Rejected = "),
    ],
)
def test_no_copy_outside_the_lexicon(what, pattern):
    hits = [str(p.relative_to(ROOT)) for p in SOURCES if re.search(pattern, _code(p))]
    assert hits == [], f"{what} in {hits}: import it from transforms.lexicon / transforms.types"


def test_months():
    assert MONTHS["sept"] == MONTHS["september"] == 9
    assert set(MONTH_NAMES.values()) == set(range(1, 13))
    assert set(MONTH_ABBREVIATIONS.values()) == set(range(1, 13)) - {5}
    assert "may" not in MONTH_ABBREVIATIONS  # no abbreviation, so no abbreviation dot
    assert len(WEEKDAYS) == 7


def test_verbs_of_saying_are_lemmas():
    for words in (CUE_LEMMAS, WEAK_CUE_LEMMAS, SPEECH_VERB_LEMMAS):
        assert all(w == w.lower() and " " not in w for w in words)
    assert {"say", "tell"} <= CUE_LEMMAS & SPEECH_VERB_LEMMAS


@pytest.mark.parametrize(
    ("text", "casefold", "expected"),
    [
        ("Malmö", False, "Malmo"),
        ("Malmö", True, "malmo"),
        ("Kraków–Łódź", False, "Krakow–Łodz"),  # letters without a decomposition are kept
        ("ÉCOLE", True, "ecole"),
        ("Straße", True, "strasse"),
    ],
)
def test_ascii_fold(text, casefold, expected):
    assert ascii_fold(text, casefold=casefold) == expected


def test_rejection_is_located_then_a_quarantine_row():
    found = Rejection("empty", "a.txt: the file is empty")
    assert (found.source, found.content_sha256) == (None, None)
    located = found.at("feed.jsonl:3", "ab" * 32)
    assert located.row("feed.jsonl") == {
        "source": "feed.jsonl:3",
        "reason": "empty",
        "detail": "a.txt: the file is empty",
        "content_sha256": "ab" * 32,
        "path": "feed.jsonl",
    }


def test_rejection_row_has_the_quarantine_columns():
    from transforms.contract import TABLES

    row = Rejection("empty", "x").at("a", "b").row("a")
    assert list(row) == list(TABLES["quarantine"].schema)
