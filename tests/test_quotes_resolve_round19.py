"""Resolved speakers on unseen news, round 19 (transforms/quotes/speakers.py, resolve_orgs.py,
resolve.py): a hyphenated name after a title, the name in apposition to "one of the X", "it" as
a source after its report (or the one organisation its report names), offices named only from
the article's own text, a lower-case description the tagger made a proper noun, and a place or
organisation a "who" clause describes. Invented short articles -> the exact rows (content,
kind, resolved speaker, speaker mention as written, cue)."""

from __future__ import annotations

import pytest

from tests.quote_rows import speaker_rows

CASES = [
    pytest.param(
        'Jobless numbers rose again. The increase "was due primarily to the start of winter", '
        "labour office chief Karl-Heinz Moser said.",
        [
            (
                'The increase "was due primarily to the start of winter"',
                "mixed",
                "Karl-Heinz Moser",
                "Karl-Heinz Moser",
                "said",
            ),
            (
                "was due primarily to the start of winter",
                "partial",
                "Karl-Heinz Moser",
                "Karl-Heinz Moser",
                "said",
            ),
        ],
        id="a-hyphenated-name-after-a-title-is-the-speaker",
    ),
    pytest.param(
        "The school was shut on Monday. But one of the so-called Hillside Five, Peter Dunn - who "
        "was freed last year - said the staff were pleased. He said the council had listened.",
        [
            ("the staff were pleased", "indirect", "Peter Dunn", "Peter Dunn", "said"),
            ("the council had listened", "indirect", "Peter Dunn", "He", "said"),
        ],
        id="one-of-the-x-then-a-name-is-the-name",
    ),
    pytest.param(
        "Exports will slow next year, the Organisation for Trade and Industrial Planning said. "
        "Imports will rise by 2.1 pct, it said in its annual review.",
        [
            (
                "Exports will slow next year",
                "indirect",
                "Organisation for Trade and Industrial Planning",
                "Organisation for Trade and Industrial Planning",
                "said",
            ),
            (
                "Imports will rise by 2.1 pct",
                "indirect",
                "Organisation for Trade and Industrial Planning",
                "it",
                "said",
            ),
        ],
        id="it-after-its-report-is-the-source-after-its-report-before",
    ),
    pytest.param(
        "Flights were cancelled on Friday, the Daily Planet reported. The airline said the "
        "strike would end soon.",
        [
            (
                "Flights were cancelled on Friday",
                "indirect",
                "the Daily Planet",
                "the Daily Planet",
                "reported",
            ),
            ("the strike would end soon", "indirect", None, "The airline", "said"),
        ],
        id="the-company-is-never-a-source-after-its-report",
    ),
    pytest.param(
        "Tom Baker opened the plant. But the prime minister says it is time for Mr Hall to say "
        "sorry.",
        [("it is time for Mr Hall to say sorry", "indirect", None, "the prime minister", "says")],
        id="an-office-named-nowhere-in-the-article-stays-unnamed",
    ),
    pytest.param(
        'The rally was loud. "My favourite show is the news," the billionaire business mogul '
        "told reporters.",
        [
            (
                "My favourite show is the news,",
                "direct",
                None,
                "the billionaire business mogul",
                "told",
            )
        ],
        id="a-lower-case-description-tagged-a-proper-noun-is-no-name",
    ),
    pytest.param(
        "Jane Roe, the prime minister, visited the plant on Monday. The prime minister said the "
        "jobs were safe.",
        [("the jobs were safe", "indirect", "Jane Roe", "The prime minister", "said")],
        id="an-office-written-in-apposition-names-its-holder",
    ),
    pytest.param(
        "Prime Minister Jane Roe visited the plant on Monday. The prime minister said the jobs "
        "were safe.",
        [("the jobs were safe", "indirect", "Jane Roe", "The prime minister", "said")],
        id="an-office-written-as-a-title-names-its-holder",
    ),
    pytest.param(
        "Sales record\n\nSales at Harbour Foods rose 5 pct in the first quarter, it said.",
        [
            (
                "Sales at Harbour Foods rose 5 pct in the first quarter",
                "indirect",
                "Harbour Foods",
                "it",
                "said",
            )
        ],
        id="it-after-its-report-with-no-earlier-organisation-is-the-one-in-the-report",
    ),
    pytest.param(
        "Tom Bell quit as head of Acme Widgets and joined Delta Foods, the firm said.",
        [
            (
                "Tom Bell quit as head of Acme Widgets and joined Delta Foods",
                "indirect",
                None,
                "the firm",
                "said",
            )
        ],
        id="two-organisations-in-the-report-leave-the-firm-unnamed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_resolved_speakers_round19(nlp, text: str, expected: list[tuple]) -> None:
    assert speaker_rows(nlp, text) == expected


def _index(nlp, words: list[str], heads: list[int], deps: list[str], label: str) -> str:
    """The label MentionIndex gives "Novak" in a hand-parsed sentence, named ``label`` by NER."""
    from spacy.tokens import Doc

    from transforms.quotes.resolve import MentionIndex
    from transforms.types import Mention

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    tok = doc[words.index("Novak")]
    mention = Mention(tok.idx, tok.idx + len(tok), tok.text, label, tok.text)
    return MentionIndex(doc, [mention]).mentions[0].label


@pytest.mark.parametrize(
    ("words", "heads", "deps", "expected"),
    [
        pytest.param(
            ["Novak", ",", "who", "scored", ",", "denied", "it", "."],
            [5, 0, 3, 0, 0, 5, 5, 5],
            ["nsubj", "punct", "nsubj", "relcl", "punct", "ROOT", "dobj", "punct"],
            "PERSON",
            id="a-place-a-who-clause-describes-is-a-person",
        ),
        pytest.param(
            ["an", "analyst", "at", "Novak", ",", "who", "said", "so", "."],
            [1, 1, 1, 2, 3, 6, 3, 6, 1],
            ["det", "ROOT", "prep", "pobj", "punct", "nsubj", "relcl", "advmod", "punct"],
            "GPE",
            id="not-a-preposition's-object-the-parser-hung-the-clause-on",
        ),
    ],
)
def test_a_who_clause_makes_a_person(
    nlp, words: list[str], heads: list[int], deps: list[str], expected: str
) -> None:
    assert _index(nlp, words, heads, deps, "GPE") == expected
