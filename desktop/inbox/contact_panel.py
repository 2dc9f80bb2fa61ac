"""The contact panel: who this is, their labels and notes, the case, the lead."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QFrame, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from db import contacts as db_contacts
from db.choices import CASE_CATEGORIES, CASE_STATUSES
from desktop.operations import Area, changes
from desktop.context import AppContext
from desktop.widgets import timefmt
from desktop.widgets.errors import describe
from desktop.widgets.text import message_box, plain_label, set_tooltip, set_window_title


def plain(text: str = "", name: str | None = None, wrap: bool = True) -> QLabel:
    return plain_label(text, name, wrap)


class FlowRow(QWidget):
    """Chips that wrap onto several lines (a small flow layout)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._chips: list[QWidget] = []
        self.setMinimumHeight(26)

    def set_chips(self, chips: list[QWidget]) -> None:
        for chip in self._chips:
            chip.deleteLater()
        self._chips = chips
        for chip in chips:
            chip.setParent(self)
            chip.show()
        self._relayout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        x = y = 0
        line = 0
        width = max(self.width(), 120)
        for chip in self._chips:
            size = chip.sizeHint()
            if x and x + size.width() > width:
                x, y = 0, y + line + 4
                line = 0
            chip.setGeometry(x, y, size.width(), size.height())
            x += size.width() + 4
            line = max(line, size.height())
        self.setMinimumHeight(y + line if self._chips else 0)

    def sizeHint(self) -> QSize:
        return QSize(200, self.minimumHeight())


class ContactPanel(QScrollArea):
    open_conversation = Signal(int)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self.conversation_id: int | None = None
        self.setObjectName("contactPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.NoFrame)
        self.setMinimumWidth(260)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("pane")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(4)
        self.name = plain("", "paneTitle")
        layout.addWidget(self.name)
        self.summary = plain("", "muted")
        layout.addWidget(self.summary)

        self.fields = {}
        self.field_titles = {"city": self.tr("City"), "work": self.tr("Work"), "company": self.tr("Company"),
                             "email": self.tr("Email"), "phone": self.tr("Phone"),
                             "fan": self.tr("Relationship with the Page")}
        for key, title in self.field_titles.items():
            layout.addSpacing(4)
            layout.addWidget(plain(title, "caption"))
            value = plain()
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            layout.addWidget(value)
            self.fields[key] = value
        self.edit_facts_button = QPushButton(self.tr("Fill in or correct…"))
        self.edit_facts_button.setAccessibleName(self.tr("Fill in or correct what is known of this person"))
        self.edit_facts_button.clicked.connect(self.edit_facts)
        layout.addWidget(self.edit_facts_button, 0, Qt.AlignLeft)
        self.facts_dialog = None

        layout.addSpacing(8)
        layout.addWidget(plain(self.tr("Labels"), "caption"))
        self.label_chips = FlowRow()
        layout.addWidget(self.label_chips)
        self.label_input = QLineEdit()
        self.label_input.setPlaceholderText(self.tr("Add a label…"))
        self.label_input.setAccessibleName(self.tr("Add a label"))
        self.label_completer = QCompleter([], self.label_input)
        self.label_completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.label_completer.setFilterMode(Qt.MatchContains)
        self.label_input.setCompleter(self.label_completer)
        self.label_input.returnPressed.connect(self.add_label)
        layout.addWidget(self.label_input)

        layout.addSpacing(8)
        layout.addWidget(plain(self.tr("Case"), "caption"))
        case_row = QVBoxLayout()
        self.case_category = QComboBox()
        self.case_category.setAccessibleName(self.tr("Case category"))
        names = {"product_info": self.tr("Product info"), "site_info": self.tr("Site info"),
                 "contact_info": self.tr("Contact info"), "site_problem": self.tr("Site or app problem"),
                 "other": self.tr("Other")}
        self.case_category.addItem(self.tr("No case"), None)
        for key in CASE_CATEGORIES:
            self.case_category.addItem(names[key], key)
        self.case_status = QComboBox()
        self.case_status.setAccessibleName(self.tr("Case status"))
        statuses = {"assisting": self.tr("Assisting"), "resolved": self.tr("Resolved"),
                    "waiting": self.tr("Waiting for customer")}
        for key in CASE_STATUSES:
            self.case_status.addItem(statuses[key], key)
        for combo in (self.case_category, self.case_status):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            case_row.addWidget(combo)
        layout.addLayout(case_row)
        self.case_category.activated.connect(self._case_changed)
        self.case_status.activated.connect(self._case_changed)

        layout.addSpacing(8)
        layout.addWidget(plain(self.tr("Lead"), "caption"))
        lead_row = QHBoxLayout()
        self.lead_label = plain("")
        self.lead_button = QPushButton()
        self.lead_button.clicked.connect(self._lead_clicked)
        lead_row.addWidget(self.lead_label, 1)
        lead_row.addWidget(self.lead_button)
        layout.addLayout(lead_row)

        self.rules_spacing = QWidget()
        self.rules_spacing.setFixedHeight(8)
        layout.addWidget(self.rules_spacing)
        self.rules_caption = plain(self.tr("Time rules"), "caption")
        layout.addWidget(self.rules_caption)
        self.rules_text = plain("", "muted")
        layout.addWidget(self.rules_text)
        self.undo_rules_button = QPushButton(self.tr("Undo what the time rules did"))
        self.undo_rules_button.clicked.connect(self.undo_rules)
        layout.addWidget(self.undo_rules_button, 0, Qt.AlignLeft)

        layout.addSpacing(8)
        layout.addWidget(plain(self.tr("Notes"), "caption"))
        self.notes_box = QVBoxLayout()
        self.notes_box.setSpacing(6)
        layout.addLayout(self.notes_box)
        self.note_input = QPlainTextEdit()
        self.note_input.setPlaceholderText(self.tr("Write a note only the team sees…"))
        self.note_input.setAccessibleName(self.tr("New note"))
        self.note_input.setFixedHeight(60)
        self.note_input.setTabChangesFocus(True)
        layout.addWidget(self.note_input)
        note_row = QHBoxLayout()
        self.error = plain("", "error")
        note_row.addWidget(self.error, 1)
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.clicked.connect(self.add_note)
        note_row.addWidget(self.add_note_button)
        layout.addLayout(note_row)

        layout.addSpacing(8)
        layout.addWidget(plain(self.tr("Other conversations"), "caption"))
        self.others = QListWidget()
        self.others.setAccessibleName(self.tr("Other conversations with this person"))
        self.others.setMaximumHeight(120)
        self.others.itemActivated.connect(lambda item: self.open_conversation.emit(item.data(Qt.UserRole)))
        self.others.itemClicked.connect(lambda item: self.open_conversation.emit(item.data(Qt.UserRole)))
        layout.addWidget(self.others)
        self.no_others = plain(self.tr("None."), "muted")
        layout.addWidget(self.no_others)
        layout.addSpacing(8)
        layout.addWidget(plain(self.tr("Privacy"), "caption"))
        privacy = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export data…"))
        set_tooltip(self.export_button, self.tr("Everything held about this person, as a JSON file"))
        self.export_button.clicked.connect(self._export_dialog)
        self.forget_button = QPushButton(self.tr("Forget…"))
        set_tooltip(self.forget_button, self.tr("Erase this person and everything about them"))
        self.forget_button.clicked.connect(self._forget_dialog)
        privacy.addWidget(self.export_button)
        privacy.addWidget(self.forget_button)
        layout.addLayout(privacy)
        layout.addStretch(1)
        self.setWidget(body)
        self.setEnabled(False)

    # --- showing ---------------------------------------------------------------------
    def show_contact(self, contact_id: int | None, conversation_id: int | None) -> None:
        self.contact_id, self.conversation_id = contact_id, conversation_id
        card = db_contacts.card(contact_id) if contact_id is not None else None
        self.setEnabled(card is not None)
        self.error.clear()
        if card is None:
            self.name.setText("")
            self.summary.setText("")
            for value in self.fields.values():
                value.setText("")
            return
        self.name.setText(card.full_name or self.tr("Unknown person"))
        summary = self.tr("%n conversation(s)", "", card.conversations)
        if card.blocked:
            summary += " · " + self.tr("blocked")
        self.summary.setText(summary)
        dash = "—"
        for key in ("city", "work", "company", "email", "phone"):
            self.fields[key].setText(getattr(card, key) or dash)
        relation = []
        if card.fan_since:
            relation.append(self.tr("Likes the Page since %1").replace(
                "%1", timefmt.month_year(card.fan_since)))
        if card.has_reviewed:
            relation.append(self.tr("Has reviewed the Page"))
        # Meta tells the Page nothing of who follows it: what is not known is not stated.
        self.fields["fan"].setText("\n".join(relation) or self.tr("unknown"))
        self._show_labels()
        self._show_case()
        self._show_lead()
        self._show_rules()
        self._show_notes()
        self._show_others()

    def _show_labels(self) -> None:
        chips = []
        for label_id, name, color in db_contacts.label_ids(self.contact_id):
            chip = QToolButton()
            chip.setObjectName("labelChip")
            chip.setText(f"{name}  ✕")
            set_tooltip(chip, self.tr("Remove the label %1").replace("%1", name))
            chip.setAccessibleName(self.tr("Label %1, press to remove").replace("%1", name))
            safe = QColor(color).name() if QColor(color).isValid() else "#868E96"
            chip.setStyleSheet(f"QToolButton#labelChip {{ border-left: 4px solid {safe}; }}")
            chip.clicked.connect(lambda _c=False, lid=label_id: self.remove_label(lid))
            chips.append(chip)
        self.label_chips.set_chips(chips)
        self.label_completer.model().setStringList([name for _, name, _ in db_contacts.all_labels()])

    def _show_case(self) -> None:
        case = db_contacts.case_of(self.conversation_id) if self.conversation_id else None
        self.case_category.setCurrentIndex(self.case_category.findData(case[1]) if case else 0)
        if case:
            self.case_status.setCurrentIndex(self.case_status.findData(case[2]))
        self.case_status.setEnabled(case is not None)

    def _show_lead(self) -> None:
        lead = db_contacts.lead_of(self.contact_id)
        from desktop.leads.stages import stage_name
        stages = {stage: stage_name(stage) for stage in ("neutral", "interested", "contacted", "converted")}
        if lead is None:
            self.lead_label.setText(self.tr("Not a lead yet"))
            self.lead_button.setText(self.tr("Create lead"))
        else:
            self.lead_label.setText(stages[lead[1]])
            self.lead_button.setText(self.tr("Open lead"))

    def _show_rules(self) -> None:
        """What the time rules did about this person, the newest first (undoable)."""
        from db import rules as db_rules
        from desktop.rule_words import record

        done = db_rules.firings(contact_id=self.contact_id, limit=5)
        text, self._live_firings = record(done)
        self.rules_text.setText(text)
        for widget in (self.rules_spacing, self.rules_caption, self.rules_text):
            widget.setVisible(bool(done))
        self.undo_rules_button.setVisible(bool(self._live_firings))

    def undo_rules(self) -> int | None:
        from desktop.rule_words import undo_firings
        return undo_firings(self.ctx, self._live_firings, on_error=lambda exc: self.error.setText(describe(exc)))

    def _show_notes(self) -> None:
        while self.notes_box.count():
            item = self.notes_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for note in db_contacts.notes(self.contact_id):
            frame = QFrame()
            frame.setObjectName("note")
            v = QVBoxLayout(frame)
            v.setContentsMargins(8, 6, 8, 6)
            who = note.author_name or self.tr("Someone")
            when = timefmt.full(note.created_at)
            if note.updated_at != note.created_at:
                when += " · " + self.tr("edited")
            v.addWidget(plain(f"{who} · {when}", "muted"))
            v.addWidget(plain(note.text))
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            edit = QToolButton()
            edit.setText(self.tr("Edit"))
            edit.clicked.connect(lambda _c=False, n=note: self.edit_note(n.id, n.text))
            delete = QToolButton()
            delete.setText(self.tr("Delete"))
            delete.clicked.connect(lambda _c=False, n=note: self.delete_note(n.id))
            buttons.addWidget(edit)
            buttons.addWidget(delete)
            v.addLayout(buttons)
            self.notes_box.addWidget(frame)

    def _show_others(self) -> None:
        self.others.clear()
        folders = {"inbox": self.tr("Inbox"), "done": self.tr("Done"), "archived": self.tr("Archived"),
                   "spam": self.tr("Spam")}
        for other in db_contacts.other_conversations(self.contact_id, self.conversation_id):
            item = QListWidgetItem(f"{timefmt.full(other.last_message_at)} · {folders[other.folder]}\n"
                                   f"{' '.join(other.snippet.split())[:80]}")
            item.setData(Qt.UserRole, other.id)
            self.others.addItem(item)
        self.others.setVisible(self.others.count() > 0)
        self.no_others.setVisible(self.others.count() == 0)

    # --- editing: each an operation on the worker --------------------------------------------
    def _run(self, work, after=None, *, notice=None, undo=None, area=Area.INBOX) -> int:
        contact_id = self.contact_id

        def done(result) -> None:
            self.error.clear()
            if after is not None and self.contact_id == contact_id:
                after(result)

        return self.ctx.ops.run(work, changes=changes(area), on_done=done, notice=notice, undo=undo,
                                on_error=lambda exc: self.error.setText(describe(exc)))

    def add_label(self) -> int:
        contact_id, name = self.contact_id, self.label_input.text()
        return self._run(lambda: db_contacts.add_label(contact_id, name),
                         lambda _r: (self.label_input.clear(), self._show_labels()))

    def remove_label(self, label_id: int) -> int:
        contact_id = self.contact_id
        return self._run(lambda: db_contacts.remove_label(contact_id, label_id), lambda _r: self._show_labels())

    def _case_changed(self, _index: int = 0) -> None:
        category = self.case_category.currentData()
        if self.conversation_id is None:
            return
        if category is None:  # "No case": the case goes, undoably
            conversation_id = self.conversation_id
            self.case_status.setEnabled(False)
            self._run(lambda: db_contacts.remove_case(conversation_id),
                      notice=lambda gone: self.tr("Case removed.") if gone is not None else None,
                      undo=lambda gone: (lambda: db_contacts.restore_case(gone)) if gone is not None else None)
            return
        conversation_id, status, now = self.conversation_id, self.case_status.currentData(), self.ctx.now()
        self.case_status.setEnabled(True)
        self._run(lambda: db_contacts.set_case(conversation_id, category, status, now))

    def add_note(self) -> int:
        contact_id, member, text, now = self.contact_id, self.ctx.member_id, self.note_input.toPlainText(), self.ctx.now()
        return self._run(lambda: db_contacts.add_note(contact_id, member, text, now),
                         lambda _r: (self.note_input.clear(), self._show_notes()))

    def edit_note(self, note_id: int, text: str, new_text: str | None = None) -> int | None:
        if new_text is None:
            new_text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit note"), self.tr("Note"), text)
            if not ok:
                return None
        now = self.ctx.now()
        return self._run(lambda: db_contacts.edit_note(note_id, new_text, now), lambda _r: self._show_notes())

    def delete_note(self, note_id: int) -> int:
        return self._run(lambda: db_contacts.delete_note(note_id), lambda _r: self._show_notes(),
                         notice=lambda gone: self.tr("Note deleted.") if gone is not None else None,
                         undo=lambda gone: (lambda: db_contacts.restore_note(gone)))

    # --- what is known of the person -----------------------------------------------------------
    def edit_facts(self) -> QDialog | None:
        """City, work, company, e-mail and phone, filled in or corrected by hand (Undo)."""
        if self.contact_id is None:
            return None
        from PySide6.QtWidgets import QDialogButtonBox, QFormLayout
        contact_id = self.contact_id
        dialog = QDialog(self)
        set_window_title(dialog, self.tr("What is known of %1").replace("%1", self.name.text()))
        form = QFormLayout(dialog)
        edits = {}
        titles = self.field_titles
        for key in db_contacts.FACTS:
            edit = QLineEdit(self.fields[key].text() if self.fields[key].text() != "—" else "")
            edit.setAccessibleName(titles[key])
            form.addRow(titles[key], edit)
            edits[key] = edit
        problem = plain("", "error")
        form.addRow(problem)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        form.addRow(buttons)
        dialog.edits, dialog.problem = edits, problem

        def save() -> None:
            facts = {key: edit.text() for key, edit in edits.items()}

            def failed(exc) -> None:
                problem.setText(describe(exc))

            self.ctx.ops.run(lambda: db_contacts.update_facts(contact_id, **facts), changes=changes(Area.INBOX),
                             on_done=lambda _old: (dialog.accept(), self.show_contact(contact_id, self.conversation_id)
                                                   if self.contact_id == contact_id else None),
                             notice=lambda _old: self.tr("Saved."),
                             undo=lambda old: (lambda: db_contacts.restore_facts(contact_id, old)),
                             on_error=failed)

        buttons.accepted.connect(save)
        buttons.rejected.connect(dialog.reject)
        self.facts_dialog = dialog
        dialog.open()
        return dialog

    # --- privacy -----------------------------------------------------------------------------
    def _export_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export contact data"), "contact.json",
                                              self.tr("JSON (*.json)"))
        if path:
            self.export_data(path)

    def export_data(self, path: str):
        """Written on the worker, complete or not at all (desktop/long_work.py)."""
        from db import privacy
        from desktop.long_work import export_file
        contact_id = self.contact_id
        return export_file(self.ctx, self, path, lambda out: int(privacy.export_contact_data(contact_id, out)),
                           done_text=lambda ok: self.tr("Contact data exported.") if ok else
                           self.tr("This person is no longer in Sportello."))

    def _forget_dialog(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        box = message_box(self, self.tr("Forget this person"),
                          self.tr("Erase %1 and every message, note, lead, follow-up and file about them? "
                                  "This cannot be undone.").replace("%1", self.name.text()),
                          icon=QMessageBox.Warning, buttons=QMessageBox.Cancel)
        erase = box.addButton(self.tr("Erase"), QMessageBox.DestructiveRole)
        box.exec()
        if box.clickedButton() is erase:
            self.forget()

    def forget(self) -> int:
        from db import privacy
        from desktop.app import data_dir
        contact_id, folder = self.contact_id, data_dir()
        self.show_contact(None, None)
        return self.ctx.ops.run(lambda: privacy.forget_contact(contact_id, folder),
                                changes=changes(Area.INBOX, Area.LEADS, Area.REMINDERS),
                                notice=lambda count: self.tr("The person and %n message(s) were erased.", "", count))

    def _lead_clicked(self) -> None:
        lead = db_contacts.lead_of(self.contact_id)
        if lead is None:
            from db import leads as db_leads  # (the Leads data loads when first needed)
            contact_id, member, now = self.contact_id, self.ctx.member_id, self.ctx.now()
            self._run(lambda: db_leads.create_lead(contact_id, member, now), lambda _r: self._show_lead(),
                      notice=self.tr("Lead created in Neutral."), area=Area.LEADS)
        else:
            self.ctx.open_lead.emit(lead[0])
