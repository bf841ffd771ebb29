"""Who "he"/"she" or "the 30-year-old" as a speaker stands for (transforms/quotes/pronouns.py)
and the person facts it reads (transforms/quotes/resolve.py: gender from an honorific right
before a name, persons the NER labelled organisations). Invented short articles -> the exact rows (every kind), with the
article's mentions as a run finds them (``extract_mentions``).
"""

from __future__ import annotations

import pytest

from tests.quote_rows import speaker_rows
from transforms.quotes.resolve import as_persons
from transforms.types import Mention

CASES = [
    pytest.param(
        "Review: The Lost Brother\n\nJane Doe has criticised the show's treatment of guests. "
        "She said the guests were kept cold and hungry.",
        [
            ("the show's treatment of guests", "indirect", "Jane Doe", "Jane Doe", "criticised"),
            ("the guests were kept cold and hungry", "indirect", "Jane Doe", "She", "said"),
        ],
        id="a-title-word-ending-the-line-before-gives-the-name-no-gender",
    ),
    pytest.param(
        "Acme Corp said sales rose. Tom Baker, the chief executive, was pleased. A spokeswoman "
        "for the firm told reporters the plant would close. She said 200 jobs would go.",
        [
            ("sales rose", "indirect", "Acme Corp", "Acme Corp", "said"),
            ("the plant would close", "indirect", None, "A spokeswoman", "told"),
            ("200 jobs would go", "indirect", None, "She", "said"),
        ],
        id="she-after-an-unnamed-spokeswoman-is-the-spokeswoman",
    ),
    pytest.param(
        "Tom Baker said the road would reopen in May. A council official told reporters the "
        "work was late. He said the cost had doubled.",
        [
            ("the road would reopen in May", "indirect", "Tom Baker", "Tom Baker", "said"),
            ("the work was late", "indirect", None, "A council official", "told"),
            ("the cost had doubled", "indirect", None, "He", "said"),
        ],
        id="he-after-an-unnamed-official-is-the-official",
    ),
    pytest.param(
        "Peter Hall spoke to reporters on Monday. Tom Baker will lead the team next season, he "
        "said.",
        [("Tom Baker will lead the team next season", "indirect", "Peter Hall", "he", "said")],
        id="a-name-inside-the-clause-he-reports-is-not-he",
    ),
    pytest.param(
        "Mary Stone said costs had risen. The head of the unit, Tom Baker, spoke at the meeting "
        'on Friday. "We are ready for the winter," he said.',
        [
            ("costs had risen", "indirect", "Mary Stone", "Mary Stone", "said"),
            ("We are ready for the winter,", "direct", "Tom Baker", "he", "said"),
        ],
        id="a-name-in-apposition-to-the-main-subject-is-the-topic",
    ),
    pytest.param(
        "Anna Field won the race in Leeds on Sunday. Field led from the start, ahead of Kate "
        "Moss. The 30-year-old said the wind had helped.",
        [("the wind had helped", "indirect", "Anna Field", "The 30-year-old", "said")],
        id="an-age-description-is-the-person-named-most",
    ),
    pytest.param(
        "Tom Baker sang at the festival on Friday. Baker was joined by a choir. The singer said "
        "the crowd was the best he had seen.",
        [("the crowd was the best he had seen", "indirect", "Tom Baker", "The singer", "said")],
        id="a-trade-description-is-the-person-named-most",
    ),
    pytest.param(
        "Tom Baker met Paul Reed on Friday. The singer said the crowd was great.",
        [("the crowd was great", "indirect", None, "The singer", "said")],
        id="a-trade-description-with-nobody-named-twice-stays-unnamed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pronoun_speakers(nlp, text: str, expected: list[tuple]) -> None:
    assert speaker_rows(nlp, text) == expected


def _m(start: int, text: str, label: str, name: str, title: str | None = None) -> Mention:
    return Mention(start, start + len(text), text, label, name, title)


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        pytest.param(
            [
                _m(0, "Jane Roe-Hill", "PERSON", "Jane Roe-Hill"),
                _m(40, "Roe-Hill", "ORG", "Roe-Hill"),
            ],
            [("PERSON", "Jane Roe-Hill"), ("PERSON", "Jane Roe-Hill")],
            id="the-surname-of-a-person-named-in-full",
        ),
        pytest.param(
            [_m(4, "Baker", "ORG", "Baker", "Mr")],
            [("PERSON", "Baker")],
            id="an-organisation-written-with-mr",
        ),
        pytest.param(
            [_m(0, "Acme Corp", "ORG", "Acme Corp"), _m(30, "Acme", "ORG", "Acme")],
            [("ORG", "Acme Corp"), ("ORG", "Acme")],
            id="organisations-stay",
        ),
        pytest.param(
            [_m(0, "Tom Ford", "PERSON", "Tom Ford"), _m(30, "Ford Motor", "ORG", "Ford Motor")],
            [("PERSON", "Tom Ford"), ("ORG", "Ford Motor")],
            id="a-name-of-two-words-stays",
        ),
    ],
)
def test_as_persons(mentions: list[Mention], expected: list[tuple[str, str]]) -> None:
    assert [(m.label, m.name) for m in as_persons(mentions)] == expected
