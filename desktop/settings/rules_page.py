"""Settings → Rules: the time rules, set without code, and what they did (undoable).

"When a lead stays in Neutral without contact / a conversation waits for a reply / a
follow-up is overdue, for more than N hours (days), then make a follow-up / hand it to
someone / flag it / notify". Counting what is past a limit already runs on the DB worker."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSpinBox,
)

from db import rules as db_rules
from db import team
from desktop import rule_words
from desktop.context import AppContext
from desktop.operations import Area, changes
from desktop.settings.common import SettingsPage, label
from desktop.widgets import timefmt
from desktop.widgets.errors import describe

COUNT_AFTER_MS = 250  # the count of what waits already, once the limit stops changing


class RulesPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("Time rules"), self.tr(
            "What the app does by itself when something has waited too long. The rules run every minute while "
            "Sportello is open, and after each “sportello sync”. Each acts once per wait; what it did is kept on "
            "the lead or the conversation, and can be undone below."), parent)
        self.ctx = ctx
        self._rules: dict[int, db_rules.Rule] = {}
        self._counting = 0
        self._stale = False
        self.body.addWidget(label(self.tr("Rules"), "caption"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Time rules"))
        self.list.setMaximumHeight(118)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.body.addWidget(self.list)
        self.empty = label(self.tr("No rules yet: choose what should happen below, then Add the rule."), "muted")
        self.body.addWidget(self.empty)

        form = QFormLayout()
        self.trigger = QComboBox()
        self.amount = QSpinBox()
        self.amount.setMaximumWidth(180)
        self.action = QComboBox()
        self.member = QComboBox()
        self.text = QLineEdit()
        self.text.setMaxLength(200)
        self.enabled = QCheckBox(self.tr("The rule is on"))
        self.enabled.setChecked(True)
        self.include = QCheckBox()
        for key, name in rule_words.triggers().items():
            self.trigger.addItem(name, key)
        self.rows = {}
        for title, widget in ((self.tr("When"), self.trigger), (self.tr("For more than"), self.amount),
                              (self.tr("Then"), self.action), (self.tr("Hand it to"), self.member),
                              (self.tr("Text"), self.text)):
            widget.setAccessibleName(title)
            form.addRow(title, widget)
            self.rows[widget] = form.labelForField(widget)
        form.addRow("", self.enabled)
        form.addRow("", self.include)
        self.include.setAccessibleName(self.tr("Also act on what is past the limit now"))
        self.body.addLayout(form)
        self.trigger.currentIndexChanged.connect(lambda _i: self._trigger_changed())
        self.action.currentIndexChanged.connect(lambda _i: self._action_changed())
        self.amount.valueChanged.connect(lambda _v: self._count_later())

        row = QHBoxLayout()
        self.status = label("", "note")
        row.addWidget(self.status, 1)
        self.new_button = QPushButton(self.tr("New rule"))
        self.new_button.clicked.connect(self.new_rule)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.save_button = QPushButton(self.tr("Add the rule"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        for button in (self.new_button, self.remove_button, self.save_button):
            row.addWidget(button)
        self.body.addLayout(row)

        self.body.addWidget(label(self.tr("What the rules did"), "caption"))
        self.firings = QListWidget()
        self.firings.setAccessibleName(self.tr("What the rules did"))
        self.firings.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.firings.setWordWrap(True)
        self.firings.setSpacing(3)
        self.firings.setAlternatingRowColors(True)
        self.firings.setMinimumHeight(160)
        self.firings.itemActivated.connect(self._open)
        self.firings.itemSelectionChanged.connect(self._firing_selected)
        self.body.addWidget(self.firings)
        self.nothing_done = label(self.tr("Nothing yet."), "muted")
        self.body.addWidget(self.nothing_done)
        undo_row = QHBoxLayout()
        undo_row.addWidget(label(self.tr("Enter opens the lead or the conversation."), "muted"), 1)
        self.undo_button = QPushButton(self.tr("Undo what they did"))
        self.undo_button.clicked.connect(self.undo_selected)
        undo_row.addWidget(self.undo_button)
        self.body.addLayout(undo_row)
        self.finish()
        QShortcut(QKeySequence.Delete, self.list, self.remove, context=Qt.WidgetShortcut)
        QShortcut(QKeySequence.New, self, self.new_rule, context=Qt.WidgetWithChildrenShortcut)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_AFTER_MS)
        self._count_timer.timeout.connect(self._count)
        ctx.changed.connect(self._on_changed)
        self._trigger_changed()
        self.load()

    # --- reading -----------------------------------------------------------------------
    def _on_changed(self, what) -> None:
        if not self.isVisible():
            self._stale = True  # (read again when shown)
        elif what.touches(Area.TEAM):
            self.load()
        elif what.touches(Area.LEADS, Area.INBOX, Area.REMINDERS, Area.SETTINGS):
            self._load_firings()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.load()

    def load(self) -> None:
        chosen = self.rule_id()
        names = {m.id: m.full_name for m in team.members(include_inactive=True)}
        self.member.blockSignals(True)
        self.member.clear()
        for m in team.members():
            self.member.addItem(m.full_name, m.id)
        self.member.blockSignals(False)
        self.list.blockSignals(True)
        self.list.clear()
        self._rules = {r.id: r for r in db_rules.rules()}
        for r in self._rules.values():
            item = QListWidgetItem(rule_words.rule_summary(r, names.get(r.member_id, "")))
            item.setData(Qt.UserRole, r.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setVisible(bool(self._rules))
        self.empty.setVisible(not self._rules)
        rows = [i for i in range(self.list.count()) if self.list.item(i).data(Qt.UserRole) == chosen]
        if rows:
            self.list.setCurrentRow(rows[0])
        else:
            self.list.setCurrentRow(-1)
            self._selected()
        self._load_firings()

    def _load_firings(self) -> None:
        self.firings.clear()
        for f in db_rules.firings(limit=200):
            who = f.who or self.tr("Someone")
            item = QListWidgetItem(f"{timefmt.full(f.fired_at)} · {who}\n{rule_words.firing_text(f)}")
            item.setData(Qt.UserRole, (f.id, f.lead_id, f.conversation_id, f.undone_at is None))
            if f.undone_at is not None:
                item.setForeground(self.palette().placeholderText())
            self.firings.addItem(item)
        self.firings.setVisible(self.firings.count() > 0)
        self.nothing_done.setVisible(self.firings.count() == 0)
        self._firing_selected()

    def rule_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _selected(self) -> None:
        rule = self._rules.get(self.rule_id()) if self.rule_id() is not None else None
        self.remove_button.setEnabled(rule is not None)
        self.save_button.setText(self.tr("Save changes") if rule is not None else self.tr("Add the rule"))
        if rule is None:
            return
        self.trigger.setCurrentIndex(self.trigger.findData(rule.trigger))
        self._trigger_changed()
        self.amount.setValue(rule.amount)
        self.action.setCurrentIndex(max(0, self.action.findData(rule.action)))
        self.member.setCurrentIndex(max(0, self.member.findData(rule.member_id)))
        self.text.setText(rule.text)
        self.enabled.setChecked(rule.enabled)
        self.include.setChecked(False)

    def _trigger_changed(self) -> None:
        trigger = self.trigger.currentData()
        days = trigger == "followup_overdue"
        chosen = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        names = rule_words.actions()
        for key in db_rules.ACTIONS_FOR[trigger]:
            self.action.addItem(names[key], key)
        self.action.setCurrentIndex(max(0, self.action.findData(chosen)))
        self.action.blockSignals(False)
        self.amount.blockSignals(True)
        self.amount.setRange(1, db_rules.MAX_DAYS if days else db_rules.MAX_HOURS)
        self.amount.setSuffix(self.tr(" days") if days else self.tr(" hours"))
        if self.rule_id() is None:
            self.amount.setValue(2 if days else 24 if trigger == "lead_neutral" else 4)
        self.amount.blockSignals(False)
        self._action_changed()
        self._count_later()

    def _action_changed(self) -> None:
        action = self.action.currentData()
        self.member.setVisible(action == "reassign")
        self.rows[self.member].setVisible(action == "reassign")
        shows_text = action in ("followup", "notify")
        self.text.setVisible(shows_text)
        self.rows[self.text].setVisible(shows_text)
        self.text.setPlaceholderText(rule_words.default_text(self.trigger.currentData()) if action == "followup"
                                     else self.tr("A word for the notice (optional)"))
        offered = {rule_words.default_text(t) for t in db_rules.ACTIONS_FOR}
        if self.rule_id() is None and (not self.text.text() or self.text.text() in offered):
            self.text.setText(rule_words.default_text(self.trigger.currentData()) if action == "followup" else "")

    def _count_later(self) -> None:
        self.include.setText(self.tr("Also act on what is past the limit now"))
        self._count_timer.start()

    def _count(self) -> None:
        self._counting += 1
        counting, trigger, amount, now = self._counting, self.trigger.currentData(), self.amount.value(), self.ctx.now()

        def shown(count: int) -> None:
            if counting == self._counting:
                self.include.setText(self.tr("Also act on the %n past the limit now", "", count))
                self.include.setEnabled(count > 0)

        self.ctx.net.run(lambda: db_rules.over_limit(trigger, amount, now), shown)  # (not in the DB worker's way)

    # --- changing ----------------------------------------------------------------------
    def new_rule(self) -> None:
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self._selected()
        self.text.clear()
        self.enabled.setChecked(True)
        self._trigger_changed()
        self.trigger.setFocus()

    def save(self) -> int:
        rule_id, trigger, amount, action = self.rule_id(), self.trigger.currentData(), self.amount.value(), \
            self.action.currentData()
        member_id = self.member.currentData() if action == "reassign" else None
        text, enabled, include, now = self.text.text(), self.enabled.isChecked(), self.include.isChecked(), \
            self.ctx.now()

        def saved(change: db_rules.RuleChange) -> None:
            self._say(self.tr("Saved."))
            self.load()
            rows = [i for i in range(self.list.count()) if self.list.item(i).data(Qt.UserRole) == change.rule_id]
            if rows:
                self.list.setCurrentRow(rows[0])

        return self.ctx.ops.run(
            lambda: db_rules.save(rule_id, trigger, amount, action, member_id, text, enabled, now,
                                  include_waiting=include),
            changes=changes(Area.SETTINGS), on_done=saved,
            notice=lambda _c: self.tr("Rule saved."), undo=lambda c: (lambda: db_rules.restore(c)),
            on_error=lambda exc: self._say(describe(exc), error=True))

    def remove(self) -> int | None:
        rule_id = self.rule_id()
        if rule_id is None:
            return None
        return self.ctx.ops.run(
            lambda: db_rules.remove(rule_id), changes=changes(Area.SETTINGS),
            on_done=lambda _c: (self.list.setCurrentRow(-1), self.load()),
            notice=lambda _c: self.tr("Rule removed. What it did stays below."),
            undo=lambda c: (lambda: db_rules.restore(c)),
            on_error=lambda exc: self._say(describe(exc), error=True))

    def _firing_selected(self) -> None:
        self.undo_button.setEnabled(any(item.data(Qt.UserRole)[3] for item in self.firings.selectedItems()))

    def undo_selected(self) -> int | None:
        ids = [item.data(Qt.UserRole)[0] for item in self.firings.selectedItems() if item.data(Qt.UserRole)[3]]
        return rule_words.undo_firings(self.ctx, ids, on_error=lambda exc: self._say(describe(exc), error=True))

    def _open(self, item: QListWidgetItem) -> None:
        _fid, lead_id, conversation_id, _live = item.data(Qt.UserRole)
        if conversation_id is not None:
            self.ctx.open_conversation.emit(conversation_id)
        elif lead_id is not None:
            self.ctx.open_lead.emit(lead_id)
