"""Validation in a side process (flows.validate_side): what crosses the pipe, and the fallback to
validating in the run's own process. The real side process runs in the CLI test of
``tests/test_startup.py`` (its log line reaches Prefect's database)."""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import sys
import threading

import pytest

from flows import validate_side


class _Unpicklable:
    def __reduce__(self):
        raise TypeError("not picklable")

    def __str__(self) -> str:
        return "thing"


@pytest.mark.parametrize(
    ("msg", "args", "expected"),
    [
        (
            "validated %d batches, %d parts carried unchanged",
            (5, 7),
            "validated 5 batches, 7 parts carried unchanged",
        ),
        ("plain line", (), "plain line"),
        ("a %s", (_Unpicklable(),), "a thing"),  # only its text crosses the pipe
    ],
)
def test_a_portable_record_has_its_message_formatted(msg, args, expected):
    record = logging.LogRecord("newsfacts", logging.INFO, __file__, 1, msg, args, None)
    copy = pickle.loads(pickle.dumps(validate_side.portable(record)))
    assert (copy.msg, copy.args, copy.getMessage(), copy.name) == (
        expected,
        None,
        expected,
        "newsfacts",
    )


def test_a_portable_record_carries_its_traceback_as_text():
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord(
            "newsfacts", logging.ERROR, __file__, 1, "failed", (), sys.exc_info()
        )
    copy = validate_side.portable(record)
    assert copy.exc_info is None
    assert copy.exc_text.splitlines()[-1] == "ValueError: boom"
    assert pickle.loads(pickle.dumps(copy)).exc_text == copy.exc_text


@pytest.mark.parametrize(
    ("name", "level", "kept"),
    [
        ("newsfacts", logging.INFO, True),
        ("newsfacts.flows", logging.DEBUG, True),
        ("great_expectations", logging.INFO, False),
        ("great_expectations", logging.WARNING, True),
        ("py.warnings", logging.WARNING, True),
    ],
)
def test_the_side_process_keeps_the_pipelines_lines_and_every_warning(name, level, kept):
    collect = validate_side._Collect()
    collect.handle(logging.LogRecord(name, level, __file__, 1, "line", (), None))
    assert [r.getMessage() for r in collect.records] == (["line"] if kept else [])


class _Broken:
    """A staged version whose parts cannot be listed."""

    def parts(self, table):
        raise ValueError(f"no parts of {table}")


def test_a_failing_validation_answers_with_its_traceback_and_log_lines():
    ours, child = multiprocessing.Pipe()
    thread = threading.Thread(target=validate_side.serve, args=(child,))
    thread.start()
    ours.send((_Broken(), {"a1"}, None, set(), set()))
    status, value, records = ours.recv()
    thread.join()
    assert status == "failed"
    assert value.splitlines()[-1] == "ValueError: no parts of _parts"
    assert records == []


def test_the_side_process_ends_when_the_run_closes_its_end_without_asking():
    ours, child = multiprocessing.Pipe()
    thread = threading.Thread(target=validate_side.serve, args=(child,))
    thread.start()
    ours.close()
    thread.join(60)
    assert not thread.is_alive()


def test_a_side_validator_that_did_not_start_leaves_validation_to_the_run(monkeypatch):
    def server_failed():
        raise RuntimeError("the server did not answer")

    side = validate_side.SideValidator(after=server_failed)
    assert side.validate(_Broken(), {"a1"}, docs_dir=None, trusted=set()) is None
    assert side.process.pid is None


@pytest.mark.parametrize(("imported", "started"), [(False, True), (True, False)])
def test_a_side_validator_is_started_once_unless_gx_is_imported_here(
    monkeypatch, imported, started
):
    made = []
    monkeypatch.setattr(validate_side, "_SIDE", [])
    monkeypatch.setattr(
        validate_side, "SideValidator", lambda after, hold: made.append(after) or "side"
    )
    if imported:
        monkeypatch.setitem(
            sys.modules, "great_expectations", sys.modules.get("great_expectations")
        )
    else:
        monkeypatch.delitem(sys.modules, "great_expectations", raising=False)
    first, second = validate_side.start_side(), validate_side.start_side()
    assert (first, second, len(made)) == (("side", "side", 1) if started else (None, None, 0))
    assert validate_side.side_started() is started
    assert validate_side.take_side() == ("side" if started else None)
    assert validate_side.side_started() is False


class _Process:
    def __init__(self) -> None:
        self.pid, self.started = None, threading.Event()

    def start(self) -> None:
        self.pid = 1
        self.started.set()


@pytest.mark.parametrize("how", ["release", "stop"])
def test_a_held_side_process_starts_only_when_released(how):
    side = validate_side.SideValidator(hold=True)
    fake = _Process()  # no real process
    side.process = fake
    assert not fake.started.wait(0.3)  # held: extraction not over
    if how == "release":
        side.release()
        assert fake.started.wait(5)
    else:  # a run that fails before its extraction ends starts no process
        side.stop()
        assert fake.pid is None and not side._starter.is_alive()
