"""The time rules, run by the window: every minute on a worker (never on the window's
thread, nor on the DB worker that runs what the user does), the views told what changed,
a toast saying so with Undo, and the notices meant for this seat shown in a small window
of their own (and on the desktop where it can).

``sportello sync`` runs the same ``db.rules.evaluate`` after each sync; a rule acts once
per wait whichever of them looks first."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from db import rules as db_rules
from desktop import rule_words
from desktop.operations import Area, Changes, changes
from desktop.widgets import timefmt
from desktop.widgets.text import plain_label, set_window_title

EVERY_MS = 60_000
FIRST_AFTER_MS = 5_000  # after the window's first paint and the first reminders' check


def evaluation_changes(result: db_rules.Evaluation) -> Changes:
    areas = [Area.LEADS] * bool(result.leads) + [Area.INBOX] * bool(result.conversations) + \
        [Area.REMINDERS] * bool(result.reminders)
    return changes(*(areas or [Area.LEADS]), leads=result.leads, conversations=result.conversations)


class NoticesWindow(QWidget):
    """What the rules want this seat to know: always on top, never taking the keyboard."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent, Qt.Window | Qt.WindowStaysOnTopHint | Qt.Tool)
        self.ctx = ctx
        self.setAttribute(Qt.WA_ShowWithoutActivating, True)
        self.setObjectName("page")
        set_window_title(self, self.tr("Time rules"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.heading = plain_label("", "sectionTitle")
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("What the time rules ask you to look at"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open)
        layout.addWidget(self.list, 1)
        self.more = plain_label("", "muted")
        self.more.hide()
        layout.addWidget(self.more)
        self._total = 0
        layout.addWidget(plain_label(self.tr("Enter or a double click opens it."), "muted"))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def add(self, notices: list[db_rules.Firing], total: int | None = None) -> None:
        for f in notices:
            who = f.who or self.tr("Someone")
            item = QListWidgetItem(f"{who} · {timefmt.full(f.fired_at)}\n{rule_words.condition(f.trigger, f.amount)}"
                                   + (f"\n{f.text}" if f.text else ""))
            item.setData(Qt.UserRole, (f.lead_id, f.conversation_id))
            self.list.insertItem(0, item)
        self._total += total if total is not None else len(notices)
        self.heading.setText(self.tr("%n notice(s) from the time rules", "", self._total))
        hidden = self._total - self.list.count()
        self.more.setText(self.tr("…and %n more: Settings → Time rules lists them all.", "", hidden) if hidden > 0
                          else "")
        self.more.setVisible(hidden > 0)
        self.list.setCurrentRow(0)
        self.show()
        self.raise_()

    def closeEvent(self, event) -> None:
        self.list.clear()
        self._total = 0
        super().closeEvent(event)

    def _open(self, item: QListWidgetItem) -> None:
        lead_id, conversation_id = item.data(Qt.UserRole)
        if conversation_id is not None:
            self.ctx.open_conversation.emit(conversation_id)
        elif lead_id is not None:
            self.ctx.open_lead.emit(lead_id)


class RuleRunner(QObject):
    """Evaluates the rules every minute; ``check()`` does it now."""

    evaluated = Signal(object)  # the Evaluation, once its changes are announced

    def __init__(self, ctx, parent=None, tray=None, user_can_undo=lambda: False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tray = tray
        self.user_can_undo = user_can_undo
        self.running = False
        self._window: NoticesWindow | None = None
        self.stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.first = QTimer(self)  # (a timer of its own, not singleShot(): stop() must stop it too)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.check)

    def start(self, first_after_ms: int = FIRST_AFTER_MS) -> None:
        self.first.start(first_after_ms)
        self.timer.start()

    def stop(self) -> None:
        """The window closes: nothing runs any more (a closed window's check would read
        whatever database is open by then)."""
        self.stopped = True
        self.first.stop()
        self.timer.stop()
        if self._window is not None:
            self._window.close()

    @property
    def window(self) -> NoticesWindow:
        if self._window is None:
            self._window = NoticesWindow(self.ctx)
        return self._window

    def check(self) -> None:
        if self.running or self.stopped:
            return
        self.running = True
        now, member_id = self.ctx.now(), self.ctx.member_id

        def work():
            return db_rules.evaluate(now), *db_rules.take_notices(member_id, now)

        # On the network worker's connection: the DB worker, which runs what the user does,
        # does not queue behind the reading (~0.5 s over 50,000 leads; see db.rules.evaluate).
        self.ctx.net.run(work, self._done, self._failed, retry_locked=True)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if self.stopped:
            return
        from desktop.widgets.errors import describe
        self.ctx.notify(self.tr("The time rules could not run: %1").replace("%1", describe(exc)))

    def _done(self, result) -> None:
        self.running = False
        if self.stopped:
            return
        done, notices, total = result
        if done:
            what = evaluation_changes(done)
            self.ctx.changed.emit(what)
            ids, now = list(done.firings), self.ctx.now()
            # The toast, and Ctrl+Z with it, stay the user's while their own last action can
            # still be undone there: the rules' work is in Settings → Time rules, undoable.
            if not self.user_can_undo():
                self.ctx.notify(rule_words.acted(len(ids)),
                                lambda: self.ctx.ops.run(lambda: db_rules.undo(ids, now), changes=what))
        if notices:
            self.window.add(notices, total)
            if self.tray is not None:
                from PySide6.QtWidgets import QSystemTrayIcon
                from desktop.widgets.text import notify_desktop
                if QSystemTrayIcon.supportsMessages():
                    first = notices[0]
                    notify_desktop(self.tray, self.tr("Time rules"),
                                   f"{first.who} · {rule_words.condition(first.trigger, first.amount)}")
        self.evaluated.emit(done)
