"""Who speaks in constructions where the speaker is not the subject of the cue's clause
(transforms/quotes/cue_subjects.py, source_phrases.py): the noun a participle cue hangs on,
the object of a verb an infinitive cue completes, the agent of a passive participle, the
author inside "according to a report by X", a gerund's owner; and the name a description of a
person takes (transforms/quotes/resolve.py). Invented sentences -> exact rows (content, kind,
resolved speaker, speaker mention as written, cue)."""

from __future__ import annotations

import pytest

from tests.quote_rows import speaker_rows

CASES = [
    pytest.param(
        "There were no polls showing the mayor ahead in the race.",
        [("the mayor ahead in the race", "indirect", None, "no polls", "showing")],
        id="a-participle-on-a-noun-the-noun-speaks",
    ),
    pytest.param(
        "Despite recent surveys showing a close race, Tom Baker campaigned in the north.",
        [("a close race", "indirect", None, "recent surveys", "showing")],
        id="a-participle-on-a-noun-not-the-main-subject",
    ),
    pytest.param(
        "Jane Roe emailed supporters saying the fight would go on.",
        [("the fight would go on", "indirect", "Jane Roe", "Jane Roe", "saying")],
        id="a-participle-on-the-addressed-object-is-the-subject's",
    ),
    pytest.param(
        "Tom Baker had no trouble endorsing the plan.",
        [("the plan", "indirect", "Tom Baker", "Tom Baker", "endorsing")],
        id="a-participle-on-a-direct-object-is-the-subject's",
    ),
    pytest.param(
        "Jane Roe was the first candidate to speak, tweeting that the vote was fair.",
        [("that the vote was fair", "indirect", "Jane Roe", "Jane Roe", "tweeting")],
        id="a-participle-after-a-comma-is-the-subject's",
    ),
    pytest.param(
        "The defeat led Jane Roe to declare that the campaign was over.",
        [("that the campaign was over", "indirect", "Jane Roe", "Jane Roe", "declare")],
        id="object-control-led-x-to-declare",
    ),
    pytest.param(
        "The closure of the plant has left many residents to wonder whether the town will recover.",
        [("whether the town will recover", "indirect", None, "many residents", "wonder")],
        id="object-control-left-x-to-wonder",
    ),
    pytest.param(
        "The rules require delegates to vote for the winner.",
        [("the winner", "indirect", None, "The rules", "vote")],
        id="a-verb-of-obliging-keeps-its-subject",
    ),
    pytest.param(
        "Asked by a reporter whether he would resign, Tom Baker said he would stay.",
        [
            ("whether he would resign", "indirect", None, "a reporter", "Asked"),
            ("he would stay", "indirect", "Tom Baker", "Tom Baker", "said"),
        ],
        id="the-agent-of-a-passive-participle-asks",
    ),
    pytest.param(
        "The bridge will reopen in May, according to a report from the Harbour Trust.",
        [
            (
                "The bridge will reopen in May",
                "indirect",
                "Harbour Trust",
                "Harbour Trust",
                "according to",
            )
        ],
        id="according-to-a-report-from-x",
    ),
    pytest.param(
        "The town has 4,000 empty homes, according to figures released by the Housing Office.",
        [
            (
                "The town has 4,000 empty homes",
                "indirect",
                "Housing Office",
                "Housing Office",
                "according to",
            )
        ],
        id="according-to-figures-released-by-x",
    ),
    pytest.param(
        "Tom Roe denied the notion that a strike by the drivers is coming, explaining that he was "
        "unaware of the vote.",
        [
            (
                "the notion that a strike by the drivers is coming",
                "indirect",
                "Tom Roe",
                "Tom Roe",
                "denied",
            ),
            ("that he was unaware of the vote", "indirect", "Tom Roe", "Tom Roe", "explaining"),
        ],
        id="a-participle-after-a-noun-cue's-clause-is-the-reporter's",
    ),
    pytest.param(
        "There is a growing belief among traders that rates will rise.",
        [("that rates will rise", "indirect", None, "traders", "belief")],
        id="a-belief-among-x-is-x's",
    ),
    pytest.param(
        "Tom Baker found strong support for the plan among voters.",
        [("the plan among voters", "indirect", "Tom Baker", "Tom Baker", "support")],
        id="support-found-among-x-is-the-finder's",
    ),
    pytest.param(
        "Tom Baker was elected in Leeds. The Labour leader said the vote was fair.",
        [("the vote was fair", "indirect", None, "The Labour leader", "said")],
        id="a-person-noun-never-names-the-party-it-describes",
    ),
    pytest.param(
        "Mary Stone, the Leeds manager, was sacked. The former Leeds manager said she wanted a "
        "rest.",
        [("she wanted a rest", "indirect", "Mary Stone", "The former Leeds manager", "said")],
        id="a-person-noun-names-the-person-it-describes",
    ),
    pytest.param(
        "Acme Corp cut 200 jobs on Monday. The Acme spokesman said the plant would close.",
        [("the plant would close", "indirect", "Acme Corp", "The Acme spokesman", "said")],
        id="a-spokesman-speaks-for-the-organisation",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers_of_constructions(nlp, text: str, expected: list[tuple]) -> None:
    assert speaker_rows(nlp, text) == expected


def test_a_participle_on_a_misparsed_noun_phrase(nlp) -> None:
    """The parse of '… calling for the firing and carrying signs saying …' that hangs "signs"
    with a coordinated participle inside its phrase on "for": "signs" is no source."""
    from spacy.tokens import Doc

    from transforms.quotes.cue_subjects import _participle_source

    words = ["calling", "for", "the", "firing", "and", "carrying", "signs", "saying", "no"]
    heads = [0, 0, 6, 6, 3, 3, 1, 6, 7]
    deps = ["ROOT", "prep", "det", "nmod", "cc", "conj", "pobj", "acl", "dobj"]
    tags = ["VBG", "IN", "DT", "NN", "CC", "VBG", "NNS", "VBG", "DT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert not _participle_source(doc[7])
    tags[5] = "NN"  # "the firing and the banners": a clean noun phrase, "signs" speaks
    deps[5] = "conj"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert _participle_source(doc[7])
