"""Reported beliefs with verbs of perception and cognition: "see" with a clausal complement
whose subject names people (not an indirect question of purpose, nor a clause holding a report
of its own); the object of "find" whose subject is a source of evidence (a survey, study or
inquiry); "see/view [X as Y]" with "as" hung deeper in the object or on a predicate; verbs of
saying only with a clause, whose object is a thing ("added jobs", "maintained a lead", "wrote a
book", "boasts a harbour") or the one worried ("worried investors"); "email" addresses its object.

Invented sentences -> the extractor's exact rows (every kind).
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Many voters saw that the mayor could win the race.",
        [("that the mayor could win the race", "indirect", None, "Many voters", "saw")],
        id="see-that-clause",
    ),
    pytest.param(
        "Jane Roe has seen her lead erode since the spring.",
        [("her lead erode since the spring", "indirect", "Jane Roe", "Jane Roe", "seen")],
        id="see-bare-infinitive-clause",
    ),
    pytest.param(
        "Most analysts see the council losing its majority in May.",
        [("the council losing its majority in May", "indirect", None, "Most analysts", "see")],
        id="see-participle-clause",
    ),
    pytest.param(
        "The company saw profits rise in the third quarter.", [], id="see-subject-not-people"
    ),
    pytest.param(
        "The mayor went to the bridge to see if it was safe.", [], id="see-if-is-a-purpose"
    ),
    pytest.param(
        "Jane Roe saw Tom Baker criticizing the plan on television.",
        [("the plan on television", "indirect", "Tom Baker", "Tom Baker", "criticizing")],
        id="see-clause-with-a-report-of-its-own",
    ),
    pytest.param(
        "Voters see the plan as a waste of money.",
        [("the plan as a waste of money", "indirect", None, "Voters", "see")],
        id="see-object-as",
    ),
    pytest.param(
        "The survey found broad support for the new toll.",
        [("broad support for the new toll", "indirect", None, "The survey", "found")],
        id="find-object-of-a-source-of-evidence",
    ),
    pytest.param(
        "A new study finds that most drivers avoid the bridge.",
        [("that most drivers avoid the bridge", "indirect", None, "A new study", "finds")],
        id="find-that-clause",
    ),
    pytest.param("The mayor found her keys in the car.", [], id="find-object-no-row"),
    pytest.param(
        "Most voters see the campaign of the mayor as most unfair.",
        [("the campaign of the mayor as most unfair", "indirect", None, "Most voters", "see")],
        id="see-object-as-predicate-hung-on-the-verb",
    ),
    pytest.param(
        "Some residents view the council's role in the dispute as harmful.",
        [
            (
                "the council's role in the dispute as harmful",
                "indirect",
                None,
                "Some residents",
                "view",
            )
        ],
        id="view-object-as-hung-inside-the-object",
    ),
    pytest.param(
        "Jane Roe praised the council as the vote drew near.",
        [("the council", "indirect", "Jane Roe", "Jane Roe", "praised")],
        id="as-clause-with-a-subject-is-not-the-complement",
    ),
    pytest.param("The city added 4,000 jobs last month.", [], id="add-object-no-row"),
    pytest.param("The mayor maintained a wide lead in the polls.", [], id="maintain-object-no-row"),
    pytest.param(
        "The team demonstrated great skill in the final.", [], id="demonstrate-object-no-row"
    ),
    pytest.param(
        "The mayor added that the bridge would reopen soon.",
        [("that the bridge would reopen soon", "indirect", None, "The mayor", "added")],
        id="add-that-clause",
    ),
    pytest.param(
        "Jane Roe maintained that the vote was fair.",
        [("that the vote was fair", "indirect", "Jane Roe", "Jane Roe", "maintained")],
        id="maintain-that-clause",
    ),
    pytest.param("Jane Roe wrote a short book about the bridge.", [], id="write-object-no-row"),
    pytest.param("The old town boasts a fine harbour.", [], id="boast-object-no-row"),
    pytest.param("The ruling worried many investors.", [], id="worry-object-no-row"),
    pytest.param(
        "Jane Roe wrote that the bridge was unsafe.",
        [("that the bridge was unsafe", "indirect", "Jane Roe", "Jane Roe", "wrote")],
        id="write-that-clause",
    ),
    pytest.param(
        "The mayor worried that the bridge would close.",
        [("that the bridge would close", "indirect", None, "The mayor", "worried")],
        id="worry-that-clause",
    ),
    pytest.param(
        "Jane Roe emailed her aides that the vote was off.",
        [("that the vote was off", "indirect", "Jane Roe", "Jane Roe", "emailed")],
        id="email-addressee-is-no-content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cognition_constructions(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
