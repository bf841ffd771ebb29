"""The generated unit and currency vocabulary is what its sources give today."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.numbers.lexer import lex
from transforms.numbers.units import currency_name, local_symbol


def test_vocab_data_is_up_to_date():
    pytest.importorskip("quantulum3")
    pytest.importorskip("babel")
    from newsfacts.vocab import OUT, render

    assert Path(OUT).read_text(encoding="utf-8") == render(), (
        "transforms/numbers/vocab_data.py is stale: run `python -m newsfacts.vocab`"
    )


@pytest.mark.parametrize(
    ("word", "code"),
    [("dlrs", "USD"), ("dlr", "USD"), ("stg", "GBP"), ("cts", "cent"), ("lire", "ITL"),
     ("yen", "JPY"), ("guilders", "NLG"), ("ringgit", "MYR")],
)  # fmt: skip
def test_wire_and_currency_words(word, code):
    assert currency_name(word) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [("RM45 a month", ("MYR", 1)), ("RM2 model", None), ("PS2.7m", ("GBP", 1)), ("PS5", None),
     ("Y=590 billion", ("JPY", 2)), ("Kč300", ("CZK", 1)), ("xRM4.5", None)],
)  # fmt: skip
def test_local_symbols(text, expected):
    lexemes = lex(text)
    i = 1 if text.startswith("x") else 0
    assert local_symbol(lexemes, i) == expected
