"""Property: every span any extractor returns points at its own text in the article."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.extract import extract_facts

WORDS = st.sampled_from(
    [
        "The",
        "minister",
        "Anna",
        "Berg",
        "said",
        "he",
        "told",
        "Reuters",
        "in",
        "Paris",
        "on",
        "Monday",
        "25,000",
        "troops",
        "$3bn",
        "two",
        "hours",
        "15%",
        "a",
        "third",
        "of",
        "it",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "''",
        ",",
        ".",
        ":",
        "\n\n",
        "—",
        "Mr.",
        "London",
        "1999",
    ]
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(WORDS, min_size=1, max_size=60), published=st.sampled_from([None, "2023-06-25"])
)
def test_every_span_points_at_its_text(nlp, words, published):
    text = " ".join(words)
    facts = extract_facts(nlp(text), published=published, places=frozenset({"paris", "london"}))
    spans = [*facts.mentions, *facts.quotes, *facts.numbers]
    for span in spans:
        assert 0 <= span.start < span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span
    for q in facts.quotes:
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text), q
