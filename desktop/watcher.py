"""Changes committed by another connection reach the views within a second or two.

Another window, the command line (`sportello import …`), a scheduled `sportello sync`:
whatever commits to the same file moves SQLite's ``PRAGMA data_version`` as seen by
every *other* connection. The DB worker's connection is the one to ask: it writes
this window's own operations, so its data_version moves only for the others' commits
(the GUI thread's connection would move for ours too). Asking costs microseconds; it
is asked once a second, one question at a time, active window or not.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from db.database import data_version
from desktop.operations import OUTSIDE

POLL_MS = 1000


class OutsideChanges(QObject):
    def __init__(self, ctx, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._version: int | None = None
        self._asking = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        """Ask the worker for data_version (skipped while the last question is unanswered)."""
        if self._asking:
            return
        self._asking = True
        self.ctx.tasks.run(data_version, self._answered, self._failed)

    def reset(self) -> None:
        """Forget the version (a restore replaced the file: the next answer is the new base)."""
        self._version = None

    def _answered(self, version: int) -> None:
        self._asking = False
        seen, self._version = self._version, version
        if seen is not None and version != seen:
            self.ctx.changed.emit(OUTSIDE)

    def _failed(self, _exc: BaseException) -> None:
        self._asking = False
