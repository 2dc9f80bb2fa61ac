"""The Calendar view: owners' follow-ups on a month grid, overdue apart, a day or week agenda."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from db import reminders as db_reminders
from db import team as db_team
from desktop.operations import Area, Changes, changes
from desktop.calendar.month_grid import MonthGrid
from desktop.calendar.reminder_dialog import ReminderDialog
from desktop.context import AppContext
from desktop.widgets import timefmt
from desktop.widgets.batched_list import BatchedFill
from desktop.widgets.segment import SegmentButton
from desktop.widgets.staged import QuietReload, StagedBuild
from desktop.widgets.text import plain_label


def _label(text: str = "", name: str | None = None) -> QLabel:
    return plain_label(text, name)


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class CalendarView(StagedBuild, QuietReload, QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent=None, *, staged: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.tz = timefmt.local_tz()
        self._changed_while_building = False
        self.start_build(staged)

    def _build(self):
        ctx = self.ctx
        today = self._today()
        self.month = today.replace(day=1)

        # Toolbar: month navigation, month/week, export.
        top = QHBoxLayout()
        top.setContentsMargins(16, 12, 16, 6)
        self.title = _label("", "sectionTitle")
        self.prev_button = QPushButton("‹")
        self.prev_button.setAccessibleName(self.tr("Previous month"))
        self.prev_button.setFixedWidth(34)
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton("›")
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setFixedWidth(34)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.prev_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addStretch(1)
        self.mode_group = QButtonGroup(self)
        self.month_button = SegmentButton(self.tr("Month"))
        self.week_button = SegmentButton(self.tr("Week agenda"))
        for i, b in enumerate((self.month_button, self.week_button)):
            self.mode_group.addButton(b, i)
            top.addWidget(b)
        self.month_button.setChecked(True)
        self.mode_group.idClicked.connect(self.set_mode)
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.export_button.clicked.connect(self._export)
        top.addWidget(self.export_button)

        # Left column: owners, overdue.
        side = QVBoxLayout()
        side.setContentsMargins(16, 4, 8, 16)
        side.addWidget(_label(self.tr("Owners"), "caption"))
        self.owner_boxes: dict[int | None, QCheckBox] = {}
        self.owners_layout = QVBoxLayout()
        side.addLayout(self.owners_layout)
        self.only_mine = QPushButton(self.tr("Only mine"))
        self.only_mine.clicked.connect(self.show_only_mine)
        side.addWidget(self.only_mine)
        side.addSpacing(12)
        self.overdue_title = _label("", "caption")
        side.addWidget(self.overdue_title)
        self.overdue_list = QListWidget()
        self.overdue_list.setAccessibleName(self.tr("Overdue follow-ups"))
        self.overdue_list.setWordWrap(True)
        self.overdue_list.setSpacing(3)
        self.overdue_list.itemDoubleClicked.connect(self._open_item)
        self.overdue_fill = BatchedFill(self.overdue_list)
        side.addWidget(self.overdue_list, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(230)
        self.side_widget = side_widget

        # Middle: month grid or week agenda.
        self.grid = MonthGrid()
        self.grid.first_weekday = QLocale().firstDayOfWeek().value  # the locale's first day
        self.grid.setAccessibleName(self.tr("Month of follow-ups"))
        self.grid.day_selected.connect(self._day_selected)
        self.grid.day_double_clicked.connect(self.new_reminder)
        self.grid.chip_double_clicked.connect(lambda occ: self.open_reminder(occ.reminder))
        self.grid.reminder_dropped.connect(self.move_reminder)
        self.week_list = QListWidget()
        self.week_list.setAccessibleName(self.tr("Week agenda"))
        self.week_list.setWordWrap(True)
        self.week_list.setSpacing(3)
        self.week_list.itemDoubleClicked.connect(self._open_item)
        self.week_fill = BatchedFill(self.week_list)
        self.middle = QStackedWidget()
        self.middle.addWidget(self.grid)
        self.middle.addWidget(self.week_list)

        # Right: the selected day's agenda.
        agenda = QVBoxLayout()
        agenda.setContentsMargins(8, 4, 16, 16)
        self.agenda_title = _label("", "caption")
        agenda.addWidget(self.agenda_title)
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(self.tr("Follow-ups of the selected day"))
        self.agenda.setWordWrap(True)
        self.agenda.setSpacing(3)
        self.agenda.itemDoubleClicked.connect(self._open_item)
        self.agenda_fill = BatchedFill(self.agenda)
        agenda.addWidget(self.agenda, 1)
        self.add_button = QPushButton(self.tr("New follow-up…"))
        self.add_button.clicked.connect(lambda: self.new_reminder(self.grid.selected))
        agenda.addWidget(self.add_button)
        agenda_widget = QWidget()
        agenda_widget.setLayout(agenda)
        agenda_widget.setFixedWidth(280)
        self.agenda_widget = agenda_widget

        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(side_widget)
        body.addWidget(self.middle, 1)
        body.addWidget(agenda_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self._fill_owners()
        ctx.changed.connect(self._on_changed)
        ctx.member_changed.connect(lambda _m: self._on_changed(changes(Area.REMINDERS)))
        self.grid.selected = today
        self.ensurePolished()  # (the style sheet's work, done now rather than at the first show)
        yield
        yield from self._first_load()
        if self._changed_while_building:
            self._fill_owners()
            self.reload()

    # --- owners ----------------------------------------------------------------------------
    def _fill_owners(self) -> None:
        while self.owners_layout.count():
            item = self.owners_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        hidden = set(QSettings().value("calendar/hidden_owners", []) or [])
        self.owner_boxes = {}
        entries = [(m.id, m.full_name, m.color) for m in db_team.members()] + [(None, self.tr("Unassigned"), "#868E96")]
        for member_id, name, color in entries:
            box = QCheckBox(name)
            box.setIcon(swatch(color))
            box.setChecked(str(member_id) not in hidden)
            box.setAccessibleName(self.tr("Show follow-ups of %1").replace("%1", name))
            box.toggled.connect(self._owners_changed)
            self.owners_layout.addWidget(box)
            self.owner_boxes[member_id] = box

    def _owners_changed(self) -> None:
        hidden = [str(k) for k, box in self.owner_boxes.items() if not box.isChecked()]
        QSettings().setValue("calendar/hidden_owners", hidden)
        self.reload()

    def show_only_mine(self) -> None:
        for member_id, box in self.owner_boxes.items():
            box.blockSignals(True)
            box.setChecked(member_id == self.ctx.member_id)
            box.blockSignals(False)
        self._owners_changed()

    def _owner_filter(self) -> tuple[list[int], bool]:
        owners = [k for k, box in self.owner_boxes.items() if k is not None and box.isChecked()]
        unassigned = self.owner_boxes[None].isChecked() if None in self.owner_boxes else True
        return owners, unassigned

    def resizeEvent(self, event) -> None:
        # A narrow window (or 200 % scaling) keeps all seven days: the side columns give way.
        super().resizeEvent(event)
        narrow = self.width() < 1000
        if self.side_widget.width() != (190 if narrow else 230):
            self.side_widget.setFixedWidth(190 if narrow else 230)
            self.agenda_widget.setFixedWidth(220 if narrow else 280)
            self.layout().activate()  # laid out now, not a frame late

    # --- loading ------------------------------------------------------------------------------
    def _today(self) -> date:
        return datetime.fromtimestamp(self.ctx.now(), self.tz).date()

    def _on_changed(self, what: Changes) -> None:
        if not self.is_built:
            self._changed_while_building = True
            return
        if what.touches(Area.TEAM):
            self._fill_owners()
        if what.touches(Area.REMINDERS, Area.LEADS, Area.TEAM):
            self.reload_when_idle()

    def _range(self) -> tuple[int, int]:
        start = self.grid.first_day() if self.grid.month == self.month else self._first_of_grid(self.month)
        end = start + timedelta(days=42)
        return (int(datetime.combine(start, time(0), self.tz).timestamp()),
                int(datetime.combine(end, time(0), self.tz).timestamp()))

    def _read_for_reload(self):
        owners, unassigned = self._owner_filter()
        (s, e), tz, now = self._range(), self.tz, self.ctx.now()
        return lambda: (db_reminders.calendar_items(s, e, tz, owners, unassigned),
                        db_reminders.overdue(now, tz, owners, unassigned))

    def _load_steps(self, known=None):
        """Reading the month, the overdue follow-ups and the day's, a step each
        (``reload`` runs them at once); ``known``: the month and the overdue, read on the worker."""
        owners, unassigned = self._owner_filter()
        s, e = self._range()
        items = known[0] if known is not None else db_reminders.calendar_items(s, e, self.tz, owners, unassigned)
        yield  # (a busy month is a few thousand follow-ups: ~20 ms to read, a few more to sort by day)
        by_day = self._by_day(items)
        self.items_by_day = by_day
        yield
        today = self._today()
        self.grid.set_month(self.month, by_day, today)
        locale = QLocale()
        self.title.setText(f"{locale.standaloneMonthName(self.month.month, QLocale.LongFormat)} {self.month.year}")
        yield
        overdue = known[1] if known is not None else db_reminders.overdue(self.ctx.now(), self.tz, owners,
                                                                          unassigned)
        self.overdue_title.setText(self.tr("Overdue (%1)").replace("%1", str(len(overdue))))
        self.overdue_fill.fill(overdue, lambda r: self._item(r, r.due_at, with_day=True))
        if not overdue:
            empty = QListWidgetItem(self.tr("Nothing overdue."))
            empty.setFlags(Qt.NoItemFlags)
            self.overdue_list.addItem(empty)
        yield
        self._show_day(self.grid.selected)
        yield
        self._fill_week()
        self.loaded.emit()

    def _by_day(self, occurrences) -> dict[date, list]:
        by_day: dict[date, list] = {}
        for occ in occurrences:
            by_day.setdefault(datetime.fromtimestamp(occ.at, self.tz).date(), []).append(occ)
        return by_day

    def _first_of_grid(self, month: date) -> date:
        offset = (month.isoweekday() - self.grid.first_weekday) % 7
        return month - timedelta(days=offset)

    def _item(self, reminder, at: int, with_day: bool = False) -> QListWidgetItem:
        when = timefmt.full(at) if with_day else timefmt.clock(at)
        owner = reminder.owner_name or self.tr("Unassigned")
        who = f" — {reminder.who}" if reminder.who else ""
        mark = "✓ " if reminder.done_at else ("↻ " if reminder.recurrence else "")
        item = QListWidgetItem(f"{mark}{when}{who}\n{reminder.text}\n{owner}")
        item.setIcon(swatch(reminder.owner_color))
        item.setData(Qt.UserRole, reminder.id)
        item.setData(Qt.UserRole + 1, reminder.lead_id)
        return item

    def _day_selected(self, day: date) -> None:
        self._show_day(day)
        self._fill_week()

    def _show_day(self, day: date) -> None:
        self.agenda_title.setText(QLocale().toString(QDate(day.year, day.month, day.day), QLocale.LongFormat))
        occurrences = self.items_by_day.get(day, []) if hasattr(self, "items_by_day") else []
        # A busy day's hundreds of follow-ups are made into items as the list is scrolled.
        self.agenda_fill.fill(occurrences, lambda occ: self._item(occ.reminder, occ.at))
        if not occurrences:
            empty = QListWidgetItem(self.tr("No follow-ups. Double-click the day to add one."))
            empty.setFlags(Qt.NoItemFlags)
            self.agenda.addItem(empty)

    def _fill_week(self) -> None:
        if not hasattr(self, "items_by_day"):
            return
        day = self.grid.selected
        start = day - timedelta(days=(day.isoweekday() - self.grid.first_weekday) % 7)
        locale = QLocale()
        loaded_from = self.grid.first_day() if self.grid.month == self.month else self._first_of_grid(self.month)
        if loaded_from <= start and start + timedelta(days=7) <= loaded_from + timedelta(days=42):
            items = [occ for offset in range(7)
                     for occ in self.items_by_day.get(start + timedelta(days=offset), [])]
        else:  # a week reaching past the loaded grid
            s = int(datetime.combine(start, time(0), self.tz).timestamp())
            e = int(datetime.combine(start + timedelta(days=7), time(0), self.tz).timestamp())
            owners, unassigned = self._owner_filter()
            items = db_reminders.calendar_items(s, e, self.tz, owners, unassigned)
        by_day = self._by_day(items)
        rows: list = []
        for offset in range(7):
            d = start + timedelta(days=offset)
            rows.append(d)
            rows.extend(by_day.get(d, ()))

        def make(row) -> QListWidgetItem:
            if isinstance(row, date):  # a day's heading
                header = QListWidgetItem(locale.toString(QDate(row.year, row.month, row.day), QLocale.LongFormat))
                header.setFlags(Qt.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                return header
            return self._item(row.reminder, row.at)

        self.week_fill.fill(rows, make)

    # --- navigation --------------------------------------------------------------------------------
    def step(self, months: int) -> None:
        index = self.month.year * 12 + self.month.month - 1 + months
        self.month = date(index // 12, index % 12 + 1, 1)
        self.grid.month = self.month
        self.grid.selected = self.month
        self.reload()

    def go_today(self) -> None:
        today = self._today()
        self.month = today.replace(day=1)
        self.grid.month = self.month
        self.grid.selected = today
        self.reload()

    def set_mode(self, mode: int) -> None:
        self.middle.setCurrentIndex(mode)
        (self.week_button if mode else self.month_button).setChecked(True)

    # --- editing ---------------------------------------------------------------------------------
    def new_reminder(self, day: date) -> ReminderDialog:
        dialog = ReminderDialog(self.ctx, QDate(day.year, day.month, day.day), parent=self)
        dialog.open()
        return dialog

    def move_reminder(self, reminder_id: int, day: date) -> int:
        tz = self.tz
        return self.ctx.ops.run(
            lambda: db_reminders.reschedule(reminder_id, day, tz), changes=changes(Area.REMINDERS),
            notice=self.tr("Follow-up moved to %1.").replace(
                "%1", QLocale().toString(QDate(day.year, day.month, day.day), QLocale.ShortFormat)),
            undo=lambda change: (lambda: db_reminders.undo(change)))

    def _open_item(self, item: QListWidgetItem) -> None:
        reminder = db_reminders.get(item.data(Qt.UserRole)) if item.data(Qt.UserRole) else None
        if reminder is not None:
            self.open_reminder(reminder)

    def open_reminder(self, reminder) -> None:
        if reminder.lead_id is not None:
            self.ctx.open_lead.emit(reminder.lead_id)

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export follow-ups"), "follow-ups.ics",
                                              self.tr("iCalendar (*.ics)"))
        if path:
            self.export_ics(path)

    def export_ics(self, path: str):
        """Written on the worker, with progress and Cancel (desktop/long_work.py)."""
        from desktop.long_work import export_file
        now = self.ctx.now()
        return export_file(self.ctx, self, path, lambda out: db_reminders.export_ics(out, now), mode="wb",
                           done_text=lambda count: self.tr("Exported %n follow-up(s).", "", count))
