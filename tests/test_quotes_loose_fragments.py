"""A quoted fragment of a few words that no reported row holds: kept as a ``partial`` row when
something reports it, else a ``scare`` quotation (:mod:`transforms.quotes.loose_fragments`).

Invented sentences; the fragment is given as a ``partial`` row with its cue word (or none) and
the reported rows around it, and the test asserts the row's kind, speaker and cue afterwards.
"""

from __future__ import annotations

import pytest

from transforms.quotes.loose_fragments import demote_loose_partials
from transforms.types import Quote

CASES = [
    pytest.param(
        'The council approved a so-called "smart" meter plan.',
        "smart",
        "called",
        None,
        ("scare", None, None),
        id="term-under-no-saying-verb",
    ),
    pytest.param(
        'Voters queued for hours outside "The Long Night" at the theatre.',
        "The Long Night",
        None,
        None,
        ("scare", None, None),
        id="title-of-a-show",
    ),
    pytest.param(
        'Ms. Roe called the plan "a disaster" on Monday.',
        "a disaster",
        "called",
        None,
        ("partial", "Roe", "called"),
        id="naming-verb-governs-the-fragment",
    ),
    pytest.param(
        'The new show was described as "quite dull" by most critics.',
        "quite dull",
        None,
        None,
        ("partial", "Roe", "called"),
        id="verb-of-naming-above-the-fragment-without-a-cue",
    ),
    pytest.param(
        'The deal will "fall apart" within weeks, in her view.',
        "fall apart",
        None,
        None,
        ("partial", "Roe", "called"),
        id="predicate-of-its-own",
    ),
    pytest.param(
        'The crowd answered with chants of "Go home."',
        "Go home.",
        None,
        None,
        ("partial", "Roe", "called"),
        id="whole-sentence",
    ),
    pytest.param(
        'The union backed the "clean air" bill on Monday.',
        "clean air",
        None,
        (4, 40),
        ("partial", "Roe", "called"),
        id="inside-a-reported-row",
    ),
    pytest.param(
        'Residents now live in a "zone of quiet enjoyment" by law.',
        "zone of quiet enjoyment",
        None,
        None,
        ("partial", "Roe", "called"),
        id="four-words-are-more-than-a-term",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "cue", "around", "expected"), CASES)
def test_loose_partials(nlp, text, fragment, cue, around, expected):
    doc = nlp(text)
    start = text.index(fragment)
    given = ("Roe", "called") if cue is None else ("Roe", cue)
    row = Quote(start, start + len(fragment), fragment, "partial", given[0], 0, 3, given[1])
    reported = [] if around is None else [Quote(*around, text[slice(*around)], "indirect")]
    cue_at = {} if cue is None else {start: text.index(cue)}
    rows = [row]
    demote_loose_partials(doc, rows, reported, cue_at)
    assert (rows[0].kind, rows[0].speaker, rows[0].cue) == expected
