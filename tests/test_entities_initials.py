"""Person names written with one initial where a name is expected (all invented)."""

from __future__ import annotations

import pytest

from transforms.entities import _stop_words, extract_mentions
from transforms.entities.initials import initialled_persons
from transforms.entities.spans import TokenView


def _persons(nlp, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in extract_mentions(nlp(text)) if m.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # subject of a verb of saying, a participle of saying hung on it
            "J Roe, writing in the Daily Courier, said the plan was weak. He added that it would fail.",
            [("J Roe", "J Roe")],
        ),
        (  # tagged as an organisation, but writing in a magazine: a person
            "Indeed. E Varst, writing in the culture magazine Lumen, said the game was addictive.",
            [("E Varst", "E Varst")],
        ),
        ("By K Varnell\nThe plan failed.", [("K Varnell", "K Varnell")]),  # a byline
        ("Analyst P Drummond said shares would rise.", [("P Drummond", "P Drummond")]),
        ("The firm hired T Oduya, 52, last year.", [("T Oduya", "T Oduya")]),  # an age
        (  # the surname alone later resolves to the initialled name
            "The report was written by M Olsen, a lecturer at the college. Olsen said he was sure.",
            [("M Olsen", "M Olsen"), ("Olsen", "M Olsen")],
        ),
        (  # a title before the initial stays the title
            "Professor L Hartigan told the panel.",
            [("L Hartigan", "L Hartigan")],
        ),
    ],
)
def test_initialled_persons(nlp, text, expected):
    assert _persons(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The firm bought 1420 M Street, a ten-storey office block, last year.",  # an address
        "K Review said the album was the best of the year.",  # tagged ORG, no person cue
        "A Kestrel spokesman said no. J Acme said profits rose.",  # tagged ORG, no person cue
    ],
)
def test_not_initialled_persons(nlp, text):
    assert _persons(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("K Review said the album was good.", ["K Review"]),  # untagged, subject of "said"
        ("K Review said the album was good. The review is monthly.", []),  # a word in lower case
        ("The firm bought 1420 M Street, a new block.", []),  # after a figure: an address
        ("Buy 'N Go said prices rose.", []),  # glued to the word before
        ("AB and C Trading, a shop, said so.", []),  # "X and C ...": a firm's name
    ],
)
def test_initialled_persons_rule(nlp, text, expected):
    doc = nlp(text)
    v = TokenView(doc)
    got = initialled_persons(v, [], stop=_stop_words(doc))
    assert [" ".join(v.text[c.start : c.end]) for c in got if c.label == "PERSON"] == expected
