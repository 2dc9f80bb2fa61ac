"""Workers: the database's one writer, and one for the network.

``TaskManager.run(fn, on_done, on_error)`` calls ``fn()`` on the worker; the
callback runs on the GUI thread with its result. The worker has its own
SQLite connection (peewee keeps one per thread) with the same pragmas.

Work marked ``retry_locked`` (every operation) is tried again, with a growing
pause, while another process holds the write lock ("database is locked"): a
user's action waits on the worker, never on the GUI thread, and is never refused
because someone else was writing. Each try is one transaction, so a retried
import is still all or nothing.
"""
from __future__ import annotations

import itertools
import threading
import time
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from db.database import database, is_locked_error
from db.collector import collector_paused

LOCK_PAUSE_MAX = 0.5  # seconds between tries while another process writes


class Cancelled(Exception):
    """Raised inside a task when its CancelToken was set."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class _Relay(QObject):
    finished = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay, retry_locked: bool,
                 stopping: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id, self._fn, self._relay = job_id, fn, relay
        self._retry_locked, self._stopping = retry_locked, stopping

    def run(self) -> None:
        pause = 0.02
        while True:
            try:
                with collector_paused():  # (see desktop/interpreter.py)
                    result = self._fn()
            except BaseException as exc:  # reported to the caller on the GUI thread
                if self._retry_locked and is_locked_error(exc) and not self._stopping.is_set():
                    time.sleep(pause)
                    pause = min(pause * 2, LOCK_PAUSE_MAX)
                    continue
                exc.traceback_text = traceback.format_exc()
                self._relay.finished.emit(self._id, False, exc)
            else:
                self._relay.finished.emit(self._id, True, result)
            return


class TaskManager(QObject):
    """Runs work in order on one worker thread of its own."""

    error = Signal(object)  # an exception nobody handled
    idle = Signal()         # the last queued job has finished

    def __init__(self, parent: QObject | None = None, *, name: str = "db") -> None:
        super().__init__(parent)
        self.name = name
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._ids = itertools.count(1)
        self._stopping = threading.Event()

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *, retry_locked: bool = False) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        self._pool.start(_Job(job_id, fn, self._relay, retry_locked, self._stopping))
        return job_id

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def _on_finished(self, job_id: int, ok: bool, value: Any) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        try:
            if ok:
                if on_done is not None:
                    on_done(value)
            elif isinstance(value, Cancelled):
                pass
            elif on_error is not None:
                on_error(value)
            else:
                self.error.emit(value)
        finally:
            if not self._callbacks:
                self.idle.emit()

    def wait(self) -> None:
        """Block until the queued work is done (the window's close and tests only)."""
        self._pool.waitForDone()

    def shutdown(self) -> None:
        """Finish queued work and close the worker's connection."""
        self._pool.start(_Job(0, database.close, _Relay(), False, self._stopping))
        self._pool.waitForDone()
        self._stopping.clear()
