"""Where the content of reported speech starts and stops (``indirect`` and ``mixed`` rows).

Invented sentences -> the extractor's exact rows (every kind), for the boundaries of a content:
coordinated complements, a report of its own inside the content (and its speaker; not a bare
infinitive or gerund cue carrying on the content's clause), conjunctions
at its edges, the phrases after an object or a second complement, an appositive closing a
named object, a noun conjunct the parser hung on the cue verb (not after a dash or a semicolon)
or a wh-clause after "and" hung on it or above it,
the phrases after a cue preposition's object, a "that" cut off its clause by a report of its own.
Dash asides, phrases after the object and a mixed content's edges: ``test_quotes_reported_edges.py``.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import _run
from tests.test_quotes_reported import ALL_KINDS

CASES = [
    pytest.param(
        "Jane Roe says the market is calm and that she can understand why investors are nervous.",
        [
            (
                "the market is calm and that she can understand why investors are nervous",
                "indirect",
                "Jane Roe",
                "Jane Roe",
                "says",
            )
        ],
        id="second-that-clause-with-a-verb-of-knowing-stays-in-the-content",
    ),
    pytest.param(
        "The mayor said that the bridge would reopen in May and that he knows the delay has hurt"
        " shops.",
        [
            (
                "that the bridge would reopen in May and that he knows the delay has hurt shops",
                "indirect",
                None,
                "The mayor",
                "said",
            )
        ],
        id="said-that-A-and-that-he-knows-B-is-one-content",
    ),
    pytest.param(
        "Roe said the plan was dead and her aides say it can still be saved.",
        [
            ("the plan was dead", "indirect", "Roe", "Roe", "said"),
            ("it can still be saved", "indirect", None, "her aides", "say"),
        ],
        id="a-last-and-before-a-report-of-its-own-is-trimmed",
    ),
    pytest.param(
        "Roe said the new tolls could hurt local shops and suggest that the council has lost touch.",
        [
            (
                "the new tolls could hurt local shops and suggest that the council has lost touch",
                "indirect",
                "Roe",
                "Roe",
                "said",
            )
        ],
        id="a-bare-infinitive-cue-sharing-the-content-s-aux-stays-in-the-content",
    ),
    pytest.param(
        "Roe said the council needs no consultant to tell it the bridge is too old.",
        [
            (
                "the council needs no consultant to tell it the bridge is too old",
                "indirect",
                "Roe",
                "Roe",
                "said",
            )
        ],
        id="a-to-infinitive-cue-inside-the-content-stays-in-it",
    ),
    pytest.param(
        "Roe said the plan would fail and said the council had ignored her.",
        [
            ("the plan would fail", "indirect", "Roe", "Roe", "said"),
            ("the council had ignored her", "indirect", "Roe", "Roe", "said"),
        ],
        id="a-finite-second-cue-after-and-is-a-report-of-its-own",
    ),
    pytest.param(
        "The mayor discussed the budget and why the bridge must close.",
        [("the budget and why the bridge must close", "indirect", None, "The mayor", "discussed")],
        id="a-wh-clause-after-and-is-a-second-object",
    ),
    pytest.param(
        "Roe pivoted to talking about trade and how he would improve it.",
        [("trade and how he would improve it", "indirect", "Roe", "Roe", "talking")],
        id="a-wh-clause-after-and-hung-on-a-verb-above-the-cue-is-a-second-object",
    ),
    pytest.param(
        "Roe said the plan would fail, calling it a waste of money.",
        [
            ("the plan would fail", "indirect", "Roe", "Roe", "said"),
            ("it a waste of money", "indirect", "Roe", "Roe", "calling"),
        ],
        id="closing-participle-of-a-cue-is-a-report-of-its-own-by-the-reporter",
    ),
    pytest.param(
        "The mayor said sales rose in May, bringing the total to a record.",
        [
            (
                "sales rose in May, bringing the total to a record",
                "indirect",
                None,
                "The mayor",
                "said",
            )
        ],
        id="closing-participle-of-no-cue-stays-in-the-content",
    ),
    pytest.param(
        "I remember the mayor going on television, declaring a war on waste.",
        [("a war on waste", "indirect", None, "the mayor", "declaring")],
        id="participle-after-a-bare-gerund-clause-is-its-subjects",
    ),
    pytest.param(
        "The paper noted that the mayor had left.\n\nThe council members shunned Roe during the"
        " visit, claiming that she is corrupt.",
        [
            ("that the mayor had left", "indirect", None, "The paper", "noted"),
            ("that she is corrupt", "indirect", None, "The council members", "claiming"),
        ],
        id="participle-never-credited-across-a-paragraph",
    ),
    pytest.param(
        "The governor defended his call to raise the minimum wage to 15 dollars.",
        [
            (
                "his call to raise the minimum wage to 15 dollars",
                "indirect",
                None,
                "The governor",
                "defended",
            )
        ],
        id="object-with-its-infinitive-hung-on-the-verb",
    ),
    pytest.param(
        "The mayor blasted the council for hypocrisy in relying on foreign labor.",
        [
            (
                "the council for hypocrisy in relying on foreign labor",
                "indirect",
                None,
                "The mayor",
                "blasted",
            )
        ],
        id="naming-verb-second-complement-with-the-phrase-after-it",
    ),
    pytest.param(
        "The union criticized Tom Baker, the owner of the ferry company.",
        [("Tom Baker", "indirect", None, "The union", "criticized")],
        id="appositive-closing-a-named-object-is-left-out",
    ),
    pytest.param(
        "In her speech she referred to Peter Grant, a former mayor of the town.",
        [("Peter Grant", "indirect", None, "she", "referred")],
        id="appositive-closing-a-named-prepositional-object-is-left-out",
    ),
    pytest.param(
        "The mayor thanked Maria Lopez, the architect, for her work on the bridge.",
        [
            (
                "Maria Lopez, the architect, for her work on the bridge",
                "indirect",
                None,
                "The mayor",
                "thanked",
            )
        ],
        id="appositive-inside-the-object-stays",
    ),
    pytest.param(
        "The council welcomed the new plan, a scheme to rebuild the harbour.",
        [
            (
                "the new plan, a scheme to rebuild the harbour",
                "indirect",
                None,
                "The council",
                "welcomed",
            )
        ],
        id="appositive-of-a-common-noun-object-stays",
    ),
    pytest.param(
        "Most voters said they were worried about the economy, and more than half said the mayor"
        " would be best at handling it.",
        [
            ("they were worried about the economy", "indirect", None, "Most voters", "said"),
            ("the mayor would be best at handling it", "indirect", None, "more than half", "said"),
        ],
        id="a-second-complement-with-its-own-subject-and-cue-is-a-report-of-its-own",
    ),
    pytest.param(
        "Half of the voters say the plans are about right, though voters are more likely to say"
        " the tax plan is too liberal.",
        [
            ("the plans are about right", "indirect", None, "Half", "say"),
            ("the tax plan is too liberal", "indirect", None, "voters", "say"),
        ],
        id="a-side-clause-with-a-cue-infinitive-is-a-report-of-its-own",
    ),
    pytest.param(
        "Critics attacked the plan and the cost of the bridge.",
        [("the plan and the cost of the bridge", "indirect", None, "Critics", "attacked")],
        id="a-noun-conjunct-hung-on-the-cue-verb-belongs-to-the-object",
    ),
    pytest.param(
        "The union welcomed higher wages, and a plan to cut hours.",
        [("higher wages, and a plan to cut hours", "indirect", None, "The union", "welcomed")],
        id="a-noun-conjunct-after-a-comma-and-and-belongs-to-the-object",
    ),
    pytest.param(
        "The union called for the city council to raise the minimum wage.",
        [
            (
                "the city council to raise the minimum wage",
                "indirect",
                None,
                "The union",
                "called",
            )
        ],
        id="an-infinitive-hung-on-the-verb-after-its-preposition-object-stays-in-the-content",
    ),
    pytest.param(
        "Jane Roe boasted of her skills in cutting costs for the county.",
        [
            (
                "her skills in cutting costs for the county",
                "indirect",
                "Jane Roe",
                "Jane Roe",
                "boasted",
            )
        ],
        id="a-phrase-hung-on-the-verb-after-its-preposition-object-stays-in-the-content",
    ),
    pytest.param(
        "The governor asked for privacy to grieve with her family.",
        [("privacy to grieve with her family", "indirect", None, "The governor", "asked")],
        id="asked-for-X-to-do-Y-is-one-content",
    ),
    pytest.param(
        "The union attacked the budget cuts — and the mayor who made them.",
        [("the budget cuts", "indirect", None, "The union", "attacked")],
        id="a-noun-conjunct-hung-on-the-cue-verb-after-a-dash-is-an-aside",
    ),
    pytest.param(
        "Roe criticized the tolls; and the fares, the parking fees and the bus lanes too.",
        [("the tolls", "indirect", "Roe", "Roe", "criticized")],
        id="a-noun-conjunct-hung-on-the-cue-verb-after-a-semicolon-is-not-the-object",
    ),
    pytest.param(
        "Roe described the city as beset by traffic and crime.",
        [("the city as beset by traffic and crime", "indirect", "Roe", "Roe", "described")],
        id="an-as-phrase-parsed-as-a-clause-after-the-object-stays-in-the-content",
    ),
    pytest.param(
        "Roe praised the mayor as she left the hall.",
        [("the mayor", "indirect", "Roe", "Roe", "praised")],
        id="an-as-clause-with-its-own-subject-is-not-content",
    ),
    pytest.param(
        "Roe objected to the tolls and to the new fares.",
        [("the tolls and to the new fares", "indirect", "Roe", "Roe", "objected")],
        id="the-cue-preposition-coordinated-with-itself-stays-in-the-content",
    ),
    pytest.param(
        "Party officials say that, even if they thought it was appropriate, a recount could not"
        " be done.",
        [
            ("it was appropriate", "indirect", None, "they", "thought"),
            ("a recount could not be done", "indirect", None, "Party officials", "say"),
        ],
        id="a-that-cut-off-its-clause-by-a-report-of-its-own-is-no-row",
    ),
    pytest.param(
        "A member of the board said on Tuesday that according to its own count, the party has"
        " won most of the seats.",
        [("the party has won most of the seats", "indirect", None, "A member", "said")],
        id="a-that-cut-off-its-clause-by-according-to-is-no-row",
    ),
    pytest.param(
        "The mayor said that, as far as she knew, the bridge would reopen in May.",
        [
            (
                "that, as far as she knew, the bridge would reopen in May",
                "indirect",
                None,
                "The mayor",
                "said",
            )
        ],
        id="a-that-before-an-aside-of-the-same-clause-stays-in-the-content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_span_boundaries(nlp, text: str, expected: list[tuple]) -> None:
    assert _run(nlp, text, ALL_KINDS) == expected
