"""F1: every keyboard shortcut on one sheet."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout
from desktop.widgets.text import set_window_title


class ShortcutsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        set_window_title(self, self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        rows = [
            ("Ctrl+1 … Ctrl+5", self.tr("Inbox, Leads, Calendar, Insights, Settings")),
            ("Ctrl+K", self.tr("Go to a conversation or a lead")),
            ("F1", self.tr("This sheet")),
            ("Ctrl+Z", self.tr("Undo the last action (while its notice shows)")),
            ("Ctrl+F", self.tr("Search the inbox")),
            ("Esc", self.tr("Clear the search")),
            ("Enter", self.tr("Send the reply")),
            ("Shift+Enter", self.tr("New line in the reply")),
            ("/", self.tr("Saved reply by its shortcut")),
            ("Ctrl+R", self.tr("Insert a saved reply")),
            ("Alt+1 … Alt+3", self.tr("Insert a suggested reply")),
            ("Ctrl+Shift+F", self.tr("Flag or unflag")),
            ("Ctrl+U", self.tr("Mark unread or read")),
            ("Ctrl+D", self.tr("Mark as done")),
            ("Ctrl+E", self.tr("Archive")),
            ("Ctrl+I", self.tr("Move to the Inbox")),
            ("Ctrl+Shift+S", self.tr("Move to Spam")),
            ("Ctrl+Shift+B", self.tr("Block or unblock")),
            ("Ctrl+Shift+A", self.tr("Assign to me")),
            ("Ctrl+Shift+I", self.tr("Show or hide sender info")),
            ("Ctrl+→ / Ctrl+←", self.tr("Move a lead to the next / previous stage")),
            ("Enter", self.tr("Open the selected lead")),
            ("0 … 3", self.tr("Give the selected leads no to three stars")),
            ("Ctrl+L", self.tr("Mark the selected leads lost (restore them in the Lost filter)")),
            ("Ctrl+Shift+L", self.tr("Show or hide the lost leads")),
            ("Ctrl+Shift+V", self.tr("The selected lead's expected value")),
            ("←↑→↓, Enter", self.tr("Calendar: move between days, new follow-up")),
            ("Ctrl+Shift+D", self.tr("Find duplicate contacts")),
            ("Ctrl+S", self.tr("Save (Settings)")),
            ("Ctrl+Q", self.tr("Quit")),
        ]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        for i, (keys, what) in enumerate(rows):
            plain_keys = not any(mark in keys for mark in ("…", "/", ",", "←"))
            native = QKeySequence(keys).toString(QKeySequence.NativeText) if plain_keys else keys
            table.setItem(i, 0, QTableWidgetItem(native or keys))
            table.setItem(i, 1, QTableWidgetItem(what))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        table.setFocus(Qt.OtherFocusReason)
