"""Entity post-processing with world knowledge: gazetteer places tagged PERSON, people in ORG spans."""

from __future__ import annotations

import pytest

# --- gazetteer: known places tagged PERSON ------------------------------------------------------

_PLACES = frozenset({"kazmir", "port elma", "jordan"})


def _gazetteer(nlp, text: str, spans: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
    """Run ``gazetteer_places`` on PERSON candidates at the given (text, title) spans."""
    from transforms.entities.places import gazetteer_places
    from transforms.entities.spans import Cand, TokenView

    doc = nlp(text)
    cands = []
    pos = 0
    for s, title in spans:
        start = text.index(s, pos)
        pos = start + len(s)
        span = doc.char_span(start, pos)
        cands.append(Cand(span.start, span.end, "PERSON", title))
    gazetteer_places(TokenView(doc), cands, places=_PLACES)
    return [(doc[c.start : c.end].text, c.label) for c in cands]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a known place with no person evidence
        (
            "The convoy reached Kazmir before dawn.",
            [("Kazmir", None)],
            [("Kazmir", "GPE")],
        ),
        # several words, the whole string is a place
        ("Port Elma was shelled overnight.", [("Port Elma", None)], [("Port Elma", "GPE")]),
        # a title anywhere in the document: a person
        (
            "Mr. Kazmir left early. Kazmir did not return.",
            [("Kazmir", "Mr."), ("Kazmir", None)],
            [("Kazmir", "PERSON"), ("Kazmir", "PERSON")],
        ),
        # part of a full PERSON name of the document: a person
        (
            "Lena Jordan won the final. Jordan thanked her coach.",
            [("Lena Jordan", None), ("Jordan", None)],
            [("Lena Jordan", "PERSON"), ("Jordan", "PERSON")],
        ),
        # the subject of a verb of saying: a person
        (
            "Kazmir said the talks had failed.",
            [("Kazmir", None)],
            [("Kazmir", "PERSON")],
        ),
        # not a known place
        ("The convoy reached Voldan before dawn.", [("Voldan", None)], [("Voldan", "PERSON")]),
    ],
)
def test_gazetteer_places(nlp, text, spans, expected):
    assert _gazetteer(nlp, text, spans) == expected


def test_no_gazetteer_changes_nothing(nlp):
    from transforms.entities.places import gazetteer_places
    from transforms.entities.spans import Cand, TokenView

    doc = nlp("The convoy reached Kazmir before dawn.")
    cands = [Cand(3, 4, "PERSON")]
    gazetteer_places(TokenView(doc), cands, places=frozenset())
    assert cands[0].label == "PERSON"


def test_build_places_from_geonames_records():
    from flows.gazetteer import build_places

    places = build_places(
        countries={"XK": {"name": "Kazmiria", "capital": "Kyvo", "iso": "XK"}},
        continents={"EU": {"asciiName": "Europe"}},
        us_states={"ZZ": {"name": "New Elma"}},
        cities={
            "1": {
                "name": "Kyvo",
                "countrycode": "XK",
                "population": 50_000,
                "alternatenames": ["Kivo", "Кыво", "Zzzz", "kyvo city", "Kyvo"],
            },
            "2": {"name": "Malmö", "countrycode": "SE", "population": 300_000},
            "3": {"name": "Tinyton", "countrycode": "SE", "population": 20_000},
        },
        min_population=100_000,
    )
    # a capital keeps its close ASCII spellings; diacritics folded; small towns left out
    assert places == frozenset({"kazmiria", "kyvo", "kivo", "europe", "new elma", "malmö", "malmo"})


def test_load_places_is_cached_and_knows_capitals():
    from flows.gazetteer import load_places

    places = load_places()
    assert load_places() is places
    assert {"kyiv", "kiev", "moscow", "france", "europe", "texas"} <= places
    assert "morale" not in places


# --- people inside organisation spans -----------------------------------------------------------


def _org_span(nlp, text: str, span_text: str, label: str = "ORG"):
    from transforms.entities.spans import Cand, TokenView

    doc = nlp(text)
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    return doc, TokenView(doc), Cand(span.start, span.end, label)


@pytest.mark.parametrize(
    ("text", "span_text", "expected"),
    [
        (
            "The attack of General Markovin failed.",
            "General Markovin",
            ("Markovin", "PERSON", "General"),
        ),
        (
            "Troops loyal to Admiral Tarrow held the bridge.",
            "Admiral Tarrow",
            ("Tarrow", "PERSON", "Admiral"),
        ),
        ("Shares of General Motors rose.", "General Motors", ("General Motors", "ORG", None)),
        ("The General Staff met on Monday.", "General Staff", ("General Staff", "ORG", None)),
        (
            "He played in Major League Baseball.",
            "Major League Baseball",
            ("Major League Baseball", "ORG", None),
        ),
        # not a personal title
        ("A memorial to the Queen Mother opened.", "Queen Mother", ("Queen Mother", "ORG", None)),
    ],
)
def test_titled_org(nlp, text, span_text, expected):
    from transforms.entities.orgperson import titled_org

    doc, v, c = _org_span(nlp, text, span_text)
    d = titled_org(v, c)
    assert (doc[d.start : d.end].text, d.label, d.title) == expected


@pytest.mark.parametrize(
    ("text", "span_text", "expected"),
    [
        (
            "said Member of the European Parliament Tomasz Wrobel on Friday.",
            "European Parliament Tomasz Wrobel",
            [("European Parliament", "ORG"), ("Tomasz Wrobel", "PERSON")],
        ),
        # an event after the organisation, not a person
        (
            "He won the Norwich Union Grand Prix in May.",
            "Norwich Union Grand Prix",
            [("Norwich Union Grand Prix", "ORG")],
        ),
        # no institutional noun before the last two words
        (
            "He joined Lakeside Harbour Mills Group last year.",
            "Lakeside Harbour Mills Group",
            [("Lakeside Harbour Mills Group", "ORG")],
        ),
    ],
)
def test_split_org_person(nlp, text, span_text, expected):
    from transforms.entities.orgperson import split_org_person

    doc, v, c = _org_span(nlp, text, span_text)
    assert [(doc[d.start : d.end].text, d.label) for d in split_org_person(v, c)] == expected
