"""Numeric facts from a parsed ``Doc``.

Backbone version: spaCy's numeric entities with a digit parse. The numbers issue replaces it with
the full extractor (words, magnitudes, ranges, units, qualifiers, dates).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from transforms.types import NumberFact

_KINDS = {
    "CARDINAL": "count",
    "MONEY": "money",
    "PERCENT": "percent",
    "QUANTITY": "quantity",
    "DATE": "date",
    "TIME": "duration",
    "ORDINAL": "ordinal",
}
_DIGITS = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def extract_numbers(doc: Doc, *, published: str | None = None) -> list[NumberFact]:
    """Numeric expressions of ``doc`` with their values (None when no digits were read)."""
    out = []
    for ent in doc.ents:
        kind = _KINDS.get(ent.label_)
        if kind is None:
            continue
        m = _DIGITS.search(ent.text)
        value = float(m.group(0).replace(",", "")) if m else None
        out.append(NumberFact(ent.start_char, ent.end_char, ent.text, value, kind))
    return out
