"""Reported speech (``indirect`` and ``mixed`` rows) from ``transforms.quotes.extract_quotes``:
verbs with a clausal complement, "according to", inverted and parenthetical cues, the first
objects of stance verbs, naming verbs, relative pronouns and speakers.

Invented sentences -> the extractor's exact rows (every kind). Labels after a colon, judgements
and intentions, more objects of stance and speech-act verbs (``_stance``), further cue
constructions, span boundaries and the property tests have their own modules
(``tests/test_quotes_reported_*.py``).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run

ALL_KINDS = frozenset(("direct", "partial", "scare", "block", "indirect", "mixed"))

CASES = [
    pytest.param(
        "Maria Lopez said the bridge would reopen in May.",
        [("the bridge would reopen in May", "indirect", "Maria Lopez", "Maria Lopez", "said")],
        id="clause-complement",
    ),
    pytest.param(
        "The minister told reporters that the budget was balanced.",
        [("that the budget was balanced", "indirect", None, "The minister", "told")],
        id="told-someone-that",
    ),
    pytest.param(
        "The bridge will reopen in May, Maria Lopez said.",
        [("The bridge will reopen in May", "indirect", "Maria Lopez", "Maria Lopez", "said")],
        id="cue-after-content",
    ),
    pytest.param(
        "The bridge will reopen in May, said Maria Lopez, the city engineer.",
        [("The bridge will reopen in May", "indirect", "Maria Lopez", "Maria Lopez", "said")],
        id="inverted-cue",
    ),
    pytest.param(
        "The bridge, the mayor said, will reopen in May.",
        [
            ("The bridge", "indirect", None, "the mayor", "said"),
            ("will reopen in May", "indirect", None, "the mayor", "said"),
        ],
        id="parenthetical-cue-splits-content",
    ),
    pytest.param(
        "According to the city council, the bridge will reopen in May.",
        [("the bridge will reopen in May", "indirect", None, "the city council", "According to")],
        id="according-to-before",
    ),
    pytest.param(
        "The bridge will reopen in May, according to the city council.",
        [("The bridge will reopen in May", "indirect", None, "the city council", "according to")],
        id="according-to-after",
    ),
    pytest.param(
        "The toll rose by ten cents, and that's according to the city council.",
        [("that", "indirect", None, "the city council", "'s according to")],
        id="according-to-after-be-its-subject",
    ),
    pytest.param(
        "That's according to the city council.",
        [("That", "indirect", None, "the city council", "'s according to")],
        id="according-to-after-be-sentence",
    ),
    pytest.param(
        "In addition, according to the ministry, more farmers will get the grant.",
        [("more farmers will get the grant", "indirect", None, "the ministry", "according to")],
        id="according-to-after-a-connective",
    ),
    pytest.param(
        "The mayor, according to two officials, will resign next week.",
        [
            ("The mayor", "indirect", None, "two officials", "according to"),
            ("will resign next week", "indirect", None, "two officials", "according to"),
        ],
        id="according-to-inside-its-clause",
    ),
    pytest.param(
        "In May, 85% of residents said the bridge was safe.",
        [("the bridge was safe", "indirect", None, "85%", "said")],
        id="speaker-a-percentage",
    ),
    pytest.param(
        "Less than a third agreed that the bridge should close.",
        [("that the bridge should close", "indirect", None, "Less than a third", "agreed")],
        id="speaker-a-share-parsed-as-modifier",
    ),
    pytest.param(
        "Two days later said the bridge was safe.",
        [("the bridge was safe", "indirect", None, None, "said")],
        id="speaker-not-a-time-modifier",
    ),
    pytest.param(
        "Maria Lopez urged the council to approve the budget.",
        [("the council to approve the budget", "indirect", "Maria Lopez", "Maria Lopez", "urged")],
        id="object-and-infinitive",
    ),
    pytest.param(
        "Maria Lopez criticized the new parking rules.",
        [("the new parking rules", "indirect", "Maria Lopez", "Maria Lopez", "criticized")],
        id="stance-verb-object",
    ),
    pytest.param(
        "The union called for a new vote.",
        [("a new vote", "indirect", None, "The union", "called")],
        id="prepositional-object",
    ),
    pytest.param(
        "Tom Baker believes the bridge is unsafe.",
        [("the bridge is unsafe", "indirect", "Tom Baker", "Tom Baker", "believes")],
        id="belief",
    ),
    pytest.param(
        "Polls show that most voters want a new bridge.",
        [("that most voters want a new bridge", "indirect", None, "Polls", "show")],
        id="evidence-verb-keeps-that",
    ),
    pytest.param(
        "Tom Baker said he thinks the bridge is unsafe.",
        [("he thinks the bridge is unsafe", "indirect", "Tom Baker", "Tom Baker", "said")],
        id="outer-report-wins",
    ),
    pytest.param(
        "The plan is popular. Residents say it will help, and Tom Baker says it will not.",
        [
            ("it will help", "indirect", None, "Residents", "say"),
            ("it will not", "indirect", "Tom Baker", "Tom Baker", "says"),
        ],
        id="side-report-cut-out",
    ),
    pytest.param(
        "Tom Baker arrived. He said the bridge was unsafe.",
        [("the bridge was unsafe", "indirect", "Tom Baker", "He", "said")],
        id="pronoun-resolved",
    ),
    pytest.param(
        'Maria Lopez said the plan was "a complete disaster" for the town.',
        [
            (
                'the plan was "a complete disaster" for the town',
                "mixed",
                "Maria Lopez",
                "Maria Lopez",
                "said",
            ),
            ("a complete disaster", "partial", "Maria Lopez", "Maria Lopez", "said"),
        ],
        id="mixed-holds-partial",
    ),
    pytest.param(
        'Maria Lopez called the plan "a complete disaster."',
        [
            ('the plan "a complete disaster."', "mixed", "Maria Lopez", "Maria Lopez", "called"),
            ("a complete disaster.", "partial", "Maria Lopez", "Maria Lopez", "called"),
        ],
        id="naming-verb-mixed-credits-fragment",
    ),
    pytest.param(
        'Maria Lopez said: "The bridge will reopen in May."',
        [("The bridge will reopen in May.", "direct", "Maria Lopez", "Maria Lopez", "said")],
        id="direct-only",
    ),
    pytest.param(
        '"The bridge will reopen in May," Maria Lopez said.',
        [("The bridge will reopen in May,", "direct", "Maria Lopez", "Maria Lopez", "said")],
        id="direct-cue-after",
    ),
    pytest.param(
        'Maria Lopez said that "the bridge will reopen in May."',
        [("the bridge will reopen in May.", "direct", "Maria Lopez", "Maria Lopez", "said")],
        id="that-plus-quotation-is-the-quotation",
    ),
    pytest.param(
        "Maria Lopez was quick to add that the bridge was safe.",
        [("that the bridge was safe", "indirect", "Maria Lopez", "Maria Lopez", "add")],
        id="speaker-of-controlling-clause",
    ),
    pytest.param(
        "DENVER, May 1 (Wire) — Maria Lopez told delegates that the bridge was safe.",
        [("that the bridge was safe", "indirect", "Maria Lopez", "Maria Lopez", "told")],
        id="speaker-after-dateline",
    ),
    pytest.param(
        "Maria Lopez likened the plan to a house of cards.",
        [("the plan to a house of cards", "indirect", "Maria Lopez", "Maria Lopez", "likened")],
        id="naming-verb-second-complement",
    ),
    pytest.param(
        "Throughout the debate, Maria Lopez cast herself as the heir of the old mayor.",
        [
            (
                "herself as the heir of the old mayor",
                "indirect",
                "Maria Lopez",
                "Maria Lopez",
                "cast",
            )
        ],
        id="naming-with-as-only-verb",
    ),
    pytest.param("Voters cast their ballots for Maria Lopez.", [], id="as-only-verb-without-as"),
    pytest.param(
        "Maria Lopez presented the plan as a compromise.",
        [("the plan as a compromise", "indirect", "Maria Lopez", "Maria Lopez", "presented")],
        id="present-as",
    ),
    pytest.param("Maria Lopez presented the award to the winner.", [], id="present-without-as"),
    pytest.param(
        "Maria Lopez reminded voters that the bridge was closed.",
        [("that the bridge was closed", "indirect", "Maria Lopez", "Maria Lopez", "reminded")],
        id="remind-addressee-that",
    ),
    pytest.param(
        'Maria Lopez grumbled that the plan was "a disaster" for everyone.',
        [
            (
                'that the plan was "a disaster" for everyone',
                "mixed",
                "Maria Lopez",
                "Maria Lopez",
                "grumbled",
            ),
            ("a disaster", "partial", "Maria Lopez", "Maria Lopez", "grumbled"),
        ],
        id="clause-around-attributed-fragment",
    ),
    pytest.param("The mayor likes the plan.", [], id="like-with-an-object-no-row"),
    pytest.param(
        "The mayor voiced criticism of the new budget.",
        [("the new budget", "indirect", None, "The mayor", "criticism")],
        id="content-preposition-of-is-not-the-speaker",
    ),
    pytest.param(
        "The criticism of the budget by the council was sharp.",
        [("the budget", "indirect", None, "the council", "criticism")],
        id="noun-cue-speaker-by",
    ),
    pytest.param(
        "The mayor welcomed a new plan in October with money for schools.",
        [
            (
                "a new plan in October with money for schools",
                "indirect",
                None,
                "The mayor",
                "welcomed",
            )
        ],
        id="object-with-phrases-hung-on-the-verb",
    ),
    pytest.param(
        "The mayor criticized the new parking rules in an interview.",
        [("the new parking rules", "indirect", None, "The mayor", "criticized")],
        id="object-stops-at-where-it-was-said",
    ),
    pytest.param(
        "Her support among young voters is weaker than it has ever been, according to a poll.",
        [
            (
                "Her support among young voters is weaker than it has ever been",
                "indirect",
                None,
                "a poll",
                "according to",
            )
        ],
        id="according-to-at-sentence-end-governs-all",
    ),
    pytest.param("The company found new markets for its goods.", [], id="found-object-no-row"),
    pytest.param(
        "The panel found that the bridge was unsafe.",
        [("that the bridge was unsafe", "indirect", None, "The panel", "found")],
        id="found-that-clause",
    ),
    pytest.param(
        "The plan, which the mayor criticized, failed.",
        [("which", "indirect", None, "the mayor", "criticized")],
        id="relative-pronoun-object",
    ),
    pytest.param(
        'Maria Lopez told NBC\'s "Today" that the bridge was safe.',
        [
            ("Today", "scare", None, None, None),
            ("that the bridge was safe", "indirect", "Maria Lopez", "Maria Lopez", "told"),
        ],
        id="quoted-title-word-is-scare",
    ),
    pytest.param(
        'Maria Lopez spoke on Monday. The bridge is a "disgrace" to the town.',
        [("disgrace", "scare", None, None, None)],
        id="short-fragment-without-own-cue-is-scare",
    ),
    pytest.param(
        "The council hopes the bridge will reopen in May.",
        [("the bridge will reopen in May", "indirect", None, "The council", "hopes")],
        id="verb-form-the-lemmatizer-gets-wrong",
    ),
    pytest.param(
        "Most residents see the new bridge as a waste of money.",
        [("the new bridge as a waste of money", "indirect", None, "Most residents", "see")],
        id="see-object-as-complement",
    ),
    pytest.param(
        "The mayor hopes for a quick repair of the bridge.",
        [("a quick repair of the bridge", "indirect", None, "The mayor", "hopes")],
        id="hope-for-object",
    ),
    pytest.param(
        "The union opposes raising the bus fares.",
        [("raising the bus fares", "indirect", None, "The union", "opposes")],
        id="stance-verb-gerund-object",
    ),
    pytest.param(
        "Maria Lopez referred to the plan as a disaster.",
        [("the plan as a disaster", "indirect", "Maria Lopez", "Maria Lopez", "referred")],
        id="prepositional-object-with-as-complement",
    ),
    pytest.param("Maria Lopez met the mayor on Monday.", [], id="no-cue-no-row"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_rows(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
