"""One DB worker thread: work that may take more than a frame runs there.

``TaskManager.run(fn, on_done, on_error)`` calls ``fn()`` on the worker; the
callback runs on the GUI thread with its result. The worker has its own
SQLite connection (peewee keeps one per thread) with the same pragmas.
"""
from __future__ import annotations

import itertools
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from db.database import database


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
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id, self._fn, self._relay = job_id, fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # reported to the caller on the GUI thread
            exc.traceback_text = traceback.format_exc()
            self._relay.finished.emit(self._id, False, exc)
        else:
            self._relay.finished.emit(self._id, True, result)


class TaskManager(QObject):
    """Runs database work in order on one worker thread."""

    error = Signal(object)  # an exception nobody handled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._ids = itertools.count(1)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        self._pool.start(_Job(job_id, fn, self._relay))
        return job_id

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def _on_finished(self, job_id: int, ok: bool, value: Any) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        if ok:
            if on_done is not None:
                on_done(value)
        elif isinstance(value, Cancelled):
            pass
        elif on_error is not None:
            on_error(value)
        else:
            self.error.emit(value)

    def shutdown(self) -> None:
        """Finish queued work and close the worker's connection."""
        self._pool.start(_Job(0, database.close, _Relay()))
        self._pool.waitForDone()
