"""The Inbox view: list | thread | contact panel, in a remembered splitter."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSettings, Qt, Signal, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QSplitter, QStackedWidget, QTabBar,
    QVBoxLayout, QWidget,
)

from db import contacts as db_contacts
from db import inbox as db_inbox
from desktop.context import AppContext
from desktop.inbox.conversation_list import ConversationDelegate, ConversationListView, ConversationModel
from desktop.inbox.thread import ThreadView
from desktop.widgets import timefmt
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.lazy_model import IdRole, RowRole

FOLDER_NAMES = (
    ("inbox", QT_TRANSLATE_NOOP("InboxView", "Inbox")),
    ("done", QT_TRANSLATE_NOOP("InboxView", "Done")),
    ("archived", QT_TRANSLATE_NOOP("InboxView", "Archived")),
    ("spam", QT_TRANSLATE_NOOP("InboxView", "Spam")),
)
FILTER_NAMES = (
    ("all", QT_TRANSLATE_NOOP("InboxView", "All")),
    ("unread", QT_TRANSLATE_NOOP("InboxView", "Unread")),
    ("flagged", QT_TRANSLATE_NOOP("InboxView", "Flagged")),
    ("mine", QT_TRANSLATE_NOOP("InboxView", "Mine")),
    ("unassigned", QT_TRANSLATE_NOOP("InboxView", "Unassigned")),
    ("waiting", QT_TRANSLATE_NOOP("InboxView", "Waiting for reply")),
)


def _plain_label(text: str = "", object_name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)  # customer text is never rich text
    if object_name:
        label.setObjectName(object_name)
    return label


class ContactPanel(QWidget):
    """Public facts about the person on the other side."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pane")
        self.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        self.name = _plain_label("", "paneTitle")
        self.name.setWordWrap(True)
        layout.addWidget(self.name)
        self.summary = _plain_label("", "muted")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        self.fields = {}
        for key, title in (("city", self.tr("City")), ("work", self.tr("Work")), ("company", self.tr("Company")),
                           ("email", self.tr("Email")), ("phone", self.tr("Phone")),
                           ("fan", self.tr("Page")), ("labels", self.tr("Labels"))):
            value = _plain_label()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            caption = _plain_label(title, "caption")
            layout.addSpacing(6)
            layout.addWidget(caption)
            layout.addWidget(value)
            self.fields[key] = value
        layout.addStretch(1)

    def show_contact(self, card: db_contacts.ContactCard | None) -> None:
        if card is None:
            self.name.setText("")
            self.summary.setText("")
            for value in self.fields.values():
                value.setText("")
            return
        self.name.setText(card.full_name or self.tr("Unknown person"))
        self.summary.setText(self.tr("%n conversation(s)", "", card.conversations))
        dash = "—"
        self.fields["city"].setText(card.city or dash)
        self.fields["work"].setText(card.work or dash)
        self.fields["company"].setText(card.company or dash)
        self.fields["email"].setText(card.email or dash)
        self.fields["phone"].setText(card.phone or dash)
        relation = []
        if card.fan_since:
            relation.append(self.tr("Likes the Page since %1").replace(
                "%1", timefmt.local(card.fan_since).date().toString("MMM yyyy")))
        if card.has_reviewed:
            relation.append(self.tr("Has reviewed the Page"))
        self.fields["fan"].setText("\n".join(relation) or dash)
        self.fields["labels"].setText(", ".join(name for name, _ in card.labels) or dash)


class InboxView(QWidget):
    """Conversations by folder and filter; the open one's thread and contact."""

    conversation_opened = Signal(int)
    ids_loaded = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self._folder = "inbox"
        self._filter = "all"
        self._open_id: int | None = None
        self._pending_open: int | None = None

        # Left pane: folder tabs, filter, list.
        left = QWidget()
        left.setObjectName("pane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        header = QWidget()
        header.setObjectName("paneHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(12, 10, 12, 6)
        title_row = QHBoxLayout()
        title = _plain_label(self.tr("Inbox"), "paneTitle")
        title_row.addWidget(title)
        title_row.addStretch(1)
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName(self.tr("Filter conversations"))
        for key, name in FILTER_NAMES:
            self.filter_box.addItem(QCoreApplication.translate("InboxView", name), key)
        self.filter_box.currentIndexChanged.connect(self._filter_changed)
        title_row.addWidget(self.filter_box)
        header_layout.addLayout(title_row)
        self.folder_tabs = QTabBar()
        self.folder_tabs.setExpanding(False)
        self.folder_tabs.setDrawBase(False)
        self.folder_tabs.setAccessibleName(self.tr("Folders"))
        for key, name in FOLDER_NAMES:
            index = self.folder_tabs.addTab(QCoreApplication.translate("InboxView", name))
            self.folder_tabs.setTabData(index, key)
        self.folder_tabs.currentChanged.connect(self._folder_changed)
        header_layout.addWidget(self.folder_tabs)
        left_layout.addWidget(header)

        self.list_stack = QStackedWidget()
        self.model = ConversationModel(self)
        self.list_view = ConversationListView()
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ConversationDelegate(ctx.now, self.list_view))
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_empty = EmptyState("inbox", self.tr("Nothing here"),
                                     self.tr("Conversations in this folder will appear here."))
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.list_empty)
        left_layout.addWidget(self.list_stack, 1)

        # Middle: thread header and messages.
        middle = QWidget()
        middle.setObjectName("pane")
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(0)
        thread_header = QWidget()
        thread_header.setObjectName("paneHeader")
        th_layout = QVBoxLayout(thread_header)
        th_layout.setContentsMargins(16, 10, 16, 10)
        self.thread_title = _plain_label("", "paneTitle")
        self.thread_subtitle = _plain_label("", "muted")
        th_layout.addWidget(self.thread_title)
        th_layout.addWidget(self.thread_subtitle)
        middle_layout.addWidget(thread_header)
        self.thread_stack = QStackedWidget()
        self.thread_view = ThreadView(ctx.now)
        self.thread_empty = EmptyState("message", self.tr("No conversation open"),
                                       self.tr("Choose a conversation on the left to read it."))
        self.thread_stack.addWidget(self.thread_empty)
        self.thread_stack.addWidget(self.thread_view)
        middle_layout.addWidget(self.thread_stack, 1)

        self.contact_panel = ContactPanel()

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("inboxSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.contact_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([340, 640, 260])
        self.splitter.setChildrenCollapsible(False)
        state = QSettings().value("inbox/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue("inbox/splitter", self.splitter.saveState()))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        ctx.changed.connect(self._on_changed)
        ctx.member_changed.connect(lambda _m: self._filter == "mine" and self.reload())
        self.reload()

    # --- loading -------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the ids for the folder and filter on the DB worker."""
        folder, filter_, member, now = self._folder, self._filter, self.ctx.member_id, self.ctx.now()
        self.ctx.tasks.run(
            lambda: db_inbox.conversation_ids(folder, filter_, member_id=member, now=now),
            lambda ids: self._set_ids(ids, folder, filter_),
        )

    def _set_ids(self, ids: list[int], folder: str, filter_: str) -> None:
        if (folder, filter_) != (self._folder, self._filter):
            return  # the user moved on while this was loading
        keep = self._pending_open or self._open_id
        self.model.set_ids(ids)
        self.list_stack.setCurrentWidget(self.list_view if ids else self.list_empty)
        if keep is not None and self.model.row_of(keep) >= 0:
            self._select(keep)
        self._pending_open = None
        self.ids_loaded.emit()

    def _on_changed(self, area: str) -> None:
        if area in ("inbox", "team", "all"):
            self.reload()

    # --- user intent ---------------------------------------------------------
    def _folder_changed(self, index: int) -> None:
        self._folder = self.folder_tabs.tabData(index)
        self.reload()

    def _filter_changed(self, index: int) -> None:
        self._filter = self.filter_box.itemData(index)
        self.reload()

    def set_folder(self, folder: str) -> None:
        for i in range(self.folder_tabs.count()):
            if self.folder_tabs.tabData(i) == folder:
                self.folder_tabs.setCurrentIndex(i)

    def set_filter(self, filter_: str) -> None:
        self.filter_box.setCurrentIndex(self.filter_box.findData(filter_))

    def _select(self, conversation_id: int) -> None:
        row = self.model.row_of(conversation_id)
        if row < 0:
            return
        index = self.model.index(row)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect)
        self.list_view.scrollTo(index)

    def open_conversation(self, conversation_id: int) -> None:
        """Select and open a conversation (once the list holds it)."""
        if self.model.row_of(conversation_id) >= 0:
            self._select(conversation_id)
        else:
            self._pending_open = conversation_id

    def open_most_recent(self) -> None:
        conversation_id = db_inbox.most_recent_conversation(self._folder)
        if conversation_id is not None:
            self.open_conversation(conversation_id)

    def _current_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        conversation_id = current.data(IdRole)
        row = current.data(RowRole)
        self._show_thread(conversation_id, row)

    def _show_thread(self, conversation_id: int, row: db_inbox.ConversationRow) -> None:
        self._open_id = conversation_id
        messages = db_inbox.thread(conversation_id)
        self.thread_view.thread_model.set_messages(messages)
        self.thread_stack.setCurrentWidget(self.thread_view)
        self.thread_view.scrollToBottom()
        self.thread_title.setText(row.contact_name)
        channel = {"messenger": self.tr("Messenger"), "comment": self.tr("Comment on a post"),
                   "email": self.tr("E-mail")}.get(row.channel, row.channel)
        self.thread_subtitle.setText(channel + " · " + self.tr("%n message(s)", "", len(messages)))
        self.contact_panel.show_contact(db_contacts.card(row.contact_id))
        if row.unread:
            db_inbox.mark_read(conversation_id)
            self.model.invalidate([conversation_id])
            self.ctx.changed.emit("unread")
        self.conversation_opened.emit(conversation_id)

    @property
    def open_conversation_id(self) -> int | None:
        return self._open_id
