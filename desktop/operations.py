"""Every change a user makes goes one way: an operation.

An operation is a db/ function run on the DB worker (never on the window's thread,
which only reads), returning what it did. When it has committed, the views hear a
``Changes`` value naming the areas (and where known the ids) it touched, the toast says
what happened, and Undo (Ctrl+Z) runs the operation that puts it back — the same way
for the inbox, the board, the calendar, the contact panel and Settings. This is Anki's
``CollectionOp`` / ``OpChanges`` (qt/aqt/operations) in this app's terms.

Where an action must feel instant (a flag, a drag, marking read) the view changes at
once and passes ``rollback``: if the work fails the view is put back and the user is
told why. While the worker is busy with a long import the operation waits its turn,
and the work is tried again while another process holds the write lock
(desktop/tasks.py): nothing is refused and nothing is lost.

    ctx.ops.run(lambda: db_inbox.set_flagged(ids, True),
                changes=changes(Area.INBOX, conversations=ids),
                notice="Flagged 3 conversations.",
                undo=lambda snap: (lambda: db_inbox.restore(snap)))
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from PySide6.QtCore import QObject, Signal


class Area:
    """What a change touched; views listen for the areas they show."""

    INBOX = "inbox"          # conversations, messages, contacts, labels, notes
    UNREAD = "unread"        # only the unread state of conversations
    LEADS = "leads"          # leads, their stages, owners, audiences
    REMINDERS = "reminders"  # follow-ups
    SETTINGS = "settings"    # the business's settings (hours, mail, language of the demo)
    AWAY = "away"            # away by hand or by schedule
    TEAM = "team"            # team members
    REPLIES = "replies"      # saved replies
    CHANNELS = "channels"    # the connected Page
    DRAFTS = "drafts"        # a reply being written, kept as it is typed (no view shows it)
    OUTBOX = "outbox"        # a reply taken by this window to be sent (no view shows it)
    ALL = "all"              # everything (a restore, another process's commit)


AREAS = frozenset(v for k, v in vars(Area).items() if k.isupper())


@dataclass(frozen=True)
class Changes:
    """What an operation changed. ``outside``: committed by another connection."""

    areas: frozenset[str]
    conversations: frozenset[int] = field(default_factory=frozenset)
    leads: frozenset[int] = field(default_factory=frozenset)
    outside: bool = False

    def touches(self, *areas: str) -> bool:
        return Area.ALL in self.areas or any(a in self.areas for a in areas)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.areas | other.areas, self.conversations | other.conversations,
                       self.leads | other.leads, self.outside or other.outside)


def changes(*areas: str, conversations: Iterable[int] = (), leads: Iterable[int] = (),
            outside: bool = False) -> Changes:
    unknown = set(areas) - AREAS
    if unknown or not areas:
        raise ValueError(f"unknown areas {sorted(unknown)}; use the Area constants")
    return Changes(frozenset(areas), frozenset(conversations), frozenset(leads), outside)


EVERYTHING = Changes(frozenset({Area.ALL}))
OUTSIDE = Changes(frozenset({Area.ALL}), outside=True)

Notice = "str | Callable[[Any], str | None] | None"


class Operations(QObject):
    """``ctx.ops``: runs operations for the views of one window."""

    started = Signal()
    settled = Signal()  # no operation is waiting any more

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pending = 0
        self._unannounced: Changes | None = None
        self._notice: tuple[str, Callable[[], None] | None] | None = None

    @property
    def pending(self) -> int:
        """Operations shown on screen and not yet committed (e.g. behind an import)."""
        return self._pending

    def run(self, work: Callable[[], Any], *, changes: Changes,
            notice: Notice = None,
            undo: Callable[[Any], Callable[[], Any] | None] | None = None,
            rollback: Callable[[], None] | None = None,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> int:
        """Run ``work`` on the DB worker, then tell the views ``changes``.

        ``notice`` is the toast's text, or a function of the result giving it;
        ``undo``, given the result, returns the db work that reverses it (run as an
        operation of its own with the same changes) or None when there is nothing to undo.
        On failure ``rollback`` puts the view back, and ``on_error`` — by default a
        clear message in the toast — is told why.
        """
        self._pending += 1
        if self._pending == 1:
            self.started.emit()

        def done(result: Any) -> None:
            self._pending -= 1
            last = self._announce(changes)
            if on_done is not None:
                on_done(result)
            text = notice(result) if callable(notice) else notice
            if text:
                reverse = undo(result) if undo is not None else None
                self._notice = (text, self._undoer(reverse, changes) if reverse is not None else None)
            if last:
                self._settled()

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            if rollback is not None:
                rollback()
            last = self._announce(changes)  # what is on screen is read again from what was kept
            if on_error is not None:
                on_error(exc)
            else:
                from desktop.widgets.errors import describe
                self._notice = (self.tr("Not saved: %1").replace("%1", describe(exc)), None)
            if last:
                self._settled()

        return self.ctx.tasks.run(work, done, failed, retry_locked=True)

    def _undoer(self, reverse: Callable[[], Any], what: Changes) -> Callable[[], None]:
        return lambda: self.run(reverse, changes=what)

    def _announce(self, what: Changes) -> bool:
        """Tell the views, once the last operation waiting has committed.

        Operations queued behind an import commit together when it ends: the views hear
        one merged ``Changes`` and reload once, not once per operation, and the toast
        offers the last one's undo (the others' overlays were on screen all along).
        """
        self._unannounced = what if self._unannounced is None else self._unannounced | what
        if self._pending:
            return False
        merged, self._unannounced = self._unannounced, None
        self.ctx.changed.emit(merged)
        return True

    def _settled(self) -> None:
        notice, self._notice = self._notice, None
        if notice is not None:
            self.ctx.notify(*notice)
        self.settled.emit()
