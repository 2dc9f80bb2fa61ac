"""Who else is working, and where: a team's seats tell each other, through the server.

Each seat (a window on a team's PostgreSQL) says, on the presence channel (db/live.py):
its member, the conversation it shows, and whether its person is writing a reply there. It
says so when that changes, and every 20 seconds besides; a seat not heard for a minute is
gone (a computer switched off says nothing). Closing the window says goodbye at once. A
seat that starts says hello, and every seat answers with where it is, so the newcomer
knows at once who is there.

Nothing is stored: presence is what the seats are saying now. What is heard is any
database user's word: read as data, never trusted (a payload that does not read as a
seat's is left out).

The window shows it: "Also working: …" in the status bar (desktop/status_bar.py), and
"Marco is viewing this conversation." or "Marco is replying…" above the reply box.
"""
from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

HEARTBEAT_MS = 20_000
FORGET_S = 60.0       # not heard for this long: gone
TYPING_S = 8.0        # no keystroke for this long: no longer replying, only viewing
CHECK_MS = 5_000


@dataclass
class Seat:
    member_id: int | None
    conversation_id: int | None
    replying: bool
    heard_at: float


def _payload(seat: str, member_id, conversation_id, replying: bool, *, hello=False, gone=False) -> str:
    return json.dumps({"v": 1, "seat": seat, "member": member_id, "conversation": conversation_id,
                       "replying": replying, "hello": hello, "gone": gone}, separators=(",", ":"))


def read(payload: str) -> dict | None:
    """A seat's word, checked field by field; None for anything else."""
    try:
        said = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(said, dict) or said.get("v") != 1:
        return None
    seat = said.get("seat")
    if not isinstance(seat, str) or not 0 < len(seat) <= 64:
        return None
    ids = {}
    for key in ("member", "conversation"):
        value = said.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
            return None
        ids[key] = value
    flags = {key: said.get(key, False) for key in ("replying", "hello", "gone")}
    if not all(isinstance(v, bool) for v in flags.values()):
        return None
    return {"seat": seat, **ids, **flags}


class Presence(QObject):
    changed = Signal()  # who is where changed: the status bar and the reply box say it again

    def __init__(self, ctx, say: Callable[[str], None], clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._say = say
        self._clock = clock
        self.seat = secrets.token_hex(8)
        self.name_of: Callable[[int | None], str] = lambda member_id: str(member_id)  # (the window's names)
        self.others: dict[str, Seat] = {}
        self.conversation_id: int | None = None
        self.replying = False
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.announce)
        self._forget = QTimer(self)
        self._forget.setInterval(CHECK_MS)
        self._forget.timeout.connect(self.forget_silent)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(int(TYPING_S * 1000))
        self._typing.timeout.connect(self.stopped_typing)
        ctx.member_changed.connect(lambda _m: self.announce())

    # --- this seat ------------------------------------------------------------------
    def start(self) -> None:
        self.announce(hello=True)
        self._heartbeat.start()
        self._forget.start()

    def announce(self, hello: bool = False) -> None:
        self._say(_payload(self.seat, self.ctx.member_id, self.conversation_id, self.replying, hello=hello))

    def viewing(self, conversation_id: int | None) -> None:
        """This seat now shows this conversation (None: none, or another view)."""
        if conversation_id == self.conversation_id:
            return
        self.conversation_id = conversation_id
        self.replying = False
        self._typing.stop()
        self.announce()

    def typing(self) -> None:
        """A keystroke in the reply box: replying, until TYPING_S without one."""
        self._typing.start()
        if not self.replying and self.conversation_id is not None:
            self.replying = True
            self.announce()

    def stopped_typing(self) -> None:
        self._typing.stop()
        if self.replying:
            self.replying = False
            self.announce()

    def leave(self) -> None:
        """The window closes: the others forget this seat at once."""
        self._heartbeat.stop()
        self._forget.stop()
        self._typing.stop()
        self._say(_payload(self.seat, self.ctx.member_id, None, False, gone=True))

    def reconnected(self) -> None:
        """Back after the server was away: the others may have forgotten this seat, and this
        seat does not know who came or went meanwhile."""
        self.others.clear()
        self.changed.emit()
        self.announce(hello=True)

    # --- the others -----------------------------------------------------------------
    def heard(self, payload: str) -> None:
        said = read(payload)
        if said is None or said["seat"] == self.seat:
            return
        seat = said["seat"]
        if said["gone"]:
            if self.others.pop(seat, None) is not None:
                self.changed.emit()
            return
        new = seat not in self.others
        before = self.others.get(seat)
        now = Seat(said["member"], said["conversation"], said["replying"] and said["conversation"] is not None,
                   self._clock())
        self.others[seat] = now
        if new or said["hello"]:
            self.announce()  # the newcomer learns where this seat is
        if before is None or (before.member_id, before.conversation_id, before.replying) != \
                (now.member_id, now.conversation_id, now.replying):
            self.changed.emit()

    def forget_silent(self) -> None:
        limit = self._clock() - FORGET_S
        silent = [seat for seat, s in self.others.items() if s.heard_at < limit]
        for seat in silent:
            del self.others[seat]
        if silent:
            self.changed.emit()

    def working(self) -> list[int | None]:
        """The other seats' members, one per seat (a member at two computers counts twice)."""
        return [s.member_id for _seat, s in sorted(self.others.items())]

    def at(self, conversation_id: int | None) -> tuple[list[int | None], list[int | None]]:
        """Who is replying, and who only viewing, on this conversation (other seats)."""
        if conversation_id is None:
            return [], []
        here = [s for _seat, s in sorted(self.others.items()) if s.conversation_id == conversation_id]
        return [s.member_id for s in here if s.replying], [s.member_id for s in here if not s.replying]


def here_text(replying: list[str], viewing: list[str]) -> str:
    """What the reply box says of the other seats on its conversation."""
    from PySide6.QtCore import QCoreApplication

    parts = []
    if replying:
        names = ", ".join(dict.fromkeys(replying))
        parts.append((QCoreApplication.translate("Presence", "%1 is replying…") if len(set(replying)) == 1 else
                      QCoreApplication.translate("Presence", "%1 are replying…")).replace("%1", names))
    viewing = [n for n in dict.fromkeys(viewing) if n not in replying]
    if viewing:
        names = ", ".join(viewing)
        parts.append((QCoreApplication.translate("Presence", "%1 is viewing this conversation.") if len(viewing) == 1
                      else QCoreApplication.translate("Presence", "%1 are viewing this conversation."))
                     .replace("%1", names))
    return " ".join(parts)
