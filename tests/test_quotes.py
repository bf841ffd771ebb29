"""Quotations with kind, speaker and cue: ``transforms.quotes.extract_quotes``.

Mentions are built from the model's entities directly (as the backbone does), so these cases test
the attributor, not the entities extractor.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.contract import QUOTE_KINDS
from transforms.quotes import extract_quotes
from transforms.types import Mention

NUMERIC = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


def _mentions(doc) -> list[Mention]:
    return [
        Mention(e.start_char, e.end_char, e.text, e.label_, name=e.text)
        for e in doc.ents
        if e.label_ not in NUMERIC
    ]


QUOTATION_KINDS = frozenset(("direct", "partial", "scare", "block"))


def _run(nlp, text: str, kinds: frozenset[str] = QUOTATION_KINDS) -> list[tuple]:
    """Rows of ``kinds`` (by default the quotations in marks; reported speech has its own
    tables in ``test_quotes_reported.py``)."""
    doc = nlp(text)
    out = []
    for q in extract_quotes(doc, mentions=_mentions(doc)):
        if q.kind not in kinds:
            continue
        assert doc.text[q.start : q.end] == q.text
        mention = None if q.speaker_start is None else doc.text[q.speaker_start : q.speaker_end]
        out.append((q.text, q.kind, q.speaker, mention, q.cue))
    return out


CASES = [
    pytest.param(
        "“We will rebuild the bridge by spring,” Maria Lopez said on Monday.",
        [("We will rebuild the bridge by spring,", "direct", "Maria Lopez", "Maria Lopez", "said")],
        id="quote-comma-X-said",
    ),
    pytest.param(
        "“The plan is dead,” said Robert Hall, a senior analyst at the bank.",
        [("The plan is dead,", "direct", "Robert Hall", "Robert Hall", "said")],
        id="said-X-inversion",
    ),
    pytest.param(
        "Robert Hall said: “The plan is dead. Nobody wants it.”",
        [("The plan is dead. Nobody wants it.", "direct", "Robert Hall", "Robert Hall", "said")],
        id="X-said-colon",
    ),
    pytest.param(
        "Maria Lopez, who has led the union for a decade and fought two strikes, told reporters:"
        " “We are not going back to work.”",
        [
            (
                "We are not going back to work.",
                "direct",
                "Maria Lopez",
                "Maria Lopez",
                "told",
            )
        ],
        id="X-long-apposition-told",
    ),
    pytest.param(
        "“Prices will keep rising,” according to Robert Hall.",
        [("Prices will keep rising,", "direct", "Robert Hall", "Robert Hall", "according to")],
        id="according-to",
    ),
    pytest.param(
        "Senator Angela Brooks tweeted, “This bill is a disgrace.”",
        [("This bill is a disgrace.", "direct", "Angela Brooks", "Angela Brooks", "tweeted")],
        id="X-tweeted",
    ),
    pytest.param(
        "“We need more time,” Maria Lopez warned. “The talks are fragile.”",
        [
            ("We need more time,", "direct", "Maria Lopez", "Maria Lopez", "warned"),
            ("The talks are fragile.", "direct", "Maria Lopez", "Maria Lopez", None),
        ],
        id="second-quote-same-paragraph",
    ),
    pytest.param(
        "Robert Hall spoke after the vote. “It was close,” he said.",
        [("It was close,", "direct", "Robert Hall", "he", "said")],
        id="he-said-resolved",
    ),
    pytest.param(
        "Ms. Angela Brooks met Robert Hall on Friday. “It went well,” she added.",
        [("It went well,", "direct", "Angela Brooks", "she", "added")],
        id="she-added-gender",
    ),
    pytest.param(
        "“We will appeal,” Robert Hall said.\n\n“The ruling ignores the evidence.”",
        [
            ("We will appeal,", "direct", "Robert Hall", "Robert Hall", "said"),
            ("The ruling ignores the evidence.", "direct", "Robert Hall", "Robert Hall", None),
        ],
        id="paragraph-continuation",
    ),
    pytest.param(
        "The economy is slowing, said political scientist Maria Lopez.\n\n"
        "“Nobody in the government wants to admit it.”",
        [
            (
                "Nobody in the government wants to admit it.",
                "direct",
                "Maria Lopez",
                "Maria Lopez",
                None,
            )
        ],
        id="reported-speech-then-quote-paragraph",
    ),
    pytest.param(
        "“This is only the first part of the story\n\n“and the second part is worse,” Robert Hall"
        " said.",
        [
            (
                "This is only the first part of the story",
                "direct",
                "Robert Hall",
                "Robert Hall",
                None,
            ),
            ("and the second part is worse,", "direct", "Robert Hall", "Robert Hall", "said"),
        ],
        id="multi-paragraph-quote",
    ),
    pytest.param(
        "The country’s foreign minister, Robert Hall, arrived on Sunday.\n\n"
        "“We expect a deal soon,” the minister said.",
        [("We expect a deal soon,", "direct", "Robert Hall", "the minister", "said")],
        id="descriptive-mention",
    ),
    pytest.param(
        "Maria Lopez said on Saturday that the troops had “launched an offensive in the east.”",
        [
            (
                "launched an offensive in the east.",
                "partial",
                "Maria Lopez",
                "Maria Lopez",
                "said",
            )
        ],
        id="partial",
    ),
    pytest.param(
        "Maria Lopez told the crowd that “the end of our town.”",
        [("the end of our town.", "partial", "Maria Lopez", "Maria Lopez", "told")],
        id="lower-case-phrase-after-that-is-partial",
    ),
    pytest.param(
        "Robert Hall said the plan was “dead on arrival.”",
        [("dead on arrival.", "partial", "Robert Hall", "Robert Hall", "said")],
        id="lower-case-after-a-word-is-partial",
    ),
    pytest.param(
        "Robert Hall predicted voters “will be angry for a long time.”",
        [("will be angry for a long time.", "partial", "Robert Hall", "Robert Hall", "predicted")],
        id="lower-case-after-an-object-is-partial",
    ),
    pytest.param(
        "Maria Lopez says “we kept the library open through the winter.”",
        [
            (
                "we kept the library open through the winter.",
                "direct",
                "Maria Lopez",
                "Maria Lopez",
                "says",
            )
        ],
        id="lower-case-clause-after-says-is-direct",
    ),
    pytest.param(
        "The network's new drama, “Night Shift,” opens on Friday.",
        [("Night Shift,", "scare", None, None, None)],
        id="title-apposed-to-a-noun-is-scare",
    ),
    pytest.param(
        "One new ad, “Fresh Start,” shows a farmer at work.",
        [("Fresh Start,", "scare", None, None, None)],
        id="title-apposed-to-a-noun-before-a-verb-is-scare",
    ),
    pytest.param(
        "State Senator Marcia “Cia” Lopez spoke on Monday.",
        [("Cia", "scare", None, None, None)],
        id="nickname-inside-a-name",
    ),
    pytest.param(
        "Maria Roe has praised the plan and, in her words, “it will save the town.”",
        [("it will save the town.", "direct", "Maria Roe", "her", "in her words")],
        id="in-her-words",
    ),
    pytest.param(
        "The festival was moved because, in the words of Ann Roe, “the town has no more rooms.”",
        [("the town has no more rooms.", "direct", "Ann Roe", "Ann Roe", "in the words")],
        id="in-the-words-of-X",
    ),
    pytest.param(
        "The festival was moved. In other words, “the town has no more rooms.”",
        [("the town has no more rooms.", "direct", None, None, None)],
        id="in-other-words-credits-nobody",
    ),
    pytest.param(
        "“You have set a new standard,” the two write.",
        [("You have set a new standard,", "direct", None, "two", "write")],
        id="cue-tagged-as-a-noun-after-a-number",
    ),
    pytest.param(
        '"The kingdom is a partner in this fight," the ministers state in the report.',
        [("The kingdom is a partner in this fight,", "direct", None, "ministers", "state")],
        id="cue-tagged-as-a-noun-before-a-preposition",
    ),
    pytest.param(
        "Mayor Tom Baker's reply: “Not today.”",
        [("Not today.", "direct", "Tom Baker", "Tom Baker", "Mayor Tom Baker's reply")],
        id="possessive-speech-noun-before-a-colon",
    ),
    pytest.param(
        "Maria Lopez's campaign: “We will win.”",
        [("We will win.", "direct", None, None, None)],
        id="possessive-other-noun-before-a-colon-credits-nobody",
    ),
    pytest.param(
        "“We will win this seat,” said ranking Democrat Ann Roe (D-Md.).",
        [("We will win this seat,", "direct", "Ann Roe", "Ann Roe", "said")],
        id="said-a-title-the-tagger-read-as-a-verb",
    ),
    pytest.param(
        "All of the “red lines” have been crossed.",
        [("red lines", "scare", None, None, None)],
        id="scare",
    ),
    pytest.param(
        "''We are ready for the storm,'' Mayor Robert Hall said.",
        [("We are ready for the storm,", "direct", "Robert Hall", "Robert Hall", "said")],
        id="doubled-apostrophes",
    ),
    pytest.param(
        "‘We have not seen the last of this,’ Angela Brooks says",
        [
            (
                "We have not seen the last of this,",
                "direct",
                "Angela Brooks",
                "Angela Brooks",
                "says",
            )
        ],
        id="single-curly-headline",
    ),
    pytest.param(
        "“My father always said, ‘Never give up,’ and I never did,” Maria Lopez said.",
        [
            (
                "My father always said, ‘Never give up,’ and I never did,",
                "direct",
                "Maria Lopez",
                "Maria Lopez",
                "said",
            )
        ],
        id="nested-single-in-double",
    ),
    pytest.param(
        "Putin’s men played rock 'n' roll from the '90s, Robert Hall said.",
        [],
        id="apostrophes-are-not-quotes",
    ),
    pytest.param(
        "He said “the deal is off and left.\n\nMaria Lopez said: “We are still talking.”",
        [
            ("the deal is off and left.", "direct", None, "He", "said"),
            ("We are still talking.", "direct", "Maria Lopez", "Maria Lopez", "said"),
        ],
        id="unbalanced-mark-bails-out-in-its-paragraph",
    ),
    pytest.param(
        "“It is a good day for the city!” beamed Angela Brooks.",
        [("It is a good day for the city!", "direct", "Angela Brooks", "Angela Brooks", "beamed")],
        id="any-verb-right-after-quote",
    ),
    pytest.param(
        "Maria Lopez wrote on her blog:\n\nThe council has failed the city for ten years and"
        " nobody has paid for it.\n\nThe vote is on Friday.",
        [
            (
                "The council has failed the city for ten years and nobody has paid for it.",
                "block",
                "Maria Lopez",
                "Maria Lopez",
                "wrote",
            )
        ],
        id="block-after-colon",
    ),
    pytest.param(
        "The bill was backed by Robert Hall, who declared on Monday, “This is the right thing"
        " to do.”",
        [("This is the right thing to do.", "direct", "Robert Hall", "who", "declared")],
        id="who-said",
    ),
    pytest.param(
        "She described the years in her memoir, “Hard Roads,” published in May.",
        [("Hard Roads,", "scare", None, None, None)],
        id="title-of-a-work",
    ),
    pytest.param(
        '"We will win," Maria Lopez said on NBC\'s "Meet the Press." "The polls are wrong."',
        [
            ("We will win,", "direct", "Maria Lopez", "Maria Lopez", "said"),
            ("Meet the Press.", "scare", None, None, None),
            ("The polls are wrong.", "direct", "Maria Lopez", "Maria Lopez", None),
        ],
        id="title-of-a-programme-after-possessive",
    ),
    pytest.param(
        '"It is over," said John Smith, the author of "Hard Times and Good Days," a history.',
        [
            ("It is over,", "direct", "John Smith", "John Smith", "said"),
            ("Hard Times and Good Days,", "scare", None, None, None),
        ],
        id="title-of-a-work-after-of",
    ),
    pytest.param(
        "Robert Hall continued his remarks.\n\n“We will not stop here.”",
        [("We will not stop here.", "direct", "Robert Hall", "Robert Hall", None)],
        id="sentence-topic-before-quote",
    ),
    pytest.param(
        "The report was clear.\n\n“Nobody knows what comes next.”",
        [("Nobody knows what comes next.", "direct", None, None, None)],
        id="no-speaker-left-null",
    ),
    pytest.param(
        'In a clip that Judge Tom Baker called "distasteful," Ann Roe expressed a desire to leave.',
        [("distasteful,", "partial", "Tom Baker", "Tom Baker", "called")],
        id="complement-of-the-cue-right-before-the-mark-beats-a-verb-after-it",
    ),
    pytest.param(
        'The crowd chanted "Lock her up," Ann Roe recalled.',
        [("Lock her up,", "direct", None, "The crowd", "chanted")],
        id="chant-reported-by-another-is-the-chanters",
    ),
    pytest.param(
        '"We will rebuild the bridge. "It will take a year," Tom Baker said.',
        [
            ("We will rebuild the bridge.", "direct", "Tom Baker", "Tom Baker", None),
            ("It will take a year,", "direct", "Tom Baker", "Tom Baker", "said"),
        ],
        id="quotation-paragraphs-run-together-in-one-line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract_quotes(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text) == expected


def test_no_quotes_no_work(nlp) -> None:
    assert extract_quotes(nlp("Nothing quoted here.")) == []


_CHARS = st.sampled_from(
    [*"ab Xy.,!?:-\n\"“”‘’'", " said", " Maria Lopez", " he", "''", "\n\n", " according to"]
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(_CHARS, max_size=40).map("".join))
def test_offsets_point_at_text(nlp, text: str) -> None:
    doc = nlp(text)
    for q in extract_quotes(doc, mentions=_mentions(doc)):
        assert doc.text[q.start : q.end] == q.text
        assert q.kind in QUOTE_KINDS
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(doc.text)
