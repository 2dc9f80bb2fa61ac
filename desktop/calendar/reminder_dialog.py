"""A dialog to write a follow-up: what, when, whose, how often."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QTimeEdit, QVBoxLayout,
)

from db import reminders as db_reminders
from db import team as db_team
from desktop.operations import Area, changes
from desktop.widgets import timefmt
from desktop.widgets.errors import describe
from desktop.widgets.text import plain_label, set_window_title


class ReminderDialog(QDialog):
    saved = Signal(int)  # the new follow-up's id, once committed

    def __init__(self, ctx, day: QDate, *, lead_id: int | None = None, contact_id: int | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lead_id, self.contact_id = lead_id, contact_id
        self.created: int | None = None
        set_window_title(self, self.tr("New follow-up"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("e.g. Call back about the catering quote"))
        form.addRow(self.tr("What"), self.text)
        self.date = QDateEdit(day)
        self.date.setCalendarPopup(True)
        form.addRow(self.tr("Day"), self.date)
        self.time = QTimeEdit(QTime(10, 0))
        form.addRow(self.tr("Time"), self.time)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("Nobody (everyone sees it)"), None)
        for member in db_team.members():
            self.owner.addItem(member.full_name, member.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(ctx.member_id)))
        form.addRow(self.tr("Owner"), self.owner)
        self.repeat = QComboBox()
        self.repeat.addItem(self.tr("Does not repeat"), None)
        self.repeat.addItem(self.tr("Every week"), "weekly")
        self.repeat.addItem(self.tr("Every month"), "monthly")
        form.addRow(self.tr("Repeat"), self.repeat)
        layout.addLayout(form)
        self.error = plain_label()
        self.error.setObjectName("error")
        self.error.setTextFormat(Qt.PlainText)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def due_at(self) -> int:
        moment = datetime.combine(self.date.date().toPython(), self.time.time().toPython(), timefmt.local_tz())
        return int(moment.timestamp())

    def save(self) -> None:
        """Checked here (the dialog stays open with the reason), then saved by an operation."""
        text, recurrence = self.text.text(), self.repeat.currentData()
        try:
            db_reminders.check(text, recurrence)
        except db_reminders.ReminderError as exc:
            self.error.setText(describe(exc))
            return
        due, now, owner, lead_id, contact_id = (self.due_at(), self.ctx.now(), self.owner.currentData(),
                                                self.lead_id, self.contact_id)

        def created(reminder_id: int) -> None:
            self.created = reminder_id
            self.saved.emit(reminder_id)

        self.ctx.ops.run(lambda: db_reminders.create(text, due, now, owner_id=owner, lead_id=lead_id,
                                                     contact_id=contact_id, recurrence=recurrence),
                         changes=changes(Area.REMINDERS, *((Area.LEADS,) if lead_id else ())),
                         on_done=created)
        self.accept()
