"""File → Import a Messenger export: on the DB worker, with progress and Cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from db import messenger_import
from desktop.operations import Area, changes
from desktop.tasks import CancelToken
from desktop.widgets.text import set_window_title


class MessengerImport(QObject):
    finished = Signal(object)  # ImportSummary, or None when cancelled or refused

    def __init__(self, ctx, path: str, parent=None, page: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.page = page
        self.token = CancelToken()
        self.error = ""
        self.dialog = QProgressDialog(self.tr("Importing %1…").replace("%1", self.path.name), self.tr("Cancel"),
                                      0, 100, parent)
        set_window_title(self.dialog, self.tr("Import a Messenger export"))
        self.dialog.setWindowModality(Qt.WindowModal)
        self.dialog.canceled.connect(self.token.cancel)
        self._done = (0, 1)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        from desktop.app import data_dir

        store, now, token, page = data_dir() / "attachments", self.ctx.now(), self.token, self.page

        def progress(done: int, total: int) -> None:
            self._done = (done, max(total, 1))

        self.dialog.show()
        self._timer.start(100)
        self.ctx.tasks.run(lambda: messenger_import.import_export(self.path, store, now, page=page,
                                                                  progress=progress,
                                                                  cancelled=lambda: token.cancelled),
                           self._finished, self._failed, retry_locked=True)

    def _tick(self) -> None:
        done, total = self._done
        self.dialog.setValue(int(100 * done / total))

    def _finished(self, summary) -> None:
        self._timer.stop()
        self.dialog.reset()
        self.ctx.changed.emit(changes(Area.INBOX))
        self.ctx.notify(self.tr("Imported %1 conversations, %2 new messages.").replace(
            "%1", str(summary.threads)).replace("%2", str(summary.messages_added)))
        self.finished.emit(summary)

    def _failed(self, exc) -> None:
        self._timer.stop()
        self.dialog.reset()
        if isinstance(exc, InterruptedError):
            self.error = self.tr("Import cancelled: nothing was imported.")
        else:
            self.error = self.tr("Nothing was imported: %1").replace("%1", str(exc))
        self.ctx.notify(self.error)
        self.finished.emit(None)
