"""Clubs named after places, GPE mentions that are not places, list entries of people
(all sentences and names invented here; the gazetteer sets are passed in)."""

from __future__ import annotations

import pytest

from transforms.entities import extract_mentions
from transforms.entities.doclabels import listed_names, listed_persons
from transforms.entities.notplaces import not_places, unknown_places
from transforms.entities.spans import Cand, TokenView

COUNTRIES = frozenset({"france", "norway", "germany", "russia"})
PLACES = frozenset({"bristol", "leeds", "halden", "oslo", "belgorod"}) | COUNTRIES
KNOWN = PLACES | {"wexley"}  # every name the geocoder knows (lookup keys)


def _labels(nlp, text: str) -> list[tuple[str, str]]:
    found = extract_mentions(nlp(text), places=PLACES, countries=COUNTRIES, known=KNOWN)
    return [(m.text, m.label) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a place that beats or is beaten is a club, in every mention of the document
            "Halden beat Wexley 3-1 on Saturday.",
            [("Halden", "ORG"), ("Wexley", "ORG")],
        ),
        (  # a player's debut, goals or loan for a place's name: a club
            "Tom Hale made his debut for Halden on Saturday.",
            [("Tom Hale", "PERSON"), ("Halden", "ORG")],
        ),
        ("Tom Hale scored twice for Halden.", [("Tom Hale", "PERSON"), ("Halden", "ORG")]),
        ("Ann Berg will join Halden on loan.", [("Ann Berg", "PERSON"), ("Halden", "ORG")]),
        (  # "for" after anything else: a place
            "Ann Berg flew to Oslo for talks.",
            [("Ann Berg", "PERSON"), ("Oslo", "GPE")],
        ),
        (
            "Wexley were beaten by Halden and the Halden coach was pleased.",
            [("Wexley", "ORG"), ("Halden", "ORG"), ("Halden", "ORG")],
        ),
        (  # a known town the tagger took for a person plays too; full person names do not
            "Wexley beat Halden 3-1 on Saturday.",
            [("Wexley", "ORG"), ("Halden", "ORG")],
        ),
        (
            "Lewis Wexley beat Tom Halden in the final.",
            [("Lewis Wexley", "PERSON"), ("Tom Halden", "PERSON")],
        ),
        (  # a fixture: both sides are clubs
            "Bristol v Leeds was postponed because of rain.",
            [("Bristol", "ORG"), ("Leeds", "ORG")],
        ),
        (  # a town's name as the lone subject of a plural verb: a side
            "Halden were not in action on Saturday.",
            [("Halden", "ORG")],
        ),
        ("Tom Hale said Halden have won again.", [("Tom Hale", "PERSON"), ("Halden", "ORG")]),
        ("Halden have signed Tom Hale.", [("Halden", "ORG"), ("Tom Hale", "PERSON")]),
        (  # a singular verb, or a coordinated subject: places
            "Halden is a quiet town near Oslo.",
            [("Halden", "GPE"), ("Oslo", "GPE")],
        ),
        (
            "Halden and Oslo are cold in winter.",
            [("Halden", "GPE"), ("Oslo", "GPE")],
        ),
        (  # national sides keep their country's label; the venue stays a place
            "Norway beat France 2-0 in Oslo on Sunday.",
            [("Norway", "GPE"), ("France", "GPE"), ("Oslo", "GPE")],
        ),
    ],
)
def test_places_that_play_are_clubs(nlp, text, expected):
    assert _labels(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # company evidence ("shares in X" is no place cue)
            "Shares in Zorvex fell 5% and Zorvex's chief executive resigned.",
            [("Zorvex", "ORG"), ("Zorvex", "ORG")],
        ),
        (  # an unknown name with a place cue ("in X , <place>") stays a place
            "Prices rose in Kelmarsh, Norway, after the storm.",
            [("Kelmarsh", "GPE"), ("Norway", "GPE")],
        ),
        (  # a country after a modifier, a former country: places
            "He wrote about Nazi Germany and the Soviet Union.",
            [("Nazi Germany", "GPE"), ("Soviet Union", "GPE")],
        ),
        (  # a known place name tagged as a nationality is a place
            "Troops moved into the Belgorod region of Russia.",
            [("Belgorod", "GPE"), ("Russia", "GPE")],
        ),
        (  # "pro-X" is an adjective, not X
            "The pro-Moscow leader met the press.",
            [("pro-Moscow", "NORP")],
        ),
    ],
)
def test_gpe_mentions_that_are_not_places(nlp, text, expected):
    assert _labels(nlp, text) == expected


def _relabel(nlp, text: str, spans: list[tuple[str, str]], rule) -> list[tuple[str, str]]:
    """Run one rule on hand-made candidates (word, label), found left to right in ``text``."""
    v = TokenView(nlp(text))
    cands: list[Cand] = []
    i = 0
    for words, label in spans:
        n = len(words.split())
        while v.text[i : i + n] != words.split():
            i += 1
        cands.append(Cand(i, i + n, label))
        i += n
    rule(v, cands)
    return [(" ".join(v.text[c.start : c.end]), c.label) for c in cands]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (  # an initial or an honorific before the name: a person
            "We met J Fenwick and Mr Dunmore there.",
            [("J Fenwick", "GPE"), ("Mr Dunmore", "GPE")],
            [("J Fenwick", "PERSON"), ("Mr Dunmore", "PERSON")],
        ),
        (  # a known town followed by a club word: a club; a known whole name stays
            "Leeds United and Oslo City met while Halden waited.",
            [("Leeds United", "GPE"), ("Oslo City", "GPE"), ("Halden", "GPE")],
            [("Leeds United", "ORG"), ("Oslo City", "ORG"), ("Halden", "GPE")],
        ),
        (  # the same string labelled otherwise as often in the document
            "Quorvia grew fast and Quorvia hired staff.",
            [("Quorvia", "GPE"), ("Quorvia", "ORG")],
            [("Quorvia", "ORG"), ("Quorvia", "ORG")],
        ),
    ],
)
def test_not_places_by_shape_and_document(nlp, text, spans, expected):
    assert _relabel(nlp, text, spans, lambda v, c: not_places(v, c, PLACES)) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (  # unknown to the gazetteer, nothing place-like nor anything else: no mention
            "Talks with Quembra collapsed on Friday.",
            [("Quembra", "GPE")],
            [("Quembra", "")],
        ),
        (  # a score before or after it: a side of a result
            "Tarvel 2 - 0 Dunmoor on Saturday.",
            [("Tarvel", "GPE"), ("Dunmoor", "GPE")],
            [("Tarvel", "ORG"), ("Dunmoor", "ORG")],
        ),
        (  # an organisation's evidence: an acronym, a noun after it, one before it
            "Talks with QMB collapsed , Quembra shares fell and the club Tarvel won.",
            [("QMB", "GPE"), ("Quembra", "GPE"), ("Tarvel", "GPE")],
            [("QMB", "ORG"), ("Quembra", "ORG"), ("Tarvel", "ORG")],
        ),
        (  # a known country's possessive before it, a score after it, an institution word
            "Norway 's Quembra rose while Tarvel 2-0 Dunmoor and the Vessig Party lost.",
            [
                ("Norway", "GPE"),
                ("Quembra", "GPE"),
                ("Tarvel", "GPE"),
                ("Dunmoor", "GPE"),
                ("Vessig Party", "GPE"),
            ],
            [
                ("Norway", "GPE"),
                ("Quembra", "ORG"),
                ("Tarvel", "ORG"),
                ("Dunmoor", "ORG"),
                ("Vessig Party", "ORG"),
            ],
        ),
        (  # every mention of the string follows the evidence of one
            "Quembra rose . Quembra magazine sold well .",
            [("Quembra", "GPE"), ("Quembra", "GPE")],
            [("Quembra", "ORG"), ("Quembra", "ORG")],
        ),
        (  # a person's evidence: a PERSON beside it in a list
            "Ann Wells , Pirlova and Tom Hale played well.",
            [("Ann Wells", "PERSON"), ("Pirlova", "GPE"), ("Tom Hale", "PERSON")],
            [("Ann Wells", "PERSON"), ("Pirlova", "PERSON"), ("Tom Hale", "PERSON")],
        ),
        (  # unknown but with a place cue: "near X", "X town"
            "Floods hit homes near Dunvale and Pellow town.",
            [("Dunvale", "GPE"), ("Pellow", "GPE")],
            [("Dunvale", "GPE"), ("Pellow", "GPE")],
        ),
        (  # known to the gazetteer: never questioned
            "Talks with Wexley collapsed on Friday.",
            [("Wexley", "GPE")],
            [("Wexley", "GPE")],
        ),
    ],
)
def test_unknown_places(nlp, text, spans, expected):
    rule = lambda v, c: unknown_places(v, c, KNOWN, COUNTRIES)  # noqa: E731
    assert _relabel(nlp, text, spans, rule) == expected


def test_list_entries_follow_the_person_majority(nlp):
    text = (
        "1. Anna Kowal ( Norway ) 4:09 2. Marta Lind ( France ) 4:10 "
        "3. Ilse Brandt ( Germany ) 4:11 4. Helga Dunmore ( Norway ) 4:12"
    )
    spans = [
        ("Anna Kowal", "PERSON"),
        ("Norway", "GPE"),
        ("Marta Lind", "PERSON"),
        ("France", "GPE"),
        ("Ilse Brandt", "PERSON"),
        ("Germany", "GPE"),
        ("Helga Dunmore", "ORG"),
        ("Norway", "GPE"),
    ]
    got = _relabel(nlp, text, spans, listed_persons)
    assert got[6] == ("Helga Dunmore", "PERSON")
    assert [lab for _, lab in got] == ["PERSON", "GPE"] * 4


def test_comma_lists_follow_the_person_majority(nlp):
    text = "The squad: Ann Kowal, Eva Lind, Ida Holm, Mia Sand and Kelso Brothers."
    spans = [
        ("Ann Kowal", "PERSON"),
        ("Eva Lind", "PERSON"),
        ("Ida Holm", "ORG"),
        ("Mia Sand", "PERSON"),
        ("Kelso Brothers", "ORG"),
    ]
    got = _relabel(nlp, text, spans, listed_names)
    # "Kelso Brothers" follows "and", not a comma: it is not in the list and stays ORG
    assert [lab for _, lab in got] == ["PERSON", "PERSON", "PERSON", "PERSON", "ORG"]
