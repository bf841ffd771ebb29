"""Sentence starts at paragraph breaks (a blank line), never at a single line break."""

from __future__ import annotations

import pytest
import spacy

from flows.nlp import PARAGRAPH_BREAKS, add_paragraph_breaks, pipeline_key
from transforms.sentences import paragraph_starts

HEADLINE = "Ferry firm cuts winter sailings"
BODY = "The operator said it would run fewer boats."

CASES = [
    # headline + body
    (f"{HEADLINE}\n\n{BODY}", ["The"]),
    (f"{HEADLINE}\n\n{BODY}\n\nIt blamed fuel costs.", ["The", "It "]),
    # hard-wrapped wire text: a single line break is no break, indented or not
    ("The operator said it would run\nfewer boats this\nwinter because of fuel costs.", []),
    (f"{BODY}\n    It blamed fuel costs.", []),
    # a line holding only spaces and tabs is a blank line
    (f"{HEADLINE}\n \t \n{BODY}", ["The"]),
    (f"{HEADLINE} \n\n {BODY}", ["The"]),
    (f"{HEADLINE}\n\n\n\n{BODY}", ["The"]),
    (f"{HEADLINE}\r\n\r\n{BODY}", ["The"]),
    # text starting or ending with line breaks
    (f"\n\n{BODY}", ["The"]),
    (f"{BODY}\n\n", []),
    # a paragraph opening with a quotation mark starts at the mark
    (f'{HEADLINE}\n\n"We have no choice," the operator said.', ['"We']),
    ("", []),
]


@pytest.mark.parametrize(("text", "starts"), CASES)
def test_paragraph_starts(text, starts):
    """The first three characters from each offset."""
    assert [text[i : i + 3] for i in paragraph_starts(text)] == starts


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (f"{HEADLINE}\n\n{BODY}", [f"{HEADLINE}\n\n", BODY]),
        (
            "Council backs plan for new tram line\n\nThe council voted 30 to 12 in favour.",
            ["Council backs plan for new tram line\n\n", "The council voted 30 to 12 in favour."],
        ),
        (
            "The operator said it would run\nfewer boats this\nwinter because of fuel costs.",
            ["The operator said it would run\nfewer boats this\nwinter because of fuel costs."],
        ),
        (f"\n\n{BODY}", ["\n\n", BODY]),
    ],
)
def test_the_parser_keeps_paragraph_starts(nlp, text, sentences):
    assert [s.text for s in nlp(text).sents] == sentences


def test_the_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index(PARAGRAPH_BREAKS) == names.index("parser") - 1


def test_without_a_parser_the_component_comes_first_and_is_added_once():
    blank = spacy.blank("en")
    assert add_paragraph_breaks(add_paragraph_breaks(blank)).pipe_names == [PARAGRAPH_BREAKS]
    doc = blank(f"{HEADLINE}\n\n{BODY}")
    assert [t.text for t in doc if t.is_sent_start] == ["Ferry", "The"]


def test_pipeline_key_follows_the_components():
    blank = spacy.blank("en")
    bare = pipeline_key(blank)
    assert pipeline_key(add_paragraph_breaks(blank)) != bare
    assert pipeline_key(spacy.blank("en")) == bare
