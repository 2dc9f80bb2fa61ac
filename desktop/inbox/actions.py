"""What can be done to conversations: one table drives menus, shortcuts and undo.

Every action applies to a list of conversation ids (the selection, or the open
one), returns a db Snapshot, and the toast offers Undo (Ctrl+Z) which restores it.
"""
from __future__ import annotations

from typing import Callable, NamedTuple, Sequence

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from db import inbox as db_inbox
from db import team as db_team
from desktop.context import AppContext


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


class ConversationActions:
    """Runs actions for a view that knows which conversations are meant."""

    def __init__(self, ctx: AppContext, selected: Callable[[], list[int]],
                 after: Callable[[], None]) -> None:
        self.ctx = ctx
        self.selected = selected
        self.after = after

    def run(self, key: str, ids: Sequence[int] | None = None) -> db_inbox.Snapshot | None:
        ids = list(ids if ids is not None else self.selected())
        if not ids:
            return None
        spec = BY_KEY[key]
        snap = spec.run(ids)
        self._changed()

        def undo() -> None:
            db_inbox.restore(snap)
            self._changed()

        count = len(ids)
        self.ctx.notify(done_text(key, count), undo)
        return snap

    def toggle(self, pair: tuple[str, str]) -> None:
        ids = self.selected()
        if not ids:
            return
        state = db_inbox.conversation_state(ids[0])
        first = BY_KEY[pair[0]]
        self.run(pair[0] if first.visible(state) else pair[1], ids)

    def assign(self, member_id: int | None, ids: Sequence[int] | None = None) -> None:
        ids = list(ids if ids is not None else self.selected())
        if not ids:
            return
        snap = db_inbox.assign(ids, member_id)
        self._changed()
        member = db_team.member(member_id) if member_id else None
        count = len(ids)
        if member:
            text = QCoreApplication.translate("InboxActions", "Assigned %n conversation(s) to %1.", "", count)
            text = text.replace("%1", member.full_name)
        else:
            text = QCoreApplication.translate("InboxActions", "%n conversation(s) unassigned.", "", count)

        def undo() -> None:
            db_inbox.restore(snap)
            self._changed()

        self.ctx.notify(text, undo)

    def _changed(self) -> None:
        self.after()
        self.ctx.changed.emit("inbox")

    # --- menus and shortcuts -------------------------------------------------------------
    def fill_menu(self, menu: QMenu, ids: list[int]) -> None:
        state = db_inbox.conversation_state(ids[0]) if ids else None
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
