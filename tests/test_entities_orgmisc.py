"""Organisations and miscellaneous names by news conventions (all sentences invented here)."""

from __future__ import annotations

import pytest

from transforms.entities import extract_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a place before a capitalised event word is one event
            "Lena Varga won the Portugal Open on Sunday after a long final.",
            [("Lena Varga", "PERSON"), ("Portugal Open", "EVENT")],
        ),
        (  # sports tours and leagues are events (CoNLL: MISC)
            "Marta Lind topped the Nordic Tour money list.",
            [("Marta Lind", "PERSON"), ("Nordic Tour", "EVENT")],
        ),
        (  # "X-based" compounds of a place are one adjectival name
            "The Toronto-based lender said profits rose.",
            [("Toronto-based", "NORP")],
        ),
        (  # legal suffixes belong to the company name
            "Shares of Kelvar Holdings Ltd fell after Norvik Systems Inc cut its forecast.",
            [("Kelvar Holdings Ltd", "ORG"), ("Norvik Systems Inc", "ORG")],
        ),
        (  # an acronym spelled by an organisation's initials is that organisation
            "The Federal Trade Commission said on Monday that FTC staff would review the deal.",
            [("Federal Trade Commission", "ORG"), ("FTC", "ORG")],
        ),
        (
            "The Finance Ministry said the budget gap would narrow.",
            [("Finance Ministry", "ORG")],
        ),
    ],
)
def test_org_and_misc_rules(nlp, text, expected):
    assert [(m.text, m.label) for m in extract_mentions(nlp(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # demonyms of the gazetteer's places, whatever the tagger said, and irregular ones
            "Two Kuwaitis and a Briton were held, the Varnian police said.",
            [("Kuwaitis", "NORP"), ("Briton", "NORP"), ("Varnian", "NORP")],
        ),
        (  # peoples and religions that no country name gives
            "Hutu and Tutsi leaders met the Kurdish envoy.",
            [("Hutu", "NORP"), ("Tutsi", "NORP"), ("Kurdish", "NORP")],
        ),
        ("Sikh and Tamil groups protested.", [("Sikh", "NORP"), ("Tamil", "NORP")]),
        (  # two-word place names ending in "-a" (the tagger says GPE)
            "The Sri Lankan authorities said the talks would go on.",
            [("Sri Lankan", "NORP")],
        ),
    ],
)
def test_demonyms_of_known_places(nlp, text, expected):
    places = frozenset({"kuwait", "varnia", "sri lanka"})
    got = [(m.text, m.label) for m in extract_mentions(nlp(text), places=places)]
    assert got == expected


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        (frozenset(), [("Slovakia", "ORG"), ("IMF", "ORG")]),  # as the model tagged it
        (frozenset({"slovakia"}), [("Slovakia", "GPE"), ("IMF", "ORG")]),
    ],
)
def test_an_org_that_is_a_country_name_is_the_country(nlp, countries, expected):
    text = "Officials from Slovakia and the IMF met."
    got = [(m.text, m.label) for m in extract_mentions(nlp(text), countries=countries)]
    assert got == expected
