"""Ctrl+K: jump to a conversation or a lead by typing part of a name (or a word of a message)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from db import inbox as db_inbox
from db import leads as db_leads
from db import search as db_search
from desktop.widgets.text import set_window_title


class JumpDialog(QDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        set_window_title(self, self.tr("Go to…"))
        self.resize(460, 380)
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type a name, an e-mail or a word of a message"))
        self.query.setAccessibleName(self.tr("Go to a conversation or a lead"))
        layout.addWidget(self.query)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matches"))
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.fill)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self.go)
        self.results.itemActivated.connect(lambda _i: self.go())

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Down, Qt.Key_Up) and self.query.hasFocus():
            row = self.results.currentRow() + (1 if event.key() == Qt.Key_Down else -1)
            self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
            return
        super().keyPressEvent(event)

    def fill(self) -> None:
        text = self.query.text().strip()
        self.results.clear()
        if not text:
            return
        conversations = []
        for folder in ("inbox", "done", "archived"):
            conversations.extend(db_search.search_conversations(text, folder, limit=8))
        rows = db_inbox.conversation_rows(conversations[:12])
        for cid in conversations[:12]:
            if cid in rows:
                item = QListWidgetItem("💬 " + rows[cid].contact_name + " — " + " ".join(rows[cid].snippet.split())[:60])
                item.setData(Qt.UserRole, ("conversation", cid))
                self.results.addItem(item)
        leads = db_leads.lead_ids(db_leads.LeadFilter(text=text))[:8]
        lead_rows = db_leads.lead_rows(leads)
        for lid in leads:
            item = QListWidgetItem("★ " + self.tr("Lead: %1").replace("%1", lead_rows[lid].name or lead_rows[lid].email))
            item.setData(Qt.UserRole, ("lead", lid))
            self.results.addItem(item)
        self.results.setCurrentRow(0)

    def go(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.fill()
        item = self.results.currentItem()
        if item is None:
            return
        kind, item_id = item.data(Qt.UserRole)
        self.accept()
        if kind == "conversation":
            self.ctx.open_conversation.emit(item_id)
        else:
            self.ctx.open_lead.emit(item_id)
