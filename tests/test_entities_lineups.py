"""Players of team line-ups are people, initial and all (all invented)."""

from __future__ import annotations

import pytest

from transforms.entities.lineups import lineup_names
from transforms.extract import extract_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # clubs and roles in brackets, a comma inside them
            "- T Varga (Hull), K Oduya (Bath, capt), L Brenner (Hull), P Skov (Derby)",
            ["T Varga", "K Oduya", "L Brenner", "P Skov"],
        ),
        (  # semicolons, slashes, particles, two initials and a full name
            "R Kallio; D van der Berg, JP Aalto, M de Santos/F Okafor, Ivo Mares.",
            ["R Kallio", "D van der Berg", "JP Aalto", "M de Santos", "F Okafor", "Ivo Mares"],
        ),
        (  # a name with an apostrophe, after a colon
            ": P O'Hagan, S Mbeki, T Lund",
            ["P O'Hagan", "S Mbeki", "T Lund"],
        ),
        ("T Varga, K Oduya", []),  # two players are no line-up
        ("Oslo, Bergen, Trondheim, Stavanger", []),  # no initials
        ("The side beat T Varga's team, and K Oduya, L Brenner and P Skov left.", []),  # prose
        ("K Oduya, L Brenner, P Skov, Hull, Derby, Bath, York, Leeds", []),  # mostly not players
    ],
)
def test_lineup_names(text, expected):
    assert [text[a:b] for a, b in lineup_names(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hull named their side on Friday.\n\n"
            "- T Varga (Hull), K Oduya (Bath, capt), L Brenner (Hull), P Skov (Derby)",
            {"T Varga", "K Oduya", "L Brenner", "P Skov"},
        ),
    ],
)
def test_lineup_players_are_persons(nlp, text, expected):
    facts = extract_facts(nlp(text), text=text)
    assert {m.text for m in facts.mentions if m.label == "PERSON"} == expected
