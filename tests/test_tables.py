"""Building table rows from typed results, and linking quotes to catalog entities."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.tables import SCHEMAS, empty, facts_frames, link_entities
from transforms.types import ArticleFacts, Mention, NumberFact, Quote


def test_facts_frames_rows_and_ids_are_deterministic():
    facts = ArticleFacts(
        mentions=[Mention(0, 6, "Jordan", "PERSON", name="Jordan")],
        quotes=[
            Quote(
                10,
                15,
                "hello",
                "direct",
                speaker="Jordan",
                speaker_start=0,
                speaker_end=6,
                cue="said",
            )
        ],
        numbers=[NumberFact(20, 22, "12", 12.0, "count", date=None)],
    )
    first = facts_frames([("a1", facts)])
    again = facts_frames([("a1", facts)])
    for table, frame in first.items():
        assert frame.schema == pl.Schema(SCHEMAS[table])
        assert frame.equals(again[table])
    assert first["quotes"].row(0, named=True)["speaker_entity_id"] is None
    assert first["numbers"]["value"].to_list() == [12.0]


def _jordan(labels: list[str]) -> dict[str, pl.DataFrame]:
    """Two mentions of "Jordan" in one article with ``labels``, and a quote by "Jordan"."""
    mentions = pl.DataFrame(
        {
            "mention_id": ["m1", "m2"],
            "article_id": ["a", "a"],
            "start": [0, 40],
            "end": [6, 46],
            "text": ["Jordan", "Jordan"],
            "label": labels,
            "entity_id": [None, None],
            "name": ["Jordan", "Jordan"],
            "title": [None, None],
        },
        schema=SCHEMAS["entity_mentions"],
    )
    quotes = pl.DataFrame(
        {
            "quote_id": ["q1"],
            "article_id": ["a"],
            "start": [10],
            "end": [15],
            "text": ["hello"],
            "kind": ["direct"],
            "speaker": ["Jordan"],
            "speaker_start": [60],
            "speaker_end": [62],
            "speaker_entity_id": [None],
            "cue": ["said"],
        },
        schema=SCHEMAS["quotes"],
    )
    return {"entity_mentions": mentions, "quotes": quotes, "numbers": empty("numbers")}


# entity ids chosen so that the place sorts first
ASSIGNMENT = pl.DataFrame({"mention_id": ["m1", "m2"], "entity_id": ["e0-place", "e9-person"]})


def test_speaker_links_to_the_person_entity_of_that_name():
    linked = link_entities(_jordan(["GPE", "PERSON"]), ASSIGNMENT)
    assert linked["quotes"]["speaker_entity_id"].to_list() == ["e9-person"]  # the person wins
    assert linked["entity_mentions"]["entity_id"].to_list() == ["e0-place", "e9-person"]


def test_speaker_link_uses_the_corpus_persons_when_given_one_part():
    # The part has "Jordan" as GPE and ORG only; the ORG form's entity is a person elsewhere in
    # the corpus. The link must not depend on which mentions happen to share the part.
    tables = _jordan(["GPE", "ORG"])
    alone = link_entities(tables, ASSIGNMENT)
    assert alone["quotes"]["speaker_entity_id"].to_list() == ["e0-place"]  # no person in sight
    persons = pl.Series(["e9-person", "e5-other"])
    linked = link_entities(tables, ASSIGNMENT, person_entities=persons)
    assert linked["quotes"]["speaker_entity_id"].to_list() == ["e9-person"]


def test_numbers_link_the_entity_inside_their_about_span():
    tables = _jordan(["PERSON", "PERSON"])
    base = {
        "article_id": "a",
        "text": "5%",
        "value": 5.0,
        "value_max": None,
        "unit": "%",
        "kind": "percent",
        "qualifier": "exact",
        "date": None,
        "change": None,
        "about_entity_id": None,
    }
    rows = [
        {**base, "number_id": "n1", "start": 50, "end": 52, "about": "Jordan's shares",
         "about_start": 40, "about_end": 55},
        {**base, "number_id": "n2", "start": 70, "end": 72, "about": "exports",
         "about_start": 60, "about_end": 67},
        {**base, "number_id": "n3", "start": 80, "end": 82, "about": None,
         "about_start": None, "about_end": None},
    ]  # fmt: skip
    tables["numbers"] = pl.DataFrame(rows, schema=SCHEMAS["numbers"])
    linked = link_entities(tables, ASSIGNMENT)["numbers"]
    assert linked.schema == pl.Schema(SCHEMAS["numbers"])
    assert dict(zip(linked["number_id"], linked["about_entity_id"], strict=True)) == {
        "n1": "e9-person",
        "n2": None,
        "n3": None,
    }


def _spans(draw_list):
    return [(s, s + w) for s, w in draw_list]


@settings(max_examples=60, deadline=None)
@given(
    mentions=st.lists(st.tuples(st.integers(0, 3000), st.integers(1, 40)), max_size=25),
    speakers=st.lists(st.tuples(st.integers(0, 3000), st.integers(1, 40)), max_size=10),
    abouts=st.lists(st.tuples(st.integers(0, 3000), st.integers(1, 700)), max_size=10),
)
def test_span_links_equal_the_pairwise_definition(mentions, speakers, abouts):
    """Speaker and about links (found through windowed joins) are exactly those of comparing
    every span with every mention of the article: overlap for speakers, inside for abouts."""
    ms, ss, ab = _spans(mentions), _spans(speakers), _spans(abouts)
    ids = [f"e{i % 7}" for i in range(len(ms))]
    tables = {
        "entity_mentions": pl.DataFrame(
            {
                "mention_id": [f"m{i}" for i in range(len(ms))],
                "article_id": ["a"] * len(ms),
                "start": [s for s, _ in ms],
                "end": [e for _, e in ms],
                "text": ["x"] * len(ms),
                "label": ["ORG"] * len(ms),
                "entity_id": [None] * len(ms),
                "name": [f"N{i}" for i in range(len(ms))],
                "title": [None] * len(ms),
            },
            schema=SCHEMAS["entity_mentions"],
        ),
        "quotes": pl.DataFrame(
            {
                "quote_id": [f"q{i}" for i in range(len(ss))],
                "article_id": ["a"] * len(ss),
                "start": [0] * len(ss),
                "end": [1] * len(ss),
                "text": ["x"] * len(ss),
                "kind": ["direct"] * len(ss),
                "speaker": [None] * len(ss),
                "speaker_start": [s for s, _ in ss],
                "speaker_end": [e for _, e in ss],
                "speaker_entity_id": [None] * len(ss),
                "cue": ["said"] * len(ss),
            },
            schema=SCHEMAS["quotes"],
        ),
        "numbers": pl.DataFrame(
            [
                {
                    "number_id": f"n{i}",
                    "article_id": "a",
                    "start": 0,
                    "end": 1,
                    "text": "1",
                    "value": 1.0,
                    "value_max": None,
                    "unit": None,
                    "kind": "count",
                    "qualifier": "exact",
                    "date": None,
                    "change": None,
                    "about": "x" * (e - s),
                    "about_start": s,
                    "about_end": e,
                    "about_entity_id": None,
                }
                for i, (s, e) in enumerate(ab)
            ],
            schema=SCHEMAS["numbers"],
        ),
    }
    assignment = pl.DataFrame(
        {"mention_id": [f"m{i}" for i in range(len(ms))], "entity_id": ids},
        schema={"mention_id": pl.String, "entity_id": pl.String},
    )
    linked = link_entities(tables, assignment)
    want_speakers = [
        min((ids[k] for k, (a, b) in enumerate(ms) if a < e and b > s), default=None) for s, e in ss
    ]
    assert linked["quotes"].sort("quote_id")["speaker_entity_id"].to_list() == [
        want_speakers[int(q[1:])] for q in sorted(f"q{i}" for i in range(len(ss)))
    ]
    want_about = []
    for s, e in ab:
        inside = sorted((b, ids[k]) for k, (a, b) in enumerate(ms) if a >= s and b <= e)
        want_about.append(inside[-1][1] if inside else None)
    got = dict(
        zip(linked["numbers"]["number_id"], linked["numbers"]["about_entity_id"], strict=True)
    )
    assert got == {f"n{i}": w for i, w in enumerate(want_about)}
