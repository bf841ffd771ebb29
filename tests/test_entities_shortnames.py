"""Companies named by their legal suffix and by the first words of their name (all invented)."""

from __future__ import annotations

import pytest

from transforms.entities.shortnames import (
    resolve_company_names,
    short_company_names,
    suffixed_orgs,
)
from transforms.entities.spans import Cand, TokenView
from transforms.extract import extract_facts
from transforms.recase import recase_for_parsing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a wire title calls the company by its short name; the body gives its suffix
            "KORVALD LIFTS FERRY FARES\n\nKorvald Shipping Corp said it would raise its ferry "
            "fares by 3 pct from May. Korvald said fuel costs had risen.",
            [("KORVALD", "ORG"), ("Korvald Shipping Corp", "ORG"), ("Korvald", "ORG")],
        ),
        (
            "MARLOW BRANDT TO CLOSE DEPOT\n\nMarlow Brandt Corp said it would close its depot in "
            "the north by June.",
            [("MARLOW BRANDT", "ORG"), ("Marlow Brandt Corp", "ORG")],
        ),
        (  # a titled person of that name: the short form stays a person
            "Helen Marsh, who founded Marsh Foods Inc, said Ms Marsh would retire. Marsh will "
            "stay on the board.",
            [
                ("Helen Marsh", "PERSON"),
                ("Marsh Foods Inc", "ORG"),
                ("Marsh", "PERSON"),
                ("Marsh", "PERSON"),
            ],
        ),
        (  # the surname of a full name in the article
            "Paul Kettering said Kettering Tools Ltd would grow. Kettering said so on Monday.",
            [("Paul Kettering", "PERSON"), ("Kettering Tools Ltd", "ORG"), ("Kettering", "PERSON")],
        ),
    ],
)
def test_short_company_names_in_articles(nlp, text, expected):
    facts = extract_facts(nlp(recase_for_parsing(text)), text=text)
    assert [(m.text, m.label) for m in facts.mentions] == expected


def _cands(v: TokenView, spans: list[tuple[str, str]]) -> list[Cand]:
    out = []
    for words, label in spans:
        n = len(words.split())
        start = next(i for i in range(v.n) if v.text[i : i + n] == words.split())
        out.append(Cand(start, start + n, label))
    return out


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (  # a span the tagger read as a person but ending in a legal suffix
            "Zentrex Inc said Zentrex hired staff.",
            [("Zentrex Inc", "PERSON"), ("Zentrex", "PERSON")],
            ["ORG", "ORG"],
        ),
        (  # any two-word span ending in a capitalised legal suffix
            "Zentrex said Tom Co came.",
            [("Zentrex", "PERSON"), ("Tom Co", "PERSON")],
            ["PERSON", "ORG"],
        ),
        (  # no company in the article: nothing to open
            "Zentrex said Zentrex Partners left.",
            [("Zentrex", "PERSON"), ("Zentrex Partners", "ORG")],
            ["PERSON", "ORG"],
        ),
        (  # only the first words of the name, never a later one
            "Brandt said Marlow Brandt Corp grew.",
            [("Brandt", "PERSON"), ("Marlow Brandt Corp", "ORG")],
            ["PERSON", "ORG"],
        ),
        (  # a possessive is no part of the name
            "Reber's Garden Tools Inc said Reber grew.",
            [("Reber 's Garden Tools Inc", "ORG"), ("Reber", "PERSON")],  # tokens
            ["ORG", "ORG"],
        ),
    ],
)
def test_suffixed_and_short_names(nlp, text, spans, expected):
    v = TokenView(nlp(text))
    cands = short_company_names(v, suffixed_orgs(v, _cands(v, spans)))
    assert [c.label for c in cands] == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (  # the short name, in capitals or not, is the company with the suffix
            ["VELDRA", "Veldra Mining Inc", "Veldra"],
            ["Veldra Mining Inc", "Veldra Mining Inc", "Veldra Mining Inc"],
        ),
        (  # two suffixes; a possessive and periods do not count
            ["Ostrane's", "Ostrane Co. Ltd.", "OSTRANE"],
            ["Ostrane Co. Ltd.", "Ostrane Co. Ltd.", "Ostrane Co. Ltd."],
        ),
        (  # the name plus its suffix wins over a longer name opening with it
            ["Pelgrim", "Pelgrim Ltd", "Pelgrim Resources International Ltd"],
            ["Pelgrim Ltd", "Pelgrim Ltd", "Pelgrim Resources International Ltd"],
        ),
        (  # two longer names open with it: it stays as written
            ["Halvard", "Halvard Bank Plc", "Halvard Trust Corp"],
            ["Halvard", "Halvard Bank Plc", "Halvard Trust Corp"],
        ),
        (  # no legal suffix, the short name written first: it may be the parent
            ["Trellis", "Trellis Partners"],
            ["Trellis", "Trellis Partners"],
        ),
        (  # no legal suffix: the one longer name of a company word, written before it
            ["Amberly Cruise Lines", "Amberly", "AMBERLY"],
            ["Amberly Cruise Lines", "Amberly Cruise Lines", "Amberly Cruise Lines"],
        ),
        (  # "&" inside; a cut spelling of the longer name does not count as another
            ["DOVAN HOTELS", "Dovan Hotels & Resorts", "Dovan"],
            ["DOVAN HOTELS", "Dovan Hotels & Resorts", "Dovan Hotels & Resorts"],
        ),
        (  # a unit, a channel, a possessive: not the company's longer name
            ["Kel Pictures", "Kel", "Orla One", "Orla", "Brisk's Hall Group", "Brisk"],
            ["Kel Pictures", "Kel", "Orla One", "Orla", "Brisk's Hall Group", "Brisk"],
        ),
        (  # two longer names: left as written
            ["Halden Group", "Halden Bank", "Halden"],
            ["Halden Group", "Halden Bank", "Halden"],
        ),
        (  # a later word of the name is not the company
            ["Widget", "Acme Widget Corp"],
            ["Widget", "Acme Widget Corp"],
        ),
        (  # another suffixed name keeps its own name
            ["Corvo Inc", "Corvo Corp"],
            ["Corvo Inc", "Corvo Corp"],
        ),
    ],
)
def test_resolve_company_names(names, expected):
    assert resolve_company_names(names) == expected


def test_short_name_of_a_place_or_person_is_left():
    names = ["Ferrow Group", "Ferrow", "Ferrow Lane Holdings", "Ferrow Lane"]
    got = resolve_company_names(names, not_companies=frozenset({"ferrow"}))
    assert got == ["Ferrow Group", "Ferrow", "Ferrow Lane Holdings", "Ferrow Lane Holdings"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KORVALD LIFTS FERRY FARES\n\nKorvald Shipping Corp said it would raise its ferry "
            "fares by 3 pct from May. Korvald said fuel costs had risen.",
            [
                ("KORVALD", "Korvald Shipping Corp"),
                ("Korvald Shipping Corp", "Korvald Shipping Corp"),
                ("Korvald", "Korvald Shipping Corp"),
            ],
        ),
        (  # no legal suffix: the longer name of a company word, written first; the tagger
            # calls the short one a person
            "Dovan Hotels & Resorts bought the hotel. Work will end by June, Dovan said.",
            [
                ("Dovan Hotels & Resorts", "Dovan Hotels & Resorts"),
                ("Dovan", "Dovan Hotels & Resorts"),
            ],
        ),
        (  # the surname of a person of the article stays a person's
            "Kel Hartigan founded Hartigan Group in 1990. Hartigan said he was proud.",
            [
                ("Kel Hartigan", "Kel Hartigan"),
                ("Hartigan Group", "Hartigan Group"),
                ("Hartigan", "Kel Hartigan"),
            ],
        ),
    ],
)
def test_company_short_names_resolve_in_articles(nlp, text, expected):
    facts = extract_facts(nlp(recase_for_parsing(text)), text=text)
    assert [(m.text, m.name) for m in facts.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a wire title opening with a company's name and its legal suffix
            "KELVARA MINING INC 3RD QTR NET\n\nShr 12 cts vs 9 cts",
            [("KELVARA MINING INC", "ORG", "Kelvara Mining Inc")],
        ),
        (
            "DORN AND PIKE CORP SETS PAYOUT\n\nQtly div 5 cts vs 5 cts prior",
            [("DORN AND PIKE CORP", "ORG", "Dorn and Pike Corp")],
        ),
    ],
)
def test_company_names_opening_wire_titles(nlp, text, expected):
    facts = extract_facts(nlp(recase_for_parsing(text)), text=text)
    assert [(m.text, m.label, m.name) for m in facts.mentions] == expected
