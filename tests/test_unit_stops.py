"""The full stop of a one-letter unit glued to a number is split off at a sentence end."""

from __future__ import annotations

import pytest
import spacy

from flows.nlp import UNIT_STOPS, add_unit_stops, pipeline_key
from transforms.unit_stops import split_unit_stops, unit_stop_splits

# (text, tokens after the split) with spaCy's English tokenizer and the component
TOKENS = [
    # a letter unit after a number, the stop ending a sentence another follows
    ("It paid $412m. Sales fell.", ["It", "paid", "$", "412", "m", ".", "Sales", "fell", "."]),
    ("Debt hit £3.7m. It grew.", ["Debt", "hit", "£", "3.7", "m", ".", "It", "grew", "."]),
    (
        "He ran the 800m. Then he won.",
        ["He", "ran", "the", "800", "m", ".", "Then", "he", "won", "."],
    ),
    ("It weighed 9g. Two more did.", ["It", "weighed", "9", "g", ".", "Two", "more", "did", "."]),
    (
        'It cost $8m. "No," he said.',
        ["It", "cost", "$", "8", "m", ".", '"', "No", ",", '"', "he", "said", "."],
    ),
    ("It cost $8m.\n\nHe left.", ["It", "cost", "$", "8", "m", ".", "\n\n", "He", "left", "."]),
    # a capital unit stays on its number; only the stop is split off
    ("It cost $6M. He left.", ["It", "cost", "$", "6M", ".", "He", "left", "."]),
    (
        "They sold the model 40B. Sales rose.",
        ["They", "sold", "the", "model", "40B", ".", "Sales", "rose", "."],
    ),
    # left alone: initials, abbreviations, a lower-case word next, the end of the text
    ("J. R. Smith spoke.", ["J.", "R.", "Smith", "spoke", "."]),
    ("Doe, Ann B. said no.", ["Doe", ",", "Ann", "B.", "said", "no", "."]),
    ("At 4 p.m. He left.", ["At", "4", "p.m.", "He", "left", "."]),
    ("No. 7 won.", ["No", ".", "7", "won", "."]),
    ("It was 5 m. He left.", ["It", "was", "5", "m.", "He", "left", "."]),  # not glued
    ("It cost $8m. of it.", ["It", "cost", "$", "8", "m.", "of", "it", "."]),
    ("It cost $8m.", ["It", "cost", "$", "8", "m."]),
    ("It cost $8m.\n", ["It", "cost", "$", "8", "m.", "\n"]),
    # already split by spaCy: untouched
    ("It rose 5 pct. Then", ["It", "rose", "5", "pct", ".", "Then"]),
    ("It cost 20p. Then", ["It", "cost", "20p", ".", "Then"]),
]


@pytest.fixture(scope="module")
def blank():
    return add_unit_stops(spacy.blank("en"))


@pytest.mark.parametrize(("text", "tokens"), TOKENS)
def test_tokens(blank, text, tokens):
    assert [t.text for t in blank(text)] == tokens


@pytest.mark.parametrize(
    ("words", "spaces", "splits"),
    [
        (["$", "9", "m.", "It"], [False, False, True, False], [(2, ["m", "."])]),
        (["9", "m.", "It"], [True, True, False], []),  # "9 m." is not glued
        (["9K.", "It"], [True, False], [(0, ["9K", "."])]),
        (["9K.", "it"], [True, False], []),
        (["A.", "Ray"], [True, False], []),
        (["9", "m.", " "], [False, False, False], []),  # only white space follows
    ],
)
def test_unit_stop_splits(words, spaces, splits):
    assert unit_stop_splits(words, spaces) == splits


def test_the_split_keeps_the_text(blank):
    text = "It paid $412m. Sales fell to 9K. Then 3M. rose."
    doc = blank(text)
    assert doc.text == text


def test_the_component_is_first_and_added_once(nlp):
    assert nlp.pipe_names[0] == UNIT_STOPS
    assert add_unit_stops(spacy.blank("en")).pipe_names == [UNIT_STOPS]
    assert add_unit_stops(add_unit_stops(spacy.blank("en"))).pipe_names == [UNIT_STOPS]


def test_pipeline_key_follows_the_component():
    assert pipeline_key(add_unit_stops(spacy.blank("en"))) != pipeline_key(spacy.blank("en"))


def test_a_doc_without_a_match_is_returned_as_is():
    doc = spacy.blank("en")("Sales fell by 4%. It rose.")
    assert split_unit_stops(doc) is doc
    assert [t.text for t in doc] == ["Sales", "fell", "by", "4", "%", ".", "It", "rose", "."]


# (text, the first token of each sentence) with the model
SENTENCES = [
    ("The council spent $612m. Critics called it a waste.", ["The", "Critics"]),
    ("She won the 400m. Her coach was pleased.", ["She", "Her"]),
    ("Its profit was £2.6m. Analysts had expected more.", ["Its", "Analysts"]),
    ("Ann B. Cole met J. K. Lane at 3 p.m. on Monday.", ["Ann"]),
]


@pytest.mark.parametrize(("text", "starts"), SENTENCES)
def test_the_parser_gets_the_sentence_break(nlp, text, starts):
    assert [s[0].text for s in nlp(text).sents] == starts
