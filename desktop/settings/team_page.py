"""Settings → Team: who works here — added, renamed, given a colour, deactivated (their
conversations, leads and open follow-ups handed to someone, with a preview, undoable)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout,
)

from db import team
from desktop.context import AppContext
from desktop.operations import Area, changes
from desktop.settings.common import SettingsPage, label
from desktop.widgets.errors import describe


COLOR_NAMES = {  # team.COLORS, in words (a hex code is no colour to a shop owner)
    "#1971C2": QT_TRANSLATE_NOOP("TeamPage", "Blue"), "#2B8A3E": QT_TRANSLATE_NOOP("TeamPage", "Green"),
    "#D9480F": QT_TRANSLATE_NOOP("TeamPage", "Orange"), "#AE3EC9": QT_TRANSLATE_NOOP("TeamPage", "Purple"),
    "#C2255C": QT_TRANSLATE_NOOP("TeamPage", "Raspberry"), "#0C8599": QT_TRANSLATE_NOOP("TeamPage", "Teal"),
    "#5F3DC4": QT_TRANSLATE_NOOP("TeamPage", "Violet"), "#E67700": QT_TRANSLATE_NOOP("TeamPage", "Amber"),
}


def color_name(color: str) -> str:
    name = COLOR_NAMES.get(color.upper())
    return QCoreApplication.translate("TeamPage", name) if name else QCoreApplication.translate(
        "TeamPage", "Own colour")


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class TeamPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("Team"), self.tr(
            "Everyone who answers customers here. Each chooses who they are on their own computer, at the "
            "bottom right of the window."), parent)
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Team members"))
        self.list.setMaximumHeight(180)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.body.addWidget(self.list)
        form = QFormLayout()
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.color = QComboBox()
        for color in team.COLORS:
            self.color.addItem(swatch(color), color_name(color), color)
        for text, widget in ((self.tr("First name"), self.first_name), (self.tr("Last name"), self.last_name),
                             (self.tr("Colour"), self.color)):
            widget.setAccessibleName(text)
            form.addRow(text, widget)
        self.body.addLayout(form)
        row = QHBoxLayout()
        self.status = label("", "note")
        row.addWidget(self.status, 1)
        self.add_button = QPushButton(self.tr("Add to the team"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.add_button)
        row.addWidget(self.save_button)
        self.body.addLayout(row)

        leaving = QGroupBox(self.tr("Leaving the team"))
        leaving_layout = QVBoxLayout(leaving)
        hand = QHBoxLayout()
        hand.addWidget(label(self.tr("Hand their work to"), wrap=False))
        self.successor = QComboBox()
        self.successor.setAccessibleName(self.tr("Hand their work to"))
        self.successor.currentIndexChanged.connect(lambda _i: self._preview())
        hand.addWidget(self.successor, 1)
        leaving_layout.addLayout(hand)
        self.preview = label("", "note")
        leaving_layout.addWidget(self.preview)
        self.leave_button = QPushButton(self.tr("Deactivate"))
        self.leave_button.clicked.connect(self.toggle_active)
        leaving_layout.addWidget(self.leave_button, 0, Qt.AlignRight)
        self.body.addWidget(leaving)
        self.finish()
        self._handover = None
        ctx.changed.connect(lambda what: what.touches(Area.TEAM) and self.load())
        self.load()

    # --- reading -----------------------------------------------------------------------
    def load(self) -> None:
        chosen = self.member_id()
        self.list.blockSignals(True)
        self.list.clear()
        self._members = {m.id: m for m in team.members(include_inactive=True)}
        active = {m.id for m in team.members()}
        for m in self._members.values():
            text = m.full_name if m.id in active else self.tr("%1 (not active)").replace("%1", m.full_name)
            item = QListWidgetItem(swatch(m.color), text)
            item.setData(Qt.UserRole, m.id)
            item.setData(Qt.UserRole + 1, m.id in active)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [i for i in range(self.list.count()) if self.list.item(i).data(Qt.UserRole) == chosen]
        self.list.setCurrentRow(rows[0] if rows else (0 if self.list.count() else -1))
        self._selected()

    def member_id(self) -> int | None:
        item = self.list.currentItem() if hasattr(self, "_members") else None
        return item.data(Qt.UserRole) if item is not None else None

    def _active(self) -> bool:
        item = self.list.currentItem()
        return bool(item is not None and item.data(Qt.UserRole + 1))

    def _selected(self) -> None:
        member = self._members.get(self.member_id()) if self.member_id() is not None else None
        self.first_name.setText(member.first_name if member else "")
        self.last_name.setText(member.last_name if member else "")
        if member is not None:
            index = self.color.findData(member.color)
            if index < 0:
                self.color.addItem(swatch(member.color), color_name(member.color), member.color)
                index = self.color.count() - 1
            self.color.setCurrentIndex(index)
        self.save_button.setEnabled(member is not None)
        self.leave_button.setEnabled(member is not None)
        self.leave_button.setText(self.tr("Deactivate") if self._active() or member is None else self.tr("Reactivate"))
        self.successor.blockSignals(True)
        self.successor.clear()
        self.successor.addItem(self.tr("Nobody"), None)
        for m in team.members():
            if member is None or m.id != member.id:
                self.successor.addItem(m.full_name, m.id)
        self.successor.blockSignals(False)
        self.successor.setEnabled(self._active())
        self._preview()

    def _preview(self) -> None:
        member_id = self.member_id()
        if member_id is None or not self._active():
            self.preview.setText("")
            return
        counts = team.handover(member_id)
        to = self.successor.currentText() if self.successor.currentData() is not None else self.tr("nobody")
        self.preview.setText(self.tr("Hands %1 conversation(s), %2 lead(s) and %3 open follow-up(s) to %4.")
                             .replace("%1", str(counts.conversations)).replace("%2", str(counts.leads))
                             .replace("%3", str(counts.follow_ups)).replace("%4", to))

    # --- changing ----------------------------------------------------------------------
    def add(self) -> int:
        first, last, color = self.first_name.text(), self.last_name.text(), self.color.currentData()
        taken = {m.color for m in self._members.values()}
        chosen = None if color in taken else color
        return self.ctx.ops.run(lambda: team.add_member(first, last, chosen), changes=changes(Area.TEAM),
                                on_done=lambda _r: self._say(self.tr("Added.")),
                                on_error=lambda exc: self._say(describe(exc), error=True))

    def save(self) -> int | None:
        member_id = self.member_id()
        if member_id is None:
            return None
        first, last, color = self.first_name.text(), self.last_name.text(), self.color.currentData()

        def work():
            old = team.rename(member_id, first, last)
            old_color = team.set_color(member_id, color)
            return old, old_color

        return self.ctx.ops.run(work, changes=changes(Area.TEAM),
                                notice=lambda _r: self.tr("Saved."),
                                undo=lambda r: (lambda: (team.rename(member_id, *r[0]), team.set_color(member_id, r[1]))),
                                on_error=lambda exc: self._say(describe(exc), error=True))

    def toggle_active(self) -> int | None:
        member_id = self.member_id()
        if member_id is None:
            return None
        if not self._active():
            moved = {"member": member_id, "conversations": [], "leads": [], "reminders": []}
            return self.ctx.ops.run(lambda: team.reactivate(moved), changes=changes(Area.TEAM, Area.INBOX, Area.LEADS))
        successor = self.successor.currentData()
        name = self._members[member_id].full_name
        return self.ctx.ops.run(
            lambda: team.deactivate(member_id, successor),
            changes=changes(Area.TEAM, Area.INBOX, Area.LEADS, Area.REMINDERS),
            notice=lambda _r: self.tr("%1 is no longer on the team.").replace("%1", name),
            undo=lambda moved: (lambda: team.reactivate(moved)),
            on_error=lambda exc: self._say(describe(exc), error=True))
