"""Place words inside longer names (all sentences invented here; the gazetteer sets are
passed in)."""

from __future__ import annotations

import pytest

from transforms.entities import extract_mentions

COUNTRIES = frozenset({"france", "norway", "germany", "uk", "britain", "china"})
PLACES = frozenset({"bristol", "leeds", "oslo", "munich"}) | COUNTRIES
KNOWN = PLACES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a place glued to an organisation's name: its division, not a place
            "Sales at Nokia UK rose sharply.",
            [("Nokia UK", "ORG")],
        ),
        (  # a place the tagger cut from the name it opens
            "Shares in Munich Re rose 3% on Friday.",
            [("Munich Re", "ORG")],
        ),
        (  # an acronym before a country names two things
            "The EU China arms ban will be lifted.",
            [("EU", "ORG"), ("China", "GPE")],
        ),
        (  # a date after a place is no part of a name
            "Prices in Oslo Tuesday were flat.",
            [("Oslo", "GPE")],
        ),
        (  # nor is a title
            "She met Bristol Mayor Tom Hale in Bristol.",
            [("Bristol", "GPE"), ("Tom Hale", "PERSON"), ("Bristol", "GPE")],
        ),
    ],
)
def test_places_inside_names(nlp, text, expected):
    found = extract_mentions(nlp(text), places=PLACES, countries=COUNTRIES, known=KNOWN)
    assert [(m.text, m.label) for m in found] == expected


def test_without_a_gazetteer_nothing_changes(nlp):
    found = extract_mentions(nlp("Shares in Munich Re rose 3% on Friday."))
    assert [(m.text, m.label) for m in found] == [("Munich", "GPE")]
