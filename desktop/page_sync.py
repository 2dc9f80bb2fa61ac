"""The connected Page syncs by itself while the window is open.

At start (once the window has painted) and every few minutes (Settings → Channels; 0 is
"only when I press Sync now"), on the network worker: the conversations, the comments, the
lead forms, then the replies and automatic replies waiting to go, and the leads' stage
changes for Meta's Conversions API (db/conversions.py). A failure that may pass
(offline, Meta's servers, a rate limit) waits twice as long before the next try, up to an
hour; an expired token stops the timer until the Page is connected again. When the last
sync succeeded is kept in the database, so every window and `sportello sync` agree.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.operations import Area, changes

DEFAULT_MINUTES = 5
MAX_BACKOFF_MINUTES = 60
START_DELAY_MS = 3000


class PageSync(QObject):
    finished = Signal(object)  # a db.graph.SyncResult, or the exception that stopped it
    started = Signal()

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.failures = 0
        self.stopped = False  # an expired or revoked token: no more tries until reconnected
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        ctx.changed.connect(self._on_changed)

    # --- when -------------------------------------------------------------------------
    @staticmethod
    def minutes() -> int:
        from db import settings
        value = settings.get("graph.sync_minutes")
        return DEFAULT_MINUTES if value is None else int(value)

    @staticmethod
    def last_success() -> int | None:
        from db import settings
        return settings.get("graph.last_success")

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        """Sync soon (at start, after a reconnect), then on the timer."""
        from desktop.channels import client_for
        self.stopped = False
        self.failures = 0
        if client_for() is not None:
            self._timer.start(delay_ms)

    def next_delay_ms(self) -> int | None:
        minutes = self.minutes()
        if minutes <= 0 or self.stopped:
            return None
        return min(minutes * 2 ** self.failures, max(minutes, MAX_BACKOFF_MINUTES)) * 60_000

    def scheduled_in_ms(self) -> int | None:
        return self._timer.remainingTime() if self._timer.isActive() else None

    def _schedule(self) -> None:
        delay = self.next_delay_ms()
        if delay is None:
            self._timer.stop()
        else:
            self._timer.start(delay)

    def _on_changed(self, what) -> None:
        if what.touches(Area.CHANNELS) and not what.outside:
            self.start(0 if self.last_success() is None else START_DELAY_MS)

    # --- a sync -----------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Start a sync unless one runs or no Page is connected; True when it started."""
        from desktop.channels import client_for
        client = client_for(attempts=1)  # a failure waits for the next turn of the timer, backed off
        if self.running or client is None:
            return False
        from db import conversions, graph, settings

        now = self.ctx.now()

        def job():
            result = graph.sync_all(client, now)
            if result.stopped_by is None:
                settings.put("graph.last_success", now)
            stages = conversions.client(attempts=1)
            if stages is not None:  # the stage changes waiting to go back to Meta
                conversions.send_queued(stages, now)
            return result

        self.running = True
        self._timer.stop()
        self.started.emit()
        # The database's work here waits for the write lock on the network worker, tried
        # again if need be: neither the window nor the DB worker queue behind Meta.
        self.ctx.net.run(job, self._done, self._failed, retry_locked=True)
        return True

    def _done(self, result) -> None:
        self.running = False
        stop = result.stopped_by
        if stop is None:
            self.failures = 0
        elif stop.kind == "token_expired":
            self.stopped = True
        else:
            self.failures += 1
        self.ctx.changed.emit(changes(Area.INBOX, Area.LEADS))
        from desktop.channels import send_waiting
        send_waiting(self.ctx)  # the automatic replies the new messages called for
        self._schedule()
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.failures += 1
        self._schedule()
        self.finished.emit(exc)
