"""When something unexpected breaks: a dialog with a copyable report, a crash log, and the data kept.

Every write is its own committed transaction, so what was saved before the
error stays saved; the report says what happened so it can be sent to whoever
looks after the app. faulthandler writes a trace even for crashes Python cannot
catch.
"""
from __future__ import annotations

import faulthandler
import platform
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout
from desktop.widgets.text import plain_label, set_window_title

_fault_file = None


def report_text(exc_type, exc, tb) -> str:
    from PySide6 import __version__ as pyside_version

    lines = [
        f"Sportello crash report — {time.strftime('%Y-%m-%d %H:%M:%S')}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(self, report: str, log_path: Path | None, parent=None) -> None:
        super().__init__(parent)
        set_window_title(self, self.tr("Sportello ran into a problem"))
        layout = QVBoxLayout(self)
        intro = plain_label(self.tr("Something unexpected went wrong. Everything saved so far is safe. "
                               "You can copy this report and send it to whoever looks after Sportello."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if log_path is not None:
            where = plain_label(self.tr("The report is also saved in %1").replace("%1", str(log_path)))
            where.setTextFormat(Qt.PlainText)
            where.setWordWrap(True)
            layout.addWidget(where)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        copy = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


class CrashHandler(QObject):
    """Installed as sys.excepthook; shows the dialog on the GUI thread."""

    crashed = Signal(str, object)  # report, log path
    lost = Signal()                # the team's server could not be read (not a crash)

    def __init__(self, log_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.log_dir = Path(log_dir)
        self.dialogs: list[CrashDialog] = []
        self._previous = sys.excepthook
        self.crashed.connect(self._show, Qt.QueuedConnection)

    def install(self) -> None:
        global _fault_file
        self.log_dir.mkdir(parents=True, exist_ok=True)
        if _fault_file is None:
            _fault_file = open(self.log_dir / "faulthandler.log", "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(_fault_file)
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        from desktop.widgets.errors import server_lost
        if server_lost(exc):
            # The team's server went away under a read on the window's thread: no crash, the
            # window says it is reconnecting (desktop/watcher.py).
            self.lost.emit()
            return
        report = report_text(exc_type, exc, tb)
        path = self.log_dir / f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{int(time.time() * 1000) % 1000:03d}.txt"
        try:
            path.write_text(report, encoding="utf-8")
        except OSError:
            path = None
        sys.stderr.write(report)
        self.crashed.emit(report, path)

    def _show(self, report: str, path) -> None:
        dialog = CrashDialog(report, path)
        self.dialogs.append(dialog)
        dialog.open()
