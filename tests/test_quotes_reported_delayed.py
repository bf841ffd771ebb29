"""A that-clause kept from its verb of saying by a phrase of when, where or how it was said
(:mod:`transforms.quotes.reported_delayed`), and a that-clause of a verb of the other word lists
("repeated that", "swore that"; :meth:`transforms.quotes.reported._Finder.that_relations`), and
a noun cue's that-clause the parser took for a relative clause ("the revelation [that …]").

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Jane Roe said earlier on Monday during a press briefing that she may wait until March"
        " to decide who to hire.",
        [
            (
                "that she may wait until March to decide who to hire",
                "indirect",
                "Jane Roe",
                "Jane Roe",
                "said",
            )
        ],
        id="that-read-as-a-relative-pronoun-of-the-phrase",
    ),
    pytest.param(
        "The governor recalled in 2010 that before the flood, the town wasn't taken seriously"
        " by its neighbours.",
        [
            (
                "that before the flood, the town wasn't taken seriously by its neighbours",
                "indirect",
                None,
                "The governor",
                "recalled",
            )
        ],
        id="clause-hung-on-the-cue-as-a-side-clause",
    ),
    pytest.param(
        "The senator continues to insist, most recently in a Monday interview with CBS, that"
        " she really wants to publish her records.",
        [
            (
                "that she really wants to publish her records",
                "indirect",
                None,
                "The senator",
                "insist",
            )
        ],
        id="clause-hung-on-the-governing-verb-after-a-comma-aside",
    ),
    pytest.param(
        "Jane Roe spoke at a meeting that lasted two hours.",
        [],
        id="that-as-subject-is-a-relative-clause",
    ),
    pytest.param(
        "Jane Roe responded in a letter to claims that she had misled the council.",
        [("that she had misled the council", "indirect", None, None, "claims")],
        id="a-noun-cue-in-the-phrase-keeps-its-clause",
    ),
    pytest.param(
        "The minister repeated on Tuesday in Paris that the country opposed the tariffs.",
        [("that the country opposed the tariffs", "indirect", None, "The minister", "repeated")],
        id="object-verb-with-a-that-clause",
    ),
    pytest.param(
        "At the end of the debate, the rivals swore that they would back him if he won.",
        [("that they would back him if he won", "indirect", None, "the rivals", "swore")],
        id="infinitive-verb-with-a-that-clause",
    ),
    pytest.param(
        "The mayor called the new forum, that the council was planning, a waste.",
        [
            (
                "the new forum, that the council was planning, a waste",
                "indirect",
                None,
                "The mayor",
                "called",
            )
        ],
        id="a-that-clause-after-the-object-is-the-object's",
    ),
    pytest.param(
        "There is also the revelation that she exclusively used a private account during her"
        " time at the agency.",
        [
            (
                "that she exclusively used a private account during her time at the agency",
                "indirect",
                None,
                None,
                "revelation",
            )
        ],
        id="noun-cue-clause-taken-for-a-relative-clause",
    ),
    pytest.param(
        "He voiced the thought that any ordinary voter would say.",
        [],
        id="a-true-relative-clause-with-its-object-gap-stays-out",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_delayed_that_clauses(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
