"""The main window's status bar: who is working (the member switch) and the Page's Away switch."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QStatusBar, QToolButton

from db import automation, team as db_team
from desktop.operations import Area, changes
from desktop.widgets import timefmt
from desktop.widgets.restyle import restyle
from desktop.widgets.text import plain_label, set_tooltip


class StatusBarPart:
    """Mixin of MainWindow (which gives ``ctx`` and ``away_banner``)."""

    # --- status bar ------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = QStatusBar()  # made here rather than by statusBar(): no C++ object to look up
        self.setStatusBar(bar)
        bar.setSizeGripEnabled(False)
        caption = plain_label(QCoreApplication.translate("MainWindow", "Working as"))
        self.member_box = QComboBox()
        self.member_box.setAccessibleName(QCoreApplication.translate("MainWindow", "Current team member"))
        self.member_box.setMinimumWidth(150)
        self._fill_members()
        self.member_box.currentIndexChanged.connect(self._member_chosen)
        self.away_switch = QToolButton()
        self.away_switch.setObjectName("awaySwitch")
        self.away_switch.setCursor(Qt.PointingHandCursor)
        self.away_switch.clicked.connect(self.toggle_away)
        self._away_timer = QTimer(self)
        self._away_timer.setSingleShot(True)
        self._away_timer.timeout.connect(self.refresh_away)
        self.refresh_away()  # before the bar polishes the switch: its first polish then styles it
        # A team's server lost: said until it answers again (desktop/watcher.py reconnects).
        self.server_state = plain_label(QCoreApplication.translate(
            "MainWindow", "The team's server does not answer: reconnecting… Nothing can be saved until it is back; what you are "
            "writing stays."))
        self.server_state.setObjectName("serverState")
        self._said_unreachable = False  # a view that could not be read said so (once a loss)
        self.server_state.hide()
        bar.addWidget(self.server_state)
        # A team's server: the other seats' people (desktop/presence.py).
        self.presence_label = plain_label()
        self.presence_label.setObjectName("presence")
        self.presence_label.hide()
        bar.addPermanentWidget(self.presence_label)
        bar.addPermanentWidget(self.away_switch)
        bar.addPermanentWidget(caption)
        bar.addPermanentWidget(self.member_box)

    def member_name(self, member_id: int | None) -> str:
        index = self.member_box.findData(member_id) if member_id is not None else -1
        return self.member_box.itemText(index) if index >= 0 else \
            QCoreApplication.translate("MainWindow", "A colleague")

    def show_presence(self) -> None:
        """Who else is working (status bar), and who is on the open conversation (reply box)."""
        presence = self.ctx.presence
        names = [self.member_name(m) for m in presence.working()] if presence is not None else []
        self.presence_label.setVisible(bool(names))
        if names:
            self.presence_label.setText(QCoreApplication.translate("MainWindow", "Also working: %1")
                                        .replace("%1", ", ".join(dict.fromkeys(names))))
            set_tooltip(self.presence_label, QCoreApplication.translate(
                "MainWindow", "Working now at other computers on the team's server:") + "\n" + "\n".join(names))
        inbox = self._views.get("inbox")
        composer = getattr(inbox, "_composer", None) if inbox is not None else None
        if composer is not None:
            composer.show_presence()

    def _server_answers(self, answers: bool) -> None:
        self.server_state.setVisible(not answers)
        self._said_unreachable = False
        if answers:
            self.ctx.notify(QCoreApplication.translate("MainWindow", "Connected to the team's server again."))

    def _fill_members(self) -> None:
        self.member_box.blockSignals(True)
        self.member_box.clear()
        members = db_team.members()
        for m in members:
            self.member_box.addItem(m.full_name, m.id)
        # Who works at this seat stays who they were when the team changes (a member added,
        # here or at another seat, whose name sorts first, took the seat over); else the one
        # chosen here before; else the first.
        saved = QSettings().value("team/member")
        ids = [m.id for m in members]
        wanted = next((m for m in (self.ctx.member_id, int(saved) if saved not in (None, "") else None)
                       if m in ids), ids[0] if ids else None)
        index = self.member_box.findData(wanted)
        if index < 0 and members:
            index = 0
        self.member_box.setCurrentIndex(index)
        self.member_box.blockSignals(False)
        self.ctx.set_member(self.member_box.currentData())
        if not members:
            self.member_box.addItem(QCoreApplication.translate("MainWindow", "No team yet"), None)
            self.member_box.setEnabled(False)

    def _member_chosen(self, _index: int) -> None:
        member_id = self.member_box.currentData()
        QSettings().setValue("team/member", member_id)
        self.ctx.set_member(member_id)

    def refresh_away(self) -> None:
        now = self.ctx.now()
        status = automation.away_status(now)
        if status.away:
            text = QCoreApplication.translate("MainWindow", "Away")
            if status.until:
                text = QCoreApplication.translate("MainWindow", "Away until %1").replace("%1", timefmt.when(status.until, now))
            tip = (QCoreApplication.translate("MainWindow", "Click to turn Away off") if status.source == "manual"
                   else QCoreApplication.translate("MainWindow", "Away outside business hours; click to be Away by hand for 12 hours"))
            banner = (QCoreApplication.translate("MainWindow", "You are Away: people who write get your away message.")
                      if status.source == "manual" else
                      QCoreApplication.translate("MainWindow", "Outside business hours: people who write get your away message."))
            self.away_banner_text.setText(f"{text} — {banner}")
            self.away_off_button.setVisible(status.source == "manual")
        else:
            text = QCoreApplication.translate("MainWindow", "Available")
            tip = QCoreApplication.translate("MainWindow", "Click to set Away for 12 hours")
        self.away_banner.setVisible(status.away)
        self.away_switch.setText("● " + text)
        set_tooltip(self.away_switch, tip)
        self.away_switch.setProperty("away", "true" if status.away else "false")
        self.away_switch.setAccessibleName(QCoreApplication.translate("MainWindow", "Page status: %1").replace("%1", text))
        self.away_switch.setAccessibleDescription(tip)
        restyle(self.away_switch)
        # Re-check when the away period ends, or in a minute (no per-second polling).
        delay = (status.until - now) * 1000 if status.away and status.until else 60_000
        self._away_timer.start(max(1000, min(delay, 60_000)))

    def toggle_away(self) -> None:
        """The status-bar switch: Away by hand for 12 hours, or back to Available."""
        status = automation.away_status(self.ctx.now())
        if status.away and status.source == "manual":
            self.turn_off_away()
        else:
            now = self.ctx.now()
            self.ctx.ops.run(lambda: automation.set_away(now), changes=changes(Area.AWAY))

    def turn_off_away(self) -> None:
        now = self.ctx.now()
        self.ctx.ops.run(lambda: automation.turn_off_away(now), changes=changes(Area.AWAY))
