"""Work that can take a while — exports, backups, restores — off the window's thread,
with a progress window and Cancel.

``LongWork`` runs ``work(progress, cancelled)`` on the DB worker. The worker only writes
two numbers; the window shows them ten times a second (a progress window appears only
if the work lasts more than a moment). ``export_file`` writes a file beside its name
and renames it when complete (db/io.py ``atomic_file``): a cancelled or failed export
leaves no partial file.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.tasks import CancelToken
from desktop.widgets.text import set_window_title

SHOW_AFTER_MS = 300


class LongWork(QObject):
    finished = Signal(object)  # the result, or None when cancelled or failed

    def __init__(self, ctx, parent: QWidget | None, title: str, label: str,
                 work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any], *,
                 on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 on_cancel: Callable[[], None] | None = None,
                 worker=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.token = CancelToken()
        self._work, self._on_done, self._on_error, self._on_cancel = work, on_done, on_error, on_cancel
        self._worker = worker if worker is not None else ctx.tasks
        self._label = label
        self._done = (0, 0)
        self.running = False
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        set_window_title(self.dialog, title)
        self.dialog.setWindowModality(Qt.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.reset()  # hidden until start; QProgressDialog would show itself otherwise
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)

    def start(self) -> "LongWork":
        token = self.token

        def progress(done: int, total: int = 0) -> None:
            self._done = (done, total)

        self.running = True
        self.dialog.setRange(0, 0)
        self.dialog.setValue(0)
        self._timer.start()
        self._worker.run(lambda: self._work(progress, lambda: token.cancelled), self._finished, self._failed,
                         retry_locked=True)
        return self

    def cancel(self) -> None:
        self.token.cancel()  # the worker stops at its next step and undoes what it began
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _tick(self) -> None:
        done, total = self._done
        if total:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        elif done:
            self.dialog.setLabelText(self._label + "\n" + self.tr("%n row(s) so far", "", done))

    def _stop(self) -> None:
        self.running = False
        self._timer.stop()
        self.dialog.reset()
        self.dialog.hide()

    def _finished(self, result: Any) -> None:
        self._stop()  # (a cancel after the work's last check comes too late: it did finish)
        if self._on_done is not None:
            self._on_done(result)
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        if isinstance(exc, InterruptedError) or self.token.cancelled:
            if self._on_cancel is not None:
                self._on_cancel()
        elif self._on_error is not None:
            self._on_error(exc)
        else:
            from desktop.widgets.errors import describe
            self.ctx.notify(describe(exc))
        self.finished.emit(None)


def export_file(ctx, parent: QWidget | None, path: str | Path, write: Callable[[Any], int], *,
                done_text: Callable[[int], str], mode: str = "w", title: str | None = None) -> LongWork:
    """Write ``path`` with ``write(out) -> count`` on the worker, with progress and Cancel;
    the file appears complete or not at all."""
    from db.io import atomic_file

    path = Path(path)

    def work(progress, cancelled):
        options = {"newline": ""} if "b" not in mode else {}
        with atomic_file(path, mode, cancelled=cancelled, progress=progress, **options) as out:
            return write(out)

    def failed(exc: BaseException) -> None:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        ctx.notify(_tr("Could not write %1: %2").replace("%1", path.name).replace("%2", reason))

    job = LongWork(ctx, parent, title or _tr("Export"), _tr("Writing %1…").replace("%1", path.name), work,
                   on_done=lambda count: ctx.notify(done_text(count)), on_error=failed,
                   on_cancel=lambda: ctx.notify(_tr("Export cancelled: no file was written.")))
    return job.start()


def _tr(text: str) -> str:
    return QCoreApplication.translate("LongWork", text)
