"""Sentence starts at paragraph breaks (a blank line), never at a single line break."""

from __future__ import annotations

import pytest
import spacy

from flows.nlp import PARAGRAPH_BREAKS, add_paragraph_breaks, pipeline_key
from transforms.sentences import paragraph_starts, suffix_stops, title_lines

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
    ("text", "titles"),
    [
        ("Acme boss dies aged 44\n\nBell led the firm. He was 44.", ["Acme boss dies aged 44"]),
        ("\n\nHead line\n  \n\nBody. More\n\nSub head\n", ["Head line", "Sub head"]),
        ("A line that ends. Then no stop\n\nWhy not?", []),  # punctuation anywhere: not a title
        ("Wait for it…\n\nNext", ["Next"]),
        (" ".join(["word"] * 21), []),  # past TITLE_WORDS: left to the parser
        ("", []),
    ],
)
def test_title_lines(text, titles):
    assert [text[a:b] for a, b in title_lines(text)] == titles


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # one point ends both the company's suffix and the sentence
        ("It sold the mill to Orvane Corp. The price was fair.", ["The"]),
        ("It sold the mill to Orvane Valves Corp. Jane Roe, its head, left.", ["Jane"]),
        ('It was sold to Orvane Inc. "We are pleased," Roe said.', ['"We']),
        ("Dealers are Kelm and Co. Notes will follow.", ["Notes"]),
        ("It sold the mill to Orvane Ltd. KLM said so.", ["KLM"]),
        ("It sold the mill to Orvane Ltd.\n\nThe price was fair.", []),  # a paragraph break
        # no sentence end
        ("Shares of Orvane Co. Ltd. rose.", []),  # the name goes on
        ("Orvane Co. L.P. rose.", []),
        ("The fund bought Orvane Corp. shares.", []),  # lower case after it
        ("He farms in Co. Kelby. The farm is small.", []),  # no name before: a county
        ("ORVANE CORP. SETS PAYOUT. It rose.", []),  # the suffix in capitals
        ("Orvane Corp. Kelm deal\n\nIt rose.", []),  # a headline: no final stop
        ("", []),
    ],
)
def test_suffix_stops(text, starts):
    assert [text[i : i + 3] for i in suffix_stops(text)] == [s[:3] for s in starts]


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
        ("Storm warning\n\nYes.\n\nNo.", ["Storm warning\n\n", "Yes.\n\n", "No."]),
        # a title line is one sentence (the parser alone closes one before the age)
        (
            "Acme boss Bell dies aged 44\n\nCharlie Bell led the firm.",
            ["Acme boss Bell dies aged 44\n\n", "Charlie Bell led the firm."],
        ),
        # a company suffix's point that ends the sentence (the parser alone runs the two on)
        (
            "The plant went to Kelm Valves Corp. Jane Roe, its head, was pleased.",
            ["The plant went to Kelm Valves Corp.", "Jane Roe, its head, was pleased."],
        ),
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
    # the token after a paragraph start is marked as no start, so the parser cannot close a
    # one-word sentence there; the others are left to the parser
    assert [(t.text, t.is_sent_start) for t in doc[5:9]] == [
        ("\n\n", None),
        ("The", True),
        ("operator", False),
        ("said", None),
    ]


def test_pipeline_key_follows_the_components():
    blank = spacy.blank("en")
    bare = pipeline_key(blank)
    assert pipeline_key(add_paragraph_breaks(blank)) != bare
    assert pipeline_key(spacy.blank("en")) == bare


TWO_PARAGRAPHS = f"{HEADLINE}\n\n{BODY}"
SPAWNED = f"""
import multiprocessing
import spacy
from flows.nlp import add_paragraph_breaks

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn", force=True)
    nlp = add_paragraph_breaks(spacy.blank("en"))
    texts = [{TWO_PARAGRAPHS!r}] * 2
    docs = nlp.pipe(texts, n_process=2, batch_size=1)
    print([[t.text for t in d if t.is_sent_start] for d in docs])
"""


def test_spawned_worker_processes_run_the_component(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "spawned.py"
    script.write_text(SPAWNED, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(root), "PATH": ""},
        timeout=300,
    )
    assert done.stdout.strip() == "[['Ferry', 'The'], ['Ferry', 'The']]"
