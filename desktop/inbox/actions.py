"""What can be done to conversations: one table drives menus, shortcuts and undo.

Every action applies to a list of conversation ids (the selection, or the open
one), is an operation on the DB worker returning a db Snapshot, and the toast offers
Undo (Ctrl+Z), the operation that restores it.
"""
from __future__ import annotations

from typing import Callable, NamedTuple, Sequence

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from db import inbox as db_inbox
from db import team as db_team
from desktop.context import AppContext
from desktop.operations import Area, changes


class ActionSpec(NamedTuple):
    key: str
    text: str            # menu text (untranslated source, context "InboxActions")
    shortcut: str
    run: Callable[[Sequence[int]], db_inbox.Snapshot]
    visible: Callable[[tuple], bool]  # given conversation_state of the first id


def _state_is(predicate):
    return lambda state: state is not None and predicate(state)


SPECS = (
    ActionSpec("flag", QT_TRANSLATE_NOOP("InboxActions", "Flag"), "Ctrl+Shift+F",
               lambda ids: db_inbox.set_flagged(ids, True), _state_is(lambda s: not s[2])),
    ActionSpec("unflag", QT_TRANSLATE_NOOP("InboxActions", "Remove flag"), "Ctrl+Shift+F",
               lambda ids: db_inbox.set_flagged(ids, False), _state_is(lambda s: s[2])),
    ActionSpec("unread", QT_TRANSLATE_NOOP("InboxActions", "Mark as unread"), "Ctrl+U",
               lambda ids: db_inbox.set_unread(ids, True), _state_is(lambda s: not s[1])),
    ActionSpec("read", QT_TRANSLATE_NOOP("InboxActions", "Mark as read"), "Ctrl+U",
               lambda ids: db_inbox.set_unread(ids, False), _state_is(lambda s: s[1])),
    ActionSpec("done", QT_TRANSLATE_NOOP("InboxActions", "Mark as done"), "Ctrl+D",
               lambda ids: db_inbox.move_to(ids, "done"), _state_is(lambda s: s[0] != "done")),
    ActionSpec("archive", QT_TRANSLATE_NOOP("InboxActions", "Archive"), "Ctrl+E",
               lambda ids: db_inbox.move_to(ids, "archived"), _state_is(lambda s: s[0] != "archived")),
    ActionSpec("inbox", QT_TRANSLATE_NOOP("InboxActions", "Move to Inbox"), "Ctrl+I",
               lambda ids: db_inbox.move_to(ids, "inbox"), _state_is(lambda s: s[0] != "inbox")),
    ActionSpec("spam", QT_TRANSLATE_NOOP("InboxActions", "Move to Spam"), "Ctrl+Shift+S",
               lambda ids: db_inbox.move_to(ids, "spam"), _state_is(lambda s: s[0] != "spam")),
    ActionSpec("block", QT_TRANSLATE_NOOP("InboxActions", "Block"),
               "Ctrl+Shift+B", lambda ids: db_inbox.set_blocked(ids, True), _state_is(lambda s: not s[4])),
    ActionSpec("unblock", QT_TRANSLATE_NOOP("InboxActions", "Unblock"), "Ctrl+Shift+B",
               lambda ids: db_inbox.set_blocked(ids, False), _state_is(lambda s: s[4])),
)
BY_KEY = {spec.key: spec for spec in SPECS}
# Pairs sharing a shortcut: the shortcut toggles according to the first selected conversation.
TOGGLES = (("flag", "unflag"), ("unread", "read"), ("block", "unblock"))


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("InboxActions", text, "", n)


def done_text(key: str, n: int) -> str:
    """What the toast says after an action on ``n`` conversations (real plurals)."""
    texts = {
        "flag": lambda: QCoreApplication.translate("InboxActions", "Flagged %n conversation(s).", "", n),
        "unflag": lambda: QCoreApplication.translate("InboxActions", "Removed the flag from %n conversation(s).", "", n),
        "unread": lambda: QCoreApplication.translate("InboxActions", "Marked %n conversation(s) unread.", "", n),
        "read": lambda: QCoreApplication.translate("InboxActions", "Marked %n conversation(s) read.", "", n),
        "done": lambda: QCoreApplication.translate("InboxActions", "Moved %n conversation(s) to Done.", "", n),
        "archive": lambda: QCoreApplication.translate("InboxActions", "Archived %n conversation(s).", "", n),
        "inbox": lambda: QCoreApplication.translate("InboxActions", "Moved %n conversation(s) to the Inbox.", "", n),
        "spam": lambda: QCoreApplication.translate("InboxActions", "Moved %n conversation(s) to Spam.", "", n),
        "block": lambda: QCoreApplication.translate("InboxActions", "Blocked: new messages from %n person(s) go to Spam.", "", n),
        "unblock": lambda: QCoreApplication.translate("InboxActions", "Unblocked %n person(s).", "", n),
    }
    return texts[key]()


# What each action shows at once, before the worker has committed it: fields of the row
# to show changed, or None when the conversations leave the folder shown.
OPTIMISTIC = {
    "flag": {"flagged": True}, "unflag": {"flagged": False},
    "unread": {"unread": True}, "read": {"unread": False},
    "done": None, "archive": None, "inbox": None, "spam": None, "block": None, "unblock": None,
}


class ConversationActions:
    """Runs actions for a view that knows which conversations are meant.

    Each action is an operation (desktop/operations.py): the list shows it at once, the
    worker commits it, and the toast offers Undo.
    """

    def __init__(self, ctx: AppContext, selected: Callable[[], list[int]],
                 model=None, folder: Callable[[], str] | None = None) -> None:
        self.ctx = ctx
        self.selected = selected
        self.model = model
        self.folder = folder

    def _show_at_once(self, key: str, ids: list[int]) -> Callable[[], None]:
        """Change the list now; returns what puts it back as the database has it."""
        if self.model is None:
            return lambda: None
        fields = OPTIMISTIC.get(key, {})
        if fields is None:
            target = {"done": "done", "archive": "archived", "inbox": "inbox", "spam": "spam",
                      "block": "spam", "unblock": "inbox"}[key]
            if self.folder is not None and self.folder() != target:
                token = self.model.hide(ids)
                return lambda: self.model.unhide(token)
            return lambda: None
        token = self.model.patch(ids, **fields)
        return lambda: self.model.unpatch(token)

    def run(self, key: str, ids: Sequence[int] | None = None) -> int | None:
        ids = list(ids if ids is not None else self.selected())
        if not ids:
            return None
        spec = BY_KEY[key]
        settle = self._show_at_once(key, ids)
        return self.ctx.ops.run(
            lambda: spec.run(ids), changes=changes(Area.INBOX, conversations=ids),
            notice=done_text(key, len(ids)),
            undo=lambda snap: (lambda: db_inbox.restore(snap)),
            rollback=settle, on_done=lambda _snap: settle())

    def toggle(self, pair: tuple[str, str]) -> None:
        ids = self.selected()
        if not ids:
            return
        state = self._state(ids[0])
        first = BY_KEY[pair[0]]
        self.run(pair[0] if first.visible(state) else pair[1], ids)

    def _state(self, conversation_id: int):
        """The conversation's state as the list shows it (what was just changed included)."""
        state = db_inbox.conversation_state(conversation_id)
        row = self.model.row(self.model.row_of(conversation_id)) if self.model is not None else None
        if state is not None and row is not None:
            state = (state[0], row.unread, row.flagged, row.assignee_id, state[4])
        return state

    def assign(self, member_id: int | None, ids: Sequence[int] | None = None) -> int | None:
        ids = list(ids if ids is not None else self.selected())
        if not ids:
            return None
        member = db_team.member(member_id) if member_id else None
        count = len(ids)
        if member:
            text = QCoreApplication.translate("InboxActions", "Assigned %n conversation(s) to %1.", "", count)
            text = text.replace("%1", member.full_name)
        else:
            text = QCoreApplication.translate("InboxActions", "%n conversation(s) unassigned.", "", count)
        settle = lambda: None  # noqa: E731
        if self.model is not None:
            token = self.model.patch(ids, assignee_id=member_id,
                                     assignee_initials=member.initials if member else "",
                                     assignee_color=(member.color or "") if member else "")
            settle = lambda: self.model.unpatch(token)  # noqa: E731
        return self.ctx.ops.run(
            lambda: db_inbox.assign(ids, member_id), changes=changes(Area.INBOX, conversations=ids),
            notice=text, undo=lambda snap: (lambda: db_inbox.restore(snap)),
            rollback=settle, on_done=lambda _snap: settle())

    # --- menus and shortcuts -------------------------------------------------------------
    def fill_menu(self, menu: QMenu, ids: list[int]) -> None:
        state = self._state(ids[0]) if ids else None
        for spec in SPECS:
            if spec.visible(state):
                action = menu.addAction(tr(spec.text))
                action.setShortcut(QKeySequence(spec.shortcut))
                action.setObjectName(f"action_{spec.key}")
                action.triggered.connect(lambda _c=False, k=spec.key, i=list(ids): self.run(k, i))
        menu.addSeparator()
        assign_menu = menu.addMenu(tr("Assign to"))
        for member in db_team.members():
            action = assign_menu.addAction(member.full_name)
            action.setCheckable(True)
            action.setChecked(state is not None and state[3] == member.id)
            action.triggered.connect(lambda _c=False, m=member.id, i=list(ids): self.assign(m, i))
        assign_menu.addSeparator()
        nobody = assign_menu.addAction(tr("Nobody"))
        nobody.triggered.connect(lambda _c=False, i=list(ids): self.assign(None, i))
        me = menu.addAction(tr("Assign to me"))
        me.setShortcut(QKeySequence("Ctrl+Shift+A"))
        me.setEnabled(self.ctx.member_id is not None)
        me.triggered.connect(lambda _c=False, i=list(ids): self.assign(self.ctx.member_id, i))
        if len(ids) == 1:
            self._fill_others(menu, ids[0])

    def _fill_others(self, menu: QMenu, conversation_id: int) -> None:
        """The inbox has one row per person: their other conversations open from here."""
        from db.contacts import conversations_beside
        from desktop.widgets import timefmt
        from desktop.widgets.text import menu_text

        others = conversations_beside(conversation_id)
        if not others:
            return
        menu.addSeparator()
        sub = menu.addMenu(tr("Other conversations with this person"))
        sub.setObjectName("menu_others")
        channels = {"messenger": tr("Messenger"), "comment": tr("Comment"), "email": tr("E-mail")}
        for other in others[:20]:
            snippet = " ".join(other.snippet.split())
            text = f"{timefmt.full(other.last_message_at)} · {channels.get(other.channel, other.channel)}"
            action = sub.addAction(menu_text(text + (f" · {snippet[:60]}" if snippet else "")))
            action.triggered.connect(lambda _c=False, c=other.id: self.ctx.open_conversation.emit(c))

    def install_shortcuts(self, host: QWidget) -> list[QAction]:
        """Window-level shortcuts on ``host`` (active while it is shown)."""
        from PySide6.QtCore import Qt

        actions = []
        done_keys = set()
        for pair in TOGGLES:
            action = QAction(host)
            action.setShortcut(QKeySequence(BY_KEY[pair[0]].shortcut))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, p=pair: self.toggle(p))
            host.addAction(action)
            actions.append(action)
            done_keys.update(pair)
        for spec in SPECS:
            if spec.key in done_keys:
                continue
            action = QAction(host)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, k=spec.key: self.run(k))
            host.addAction(action)
            actions.append(action)
        me = QAction(host)
        me.setShortcut(QKeySequence("Ctrl+Shift+A"))
        me.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        me.triggered.connect(lambda: self.assign(self.ctx.member_id))
        host.addAction(me)
        actions.append(me)
        return actions
