"""GX's per-expectation keyword lookups with the configuration built once a call
(flows.gx_kwargs): the same values as GX's own methods, on invented expectations."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

import pytest

from flows.gx_import import import_great_expectations
from flows.gx_kwargs import CHECKED, METHODS, ORIGINAL, build_configuration_once

BETWEEN = {"column": "n", "min_value": 1, "max_value": 5, "mostly": 0.9}
BETWEEN_DOMAIN = {"batch_id": None, "column": "n", "row_condition": None, "condition_parser": None}
BETWEEN_SUCCESS = {
    "min_value": 1.0,
    "max_value": 5.0,
    "strict_min": False,
    "strict_max": False,
    "mostly": 0.9,
    **BETWEEN_DOMAIN,
}
OF_TYPE_SUCCESS = {
    "type_": "int",
    "mostly": 1,
    "column": "x",
    "row_condition": None,
    "condition_parser": None,
}


@pytest.fixture(scope="module")
def gx():
    import_great_expectations()
    import great_expectations

    if great_expectations.__version__ not in CHECKED:
        pytest.skip(f"GX {great_expectations.__version__} keeps its own methods")
    return great_expectations


def expectation(gx, kind: str, kwargs: dict[str, Any]):
    return getattr(gx.expectations, kind)(**kwargs)


CASES = [
    ("ExpectColumnValuesToBeBetween", BETWEEN),
    ("ExpectColumnValuesToBeOfType", {"column": "x", "type_": "int"}),
    ("ExpectColumnValuesToBeUnique", {"column": "id"}),
    ("ExpectColumnValuesToNotBeNull", {"column": "a", "mostly": 0.5}),
    ("ExpectColumnValuesToMatchRegex", {"column": "s", "regex": "^[a-z]+$"}),
    ("ExpectTableRowCountToBeBetween", {"min_value": 0}),
    ("ExpectCompoundColumnsToBeUnique", {"column_list": ["a", "b"]}),
]


def test_the_methods_are_in_place_after_the_import(gx) -> None:
    from great_expectations.expectations.expectation import Expectation

    assert build_configuration_once() is True
    assert sorted(ORIGINAL) == sorted(METHODS)
    assert Expectation._get_success_kwarg.__module__ == "flows.gx_kwargs"


@pytest.mark.parametrize(("kind", "kwargs"), CASES)
def test_same_values_as_gx_own_methods(gx, kind: str, kwargs: dict[str, Any]) -> None:
    item = expectation(gx, kind, kwargs)
    domain, success = item._get_domain_kwargs(), item._get_success_kwargs()
    assert domain == ORIGINAL["_get_domain_kwargs"](item)
    assert success == ORIGINAL["_get_success_kwargs"](item)
    assert list(success) == list(ORIGINAL["_get_success_kwargs"](item))  # same key order
    for key in [*success, *item.runtime_keys]:
        assert item._get_success_kwarg(key) == ORIGINAL["_get_success_kwarg"](item, key)


@pytest.mark.parametrize(
    ("kind", "kwargs", "domain", "success"),
    [
        ("ExpectColumnValuesToBeBetween", BETWEEN, BETWEEN_DOMAIN, BETWEEN_SUCCESS),
        (
            "ExpectColumnValuesToBeOfType",
            {"column": "x", "type_": "int"},
            {"column": "x", "row_condition": None, "condition_parser": None},
            OF_TYPE_SUCCESS,
        ),
    ],
)
def test_exact_kwargs(gx, kind: str, kwargs: dict, domain: dict, success: dict) -> None:
    item = expectation(gx, kind, kwargs)
    assert item._get_domain_kwargs() == domain
    assert item._get_success_kwargs() == success
    runtime = item._get_runtime_kwargs()
    assert {k: v for k, v in runtime.items() if k != "result_format"} == {
        "catch_exceptions": True,
        **success,
    }
    assert runtime["result_format"]["partial_unexpected_count"] == 20


@pytest.mark.parametrize(
    ("key", "default", "expected"),
    [("mostly", None, 0.9), ("strict_min", None, False), ("min_value", None, 1.0)],
)
def test_single_kwarg(gx, key: str, default: Any, expected: Any) -> None:
    item = expectation(gx, "ExpectColumnValuesToBeBetween", BETWEEN)
    assert item._get_success_kwarg(key, default) == expected


def test_an_unknown_key_warns_and_gives_the_default(gx, caplog) -> None:
    item = expectation(gx, "ExpectColumnValuesToBeBetween", BETWEEN)
    with caplog.at_level(logging.WARNING, logger="great_expectations"):
        assert item._get_success_kwarg("nope", 7) == 7
    assert caplog.messages == [
        '_get_success_kwarg called with key "nope", but it is not a known field of'
        " ExpectColumnValuesToBeBetween"
    ]


def test_every_call_returns_new_objects(gx) -> None:
    item = expectation(gx, "ExpectCompoundColumnsToBeUnique", {"column_list": ["a", "b"]})
    first, second = item._get_success_kwargs(), item._get_success_kwargs()
    assert first == second
    assert first["column_list"] is not second["column_list"]
    first["column_list"].append("c")
    assert item._get_success_kwargs()["column_list"] == ["a", "b"]


def test_other_versions_keep_gx_methods(gx, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gx, "__version__", "0.0.0")
    assert build_configuration_once() is False


@contextlib.contextmanager
def gx_own_methods():
    """GX's own four methods on ``Expectation`` for the block (ours back after it)."""
    from great_expectations.expectations.expectation import Expectation

    ours = {name: Expectation.__dict__[name] for name in METHODS}
    for name in METHODS:
        setattr(Expectation, name, ORIGINAL[name])
    try:
        yield
    finally:
        for name, method in ours.items():
            setattr(Expectation, name, method)


RUNTIME_CASES = [
    ("ExpectColumnValuesToBeBetween", BETWEEN, None),
    ("ExpectColumnValuesToBeBetween", BETWEEN, {"result_format": "SUMMARY"}),
    (
        "ExpectColumnValuesToBeUnique",
        {"column": "id", "result_format": "BOOLEAN_ONLY", "catch_exceptions": False},
        None,
    ),
    (
        "ExpectColumnValuesToBeUnique",
        {"column": "id", "result_format": "BOOLEAN_ONLY"},
        {"result_format": {"result_format": "COMPLETE"}, "catch_exceptions": False},
    ),
    ("ExpectTableRowCountToBeBetween", {"min_value": 0}, {}),
    ("ExpectCompoundColumnsToBeUnique", {"column_list": ["a", "b"]}, {"include_config": True}),
]


@pytest.mark.parametrize(("kind", "kwargs", "runtime"), RUNTIME_CASES)
def test_runtime_kwargs_as_gx_own(gx, kind: str, kwargs: dict, runtime: dict | None) -> None:
    item = expectation(gx, kind, kwargs)
    ours = item._get_runtime_kwargs(runtime_configuration=runtime)
    with gx_own_methods():
        theirs = item._get_runtime_kwargs(runtime_configuration=runtime)
    assert ours == theirs
    assert list(ours) == list(theirs)  # same key order


@pytest.mark.parametrize(
    ("runtime", "result_format"),
    [
        (None, {"result_format": "BASIC", "partial_unexpected_count": 20}),
        ({"result_format": "SUMMARY"}, {"result_format": "SUMMARY"}),
    ],
)
def test_exact_runtime_kwargs(gx, runtime: dict | None, result_format: dict) -> None:
    item = expectation(gx, "ExpectColumnValuesToBeOfType", {"column": "x", "type_": "int"})
    got = item._get_runtime_kwargs(runtime_configuration=runtime)
    assert got["catch_exceptions"] is True
    assert {k: v for k, v in got.items() if k not in ("catch_exceptions", "result_format")} == (
        OF_TYPE_SUCCESS
    )
    assert {k: got["result_format"][k] for k in result_format} == result_format


def test_a_subclass_own_methods_are_asked_as_gx_asks_them(gx) -> None:
    class OwnKwarg(gx.expectations.ExpectColumnValuesToNotBeNull):
        def _get_success_kwarg(self, key: str, default: Any = None) -> Any:
            return "mine" if key == "catch_exceptions" else super()._get_success_kwarg(key)

    class OwnDomain(gx.expectations.ExpectColumnValuesToNotBeNull):
        def _get_domain_kwargs(self) -> dict[str, Any]:
            return {**super()._get_domain_kwargs(), "column": "other"}

    own_kwarg, own_domain = OwnKwarg(column="a"), OwnDomain(column="a")
    got = own_kwarg._get_runtime_kwargs()
    assert (got["catch_exceptions"], got["column"]) == ("mine", "a")
    assert own_domain._get_success_kwargs()["column"] == "other"
    assert own_domain._get_runtime_kwargs()["column"] == "other"
    ours = [item._get_runtime_kwargs() for item in (own_kwarg, own_domain)]
    with gx_own_methods():
        assert ours == [item._get_runtime_kwargs() for item in (own_kwarg, own_domain)]
