"""The labels of wire comparison rows are no names (all invented)."""

from __future__ import annotations

import pytest

from transforms.entities.layout import Layout
from transforms.extract import extract_facts
from transforms.recase import recase_for_parsing


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Shr 1.12 dlrs vs 98 cts", "Shr "),
        ("Net 4,210,000 vs 3,980,000", "Net "),
        ("Revs 31.7 mln vs 28.4 mln", "Revs "),
        ("Oper shr loss 12 cts vs loss 1.05 dlrs", "Oper shr loss "),
        ("Avg shrs 9.2 mln vs 8.8 mln", "Avg shrs "),
        ("Shr loss 12 cts vs profit 1.05 dlrs", "Shr loss "),
        ("Pelham 245 vs Dunmore 240", None),  # a result between two names
        ("Pelham 2 Dunmore 1", None),
        ("Korvald said net was 5 mln vs 4 mln in the year", None),  # a sentence
        ("Qtly div five cts vs five cts prior", None),  # no figure in digits
    ],
)
def test_comparison_row_labels(line, label):
    (ln,) = Layout(line).lines
    assert (line[: ln.row_label_end] if ln.row_label_end >= 0 else None) == label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veldra Mining Inc said its results were:\n\nShr 47 cts vs 31 cts\n"
            "Net 1,290,000 vs 1,105,000\nRevs 18.6 mln vs 17.2 mln\nAvg shrs 3.7 mln vs 3.6 mln",
            ["Veldra Mining Inc"],
        ),
    ],
)
def test_row_labels_are_no_mentions(nlp, text, expected):
    facts = extract_facts(nlp(recase_for_parsing(text)), text=text)
    assert [m.text for m in facts.mentions] == expected
