"""One lead in full: contact facts, stage, owner, answers, labels, notes, follow-ups."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from db import leads as db_leads
from db import reminders as db_reminders
from db import team as db_team
from db.choices import STAGES
from db.errors import UserError
from desktop.operations import Area, changes
from desktop.calendar.reminder_dialog import ReminderDialog
from desktop.leads.board import source_text
from desktop.leads.stages import stage_name
from desktop.widgets import timefmt
from desktop.widgets.errors import describe
from desktop.widgets.text import plain_label, set_window_title


def plain(text: str = "") -> QLabel:
    return plain_label(text, wrap=True, selectable=True)


class LeadDialog(QDialog):
    def __init__(self, ctx, lead_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lead_id = lead_id
        set_window_title(self, self.tr("Lead"))
        self.resize(620, 720)
        outer = QVBoxLayout(self)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        area.setWidget(body)
        outer.addWidget(area, 1)

        facts = QGroupBox(self.tr("Contact"))
        form = QFormLayout(facts)
        self.first = QLineEdit()
        self.last = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        from db.settings import example_phone
        self.phone.setPlaceholderText(example_phone())  # (the business's country, Settings → Business)
        self.city = QLineEdit()
        for label, widget in ((self.tr("First name"), self.first), (self.tr("Last name"), self.last),
                              (self.tr("E-mail"), self.email), (self.tr("Phone"), self.phone),
                              (self.tr("City"), self.city)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        layout.addWidget(facts)

        lead_box = QGroupBox(self.tr("Lead"))
        lead_form = QFormLayout(lead_box)
        self.stage = QComboBox()
        for stage in STAGES:
            self.stage.addItem(stage_name(stage), stage)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("Nobody"), None)
        for member in db_team.members():
            self.owner.addItem(member.full_name, member.id)
        self.creator = plain()
        self.source = plain()
        self.created = plain()
        lead_form.addRow(self.tr("Stage"), self.stage)
        lead_form.addRow(self.tr("Owner"), self.owner)
        lead_form.addRow(self.tr("Creator"), self.creator)
        lead_form.addRow(self.tr("Source"), self.source)
        lead_form.addRow(self.tr("Created"), self.created)
        layout.addWidget(lead_box)

        self.answers_box = QGroupBox(self.tr("Answers to the form"))
        self.answers_form = QFormLayout(self.answers_box)
        layout.addWidget(self.answers_box)

        labels_box = QGroupBox(self.tr("Labels"))
        labels_layout = QVBoxLayout(labels_box)
        self.labels_list = QListWidget()
        self.labels_list.setAccessibleName(self.tr("Labels"))
        self.labels_list.setMaximumHeight(80)
        labels_layout.addWidget(self.labels_list)
        row = QHBoxLayout()
        self.label_input = QLineEdit()
        self.label_input.setPlaceholderText(self.tr("Add a label…"))
        self.label_input.returnPressed.connect(self.add_label)
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(self.remove_label)
        row.addWidget(self.label_input, 1)
        row.addWidget(remove)
        labels_layout.addLayout(row)
        layout.addWidget(labels_box)

        followups = QGroupBox(self.tr("Follow-ups"))
        fl = QVBoxLayout(followups)
        self.reminders = QListWidget()
        self.reminders.setAccessibleName(self.tr("Follow-ups"))
        self.reminders.setMaximumHeight(110)
        fl.addWidget(self.reminders)
        frow = QHBoxLayout()
        add_followup = QPushButton(self.tr("Add follow-up…"))
        add_followup.clicked.connect(self.add_follow_up)
        done = QPushButton(self.tr("Mark selected done"))
        done.clicked.connect(self.complete_follow_up)
        frow.addWidget(add_followup)
        frow.addWidget(done)
        frow.addStretch(1)
        fl.addLayout(frow)
        layout.addWidget(followups)

        notes = QGroupBox(self.tr("Notes"))
        nl = QVBoxLayout(notes)
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setWordWrap(True)
        self.notes.setMaximumHeight(120)
        nl.addWidget(self.notes)
        self.note_input = QPlainTextEdit()
        self.note_input.setFixedHeight(54)
        self.note_input.setPlaceholderText(self.tr("Write a note…"))
        nl.addWidget(self.note_input)
        add_note = QPushButton(self.tr("Add note"))
        add_note.clicked.connect(self.add_note)
        nl.addWidget(add_note, 0, Qt.AlignRight)
        layout.addWidget(notes)

        self.history = plain()
        layout.addWidget(self.history)
        self.rules_text = plain()
        layout.addWidget(self.rules_text)
        self.undo_rules_button = QPushButton(self.tr("Undo what the time rules did"))
        self.undo_rules_button.clicked.connect(self.undo_rules)
        layout.addWidget(self.undo_rules_button, 0, Qt.AlignLeft)
        self.conversation_button = QPushButton(self.tr("Open the conversation"))
        self.conversation_button.clicked.connect(self._open_conversation)
        layout.addWidget(self.conversation_button, 0, Qt.AlignLeft)

        self.error = plain_label()
        self.error.setObjectName("error")
        self.error.setTextFormat(Qt.PlainText)
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.load()

    def load(self) -> None:
        d = db_leads.details(self.lead_id)
        if d is None:
            self.error.setText(self.tr("This lead no longer exists."))
            return
        self.details = d
        set_window_title(self, self.tr("Lead: %1").replace("%1", d.row.name or d.row.email or "—"))
        self.first.setText(d.first_name)
        self.last.setText(d.last_name)
        self.email.setText(d.row.email)
        self.phone.setText(d.row.phone)
        self.city.setText(d.city)
        self.stage.setCurrentIndex(self.stage.findData(d.row.stage))
        self.owner.setCurrentIndex(max(0, self.owner.findData(d.row.owner_id)))
        self.creator.setText(d.row.creator_name or "—")
        self.source.setText(source_text(d.row))
        self.created.setText(timefmt.full(d.row.created_at))
        while self.answers_form.rowCount():
            self.answers_form.removeRow(0)
        for question, answer in d.answers.items():
            self.answers_form.addRow(plain(str(question)), plain(str(answer)))
        self.answers_box.setVisible(bool(d.answers))
        self.labels_list.clear()
        for label_id, name, _color in self._label_rows():
            item = QListWidgetItem(name)
            item.setData(Qt.UserRole, label_id)
            self.labels_list.addItem(item)
        self._load_reminders()
        self._load_notes()
        steps = [f"{timefmt.full(at)}: {stage_name(b)}" + (f" ({who})" if who else "") for a, b, who, at in d.history]
        self.history.setText(self.tr("Stage history") + "\n" + "\n".join(steps))
        self._load_rules()
        self.conversation_button.setEnabled(d.conversation_id is not None)

    def _load_rules(self) -> None:
        from db import rules as db_rules
        from desktop.rule_words import record

        text, self._live_firings = record(db_rules.firings(lead_id=self.lead_id, limit=20))
        self.rules_text.setText(self.tr("What the time rules did") + "\n" + text if text else "")
        self.rules_text.setVisible(bool(text))
        self.undo_rules_button.setVisible(bool(self._live_firings))

    def undo_rules(self) -> int | None:
        from desktop.rule_words import undo_firings
        return undo_firings(self.ctx, self._live_firings, notice=False, on_done=lambda _r: self.load(),
                            on_error=lambda exc: self.error.setText(describe(exc)))

    def _label_rows(self):
        return db_leads.lead_labels(self.lead_id)

    def _load_reminders(self) -> None:
        self.reminders.clear()
        for r in db_reminders.open_reminders(lead_id=self.lead_id):
            when = timefmt.when(r.fires_at, self.ctx.now())
            mark = "↻ " if r.recurrence else ""
            owner = r.owner_name or self.tr("nobody")  # (lupdate does not look into f-strings)
            item = QListWidgetItem(f"{mark}{when} — {r.text} ({owner})")
            item.setData(Qt.UserRole, r.id)
            if r.fires_at < self.ctx.now():
                item.setForeground(Qt.red)
            self.reminders.addItem(item)

    def _load_notes(self) -> None:
        self.notes.clear()
        for note in db_leads.lead_notes(self.lead_id):
            self.notes.addItem(f"{note.author_name or '—'} · {timefmt.full(note.created_at)}\n{note.text}")

    # --- actions: each an operation; the dialog shows the result once committed -------------
    def _run(self, work, area=Area.LEADS, after=None) -> int:
        def done(_result) -> None:
            self.error.clear()
            if after is not None:
                after()
            self.load()

        return self.ctx.ops.run(work, changes=changes(area, leads=[self.lead_id]), on_done=done,
                                on_error=lambda exc: self.error.setText(describe(exc)))

    def save(self) -> int | None:
        """Queue the changes, or say what is wrong and queue nothing (None)."""
        lead_id, member, now = self.lead_id, self.ctx.member_id, self.ctx.now()
        try:
            db_leads.check_new_lead(self.first.text(), self.last.text(), self.email.text(), self.phone.text())
        except UserError as exc:  # said in the dialog, nothing queued
            self.error.setText(describe(exc))
            return None
        fields = dict(first_name=self.first.text(), last_name=self.last.text(), email=self.email.text(),
                      phone=self.phone.text(), city=self.city.text(), stage=self.stage.currentData(),
                      owner_id=self.owner.currentData())
        return self._run(lambda: db_leads.save_details(lead_id, **fields, member_id=member, now=now))

    def add_label(self) -> int:
        lead_id, name = self.lead_id, self.label_input.text()
        return self._run(lambda: db_leads.add_label_named(lead_id, name), after=self.label_input.clear)

    def remove_label(self) -> int | None:
        item = self.labels_list.currentItem()
        if item is None:
            return None
        lead_id, label_id = self.lead_id, item.data(Qt.UserRole)
        return self._run(lambda: db_leads.set_label([lead_id], label_id, False))

    def add_follow_up(self) -> ReminderDialog:
        today = timefmt.local(self.ctx.now()).date()
        dialog = ReminderDialog(self.ctx, QDate(today.year(), today.month(), today.day()).addDays(1),
                                lead_id=self.lead_id, parent=self)
        dialog.saved.connect(lambda _rid: self._load_reminders())
        dialog.open()
        return dialog

    def complete_follow_up(self) -> int | None:
        item = self.reminders.currentItem()
        if item is None:
            return None
        reminder_id, now, tz = item.data(Qt.UserRole), self.ctx.now(), timefmt.local_tz()
        return self._run(lambda: db_reminders.complete(reminder_id, now, tz), Area.REMINDERS)

    def add_note(self) -> int:
        lead_id, member, text, now = self.lead_id, self.ctx.member_id, self.note_input.toPlainText(), self.ctx.now()
        return self._run(lambda: db_leads.add_lead_note(lead_id, member, text, now), after=self.note_input.clear)

    def _open_conversation(self) -> None:
        if self.details.conversation_id is not None:
            self.accept()
            self.ctx.open_conversation.emit(self.details.conversation_id)
