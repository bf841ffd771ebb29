"""The validation gate: suites load completely, invariants are checked, failures are readable."""

from __future__ import annotations

import json
import shutil

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.validate import EXPECTATIONS_DIR, SuiteError, load_suite, validate_tables
from transforms.checks import with_check_columns
from transforms.tables import SCHEMAS, conform, empty


def tables_with(numbers: list[dict]) -> dict[str, pl.DataFrame]:
    articles = pl.DataFrame(
        [
            {
                "article_id": "0123456789abcdef",
                "source": "a.txt",
                "sources": ["a.txt"],
                "title": "T",
                "byline": None,
                "published": None,
                "publisher": None,
                "text": "Prices rose 5% in May.",
                "n_words": 5,
                "content_sha256": "0" * 64,
                "pipeline_version": "test",
                "duplicate_of": None,
                "removed": [],
            }
        ],
        schema=SCHEMAS["articles"],
    )
    out = {t: empty(t) for t in SCHEMAS}
    out["articles"] = articles
    out["numbers"] = conform(pl.DataFrame(numbers, schema=SCHEMAS["numbers"]), "numbers")
    return out


def number(start: int, end: int, text: str, **kw) -> dict:
    row = {
        "number_id": f"n{start}",
        "article_id": "0123456789abcdef",
        "start": start,
        "end": end,
        "text": text,
        "value": 5.0,
        "value_max": None,
        "unit": "%",
        "kind": "percent",
        "qualifier": "exact",
        "date": None,
    }
    row.update(kw)
    return row


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_every_suite_loads_all_its_expectations(table):
    spec = json.loads((EXPECTATIONS_DIR / f"{table}.json").read_text())
    assert len(load_suite(table).expectations) == len(spec["expectations"])


def test_a_dropped_expectation_is_an_error(tmp_path):
    for p in EXPECTATIONS_DIR.glob("*.json"):
        shutil.copy(p, tmp_path / p.name)
    spec = json.loads((tmp_path / "numbers.json").read_text())
    spec["expectations"].append(
        {"type": "expect_column_to_be_wonderful", "kwargs": {"column": "x"}}
    )
    (tmp_path / "numbers.json").write_text(json.dumps(spec))
    with pytest.raises(SuiteError, match=r"dropped \['expect_column_to_be_wonderful'\]"):
        load_suite("numbers", directory=tmp_path)


def test_good_tables_pass():
    report = validate_tables(tables_with([number(12, 14, "5%")]))
    assert report.success, report.summary()
    assert report.summary().startswith("validation passed: ")


def test_bad_offsets_and_values_fail_with_rows():
    report = validate_tables(
        tables_with([number(12, 14, "5%"), number(0, 6, "Prizes", kind="weird")])
    )
    assert not report.success
    failed = {(f.table, f.expectation, f.kwargs.get("column")) for f in report.failures}
    assert failed == {
        ("numbers", "expect_column_values_to_be_in_set", "kind"),
        ("numbers", "expect_column_values_to_be_in_set", "_span_ok"),
    }
    text = report.summary()
    assert "1 unexpected value(s), e.g. ['weird']" in text
    assert "'text': 'Prizes'" in text


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(min_size=1, max_size=40),
    spans=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=6),
    corrupt=st.booleans(),
)
def test_span_check_column_matches_python_slicing(text, spans, corrupt):
    """_span_ok is exactly: 0 <= start < end and text[start:end] == the row's text."""
    rows = []
    for i, (s, e) in enumerate(spans):
        piece = text[s:e]
        if corrupt and piece:
            piece = piece + "!"
        rows.append(
            {
                "number_id": str(i),
                "article_id": "a",
                "start": s,
                "end": e,
                "text": piece,
                "value": 1.0,
                "value_max": None,
                "unit": None,
                "kind": "count",
                "qualifier": "exact",
                "date": None,
            }
        )
    tables = {t: empty(t) for t in SCHEMAS}
    tables["articles"] = tables["articles"].vstack(
        pl.DataFrame({"article_id": ["a"], "text": [text]})
        .with_columns(
            [
                pl.lit(None).cast(d).alias(c)
                for c, d in SCHEMAS["articles"].items()
                if c not in ("article_id", "text")
            ]
        )
        .select(list(SCHEMAS["articles"]))
        .cast(SCHEMAS["articles"])
    )
    tables["numbers"] = pl.DataFrame(rows, schema=SCHEMAS["numbers"])
    checked = with_check_columns(tables)["numbers"]
    expected = [
        0 <= r["start"] < r["end"] and text[r["start"] : r["end"]] == r["text"] for r in rows
    ]
    assert checked["_span_ok"].to_list() == expected


def test_an_about_span_off_its_text_fails():
    good = number(12, 14, "5%", about="Prices", about_start=0, about_end=6, change="up")
    bad = number(12, 14, "5%", about="Prices", about_start=1, about_end=7)
    bad["number_id"] = "n-bad"
    report = validate_tables(tables_with([good, bad]))
    failed = {(f.expectation, f.kwargs.get("column")) for f in report.failures}
    assert failed == {("expect_column_values_to_be_in_set", "_about_span_ok")}


@pytest.mark.parametrize(
    ("spans", "checked", "failed_parts"),
    [
        # every part good: one GX batch for both parts
        ([(12, 14, "5%"), (12, 14, "5%")], 1, set()),
        # the second part bad: the batch fails, each part is checked again on its own
        ([(12, 14, "5%"), (0, 3, "May")], 3, {"bbbbbbbbbbbbbbbb"}),
    ],
)
def test_small_parts_are_validated_as_one_batch_and_failures_name_their_part(
    spans, checked, failed_parts
):
    from flows.validate import Validator

    validator = Validator()
    parts = []
    for key, (start, end, text) in zip(
        ("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"), spans, strict=True
    ):
        tables = with_check_columns(tables_with([number(start, end, text, number_id=f"n{key}")]))
        parts.append((key, tables["numbers"]))
    assert validator.check_parts("numbers", parts) == (not failed_parts)
    assert validator.checked == checked
    assert {f.part for f in validator.failures} == failed_parts
    report = validator.report()
    assert [r["part"] for r in report.results["numbers"]] == (
        ["aaaaaaaaaaaaaaaa+bbbbbbbbbbbbbbbb"]
        if not failed_parts
        else ["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"]
    )


def _outcome(report) -> dict:
    """What a report says about each batch, without the run's times and ids."""
    return {
        table: [
            (r["part"], r["success"], [(e["success"], e["result"]) for e in r["results"]])
            for r in records
        ]
        for table, records in report.results.items()
    }


@pytest.mark.parametrize(
    ("spans", "success"),
    [
        ([(12, 14, "5%"), (12, 14, "5%")], True),  # both batches pass
        ([(12, 14, "5%"), (0, 3, "May")], False),  # the second fails: validated again (SUMMARY)
    ],
)
def test_each_batch_is_released_after_its_run_and_the_outcome_is_the_same(
    monkeypatch, spans, success
):
    from flows.validate import Validator

    def run(validator: Validator):
        for i, (start, end, text) in enumerate(spans):
            tables = with_check_columns(tables_with([number(start, end, text)]))
            for table in ("articles", "numbers"):
                validator.check(table, tables[table], part=f"p{i}")
        return validator

    released = run(Validator())
    manager = released._source.get_execution_engine().batch_manager
    assert (manager.batch_data_cache, manager.batch_cache) == ({}, {})
    monkeypatch.setattr(Validator, "_release_batch", lambda self: None)
    kept = run(Validator())
    assert len(kept._source.get_execution_engine().batch_manager.batch_data_cache) == 2
    assert released.report().success is kept.report().success is success
    assert _outcome(released.report()) == _outcome(kept.report())
