"""Miscellaneous names: titles of works in quotes, groups of people, party and bloc
adjectives, nouns of people at a line start (all sentences invented here)."""

from __future__ import annotations

import pytest

from tests.test_entities_orgnouns import _tagged
from transforms.entities import extract_mentions

PLACES = frozenset({"iraq", "israel", "america", "cairo", "arbil"})


def _got(nlp, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in extract_mentions(nlp(text), places=PLACES)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a title in quotes keeps its article
            'Tom Harlan is best known for his role in " The Silent Harbour " , a 1988 film.',
            [("Tom Harlan", "PERSON"), ("The Silent Harbour", "WORK_OF_ART")],
        ),
        (  # small words inside a title, and a place name inside it
            'Her novels include " A Field of Stones " and " Winter in Castor " .',
            [("A Field of Stones", "WORK_OF_ART"), ("Winter in Castor", "WORK_OF_ART")],
        ),
        (  # a person's name in quotes is the title of a work
            'The director lost more sleep over " Anna Kessler " than over any other film.',
            [("Anna Kessler", "WORK_OF_ART")],
        ),
        (  # an organisation noun after the quote: a newspaper's name
            'Editors of the " Valley Voice " newspaper were arrested on Tuesday.',
            [("Valley Voice", "ORG")],
        ),
        (  # a nickname is no title
            'The general , once hailed as " General Thunder " by the press , resigned.',
            [],
        ),
        (  # speech in quotes is no title
            '" We will win , " said Karl Benz.',
            [("Karl Benz", "PERSON")],
        ),
    ],
)
def test_quoted_titles(nlp, text, expected):
    assert _got(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders of Iraqi Kurds met in Arbil.", [("Iraqi Kurds", "NORP"), ("Arbil", "LOC")]),
        ("American Catholics gathered for the vote.", [("American Catholics", "NORP")]),
        (  # two nationalities joined by a hyphen
            "The Arab-Israeli talks resumed in Cairo.",
            [("Arab-Israeli", "NORP"), ("Cairo", "GPE")],
        ),
    ],
)
def test_groups_of_people_are_one_name(nlp, text, expected):
    assert _got(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Democratic senators blocked the bill on Tuesday.", [("Democratic", "NORP")]),
        ("Western diplomats said the talks had failed.", [("Western", "NORP")]),
        (
            "The Olympic champion Lena Varga won again.",
            [("Olympic", "EVENT"), ("Lena Varga", "PERSON")],
        ),
        (  # before a capitalised word it is part of a name
            "The Democratic Party chose Ann Wells.",
            [("Democratic Party", "ORG"), ("Ann Wells", "PERSON")],
        ),
    ],
)
def test_party_and_bloc_adjectives(nlp, text, expected):
    assert _got(nlp, text) == expected


def test_nouns_of_people_at_a_line_start_are_no_names(nlp):
    text = "1. Ann Berg ( Kenya ) 4:11.06\nMen 's 400 metres hurdles\n1. Eva Lind ( Norway ) 53.2"
    assert nlp(text).ents[4].text == "Men"  # the tagger's ORG
    names = {m.text for m in extract_mentions(nlp(text), places=frozenset({"kenya", "norway"}))}
    assert names == {"Ann Berg", "Kenya", "Eva Lind", "Norway"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norvale lead the Central Division by two games .",
            [("Central Division", "EVENT")],
        ),
        (  # table headings in capitals
            "Standings :\nNATIONAL LEAGUE\nEASTERN DIVISION\nW L PCT GB",
            [("NATIONAL LEAGUE", "EVENT"), ("EASTERN DIVISION", "EVENT")],
        ),
        (  # a determiner is not part of the name
            "The League said the game would be moved .",
            [],
        ),
    ],
)
def test_untagged_competitions(nlp, text, expected):
    doc = _tagged(nlp, text, [])  # the tagger found none of them
    assert [(m.text, m.label) for m in extract_mentions(doc, places=PLACES)] == expected
