"""Changes committed by another connection reach the views within a second.

SQLite: another window, the command line (`sportello import …`), a scheduled `sportello
sync`: whatever commits to the same file moves SQLite's ``PRAGMA data_version`` as seen by
every *other* connection. The DB worker's connection is the one to ask: it writes this
window's own operations, so its data_version moves only for the others' commits (the GUI
thread's connection would move for ours too). Asking costs microseconds; it is asked once a
second, one question at a time, active window or not.

PostgreSQL (a team's server): nothing is asked. A thread listens on a connection of its
own (db/live.py) and wakes when another seat commits; what it hears says the table and the
conversations or leads, so only the views that show them refresh. What this window's own
worker committed is left out (its views know). The connection lost, the window says it is
reconnecting and tries again every two seconds; back, every view refreshes once.
"""
from __future__ import annotations

import queue
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from db.database import data_version, engine
from desktop.operations import OUTSIDE, Area, Changes

POLL_MS = 1000
RETRY_S = 2.0
WAKE_S = 0.25  # the listening thread wakes this often to say what the window wants said

# What a table's rows are to the views.
AREAS_OF = {
    "conversation": (Area.INBOX, Area.UNREAD), "message": (Area.INBOX,), "draft": (Area.DRAFTS,),
    "support_case": (Area.INBOX,), "contact": (Area.INBOX, Area.LEADS), "contact_label": (Area.INBOX,),
    "label": (Area.INBOX, Area.LEADS), "note": (Area.INBOX, Area.LEADS), "attachment": (Area.INBOX,),
    "page_post": (Area.INBOX,), "lead": (Area.LEADS,), "lead_label": (Area.LEADS,),
    "lead_stage_change": (Area.LEADS,), "audience": (Area.LEADS,), "conversion_event": (Area.LEADS,),
    "reminder": (Area.REMINDERS, Area.LEADS), "team_member": (Area.TEAM,), "saved_reply": (Area.REPLIES,),
    "saved_reply_attachment": (Area.REPLIES,), "setting": (Area.SETTINGS, Area.CHANNELS),
    "business_hours": (Area.SETTINGS, Area.AWAY), "closed_date": (Area.SETTINGS, Area.AWAY),
    "away_period": (Area.AWAY,),
}
_BY_CONVERSATION = {"conversation", "message", "draft", "support_case"}
_BY_LEAD = {"lead", "lead_label", "lead_stage_change", "conversion_event", "reminder"}


def changes_heard(heard) -> Changes:
    """What other seats' commits changed, as the views read changes."""
    areas, conversations, leads = set(), set(), set()
    for h in heard:
        if h.table not in AREAS_OF:
            return OUTSIDE  # (the rules' firings, a table of a newer version: everything)
        areas.update(AREAS_OF[h.table])
        if h.ids is not None and h.table in _BY_CONVERSATION:
            conversations.update(h.ids)
        if h.ids is not None and h.table in _BY_LEAD:
            leads.update(h.ids)
    return Changes(frozenset(areas), frozenset(conversations), frozenset(leads), outside=True)


class OutsideChanges(QObject):
    heard = Signal(object)      # from the listening thread: a list of db.live.Heard, or None (everything)
    connection = Signal(bool)   # the server answers (True) or is lost (False): the status bar says so
    presence_heard = Signal(str)  # a seat's word on the presence channel (desktop/presence.py reads it)

    def __init__(self, ctx, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._version: int | None = None
        self._asking = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._own_pid: int | None = None
        self._outgoing: queue.SimpleQueue[str] = queue.SimpleQueue()  # presence, said by the listening thread
        self.heard.connect(self._heard)

    @property
    def listening(self) -> bool:
        return self._thread is not None

    def say(self, payload: str) -> None:
        """Say this on the presence channel, from the listening connection (within a quarter
        of a second; kept while the server is away, said when it is back)."""
        self._outgoing.put(payload)

    def start(self) -> None:
        if engine() == "postgresql":
            from db.database import database
            self._ask_own_pid()
            self._thread = threading.Thread(target=self._listen, args=(database.database,), daemon=True,
                                            name="sportello-listener")
            self._thread.start()
            return
        self._timer.start()
        self.check()

    def stop(self) -> None:
        """Stop asking, or listening: the listening thread ends before this returns, so it
        never signals a window that is going away (a signal to a deleted object crashes).
        What was still to be said is said first (a presence's goodbye)."""
        self._timer.stop()
        self._stop.set()
        if self._thread is not None and self._thread.is_alive():
            self._thread.join(3.0)

    # --- PostgreSQL: listening ----------------------------------------------------------
    def _ask_own_pid(self) -> None:
        from db.database import backend_pid
        self.ctx.tasks.run(backend_pid, lambda pid: setattr(self, "_own_pid", pid), lambda _exc: None)

    def _listen(self, url: str) -> None:
        """The listening thread: wait, hear, say; lost, retry."""
        from db import live

        listener, lost = None, False
        while not self._stop.is_set():
            try:
                if listener is None:
                    listener = live.Listener(url)
                    if lost and not self._stop.is_set():
                        lost = False
                        self.connection.emit(True)
                        self.heard.emit(None)  # what changed meanwhile is not known: everything
                self._say_pending(listener)
                heard = listener.wait(WAKE_S)
                said = [h.payload for h in heard if isinstance(h, live.Said)]
                heard = [h for h in heard if not isinstance(h, live.Said)]
                if heard and not self._stop.is_set():
                    self.heard.emit(heard)
                for payload in said:
                    if self._stop.is_set():
                        break
                    self.presence_heard.emit(payload)
            except Exception:  # noqa: BLE001 - the server went away, or the network did
                if listener is not None:
                    listener.close()
                    listener = None
                if not lost and not self._stop.is_set():
                    lost = True
                    self.connection.emit(False)
                self._stop.wait(RETRY_S)
        if listener is not None:
            try:
                self._say_pending(listener)
            except Exception:  # noqa: BLE001 - gone meanwhile: the others forget this seat in a minute
                pass
            listener.close()

    def _say_pending(self, listener) -> None:
        while True:
            try:
                payload = self._outgoing.get_nowait()
            except queue.Empty:
                return
            try:
                listener.say(payload)
            except Exception:
                self._outgoing.put(payload)  # (said again once reconnected; order is not needed)
                raise

    def _heard(self, heard) -> None:
        if heard is None:
            self._ask_own_pid()  # (the worker's connection is a new one now)
            self.ctx.changed.emit(OUTSIDE)
            return
        others = [h for h in heard if h.pid != self._own_pid]
        if others:
            self.ctx.changed.emit(changes_heard(others))

    def check(self) -> None:
        """Ask the worker for data_version (skipped while the last question is unanswered)."""
        if self._asking:
            return
        self._asking = True
        self.ctx.tasks.run(data_version, self._answered, self._failed)

    def reset(self) -> None:
        """Forget the version (a restore replaced the file: the next answer is the new base)."""
        self._version = None

    def _answered(self, version: int) -> None:
        self._asking = False
        seen, self._version = self._version, version
        if seen is not None and version != seen:
            self.ctx.changed.emit(OUTSIDE)

    def _failed(self, _exc: BaseException) -> None:
        self._asking = False
