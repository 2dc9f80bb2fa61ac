"""The Inbox view: list | thread + composer | contact panel, in a remembered splitter.

The thread, the composer and the contact panel serve an open conversation: at start-up
none is open, so they are made after the window has painted (``build_ahead_step``, called
by the main window a step at a time while the user reads the list) or, at the latest,
when the first conversation opens. Until then their places hold empty states.
"""
from __future__ import annotations


from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QSplitter,
    QStackedWidget, QTabBar, QToolButton, QVBoxLayout, QWidget,
)

from db import inbox as db_inbox
from desktop.context import AppContext
from desktop.operations import Area, changes
from desktop.inbox.actions import ConversationActions
from desktop.inbox.list_pane import FOLDER_NAMES, ListPanePart
from desktop.inbox.thread_pane import ThreadPanePart
from desktop.inbox.conversation_list import ConversationDelegate, ConversationListView, ConversationModel
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.lazy_model import IdRole, RowRole
from desktop.widgets.restyle import restyle
from desktop.widgets.staged import IDLE_STEPS, Steps
from desktop.widgets.text import plain_label, set_tooltip

SEARCH_DELAY_MS = 250


def _plain_label(text: str = "", object_name: str | None = None) -> QLabel:
    return plain_label(text, object_name)


class FolderTabs(QTabBar):
    """Inbox / Done / Archived / Spam. When the names do not fit with the usual padding
    (long names in other languages, a narrow list at 200 % scaling) the tabs tighten."""

    PADDING = 24  # app.qss: QTabBar::tab's left + right padding

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fm = self.fontMetrics()
        needed = sum(fm.horizontalAdvance(self.tabText(i)) + self.PADDING for i in range(self.count()))
        compact = needed > self.width()
        if compact != bool(self.property("compact")):
            self.setProperty("compact", compact)
            restyle(self)
            QApplication.sendEvent(self, QEvent(QEvent.StyleChange))  # lay the tabs out anew


LIST_TICK_MS = 60_000


class InboxView(ListPanePart, ThreadPanePart, QWidget):
    """Conversations by folder, filter or search; the open one's thread, composer and contact.

    Built here: the panes and the parts of an open conversation; selection and opening. The
    list's folders, filters, loading and search are desktop/inbox/list_pane.py; the thread's
    menu, retry and attachments desktop/inbox/thread_pane.py; the actions on conversations
    desktop/inbox/actions.py."""

    conversation_opened = Signal(int)
    ids_loaded = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self._folder = "inbox"
        self._filter: tuple[str, int | None] = ("all", None)
        self._query = ""
        self._open_id: int | None = None
        self._open_row: db_inbox.ConversationRow | None = None
        self._pending_open: int | None = None
        # One row per person: the conversation opened from the contact panel or the row's
        # menu stands for its person in the list, instead of their newest.
        self._prefer: int | None = None
        self._shown_generation = -1  # the reload whose ids the list shows
        self._generation = 0
        # The folder's ids are asked for first: the worker reads them while the widgets
        # are made, and the window's first paint shows the list (the answer arrives
        # through the event loop, once the view is whole).
        self.reload()

        # Built from the view down, each pane in place before it is filled: a finished
        # subtree given a new parent takes the style sheet all over again.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("inboxSplitter")
        layout.addWidget(self.splitter)
        left = QWidget()
        left.setObjectName("pane")
        middle = QWidget()
        middle.setObjectName("pane")
        # Right: the sender info, or what it will show once a conversation is open.
        self.side_pane = QStackedWidget()
        self.side_pane.setObjectName("pane")  # the panel's background, empty or not
        for pane in (left, middle, self.side_pane):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([340, 600, 300])
        self.splitter.setChildrenCollapsible(False)
        state = QSettings().value("inbox/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue("inbox/splitter", self.splitter.saveState()))

        # Left pane: title, filter, folders, search, list.
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        header = QWidget()
        header.setObjectName("paneHeader")
        left_layout.addWidget(header)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(12, 10, 12, 8)
        title_row = QHBoxLayout()
        header_layout.addLayout(title_row)
        title_row.addWidget(_plain_label(self.tr("Inbox"), "paneTitle"))
        title_row.addStretch(1)
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName(self.tr("Filter conversations"))
        self.filter_box.setMinimumWidth(130)
        self.filter_box.activated.connect(self._filter_chosen)
        title_row.addWidget(self.filter_box)
        self.folder_tabs = FolderTabs()
        self.folder_tabs.setExpanding(False)
        self.folder_tabs.setDrawBase(False)
        # Names that still do not fit are shortened rather than Spam hidden behind arrows.
        self.folder_tabs.setUsesScrollButtons(False)
        self.folder_tabs.setElideMode(Qt.ElideRight)
        self.folder_tabs.setAccessibleName(self.tr("Folders"))
        for key, name in FOLDER_NAMES:
            index = self.folder_tabs.addTab(self.tr(name))
            self.folder_tabs.setTabData(index, key)
        self.folder_tabs.currentChanged.connect(self._folder_changed)
        header_layout.addWidget(self.folder_tabs)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search names and messages (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search conversations"))
        self.search_box.setClearButtonEnabled(True)
        header_layout.addWidget(self.search_box)
        self.result_label = _plain_label("", "muted")
        self.result_label.hide()
        header_layout.addWidget(self.result_label)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())

        self.list_stack = QStackedWidget()
        left_layout.addWidget(self.list_stack, 1)
        self.model = ConversationModel(self, now=ctx.now)
        self.list_view = ConversationListView(self.list_stack)
        # The rows' times and reply-window countdowns move by themselves: the rows on
        # screen are painted again each minute (nothing is read for it).
        self.list_tick = QTimer(self)
        self.list_tick.setInterval(LIST_TICK_MS)
        # (A lambda, not the viewport's update itself: connecting to that overloaded C++ slot
        # costs PySide ~37 M instructions at start-up, a tenth of the window's own.)
        self.list_tick.timeout.connect(lambda: self.list_view.viewport().update())
        self.list_tick.start()
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ConversationDelegate(ctx.now, self.list_view))
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._list_menu)
        self.list_stack.addWidget(self.list_view)
        self.list_empty = EmptyState("inbox", self.tr("Nothing here"),
                                     self.tr("Conversations in this folder will appear here."))
        self.list_stack.addWidget(self.list_empty)

        # Middle: thread header, banner, messages, composer.
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(0)
        thread_header = QWidget()
        thread_header.setObjectName("paneHeader")
        middle_layout.addWidget(thread_header)
        th_layout = QHBoxLayout(thread_header)
        th_layout.setContentsMargins(16, 10, 12, 10)
        titles = QVBoxLayout()
        th_layout.addLayout(titles, 1)
        self.thread_title = _plain_label("", "paneTitle")
        self.thread_subtitle = _plain_label("", "muted")
        titles.addWidget(self.thread_title)
        titles.addWidget(self.thread_subtitle)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("Actions"))
        set_tooltip(self.more_button, self.tr("Flag, mark unread, done, archive, spam, block, assign"))
        self.more_button.setPopupMode(QToolButton.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_menu.aboutToShow.connect(self._fill_thread_menu)
        self.more_button.setMenu(self.more_menu)
        self.more_button.setEnabled(False)  # until a conversation is open
        th_layout.addWidget(self.more_button)
        self.panel_button = QToolButton()
        self.panel_button.setCheckable(True)
        self.panel_button.setText(self.tr("Sender info"))
        set_tooltip(self.panel_button, self.tr("Show or hide sender info (Ctrl+Shift+I)"))
        self.panel_button.toggled.connect(self.set_panel_visible)
        th_layout.addWidget(self.panel_button)
        self.comment_banner = _plain_label("", "commentBanner")
        self.comment_banner.setWordWrap(True)
        self.comment_banner.hide()
        middle_layout.addWidget(self.comment_banner)
        self.thread_stack = QStackedWidget()
        middle_layout.addWidget(self.thread_stack, 1)
        self.thread_empty = EmptyState("message", self.tr("No conversation open"),
                                       self.tr("Choose a conversation on the left to read it."))
        self.thread_stack.addWidget(self.thread_empty)
        self._middle_layout = middle_layout
        self._thread_view = None
        self._composer = None
        self._contact_panel = None
        self._highlight: list[str] = []
        self._parts_ahead = Steps(self._build_parts())

        self.side_empty = EmptyState("user", self.tr("Sender info"),
                                     self.tr("Who wrote, with their labels, notes and case, shows here."))
        self.side_pane.addWidget(self.side_empty)

        self.actions = ConversationActions(ctx, self.selected_ids, self.model, lambda: self._folder)
        self.actions.install_shortcuts(self)
        QShortcut(QKeySequence.Find, self, self._focus_search, context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Shift+I"), self, self.panel_button.toggle,
                  context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key_Escape), self.search_box, self.search_box.clear,
                  context=Qt.WidgetShortcut)
        self._narrow = False
        self.set_panel_visible(QSettings().value("inbox/panel", "true") != "false")

        ctx.changed.connect(self._on_changed)
        ctx.member_changed.connect(lambda _m: self._filter[0] == "mine" and self.reload())
        self._fill_filters()

    # --- the parts that serve an open conversation ---------------------------------------------
    def _build_parts(self):
        """Make the thread, the composer and the contact panel: each module's import is a
        step, each widget another (~5–25 ms each)."""
        from desktop.inbox import thread
        yield
        view = thread.ThreadView(self.ctx.now)
        view.setContextMenuPolicy(Qt.CustomContextMenu)
        view.customContextMenuRequested.connect(self._thread_menu)
        view.attachment_clicked.connect(self._attachment_clicked)
        view.retry_clicked.connect(self.retry)
        view.set_highlight(self._highlight)
        self.thread_stack.addWidget(view)
        self._thread_view = view
        yield
        from desktop.inbox.composer import Composer
        yield
        composer = Composer(self.ctx)
        composer.sent.connect(self._sent)
        self._middle_layout.addWidget(composer)
        composer.setVisible(self._open_id is not None)  # (once in the pane: never a window of its own)
        self._composer = composer
        yield
        from desktop.inbox.contact_panel import ContactPanel
        yield
        panel = ContactPanel(self.ctx)
        panel.open_conversation.connect(self.ctx.open_conversation)
        self.side_pane.addWidget(panel)
        self._contact_panel = panel

    def build_ahead_step(self) -> bool:
        """Make one more part ahead of need; False once all are made."""
        return self._parts_ahead.step()

    @property
    def parts_built(self) -> bool:
        return self._parts_ahead.done

    def _finish_parts(self) -> None:
        self._parts_ahead.finish()

    @property
    def thread_view(self):
        if self._thread_view is None:
            self._finish_parts()
        return self._thread_view

    @property
    def composer(self):
        if self._composer is None:
            self._finish_parts()
        return self._composer

    @property
    def contact_panel(self):
        if self._contact_panel is None:
            self._finish_parts()
        return self._contact_panel

    # --- selection and opening --------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.list_view.selectionModel().selectedRows())
        ids = [self.model.id_at(r) for r in rows]
        if not ids and self._open_id is not None:
            ids = [self._open_id]
        return ids

    def _select(self, conversation_id: int, extra=()) -> None:
        row = self.model.row_of(conversation_id)
        if row < 0:
            return
        index = self.model.index(row)
        selection = self.list_view.selectionModel()
        selection.setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)
        for other in extra:
            r = self.model.row_of(other)
            if r >= 0:
                selection.select(self.model.index(r), QItemSelectionModel.Select)
        self.list_view.scrollTo(index)

    def open_conversation(self, conversation_id: int) -> None:
        """Select and open a conversation (once the list holds it)."""
        if self.model.row_of(conversation_id) >= 0:
            self._select(conversation_id)
        else:
            self._pending_open = conversation_id
            if self._shown_generation == self._generation:
                self.reload()  # (nothing on its way: one of a person's older conversations, say)

    def open_most_recent(self) -> None:
        conversation_id = db_inbox.most_recent_conversation(self._folder)
        if conversation_id is not None:
            self.open_conversation(conversation_id)

    def _current_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        self._show_thread(current.data(IdRole), current.data(RowRole))

    def _show_thread(self, conversation_id: int, row: db_inbox.ConversationRow | None) -> None:
        IDLE_STEPS.take(self)  # a refresh still on its way is older than what is shown now
        Steps(self._thread_steps(conversation_id, row)).finish()

    def _thread_steps(self, conversation_id: int, row: db_inbox.ConversationRow | None):
        """Show a conversation: the thread, then the composer, then the contact panel (a step
        each when a change refreshes the open one behind the user's back, see ``_after_change``)."""
        if row is None:
            return
        changed = conversation_id != self._open_id
        if self._prefer is not None and conversation_id != self._prefer:
            self._prefer = None  # (the next reload shows each person's newest again)
        self._open_id, self._open_row = conversation_id, row
        messages = db_inbox.thread(conversation_id)
        self.thread_view.thread_model.set_messages(messages)
        self.thread_stack.setCurrentWidget(self.thread_view)
        self.thread_view.scrollToBottom()
        self.thread_title.setText(row.contact_name)
        channel = {"messenger": self.tr("Messenger"), "comment": self.tr("Comment on a post"),
                   "email": self.tr("E-mail")}.get(row.channel, row.channel)
        self.thread_subtitle.setText(channel + " · " + self.tr("%n message(s)", "", len(messages)))
        if row.channel == "comment":
            banner = self.tr(
                "This conversation started as a comment on your Page's post. You can answer it with one "
                "private reply in Messenger, within 7 days of the comment.")
            if row.post:
                post = " ".join(row.post.split())
                post = post if len(post) <= 240 else post[:239] + "…"
                banner = self.tr("On your post: “%1”").replace("%1", post) + "\n" + banner
            self.comment_banner.setText(banner)
        self.comment_banner.setVisible(row.channel == "comment")
        yield
        if changed:
            self.composer.set_conversation(conversation_id, row.contact_id)
        else:
            self.composer.refresh_window()
        self.composer.show()
        self.more_button.setEnabled(True)
        yield
        self.contact_panel.show_contact(row.contact_id, conversation_id)
        self.side_pane.setCurrentWidget(self.contact_panel)
        if row.unread and changed:
            # Read at once on screen; the worker commits it when it can (behind an import too).
            token = self.model.patch([conversation_id], unread=False)
            self.ctx.ops.run(lambda: db_inbox.mark_read(conversation_id),
                             changes=changes(Area.UNREAD, conversations=[conversation_id]),
                             rollback=lambda: self.model.unpatch(token),
                             on_done=lambda _r: self.model.unpatch(token))
        self.conversation_opened.emit(conversation_id)

    def _refresh_open(self) -> None:
        IDLE_STEPS.take(self)
        Steps(self._refresh_open_steps()).finish()

    def _refresh_open_steps(self):
        """Read the open conversation again (its row, then its parts a step each); one that
        was erased or moved away leaves nothing of it on screen."""
        if self._open_id is None:
            return
        rows = db_inbox.conversation_rows([self._open_id])
        if self._open_id in rows:
            yield
            yield from self._thread_steps(self._open_id, rows[self._open_id])
            return
        self._open_id = self._open_row = None
        self.thread_view.thread_model.set_messages([])
        self.thread_stack.setCurrentWidget(self.thread_empty)
        self.thread_title.setText("")
        self.thread_subtitle.setText("")
        self.composer.set_conversation(None, None)
        self.composer.hide()
        self.more_button.setEnabled(False)
        self.contact_panel.show_contact(None, None)
        self.side_pane.setCurrentWidget(self.side_empty)

    @property
    def open_conversation_id(self) -> int | None:
        return self._open_id

    # --- actions ------------------------------------------------------------------------------
    def _list_menu(self, pos) -> None:
        index = self.list_view.indexAt(pos)
        if not index.isValid():
            return
        if not self.list_view.selectionModel().isSelected(index):
            self._select(index.data(IdRole))
        menu = self.build_menu(self.selected_ids())
        menu.popup(self.list_view.viewport().mapToGlobal(pos))

    def build_menu(self, ids: list[int]) -> QMenu:
        menu = QMenu(self)
        self.actions.fill_menu(menu, ids)
        return menu

    def _fill_thread_menu(self) -> None:
        self.more_menu.clear()
        if self._open_id is not None:
            self.actions.fill_menu(self.more_menu, [self._open_id])

    def set_panel_visible(self, visible: bool) -> None:
        self.side_pane.setVisible(visible)
        self.panel_button.blockSignals(True)
        self.panel_button.setChecked(visible)
        self.panel_button.blockSignals(False)
        if not self._narrow:
            QSettings().setValue("inbox/panel", "true" if visible else "false")

    NARROW_BELOW = 1000  # logical pixels: list, thread and panel no longer fit side by side

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < self.NARROW_BELOW
        if narrow != self._narrow:
            # Narrow (a small window, or 200 % scaling): the sender info steps aside and
            # opens on demand with its button (Ctrl+Shift+I); the choice made while wide
            # is kept for when the window is wide again.
            self._narrow = narrow
            self.set_panel_visible(False if narrow else QSettings().value("inbox/panel", "true") != "false")
            self.splitter.refresh()
