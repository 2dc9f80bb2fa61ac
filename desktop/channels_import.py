"""File → Import a Messenger export: in a process of its own (desktop/child_work.py), waited
for on the DB worker, with progress and Cancel."""
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
        self.page_question = None  # asked when the export cannot tell who the Page is
        self.token = CancelToken()
        self.error = ""
        self.dialog = QProgressDialog(self.tr("Importing %1…").replace("%1", self.path.name), self.tr("Cancel"),
                                      0, 100, parent)
        set_window_title(self.dialog, self.tr("Import a Messenger export"))
        # Not modal: the import runs beside the window (in a process of its own), and the
        # user goes on answering customers meanwhile; what they do is committed after it.
        self.dialog.setWindowModality(Qt.NonModal)
        self.dialog.canceled.connect(self.token.cancel)
        self._done = (0, 1)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        from db.database import attachments_folder, database
        from desktop.child_work import run_in_child

        store, now, token, page = attachments_folder(), self.ctx.now(), self.token, self.page
        database_path = database.database

        def progress(done: int, total: int) -> None:
            self._done = (done, max(total, 1))

        self.dialog.show()
        self._timer.start(100)
        path = self.path
        self.ctx.tasks.run(lambda: run_in_child(messenger_import.import_export, database_path, path=path,
                                                store=store, now=now, page=page, progress=progress,
                                                cancelled=lambda: token.cancelled),
                           self._finished, self._failed, retry_locked=True)

    def _ask_page(self, names: list[str]) -> None:
        """One thread cannot tell who the Page is: the user says, once, and the import goes
        on (the name is kept in Settings for the next export)."""
        from PySide6.QtWidgets import QInputDialog

        question = QInputDialog(self.dialog.parentWidget())
        set_window_title(question, self.tr("Import a Messenger export"))
        question.setLabelText(self.tr("Which of these is your Page?"))
        question.setComboBoxItems(names)
        question.setComboBoxEditable(False)
        question.setOption(QInputDialog.UseListViewForComboBoxItems, True)
        question.setWindowModality(Qt.WindowModal)
        self.page_question = question

        def chosen(name: str) -> None:
            from db import settings
            self.page = name
            self.ctx.ops.run(lambda: settings.put("page.name", name), changes=changes(Area.SETTINGS))
            self.start()

        def declined() -> None:
            self.error = self.tr("Nothing was imported: the Page was not chosen.")
            self.ctx.notify(self.error)
            self.finished.emit(None)

        question.textValueSelected.connect(chosen)
        question.rejected.connect(declined)
        question.open()

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
        if isinstance(exc, messenger_import.PageUnknown) and exc.params.get("names"):
            self._ask_page(list(exc.params["names"]))
            return
        if isinstance(exc, InterruptedError):
            self.error = self.tr("Import cancelled: nothing was imported.")
        else:
            from desktop.widgets.errors import describe
            self.error = self.tr("Nothing was imported: %1").replace("%1", describe(exc))
        self.ctx.notify(self.error)
        self.finished.emit(None)
