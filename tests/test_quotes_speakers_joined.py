"""Speaker mentions, round 19 (transforms/quotes/speakers.py): a name after a possessor and a
title ("Roe's lawyer Jane Doe said": Jane Doe, not the title nor the possessor) and sources
joined by "and" (the mention is the whole phrase as written, the name the first source's).
Invented short articles -> the exact rows (content, kind, resolved speaker, speaker mention as
written, cue)."""

from __future__ import annotations

import pytest

from tests.quote_rows import speaker_rows

CASES = [
    pytest.param(
        "The talks ended. Theodoris' lawyer Nikos Vassilakis described the panel's decision as "
        '"not unexpected" but told BBC Radio he would appeal.',
        [
            (
                'the panel\'s decision as "not unexpected"',
                "mixed",
                "Nikos Vassilakis",
                "Nikos Vassilakis",
                "described",
            ),
            ("not unexpected", "partial", "Nikos Vassilakis", "Nikos Vassilakis", "told"),
            ("he would appeal", "indirect", "Nikos Vassilakis", "Nikos Vassilakis", "told"),
        ],
        id="a-name-after-a-possessed-title-the-ner-cut-is-the-mention",
    ),
    pytest.param(
        "The trial opened on Monday. Roe's lawyer Jane Doe said the charges were false.",
        [("the charges were false", "indirect", "Jane Doe", "Jane Doe", "said")],
        id="a-name-after-a-possessed-title",
    ),
    pytest.param(
        "The trial opened on Monday. Jane Roe and Tom Doe said the plan would fail.",
        [("the plan would fail", "indirect", "Jane Roe", "Jane Roe and Tom Doe", "said")],
        id="two-joined-names-the-first-named-the-phrase-the-mention",
    ),
    pytest.param(
        'The talks ended. "The plan will fail," said Jane Roe and Tom Doe.',
        [("The plan will fail,", "direct", "Jane Roe", "Jane Roe and Tom Doe", "said")],
        id="joined-names-after-the-verb",
    ),
    pytest.param(
        "The trial opened on Monday. Acme and its partner said the plan would fail.",
        [("the plan would fail", "indirect", "Acme", "Acme and its partner", "said")],
        id="an-organisation-and-its-partner",
    ),
    pytest.param(
        "The talks ended. Jane Roe, Tom Doe and Ann Lee said the plan would fail.",
        [("the plan would fail", "indirect", "Jane Roe", "Jane Roe, Tom Doe and Ann Lee", "said")],
        id="a-list-of-three",
    ),
    pytest.param(
        "The talks ended. Jane Roe, a senior analyst at Acme, and Tom Doe said the plan would fail.",
        [("the plan would fail", "indirect", "Jane Roe", "Jane Roe", "said")],
        id="a-list-with-an-apposition-keeps-the-first-mention",
    ),
    pytest.param(
        "The talks ended. Roe said the plan would fail and Doe agreed.",
        [("the plan would fail and Doe agreed", "indirect", "Roe", "Roe", "said")],
        id="a-joined-clause-is-no-joined-source",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_joined_and_possessed_speakers(nlp, text: str, expected: list[tuple]) -> None:
    assert speaker_rows(nlp, text) == expected


def test_a_second_subject_after_a_possessed_title_is_the_speaker(nlp) -> None:
    """The parse of "Mavros' lawyer Gregory Antonakis described the plan" with title and name
    two subjects of the verb, the NER calling the name an organisation: the name is the mention."""
    from spacy.tokens import Doc

    from transforms.quotes.resolve import MentionIndex
    from transforms.quotes.speakers import speaker_for
    from transforms.types import Mention

    words = ["Mavros", "'", "lawyer", "Gregory", "Antonakis", "described", "the", "plan", "."]
    heads = [2, 0, 5, 4, 5, 5, 7, 5, 5]
    deps = ["poss", "case", "nsubj", "compound", "nsubj", "ROOT", "det", "dobj", "punct"]
    pos = ["PROPN", "PART", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    possessor = Mention(0, 6, "Mavros", "PERSON", "Mavros")
    start = doc[3].idx
    name = Mention(start, doc[4].idx + len(doc[4]), "Gregory Antonakis", "ORG", "Gregory Antonakis")
    spk = speaker_for(doc[2], MentionIndex(doc, [possessor, name]), [])
    assert (doc.text[spk.start : spk.end], spk.name) == ("Gregory Antonakis", "Gregory Antonakis")
