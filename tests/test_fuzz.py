"""Property tests: no input escapes one file's processing as an exception, and facts point at text."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.ingest import IngestResult, ingest_file
from transforms.quarantine import REASONS

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=80),
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(
            st.sampled_from(["text", "body", "title", "author", "date", "articles", "x", "name"]),
            children,
            max_size=5,
        )
    ),
    max_leaves=40,
)
ARTICLE_OBJECTS = st.fixed_dictionaries(
    {"text": st.text(max_size=300)},
    optional={"title": JSON_VALUES, "author": JSON_VALUES, "date": JSON_VALUES},
)


def check(result: IngestResult) -> None:
    assert isinstance(result, IngestResult)
    for rejection in result.rejections:
        assert rejection.reason in REASONS
        assert rejection.reason != "internal_error", rejection.detail
        assert len(rejection.content_sha256) == 64
    for _, article in result.articles:
        assert article.text.strip()
        assert "\x00" not in article.text


# After the flow tests, Prefect's client leaves background threads in the test process (its
# events and log workers, its event loop threads) that call the `random` module now and then
# (measured: the module's state changes during a 3 s sleep of an idle test). When that happens
# while Hypothesis draws an example, it warns that a strategy used `random`; these strategies do
# not, so that one warning is ignored here.
_PREFECT_THREADS_USE_RANDOM = pytest.mark.filterwarnings(
    "ignore:Do not use the `random` module inside strategies"
)


@_PREFECT_THREADS_USE_RANDOM
@settings(max_examples=200, deadline=None)
@given(st.one_of(JSON_VALUES, ARTICLE_OBJECTS, st.lists(ARTICLE_OBJECTS, max_size=4)))
def test_random_json_values_never_raise(value) -> None:
    data = json.dumps(value).encode()
    check(ingest_file(data, source="f.json"))
    lines = "\n".join(json.dumps(v) for v in (value if isinstance(value, list) else [value]))
    check(ingest_file(lines.encode(), source="f.jsonl"))


@_PREFECT_THREADS_USE_RANDOM
@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=3000), st.sampled_from(["[", '{"a":', '{"text": [']))
def test_random_nesting_depth_never_raises(depth: int, opener: str) -> None:
    closer = {"[": "]", '{"a":': "}", '{"text": [': "]}"}[opener]
    data = (opener * depth + "1" + closer * depth).encode()
    result = ingest_file(data, source="deep.json")
    check(result)
    assert [r.reason for r in result.rejections] in ([], ["invalid_json"], ["invalid_record"])


@_PREFECT_THREADS_USE_RANDOM
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=400))
def test_random_unicode_extracts_facts_that_point_at_the_text(nlp, text: str) -> None:
    from transforms.extract import extract_facts

    result = ingest_file(text.encode("utf-8", "surrogatepass"), source="u.txt")
    check(result)
    for _, article in result.articles:
        facts = extract_facts(nlp(article.text))
        for span in (*facts.mentions, *facts.quotes, *facts.numbers):
            assert article.text[span.start : span.end] == span.text
