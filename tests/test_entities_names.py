"""Entity names inside an article: surname resolution and layout cues (invented sentences)."""

from __future__ import annotations

import pytest

from transforms.entities import extract_mentions
from transforms.entities.layout import Layout
from transforms.entities.resolve import clean_name, resolve_names


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
        # no full name: as written, white space collapsed
        (["Okonjo", "Okonjo\nIweala"], ["Okonjo", "Okonjo Iweala"]),
        # the most frequent spelling of one full name wins
        (
            ["Maria Lopez", "Maria  Lopez", "Maria Lopez", "Lopez"],
            ["Maria Lopez", "Maria Lopez", "Maria Lopez", "Maria Lopez"],
        ),
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
