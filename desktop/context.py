"""What every view is given: the workers, the operations, the clock, who is working, a
change bus."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from db import clock as db_clock
from desktop.operations import Changes, Operations
from desktop.tasks import TaskManager


class AppContext(QObject):
    """Shared by the views of one window.

    ``changed(Changes)`` is emitted after an operation commits (desktop/operations.py),
    and when another connection's commit is seen (desktop/watcher.py); a view refreshes
    when ``changes.touches(Area.X)`` for an area it shows.
    """

    changed = Signal(object)  # a desktop.operations.Changes
    member_changed = Signal(object)
    notice = Signal(str, object)  # text, undo callable or None -> the window's toast
    open_conversation = Signal(int)  # any view asks the window to show a conversation
    open_lead = Signal(int)          # ... or a lead

    def __init__(self, tasks: TaskManager, clock: Callable[[], int] = db_clock.now,
                 member_id: int | None = None, parent: QObject | None = None,
                 net: TaskManager | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        # Graph and SMTP calls: a worker of their own, so the database's work never queues
        # behind a slow server.
        self.net = net if net is not None else TaskManager(self, name="net")
        self.ops = Operations(self, self)
        self.clock = clock
        self._member_id = member_id
        self.sender = self._local_sender
        self._page_sync = None
        self.presence = None  # on a team's server: who else is working, and where (desktop/presence.py)

    @property
    def page_sync(self):
        """The connected Page's sync, by itself and by Sync now (desktop/page_sync.py)."""
        if self._page_sync is None:
            from desktop.page_sync import PageSync
            self._page_sync = PageSync(self, self)
        return self._page_sync

    @property
    def member_id(self) -> int | None:
        return self._member_id

    def set_member(self, member_id: int | None) -> None:
        if member_id != self._member_id:
            self._member_id = member_id
            self.member_changed.emit(member_id)

    def now(self) -> int:
        return self.clock()

    def deliver(self, message_id: int) -> None:
        """Hand a stored reply to the channel that sends it.

        With no Page connected, replies are kept locally and marked sent at once (an
        operation); the channels module replaces ``sender`` with one that talks to Meta.
        """
        self.sender(message_id)

    def _local_sender(self, message_id: int) -> None:
        from db import outbox
        from desktop.operations import Area, changes
        self.ops.run(lambda: outbox.mark_sent(message_id), changes=changes(Area.INBOX))

    def notify(self, text: str, undo=None) -> None:
        """Tell the user what just happened; ``undo`` makes it undoable (Ctrl+Z)."""
        self.notice.emit(text, undo)

    def emit_changes(self, what: Changes) -> None:
        self.changed.emit(what)

    def shutdown(self) -> None:
        """Let both workers finish and close their connections."""
        self.net.shutdown()
        self.tasks.shutdown()
