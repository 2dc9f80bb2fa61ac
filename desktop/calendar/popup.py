"""Reminder popups: one timer for the next due follow-up, and the Reminders window.

The scheduler asks db/reminders for the next due time of the current team
member (and of unowned follow-ups) and arms a single-shot timer for it; when it
fires, or at start-up for what fell due while the app was closed, the
always-on-top Reminders window lists what is due with Open, Done and Snooze.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QMenu, QPushButton, QScrollArea, QSystemTrayIcon, QToolButton, QVBoxLayout,
    QWidget,
)

from db import reminders as db_reminders
from desktop.operations import Area, changes
from desktop.widgets.text import notify_desktop, plain_label, set_window_title
from desktop.context import AppContext
from desktop.widgets import timefmt

MAX_TIMER_MS = 6 * 3600 * 1000  # re-check at least every few hours (clock changes, sleep)
MAX_ROWS = 12                    # more than this are summed up; "Snooze all" and "Done all" act on all
ROWS_PER_STEP = 2                # rows made per step when the app checks by itself...
FILL_PAUSE_MS = 10               # ...and the pause between steps, for what the user does meanwhile


def snooze_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication
    return {
        "5 min": QCoreApplication.translate("Reminders", "5 minutes"),
        "10 min": QCoreApplication.translate("Reminders", "10 minutes"),
        "15 min": QCoreApplication.translate("Reminders", "15 minutes"),
        "30 min": QCoreApplication.translate("Reminders", "30 minutes"),
        "1 hour": QCoreApplication.translate("Reminders", "1 hour"),
        "2 hours": QCoreApplication.translate("Reminders", "2 hours"),
        "tomorrow 9:00": QCoreApplication.translate("Reminders", "Tomorrow at 9:00"),
    }


class RemindersWindow(QWidget):
    """Non-modal, always on top: what is due now."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent, Qt.Window | Qt.WindowStaysOnTopHint | Qt.Tool)
        self.ctx = ctx
        # It must not take the keyboard from someone typing a reply.
        self.setAttribute(Qt.WA_ShowWithoutActivating, True)
        set_window_title(self, self.tr("Reminders"))
        self.setObjectName("page")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.heading = plain_label()
        self.heading.setObjectName("sectionTitle")
        self.heading.setTextFormat(Qt.PlainText)
        layout.addWidget(self.heading)
        self.rows_box = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.rows_box)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(holder)
        area.setFrameShape(QScrollArea.NoFrame)
        layout.addWidget(area, 1)
        all_row = QHBoxLayout()
        all_row.addStretch(1)
        self.snooze_all = QToolButton()
        self.snooze_all.setText(self.tr("Snooze all"))
        self.snooze_all.setPopupMode(QToolButton.InstantPopup)
        self.snooze_all.setMenu(self._snooze_menu(None))
        self.done_all = QPushButton(self.tr("Done all"))
        self.done_all.clicked.connect(self.complete_all)
        all_row.addWidget(self.snooze_all)
        all_row.addWidget(self.done_all)
        layout.addLayout(all_row)
        self.due: list[db_reminders.Reminder] = []
        self._filling = None
        self.resize(480, 320)

    def show_due(self, due: list[db_reminders.Reminder], bring_up: bool = True, at_once: bool = True) -> None:
        """List ``due``; unless ``at_once``, a few rows per turn of the event loop (a dozen
        cards with their buttons and menus take ~30 ms), the window showing with the last."""
        self.due = due
        self._filling = steps = self._fill(due, bring_up)
        if at_once:
            for _ in steps:
                pass
            self._filling = None
        else:
            self._fill_step(steps)

    def closeEvent(self, event) -> None:
        self._filling = None  # rows still to come do not bring the window back
        super().closeEvent(event)

    def _fill_step(self, steps) -> None:
        if steps is not self._filling:
            return  # a newer list took its place
        if next(steps, None) is None:
            self._filling = None
        else:
            QTimer.singleShot(FILL_PAUSE_MS, self, lambda: self._fill_step(steps))

    def _fill(self, due: list[db_reminders.Reminder], bring_up: bool):
        while self.rows_box.count():
            item = self.rows_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        now = self.ctx.now()
        for i, reminder in enumerate(due[:MAX_ROWS]):
            if i and i % ROWS_PER_STEP == 0:
                yield True
            self.rows_box.addWidget(self._row(reminder, now))
        if len(due) > MAX_ROWS:
            more = plain_label(self.tr("…and %n more. Snooze all and Done all act on every one of them.", "",
                                  len(due) - MAX_ROWS))
            more.setObjectName("muted")
            more.setWordWrap(True)
            self.rows_box.addWidget(more)
        self.rows_box.addStretch(1)
        self.heading.setText(self.tr("%n follow-up(s) due", "", len(due)))
        several = len(due) > 1
        self.snooze_all.setVisible(several)
        self.done_all.setVisible(several)
        if not due:
            self.hide()
        elif bring_up or not self.isVisible():
            self.show()
            self.raise_()

    def _row(self, reminder: db_reminders.Reminder, now: int) -> QFrame:
        frame = QFrame()
        frame.setObjectName("card")
        frame.reminder_id = reminder.id
        v = QVBoxLayout(frame)
        text = plain_label(reminder.text)
        text.setTextFormat(Qt.PlainText)
        text.setWordWrap(True)
        text.setObjectName("cardTitle")
        v.addWidget(text)
        late = now - reminder.fires_at
        detail = self.tr("Due %1").replace("%1", timefmt.when(reminder.due_at, now))
        if late >= 60:
            detail += " · " + self.tr("%1 ago").replace("%1", timefmt.duration(late))
        if reminder.who:
            detail = f"{reminder.who} · {detail}"
        info = plain_label(detail)
        info.setTextFormat(Qt.PlainText)
        info.setObjectName("muted")
        v.addWidget(info)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        open_button = QPushButton(self.tr("Open"))
        open_button.setEnabled(reminder.lead_id is not None)
        open_button.clicked.connect(lambda _c=False, r=reminder: self.ctx.open_lead.emit(r.lead_id))
        snooze = QToolButton()
        snooze.setText(self.tr("Snooze"))
        snooze.setPopupMode(QToolButton.InstantPopup)
        snooze.setMenu(self._snooze_menu(reminder.id))
        done = QPushButton(self.tr("Done"))
        done.setObjectName("primary")
        done.clicked.connect(lambda _c=False, r=reminder: self.complete([r.id]))
        for b in (open_button, snooze, done):
            buttons.addWidget(b)
        v.addLayout(buttons)
        frame.done_button, frame.snooze_button = done, snooze
        return frame

    def _snooze_menu(self, reminder_id: int | None) -> QMenu:
        menu = QMenu(self)
        labels = snooze_labels()
        for key, _seconds in db_reminders.SNOOZES:
            action = menu.addAction(labels[key])
            action.setData(key)
            action.triggered.connect(lambda _c=False, k=key, rid=reminder_id: self.snooze(
                [rid] if rid is not None else [r.id for r in self.due], k))
        return menu

    def complete(self, ids: list[int]) -> int:
        tz, now = timefmt.local_tz(), self.ctx.now()

        def work():
            for rid in ids:
                db_reminders.complete(rid, now, tz)

        return self._handled(ids, work)

    def _handled(self, ids: list[int], work) -> int:
        # Off the list at once; the worker commits, then the scheduler reads again.
        gone = set(ids)
        self.show_due([r for r in self.due if r.id not in gone], bring_up=False)
        return self.ctx.ops.run(work, changes=changes(Area.REMINDERS))

    def complete_all(self) -> None:
        self.complete([r.id for r in self.due])

    def snooze(self, ids: list[int], choice: str) -> int:
        until = db_reminders.snooze_until(choice, self.ctx.now(), timefmt.local_tz())

        def work():
            for rid in ids:
                db_reminders.snooze(rid, until)

        return self._handled(ids, work)


class ReminderScheduler(QObject):
    """Arms one timer for the next due follow-up; shows the window when something is due."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = RemindersWindow(ctx)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.PreciseTimer)  # on the minute, not "about then"
        self.timer.timeout.connect(self.check_soon)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            from PySide6.QtWidgets import QApplication
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.show()
        self._shown: set[int] = set()
        self._reading = 0  # the latest reading asked for: an older answer is not shown
        self._stopped = False  # its window closed: nothing shows any more
        ctx.changed.connect(lambda what: what.touches(Area.REMINDERS, Area.LEADS) and self.check_soon())
        ctx.member_changed.connect(lambda _m: self.check_soon())

    @staticmethod
    def _read(now: int, member_id: int | None):
        return db_reminders.due_now(now, member_id), db_reminders.next_due_time(now, member_id)

    def check(self) -> None:
        """Show what is due now and arm the timer for the next one."""
        self._reading += 1
        now = self.ctx.now()
        self._show(now, *self._read(now, self.ctx.member_id))

    def check_soon(self) -> None:
        """check(), read on the DB worker: what the app checks by itself (at start, when a
        follow-up falls due, after every change to leads) does not hold the window while
        hundreds of due follow-ups are read (~25 ms)."""
        if self._stopped:
            return  # (a change its window's last work reports after the window closed)
        self._reading += 1
        reading, now, member_id = self._reading, self.ctx.now(), self.ctx.member_id
        self.ctx.tasks.run(lambda: self._read(now, member_id),
                           lambda result: reading == self._reading and self._show(now, *result, at_once=False))

    def _show(self, now: int, due: list[db_reminders.Reminder], nxt: int | None, at_once: bool = True) -> None:
        new = [r for r in due if (r.id, r.fires_at) not in self._shown]
        same = due == self.window.due and self.window.isVisible() and not new
        if (due or self.window.isVisible()) and not same:  # (the same list is not made again)
            self.window.show_due(due, bring_up=bool(new), at_once=at_once)
        if new and self.tray is not None and QSystemTrayIcon.supportsMessages():
            notify_desktop(self.tray, self.window.tr("Follow-up due"), new[0].text)
        self._shown.update((r.id, r.fires_at) for r in due)
        if nxt is None:
            self.timer.stop()
        else:
            self.timer.start(max(0, min((nxt - now) * 1000, MAX_TIMER_MS)))

    def stop(self) -> None:
        self._stopped = True
        self._reading += 1  # a reading still on the worker no longer shows anything
        self.timer.stop()
        self.window.close()
