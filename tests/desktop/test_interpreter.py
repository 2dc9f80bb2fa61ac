"""The cycle collector rests while the workers run and comes back after (desktop/interpreter.py):
a full collection amid an import held the window for 20–50 ms and found nothing."""
from __future__ import annotations

import gc
import threading

from db.collector import collector_paused
from desktop.tasks import TaskManager


def test_the_collector_rests_while_any_paused_work_runs_and_wakes_after_the_last():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the outer work still runs"
    assert gc.isenabled()


def test_overlapping_work_in_two_threads_keeps_the_collector_resting_until_both_end():
    first_in, second_out = threading.Event(), threading.Event()
    seen = []

    def first():
        with collector_paused():
            first_in.set()
            second_out.wait(5)
            seen.append(gc.isenabled())

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with collector_paused():
        pass
    second_out.set()
    thread.join(5)
    assert seen == [False] and gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_worker_jobs_run_with_the_collector_resting(qtbot):
    tasks = TaskManager()
    seen: list[bool] = []
    try:
        with qtbot.waitSignal(tasks.idle):
            tasks.run(gc.isenabled, seen.append)
        assert seen == [False]
        assert gc.isenabled()
    finally:
        tasks.shutdown()


def test_the_imports_rest_the_collector_themselves_and_a_failed_one_gives_it_back(db_path):
    """The lead import rests the collector wherever it runs (the command line, a child
    process: db/collector.py); one refused or cancelled leaves it as it was."""
    import pytest

    from db import leads_io

    seen = []
    parsed = leads_io.parse("full_name,email\nAda Rossi,ada@example.com\nBo,not-an-address\n".encode())
    assert parsed.problems and gc.isenabled()
    with pytest.raises(ValueError):
        leads_io.apply(parsed, 1_780_000_000)
    assert gc.isenabled()
    with pytest.raises(InterruptedError):
        leads_io.apply(parsed, 1_780_000_000, skip_invalid=True,
                       cancelled=lambda: seen.append(gc.isenabled()) or True)
    assert seen == [False], "the collector rested while the import ran"
    assert gc.isenabled()
