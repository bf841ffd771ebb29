"""Organisations by document evidence: nouns only an organisation has, acronyms spelled by an
organisation's initials, sides of a fixture (all sentences and names invented here).

Where the tagger happens to get an invented name right, the test sets the tagger's mistake
itself (``_tagged``), so the rule is what is tested."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from transforms.entities import extract_mentions

COUNTRIES = frozenset({"scotland", "spain"})
PLACES = frozenset({"tokyo", "spain", "scotland", "england"})


def _tagged(nlp, text: str, ents: list[tuple[str, str]]) -> Doc:
    """Parse ``text`` and set its entities to ``ents`` ((word sequence, label), each the
    first match not yet used)."""
    doc = nlp(text)
    words = [t.text for t in doc]
    spans, used = [], set()
    for phrase, label in ents:
        toks = phrase.split()
        for i in range(len(words) - len(toks) + 1):
            span = range(i, i + len(toks))
            if words[i : i + len(toks)] == toks and not used.intersection(span):
                spans.append(Span(doc, i, i + len(toks), label=label))
                used.update(span)
                break
        else:
            raise AssertionError(f"{phrase!r} not in {text!r}")
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def _got(doc: Doc) -> list[tuple[str, str]]:
    return [
        (m.text, m.label)
        for m in extract_mentions(doc, places=PLACES, countries=COUNTRIES, known=PLACES)
    ]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (  # "X shareholders" makes every one-word PERSON mention of X an organisation
            "Analysts said Velcorp shareholders would vote . Velcorp said profits rose .",
            [("Velcorp", "PERSON"), ("Velcorp", "PERSON")],
            [("Velcorp", "ORG"), ("Velcorp", "ORG")],
        ),
        (  # "X 's goalkeeper", "X chief executive"
            "Deltora 's goalkeeper was sent off . Deltora lost again .",
            [("Deltora", "PERSON"), ("Deltora", "PERSON")],
            [("Deltora", "ORG"), ("Deltora", "ORG")],
        ),
        (
            "Brannick chief executive Ann Wells quit .",
            [("Brannick", "PERSON"), ("Ann Wells", "PERSON")],
            [("Brannick", "ORG"), ("Ann Wells", "PERSON")],
        ),
        (  # a person has a coach too
            "Dorvan 's coach was banned . Dorvan lost again .",
            [("Dorvan", "PERSON"), ("Dorvan", "PERSON")],
            [("Dorvan", "PERSON"), ("Dorvan", "PERSON")],
        ),
        (  # a person by the document's evidence: inside a full name, or after "Mr"
            "Tom Brannick sold his stake . Brannick shares fell .",
            [("Tom Brannick", "PERSON"), ("Brannick", "PERSON")],
            [("Tom Brannick", "PERSON"), ("Brannick", "PERSON")],
        ),
        (  # a country or a United Kingdom nation: a national side keeps its label
            "The England goalkeeper resigned . England lost again .",
            [("England", "GPE"), ("England", "GPE")],
            [("England", "GPE"), ("England", "GPE")],
        ),
        (  # a known place: a market, not a company
            "Tokyo shares rose on Monday .",
            [("Tokyo", "GPE")],
            [("Tokyo", "GPE")],
        ),
    ],
)
def test_organisation_nouns(nlp, text, ents, expected):
    assert _got(_tagged(nlp, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (  # a person's own noun after "'s" makes every one-word ORG mention of it a person
            "Police held Dorvan . Dorvan 's family asked for his release .",
            [("Dorvan", "ORG"), ("Dorvan", "ORG")],
            [("Dorvan", "PERSON"), ("Dorvan", "PERSON")],
        ),
        (  # an age in apposition
            "Last month , Dorvan , 45 , was jailed .",
            [("Dorvan", "ORG")],
            [("Dorvan", "PERSON")],
        ),
        (  # an acronym is left alone
            "Last month , KDL , 45 , was fined .",
            [("KDL", "ORG")],
            [("KDL", "ORG")],
        ),
    ],
)
def test_person_nouns(nlp, text, ents, expected):
    assert _got(_tagged(nlp, text, ents)) == expected


def test_untagged_acronym_of_an_organisation(nlp):
    text = "Traders await the July FOMC meeting . The Federal Open Market Committee meets ."
    doc = _tagged(nlp, text, [("Federal Open Market Committee", "ORG")])
    assert _got(doc) == [("FOMC", "ORG"), ("Federal Open Market Committee", "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saturday : Castlebrook v Ellsworth , Norbury v Hadley",
            [("Castlebrook", "ORG"), ("Ellsworth", "ORG"), ("Norbury", "ORG"), ("Hadley", "ORG")],
        ),
        (  # a country is a national side; a title starts a longer name
            "Fixtures : May 18 v Norbury , May 20 v Duke of Kent 's XI , May 22 v Scotland .",
            [("Norbury", "ORG"), ("Scotland", "GPE")],
        ),
    ],
)
def test_fixture_sides(nlp, text, expected):
    assert _got(nlp(text)) == expected
