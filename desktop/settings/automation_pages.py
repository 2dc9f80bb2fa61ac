"""Settings → Instant reply, Away, Greeting, Response time."""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QRadioButton, QVBoxLayout,
)

from db import automation
from desktop.operations import Area, changes
from desktop.context import AppContext
from desktop.settings.common import SettingsPage, label
from desktop.widgets import timefmt
from desktop.widgets.errors import describe
from desktop.widgets.field_editor import TemplateEditor
from desktop.widgets.text import set_tooltip


class _TextSettingPage(SettingsPage):
    """An on/off switch, a limited text with fields, Save."""

    enabled_key = ""
    text_key = ""
    limit = automation.MAX_AUTOMATIC_TEXT

    def __init__(self, ctx: AppContext, title: str, intro: str, switch_text: str, parent=None) -> None:
        super().__init__(title, intro, parent)
        self.ctx = ctx
        self.enabled = QCheckBox(switch_text)
        self.body.addWidget(self.enabled)
        self.editor = TemplateEditor(limit=self.limit)
        self.body.addWidget(self.editor)
        row = QHBoxLayout()
        self.status = label("", "note")
        row.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        set_tooltip(self.save_button, self.tr("Save (Ctrl+S)"))
        row.addWidget(self.save_button)
        self.body.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self.editor.changed.connect(self._edited)
        self.enabled.toggled.connect(self._edited)
        QShortcut(QKeySequence.Save, self, self.save, context=Qt.WidgetWithChildrenShortcut)
        self.load()

    def load(self) -> None:
        self.enabled.setChecked(bool(automation.setting(self.enabled_key)))
        self.editor.set_text(automation.setting(self.text_key))
        self.status.setText("")
        self.status.setObjectName("note")

    def _edited(self) -> None:
        self.save_button.setEnabled(not self.editor.over_limit() and bool(self.editor.text().strip()))
        self.status.setText("")

    def store(self, enabled: bool, text: str) -> None:
        raise NotImplementedError

    def save(self) -> int:
        """Stored by an operation; the page says "Saved." once committed, or why not."""
        enabled, text = self.enabled.isChecked(), self.editor.text()
        return self.ctx.ops.run(lambda: self.store(enabled, text), changes=changes(Area.SETTINGS),
                                on_done=lambda _r: self._say(self.tr("Saved.")),
                                on_error=lambda exc: self._say(describe(exc), error=True))


class InstantReplyPage(_TextSettingPage):
    enabled_key, text_key = "instant_reply.enabled", "instant_reply.text"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(
            ctx, self.tr("Instant reply"),
            self.tr("Sent automatically to a person's first message ever to the Page — never again, "
                    "even months later — and not while the Page is Away (the away message goes instead)."),
            self.tr("Send an instant reply"), parent)
        self.finish()

    def store(self, enabled: bool, text: str) -> None:
        automation.save_instant_reply(enabled, text)


class GreetingPage(_TextSettingPage):
    """The greeting and the ice breakers: kept here, and set on the connected Page through
    Messenger's profile (desktop/channels.py; db/graph.py ``publish_profile``)."""

    enabled_key, text_key = "greeting.enabled", "greeting.text"
    limit = automation.MAX_GREETING_TEXT

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(
            ctx, self.tr("Greeting"),
            self.tr("Shown to people who open a chat with the Page, before they write. "
                    "Messenger shows it; comments and e-mail do not."),
            self.tr("Show a greeting"), parent)
        box = QGroupBox(self.tr("Questions to start with (ice breakers)"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(label(self.tr(
            "Up to four questions Messenger offers under the greeting; a tap sends the question as the "
            "person's first message."), "note"))
        self.questions: list[QLineEdit] = []
        for i in range(automation.MAX_ICE_BREAKERS):
            edit = QLineEdit()
            edit.setMaxLength(automation.MAX_ICE_BREAKER_TEXT)
            edit.setPlaceholderText(self.tr("e.g. Are you open today?") if i == 0 else "")
            edit.setAccessibleName(self.tr("Question %1").replace("%1", str(i + 1)))
            edit.textChanged.connect(self._edited)
            box_layout.addWidget(edit)
            self.questions.append(edit)
        for edit, question in zip(self.questions, automation.ice_breakers()):
            edit.setText(question)
        self.body.insertWidget(self.body.count() - 1, box)
        self.finish()
        self._edited()

    def _edited(self) -> None:
        super()._edited()
        if hasattr(self, "questions"):  # (the base class asks before the questions exist)
            self.save_button.setEnabled(not self.editor.over_limit() and (
                bool(self.editor.text().strip()) or any(q.text().strip() for q in self.questions)))

    def save(self) -> int:
        enabled, text = self.enabled.isChecked(), self.editor.text()
        questions = [q.text() for q in self.questions]

        def store() -> None:
            automation.save_greeting(enabled, text)
            automation.save_ice_breakers(questions)

        return self.ctx.ops.run(store, changes=changes(Area.SETTINGS), on_done=lambda _r: self._publish(),
                                on_error=lambda exc: self._say(describe(exc), error=True))

    def store(self, enabled: bool, text: str) -> None:
        automation.save_greeting(enabled, text)

    def _publish(self) -> None:
        from desktop.channels import client_for
        client = client_for()
        if client is None:
            self._say(self.tr("Saved."))
            return
        from db import graph
        self._say(self.tr("Saved; setting it on the Page…"))
        self.ctx.net.run(lambda: graph.publish_profile(client),
                         lambda _r: self._say(self.tr("Saved and set on the Page.")),
                         lambda exc: self._say(self.tr("Saved here, but the Page did not take it: %1").replace(
                             "%1", describe(exc)), error=True))


class AwayPage(_TextSettingPage):
    enabled_key, text_key = "away.message_enabled", "away.message"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(
            ctx, self.tr("Away"),
            self.tr("While the Page is Away, people who write get the away message — at most once per "
                    "conversation each time you are away — and the response metrics leave those "
                    "requests out."),
            self.tr("Send an away message"), parent)

        # Away now: by hand.
        now_box = QGroupBox(self.tr("Away now"))
        now_layout = QHBoxLayout(now_box)
        self.now_label = label("")
        now_layout.addWidget(self.now_label, 1)
        self.away_button = QPushButton()
        self.away_button.clicked.connect(self.toggle_away)
        now_layout.addWidget(self.away_button)
        self.body.insertWidget(2, now_box)

        # By schedule.
        hours_box = QGroupBox(self.tr("Business hours"))
        hours_layout = QVBoxLayout(hours_box)
        self.schedule = QCheckBox(self.tr("Away automatically outside business hours"))
        hours_layout.addWidget(self.schedule)
        hours_layout.addWidget(label(self.tr(
            "Several periods a day are fine, e.g. 12:00–14:30, 18:30–23:00. Leave a day empty when closed. "
            "Time zone: %1").replace("%1", str(automation.business_timezone())), "note"))
        grid = QGridLayout()
        self.day_edits: dict[int, QLineEdit] = {}
        locale = QLocale()
        for weekday in range(7):
            day_name = locale.dayName(weekday + 1, QLocale.LongFormat)
            grid.addWidget(label(day_name, wrap=False), weekday, 0)
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Closed"))
            edit.setAccessibleName(self.tr("Opening hours on %1").replace("%1", day_name))
            grid.addWidget(edit, weekday, 1)
            self.day_edits[weekday] = edit
        hours_layout.addLayout(grid)
        hours_row = QHBoxLayout()
        self.hours_status = label("", "note")
        hours_row.addWidget(self.hours_status, 1)
        self.save_hours_button = QPushButton(self.tr("Save business hours"))
        self.save_hours_button.clicked.connect(self.save_hours)
        hours_row.addWidget(self.save_hours_button)
        hours_layout.addLayout(hours_row)
        self.body.addWidget(hours_box)

        closed_box = QGroupBox(self.tr("Closed dates"))
        closed_layout = QVBoxLayout(closed_box)
        self.closed_list = QListWidget()
        self.closed_list.setMaximumHeight(110)
        self.closed_list.setAccessibleName(self.tr("Closed dates"))
        closed_layout.addWidget(self.closed_list)
        add_row = QHBoxLayout()
        self.closed_date = QDateEdit()
        self.closed_date.setCalendarPopup(True)
        self.closed_date.setAccessibleName(self.tr("Closed date to add"))
        self.closed_date.setDate(QDate.currentDate())
        self.closed_label = QLineEdit()
        self.closed_label.setPlaceholderText(self.tr("Why (optional), e.g. Christmas"))
        add_button = QPushButton(self.tr("Add"))
        remove_button = QPushButton(self.tr("Remove"))
        add_row.addWidget(self.closed_date)
        add_row.addWidget(self.closed_label, 1)
        add_row.addWidget(add_button)
        add_row.addWidget(remove_button)
        closed_layout.addLayout(add_row)
        self.body.addWidget(closed_box)
        add_button.clicked.connect(self.add_closed)
        remove_button.clicked.connect(self.remove_closed)
        self.schedule.toggled.connect(self._schedule_toggled)
        ctx.changed.connect(lambda what: what.touches(Area.AWAY, Area.SETTINGS) and self.refresh_now())
        self.finish()
        self.load_schedule()
        self.refresh_now()

    def store(self, enabled: bool, text: str) -> None:
        automation.save_away_message(enabled, text)

    # --- away now --------------------------------------------------------------
    def refresh_now(self) -> None:
        status = automation.away_status(self.ctx.now())
        if status.away and status.source == "manual":
            self.now_label.setText(self.tr("Away until %1.").replace("%1", timefmt.when(status.until, self.ctx.now())))
            self.away_button.setText(self.tr("Turn off"))
        elif status.away:
            until = timefmt.when(status.until, self.ctx.now()) if status.until else "—"
            self.now_label.setText(self.tr("Away outside business hours, until %1.").replace("%1", until))
            self.away_button.setText(self.tr("Set Away for 12 hours"))
        else:
            self.now_label.setText(self.tr("Available."))
            self.away_button.setText(self.tr("Set Away for 12 hours"))

    def toggle_away(self) -> None:
        now = self.ctx.now()
        status = automation.away_status(now)
        work = automation.turn_off_away if status.away and status.source == "manual" else automation.set_away
        self.ctx.ops.run(lambda: work(now), changes=changes(Area.AWAY))

    # --- schedule ----------------------------------------------------------------
    def load_schedule(self) -> None:
        self.schedule.blockSignals(True)
        self.schedule.setChecked(bool(automation.setting("away.schedule_enabled")))
        self.schedule.blockSignals(False)
        for weekday, periods in automation.business_hours().items():
            self.day_edits[weekday].setText(automation.format_periods(periods))
        self.closed_list.clear()
        for day, why in automation.closed_dates():
            shown = QLocale().toString(QDate.fromString(day, Qt.ISODate), QLocale.LongFormat)
            item = QListWidgetItem(f"{shown} — {why}" if why else shown)
            item.setData(Qt.UserRole, day)
            self.closed_list.addItem(item)

    def _schedule_toggled(self, on: bool) -> None:
        from db import settings
        self.ctx.ops.run(lambda: settings.put("away.schedule_enabled", on), changes=changes(Area.AWAY))

    def save_hours(self) -> bool:
        hours = {}
        locale = QLocale()
        for weekday, edit in self.day_edits.items():
            try:
                hours[weekday] = automation.parse_periods(edit.text())
            except automation.AutomationError as exc:
                day = locale.dayName(weekday + 1, QLocale.LongFormat)
                self._say_hours(f"{day}: {describe(exc)}", error=True)
                edit.setFocus()
                return False
        def saved(_r) -> None:
            self.load_schedule()
            self._say_hours(self.tr("Business hours saved."))

        self.ctx.ops.run(lambda: automation.set_business_hours(hours), changes=changes(Area.AWAY), on_done=saved,
                         on_error=lambda exc: self._say_hours(describe(exc), error=True))
        return True

    def _say_hours(self, text: str, error: bool = False) -> None:
        self.say(self.hours_status, text, error)

    def add_closed(self) -> None:
        day, why = self.closed_date.date().toPython(), self.closed_label.text()
        self.closed_label.clear()
        self.ctx.ops.run(lambda: automation.add_closed_date(day, why), changes=changes(Area.AWAY),
                         on_done=lambda _r: self.load_schedule())

    def remove_closed(self) -> None:
        item = self.closed_list.currentItem()
        if item is not None:
            day = item.data(Qt.UserRole)
            self.ctx.ops.run(lambda: automation.remove_closed_date(day), changes=changes(Area.AWAY),
                             on_done=lambda _r: self.load_schedule())


class ResponseTimePage(SettingsPage):
    CHOICES = ("automatic", "minutes", "hour", "hours", "day")

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(
            self.tr("Response time"),
            self.tr("What the Page shows people about how fast you reply."), parent)
        self.ctx = ctx
        self.group = QButtonGroup(self)
        texts = {
            "automatic": self.tr("Automatically show average response time (recommended)"),
            "minutes": self.tr("Typically replies within minutes"),
            "hour": self.tr("Typically replies within an hour"),
            "hours": self.tr("Typically replies within a few hours"),
            "day": self.tr("Typically replies within a day"),
        }
        self.buttons: dict[str, QRadioButton] = {}
        for i, key in enumerate(self.CHOICES):
            button = QRadioButton(texts[key])
            self.group.addButton(button, i)
            self.buttons[key] = button
            self.body.addWidget(button)
            if key == "automatic":
                self.body.addWidget(label(self.tr(
                    "The automatic line is shown while the Page replies to at least 90% of messages "
                    "and the inbox is used at least once a week; otherwise nothing is shown."), "note"))
        self.buttons[automation.response_time_mode()].setChecked(True)
        self.group.idToggled.connect(self._toggled)
        self.finish()

    def _toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            mode = self.CHOICES[button_id]
            self.ctx.ops.run(lambda: automation.set_response_time_mode(mode), changes=changes(Area.SETTINGS))

