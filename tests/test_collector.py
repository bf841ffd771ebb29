"""The collector pause of ``flows.collector``: paused inside, restored after, overlapping pauses
from two threads, a library's ``gc.enable()`` inside, and the freeze."""

from __future__ import annotations

import contextlib

import pytest

from flows.collector import collector_paused


@pytest.mark.parametrize(
    ("enabled_before", "raises", "expected"),
    [
        (True, False, (False, True)),  # paused inside, collecting again after
        (True, True, (False, True)),  # also when the import fails
        (False, False, (False, False)),  # left off when it was off
    ],
)
def test_the_collector_is_paused_for_an_import(enabled_before, raises, expected):
    import gc

    gc.enable() if enabled_before else gc.disable()
    inside = None
    try:
        with contextlib.suppress(ImportError), collector_paused():
            inside = gc.isenabled()
            if raises:
                raise ImportError("no module")
        assert (inside, gc.isenabled()) == expected
    finally:
        gc.enable()


def test_a_pause_outlasts_a_librarys_enable_and_restores_the_thresholds():
    """srsly's msgpack loads call ``gc.enable()`` inside a pause: no collection resumes (the
    first threshold is 0) until the pause ends, which puts back the thresholds it found."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(500, 7, 9)
    try:
        with collector_paused():
            gc.enable()  # what a library may do meanwhile
            inside = gc.get_threshold()
        assert (inside, gc.get_threshold(), gc.isenabled()) == ((0, 7, 9), (500, 7, 9), True)
    finally:
        gc.set_threshold(*before)
        gc.enable()


def test_overlapping_pauses_resume_collection_at_the_last_end():
    """Two threads' pauses (the run's import, its warm-up): collection resumes only when the
    last one ends, whichever began first."""
    import gc
    import threading

    gc.enable()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    states = []

    def second():
        first_in.wait()
        with collector_paused():
            second_in.set()
            first_out.wait()
            states.append(("second inside, first ended", gc.isenabled()))

    thread = threading.Thread(target=second)
    thread.start()
    try:
        with collector_paused():
            first_in.set()
            second_in.wait()
        first_out.set()
        thread.join()
        states.append(("both ended", gc.isenabled()))
    finally:
        gc.enable()
    assert states == [("second inside, first ended", False), ("both ended", True)]


def test_a_freezing_pause_moves_what_exists_into_the_permanent_generation():
    import gc

    gc.unfreeze()
    try:
        with collector_paused(freeze=True):
            kept = [{"n": i} for i in range(100)]
            assert gc.get_freeze_count() == 0
        frozen = gc.get_freeze_count()
        assert (frozen >= len(kept), gc.isenabled()) == (True, True)
    finally:
        gc.unfreeze()
        gc.enable()
