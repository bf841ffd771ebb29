"""Entity names inside an article: surname resolution and layout cues (invented sentences)."""

from __future__ import annotations

import pytest

from transforms.entities import extract_mentions
from transforms.entities.layout import Layout
from transforms.entities.persons import honorific_persons
from transforms.entities.resolve import clean_name, resolve_names
from transforms.entities.spans import Cand, TokenView


def _mentions(nlp, text: str) -> list[tuple[str, str, str, str | None]]:
    return [(m.text, m.label, m.name, m.title) for m in extract_mentions(nlp(text))]


# --- in-article surname resolution ---------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Ann Lee", "Lee", "A. Lee", "B. Lee"], ["Ann Lee", "Ann Lee", "Ann Lee", "B. Lee"]),
        # two full names share the surname: the lone surname stays as written
        (["Anna Berg", "Lars Berg", "Berg"], ["Anna Berg", "Lars Berg", "Berg"]),
        # a spelling variant of exactly one surname resolves to it
        (["Pyotr Zhadanov", "Zhadanoff"], ["Pyotr Zhadanov", "Pyotr Zhadanov"]),
        # white space collapsed; the lone word opens the one full name
        (["Okonjo", "Okonjo\nIweala"], ["Okonjo Iweala", "Okonjo Iweala"]),
        (["Okonjo", "Iweala\nOkonjo"], ["Iweala Okonjo", "Iweala Okonjo"]),
        # the most frequent spelling of one full name wins
        (
            ["Maria Lopez", "Maria  Lopez", "Maria Lopez", "Lopez"],
            ["Maria Lopez", "Maria Lopez", "Maria Lopez", "Maria Lopez"],
        ),
        # a lone first name of exactly one full name resolves to it
        (["Ines Falk", "Ines", "Falk"], ["Ines Falk", "Ines Falk", "Ines Falk"]),
        (["Ines Falk", "Ines Morel", "Ines"], ["Ines Falk", "Ines Morel", "Ines"]),  # two Ineses
        (["Tom Varga", "Pal Tom", "Tom"], ["Tom Varga", "Pal Tom", "Pal Tom"]),  # surname first
        (["J. Varga", "J"], ["J. Varga", "J"]),  # an initial is no first name
        # no full name: a lone surname, and another spelling, resolve to the one initialled name
        (["J Roe", "Roe", "J. Roe", "Roe"], ["J Roe", "J Roe", "J Roe", "J Roe"]),
        (["J Roe", "K Roe", "Roe"], ["J Roe", "K Roe", "Roe"]),  # two initials: left
        (["Jo Roe", "J Roe", "Roe"], ["Jo Roe", "Jo Roe", "Jo Roe"]),  # a full name first
    ],
)
def test_resolve_names(names, expected):
    assert resolve_names(names) == expected


def test_surname_with_two_full_names_is_not_resolved(nlp):
    got = _mentions(nlp, "The company hired Anna Berg, and Lars Berg left. Berg said nothing.")
    assert got == [
        ("Anna Berg", "PERSON", "Anna Berg", None),
        ("Lars Berg", "PERSON", "Lars Berg", None),
        ("Berg", "PERSON", "Berg", None),
    ]


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # "Mr", "Mrs" or "Ms" before a name: a person, however the tagger labelled the span
        ("Asked again, Mr Tolland replied.", "Mr Tolland", "GPE", ("Tolland", "PERSON", "Mr")),
        ("It met at Mrs Kettle-Vane's home.", "Mrs Kettle - Vane", "FAC", ("Kettle - Vane", "PERSON", "Mrs")),  # tokens
        ("Then Ms Orme left.", "Ms Orme", "PERSON", ("Orme", "PERSON", "Ms")),
        # other words that open brand or show names leave the span alone
        ("He drank Dr Fizz daily.", "Dr Fizz", "ORG", ("Dr Fizz", "ORG", None)),
        ("They saw Miss Saigon twice.", "Miss Saigon", "WORK_OF_ART", ("Miss Saigon", "WORK_OF_ART", None)),
    ],
)  # fmt: skip
def test_honorific_persons(nlp, text, span, label, expected):
    v = TokenView(nlp(text))
    words = span.split()
    start = next(i for i in range(v.n) if v.text[i : i + len(words)] == words)
    c = Cand(start, start + len(words), label)
    honorific_persons(v, [c])
    assert (" ".join(v.text[c.start : c.end]), c.label, c.title) == expected


@pytest.mark.parametrize(("raw", "expected"), [("A\n B", "A B"), ("  X  ", "X"), ("Y Z", "Y Z")])
def test_clean_name(raw, expected):
    assert clean_name(raw) == expected


# --- layout cues ---------------------------------------------------------------------------


def test_layout_cues():
    text = (
        "SOCCER - CITY WIN AGAIN .\nMADRID , Spain 2001-05-04\nA plain sentence here.\nLeeds 3 5 1"
    )
    lines = Layout(text).lines
    assert [(ln.all_caps, ln.table) for ln in lines] == [
        (True, False),
        (False, False),
        (False, False),
        (False, True),
    ]
    assert [text[a:b] for a, b in lines[1].dateline] == ["MADRID", "Spain"]
    assert Layout(text).line_at(text.index("plain")) == lines[2]
