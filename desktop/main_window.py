"""The main window: navigation on the left, one view at a time, a status bar."""
from __future__ import annotations

import importlib

from PySide6.QtCore import QByteArray, QElapsedTimer, QRect, QSettings, QSize, Qt, QTimer, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractScrollArea, QApplication, QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow,
    QPushButton, QScrollArea, QStackedWidget, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from db import inbox as db_inbox, settings as db_settings
from desktop import theme
from desktop.context import AppContext
from desktop.operations import Area, Changes
from desktop.menus import MenusPart
from desktop.status_bar import StatusBarPart
from desktop.widgets.staged import Steps
from desktop.widgets.text import plain_label, set_tooltip, set_window_title

# (key, title, icon, "module:Class"). Views are built the first time they are
# shown, so e.g. Insights (pyqtgraph) costs nothing at start-up.
VIEWS = (
    ("inbox", QT_TRANSLATE_NOOP("MainWindow", "Inbox"), "inbox", "desktop.inbox.view:InboxView"),
    ("leads", QT_TRANSLATE_NOOP("MainWindow", "Leads"), "leads", "desktop.leads.view:LeadsView"),
    ("calendar", QT_TRANSLATE_NOOP("MainWindow", "Calendar"), "calendar",
     "desktop.calendar.view:CalendarView"),
    ("insights", QT_TRANSLATE_NOOP("MainWindow", "Insights"), "insights",
     "desktop.insights.view:InsightsView"),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "settings",
     "desktop.settings.view:SettingsView"),
)
VIEW_KEYS = tuple(v[0] for v in VIEWS)
SIDEBAR_WIDE, SIDEBAR_COMPACT = 200, 64
COMPACT_BELOW = 1180  # logical pixels of window width
BadgeRole = Qt.UserRole + 10
# Views built ahead, a step at a time, once the window is up (each step a few ms; see
# desktop/widgets/staged.py). Insights' figures come from the worker: it is painted ahead
# once they are drawn.
PREBUILD = ("leads", "calendar", "settings", "insights")
PREBUILD_PAUSE_MS = 30
# The Inbox's thread, composer and contact panel are made this long after the window
# shows (its first paint comes first), a step per PREBUILD_PAUSE_MS, before the
# background import starts.
PARTS_AFTER_MS = 250
PREBUILD_STEP_MS = 12  # off-screen painting per step, beyond the part that is painting


def paint_parts(view: QWidget) -> list[QWidget]:
    """The widgets whose paintings together make ``view``'s: scrolling lists and widgets
    without children whole, the rest by their children (a stack by its current page, a
    scroll area by its page)."""
    parts: list[QWidget] = []

    def walk(widget: QWidget) -> None:
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            walk(widget.widget())  # a page in a scroll area (Insights): by its parts
            return
        if isinstance(widget, QStackedWidget):
            children = [widget.currentWidget()] if widget.currentWidget() is not None else []
        else:
            children = [c for c in widget.findChildren(QWidget, options=Qt.FindDirectChildrenOnly)
                        if c.isVisibleTo(view) and not c.isWindow()]
        if not children or isinstance(widget, QAbstractScrollArea):
            parts.append(widget)
            return
        for child in children:
            walk(child)

    walk(view)
    return parts


class NavigationDelegate(QStyledItemDelegate):
    """The style sheet paints the item; this adds the unread-count pill."""

    compact = False  # icons only: the narrow window's sidebar

    def paint(self, painter: QPainter, option, index) -> None:
        if self.compact:
            from PySide6.QtWidgets import QStyle  # not at import: its enums cost ~15 ms

            option = QStyleOptionViewItem(option)
            self.initStyleOption(option, index)
            option.text = ""
            option.decorationPosition = QStyleOptionViewItem.Top
            option.displayAlignment = Qt.AlignCenter
            style = option.widget.style() if option.widget else QApplication.style()
            style.drawControl(QStyle.CE_ItemViewItem, option, painter, option.widget)
        else:
            super().paint(painter, option, index)
        count = index.data(BadgeRole)
        if not count:
            return
        c = theme.colors()
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() - (2.5 if self.compact else 1.5)))
        painter.setFont(font)
        text = str(count) if count < 1000 else "999+"
        if self.compact:  # a smaller pill on the icon's top-right corner
            width = max(16, painter.fontMetrics().horizontalAdvance(text) + 8)
            r = QRect(option.rect.center().x() + 2, option.rect.top() + 3, width, 16)
        else:
            width = max(22, painter.fontMetrics().horizontalAdvance(text) + 12)
            r = QRect(option.rect.right() - width - 10, option.rect.center().y() - 10, width, 20)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(c["accent"]))
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        painter.setPen(QColor(c["on_accent"]))
        painter.drawText(r, Qt.AlignCenter, text)
        painter.restore()


class MainWindow(StatusBarPart, MenusPart, QMainWindow):
    """The sidebar and the views' stack; the status bar is desktop/status_bar.py, the menus
    desktop/menus.py, backups desktop/backups.py."""

    def __init__(self, ctx: AppContext, database_path: str = "") -> None:
        super().__init__()
        self.ctx = ctx
        self.database_path = database_path
        self._views: dict[str, QWidget] = {}
        self._laid_out: set[str] = set()
        self._paint_queue: list[QWidget] = []
        self._part_steps: Steps | None = None  # the pieces of a part that paints itself ahead
        business = db_settings.get("business.name") or ""
        set_window_title(self, f"{business} — Sportello" if business else "Sportello")
        self.setMinimumSize(QSize(960, 600))

        # Built from the window down: a widget given to a parent already in the window
        # takes the style sheet once, while a finished subtree given a new parent is
        # restyled all over again (the Inbox was, once for each level built after it).
        central = QWidget()
        self.setCentralWidget(central)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        # Sidebar: brand and navigation.
        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(SIDEBAR_WIDE)
        layout.addWidget(sidebar)
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        brand = plain_label(business or "Sportello")
        brand.setTextFormat(Qt.PlainText)
        brand.setObjectName("brand")
        brand.setWordWrap(True)
        side_layout.addWidget(brand)
        self.brand = brand
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Views"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setItemDelegate(NavigationDelegate(self.navigation))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        for key, title, icon, _ in VIEWS:
            item = QListWidgetItem(theme.icon(icon), self.tr(title))
            item.setData(Qt.UserRole, key)
            item.setSizeHint(QSize(180, 40))
            self.navigation.addItem(item)
        side_layout.addWidget(self.navigation, 1)
        self.sidebar, self.brand = sidebar, brand

        main = QWidget()
        layout.addWidget(main, 1)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.setSpacing(0)
        # The banner that shows while the Page is Away.
        self.away_banner = QFrame()
        self.away_banner.setObjectName("awayBanner")
        self.away_banner.hide()
        main_layout.addWidget(self.away_banner)
        banner_layout = QHBoxLayout(self.away_banner)
        banner_layout.setContentsMargins(16, 6, 10, 6)
        self.away_banner_text = plain_label()
        self.away_banner_text.setTextFormat(Qt.PlainText)
        banner_layout.addWidget(self.away_banner_text, 1)
        self.away_off_button = QPushButton(self.tr("Turn off"))
        self.away_off_button.clicked.connect(self.turn_off_away)
        banner_layout.addWidget(self.away_off_button)
        self.stack = QStackedWidget()
        main_layout.addWidget(self.stack, 1)
        for _ in VIEWS:
            self.stack.addWidget(QWidget())
        # The first view before the rest of the window: the Inbox's list query then runs on
        # the worker while the status bar and menus are built.
        self.navigation.currentRowChanged.connect(self._show_row)
        last = QSettings().value("window/view", "inbox")
        self.show_view(last if last in VIEW_KEYS else "inbox")
        self._toast = None
        self._backups = None
        ctx.notice.connect(self._notice)

        self._build_status_bar()
        self._build_menus()

        ctx.changed.connect(self._on_changed)
        ctx.open_conversation.connect(self.open_conversation)
        ctx.open_lead.connect(self.open_lead)
        self.refresh_unread()
        from desktop.channels import install_sender
        install_sender(ctx)
        ctx.changed.connect(lambda what: what.touches(Area.CHANNELS) and install_sender(ctx))
        ctx.page_sync.start()  # a connected Page syncs once the window is up, then every few minutes
        # Another window's or process's commits, seen within a second, active or not.
        from desktop.watcher import OutsideChanges
        self.outside = OutsideChanges(ctx, self)
        self.outside.connection.connect(self._server_answers)
        self.outside.start()
        if self.outside.listening:  # a team's server: the seats say where they are
            from desktop.presence import Presence
            ctx.presence = Presence(ctx, self.outside.say, parent=self)
            ctx.presence.name_of = self.member_name
            self.outside.presence_heard.connect(ctx.presence.heard)
            self.outside.connection.connect(lambda answers: answers and ctx.presence.reconnected())
            ctx.presence.changed.connect(self.show_presence)
            ctx.presence.start()
        self._reminders = None
        self._parts_timer = QTimer(self)
        self._parts_timer.setInterval(PREBUILD_PAUSE_MS)
        self._parts_timer.timeout.connect(self._inbox_part_step)
        self._parts_started = False
        # What fell due while the app was closed: shown once the window has painted.
        self._first_check = QTimer(self)
        self._first_check.setSingleShot(True)
        self._first_check.timeout.connect(self._after_first_paint)
        self._first_check.start(800)
        self.rule_runner = None

        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    @property
    def toast(self):
        """The message at the bottom of the window, made the first time there is one."""
        if self._toast is None:
            from desktop.widgets.toast import Toast
            self._toast = Toast(self.centralWidget())
        return self._toast

    def _notice(self, text: str, undo) -> None:
        self.toast.show_message(text, undo)

    def _after_first_paint(self) -> None:
        self.reminders.check_soon()
        if self.rule_runner is None:  # the time rules, every minute (see desktop/rule_runner.py)
            from desktop.rule_runner import RuleRunner
            self.rule_runner = RuleRunner(self.ctx, self, tray=self.reminders.tray,
                                          user_can_undo=lambda: self._toast is not None and self._toast.can_undo)
            self.rule_runner.start()

    @property
    def reminders(self):
        """The follow-up reminders' timer and window: made at the first check, after the
        window's first paint (the popup module and its queries are not needed before)."""
        if self._reminders is None:
            from desktop.calendar.popup import ReminderScheduler
            self._reminders = ReminderScheduler(self.ctx, self)
        return self._reminders

    # --- narrow windows ----------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.set_compact_sidebar(self.width() < COMPACT_BELOW)

    def set_compact_sidebar(self, compact: bool) -> None:
        """Below COMPACT_BELOW logical pixels (a small screen, or 200 % scaling) the sidebar
        keeps only its icons; each still has its name as tooltip and for screen readers."""
        delegate = self.navigation.itemDelegate()
        if delegate.compact == compact:
            return
        delegate.compact = compact
        self.brand.setVisible(not compact)
        self.sidebar.setFixedWidth(SIDEBAR_COMPACT if compact else SIDEBAR_WIDE)
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            title = self.tr(VIEWS[row][1])
            set_tooltip(item, title if compact else "")
            item.setSizeHint(QSize(SIDEBAR_COMPACT - 16, 44) if compact else QSize(180, 40))
        self.navigation.doItemsLayout()
        self.navigation.viewport().update()
        self.centralWidget().layout().activate()  # the views take the freed width at once

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._parts_started:
            self._parts_started = True
            QTimer.singleShot(PARTS_AFTER_MS, self, self._parts_timer.start)

    def _inbox_part_step(self) -> None:
        inbox = self._views.get("inbox")
        if inbox is None or not inbox.build_ahead_step():
            self._parts_timer.stop()

    def start_warm_up(self) -> None:
        """Import the other views in the background (see desktop/warmup.py), then build
        the ones not opened yet a step at a time (see desktop/widgets/staged.py)."""
        from desktop.warmup import warm_up
        self.warm_up_thread = warm_up()
        self._prebuild_timer = QTimer(self)
        # A pause between steps: what the user does meanwhile is served first.
        self._prebuild_timer.setInterval(PREBUILD_PAUSE_MS)
        self._prebuild_timer.timeout.connect(self._prebuild_step)
        self._prebuild_timer.start()

    def _prebuild_step(self) -> None:
        inbox = self._views.get("inbox")
        if inbox is not None and inbox.build_ahead_step():
            return  # the thread, composer and contact panel first: the next click needs them
        if self.warm_up_thread.is_alive():
            return  # the modules are still importing: building would wait for them
        for key in PREBUILD:
            widget = self._views.get(key)
            if widget is None:
                self._create_view(key, staged=True)
                return
            if not widget.is_built:
                widget.build_step()
                return
            if key not in self._laid_out:
                if not getattr(widget, "ready_to_paint", True):
                    return  # its data is still on the way: painting now would paint it twice
                # Laid out at the window's size (grabbing a pixel delivers the pending
                # resizes: the lists place a few thousand cards), then painted once off
                # screen, a few parts per step, so that the first paint's row and font
                # caches are filled before the switch.
                if widget.size() != self.stack.size():
                    widget.setGeometry(self.stack.currentWidget().geometry())
                    widget.grab(QRect(0, 0, 1, 1))
                    self._paint_queue = paint_parts(widget)
                    return
                clock = QElapsedTimer()
                clock.start()
                while self._paint_queue and clock.elapsed() < PREBUILD_STEP_MS:
                    part = self._paint_queue[0]
                    if hasattr(part, "paint_ahead"):  # a part that paints itself ahead in pieces
                        if self._part_steps is None:
                            self._part_steps = Steps(part.paint_ahead())
                        if self._part_steps.step():
                            return  # a piece per step
                        self._part_steps = None
                    else:
                        part.grab()
                    self._paint_queue.pop(0)
                if not self._paint_queue:
                    self._laid_out.add(key)
                return
        self._prebuild_timer.stop()

    def prebuilt(self) -> bool:
        """Every view the window builds ahead is built."""
        inbox = self._views.get("inbox")
        return (inbox is None or inbox.parts_built) and all(
            key in self._views and self._views[key].is_built and key in self._laid_out for key in PREBUILD)

    # --- views ---------------------------------------------------------------
    def view(self, key: str) -> QWidget:
        """The view for ``key``, built on first use (or finished, if built ahead)."""
        if key not in self._views:
            self._create_view(key, staged=False)
        widget = self._views[key]
        if key in PREBUILD and not widget.is_built:
            widget.finish_build()
        return widget

    def _create_view(self, key: str, staged: bool) -> None:
        index = VIEW_KEYS.index(key)
        module_name, class_name = VIEWS[index][3].split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        # Made inside the stack: moved into it once built, the whole view would take the
        # style sheet a second time.
        widget = cls(self.ctx, self.stack, staged=True) if staged else cls(self.ctx, self.stack)
        old = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._views[key] = widget

    def show_view(self, key: str) -> QWidget:
        index = VIEW_KEYS.index(key)
        if self.navigation.currentRow() != index:
            self.navigation.setCurrentRow(index)  # -> _show_row
        else:
            self._show_row(index)
        return self._views.get(key) or self.stack.currentWidget()  # (the server gone: the view shown stays)

    def open_conversation(self, conversation_id: int) -> None:
        """Show the Inbox with this conversation open (switching folder if needed)."""
        state = db_inbox.conversation_state(conversation_id)
        inbox = self.show_view("inbox")
        if state is None:
            return
        inbox.set_filter("all")
        inbox.set_folder(state[0])
        inbox.open_conversation(conversation_id)

    def open_lead(self, lead_id: int) -> None:
        view = self.show_view("leads")
        if hasattr(view, "open_lead"):
            view.open_lead(lead_id)

    def current_view_key(self) -> str:
        return VIEW_KEYS[self.stack.currentIndex()]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = VIEW_KEYS[row]
        try:
            widget = self.view(key)
        except Exception as exc:
            from desktop.widgets.errors import server_lost
            if not server_lost(exc):
                raise
            # The team's server is gone: the last view stays, and the window says why.
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.stack.currentIndex())
            self.navigation.blockSignals(False)
            self.server_unreachable()
            return
        self.stack.setCurrentWidget(widget)
        QSettings().setValue("window/view", key)
        if self.ctx.presence is not None:  # another view: no longer on the conversation
            composer = getattr(widget, "_composer", None) if key == "inbox" else None
            self.ctx.presence.viewing(composer.conversation_id if composer is not None else None)

    def server_unreachable(self) -> None:
        """Something could not be read from the team's server: said once, in the status bar
        too (the listener says when it is back)."""
        self.server_state.show()
        if not self._said_unreachable:  # once until it answers again
            self._said_unreachable = True
            self.ctx.notify(self.tr("The team's server does not answer: this cannot be shown until it is back."))

    def refresh_unread(self, count: int | None = None) -> None:
        """The Inbox's badge: read now, or given (read on the worker after a change)."""
        if count is None:
            count = db_inbox.unread_counts()["inbox"]
        item = self.navigation.item(VIEW_KEYS.index("inbox"))
        item.setData(BadgeRole, count)
        title = self.tr("Inbox")
        item.setData(Qt.AccessibleTextRole,
                     self.tr("%1, %n unread", "", count).replace("%1", title) if count else title)

    def _on_changed(self, what: Changes) -> None:
        if what.touches(Area.INBOX, Area.UNREAD):
            self.ctx.tasks.run(lambda: db_inbox.unread_counts()["inbox"], self.refresh_unread)
        if what.touches(Area.AWAY, Area.SETTINGS):
            self.refresh_away()
        if what.touches(Area.SETTINGS):
            self.ctx.tasks.run(lambda: db_settings.get("business.name") or "", self._show_business)
        if what.touches(Area.TEAM):
            self._fill_members()

    def _show_business(self, name: str) -> None:
        """The business's name, renamed in Settings → Business: the sidebar and the title."""
        if name != self.brand.text():
            self.brand.setText(name or "Sportello")
            set_window_title(self, f"{name} — Sportello" if name else "Sportello")

    # --- backups (desktop/backups.py) -------------------------------------------------------
    @property
    def backups(self):
        if self._backups is None:
            from desktop.backups import Backups
            self._backups = Backups(self)
        return self._backups

    def start_daily_backup(self) -> None:
        self.backups.start_daily()

    # --- lifecycle ------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        if self.ctx.presence is not None:
            self.ctx.presence.leave()  # (said by the listening thread before it stops, below)
        self.outside.stop()
        self._first_check.stop()
        if self._reminders is not None:
            self._reminders.stop()
        if self.rule_runner is not None:
            self.rule_runner.stop()
        super().closeEvent(event)
