"""One window per database: a second start on the same file brings the open window forward.

The first window on a database listens on a local socket (a named pipe on Windows) whose
name is made from the user and the database's resolved path. A second ``sportello`` on the
same file connects, asks the first to come to the front, is told the first one's process
id and exits; ``--new-window`` skips the question and opens another window anyway.

A socket left behind by a window that crashed answers nobody: the next start finds no
one listening, removes it and listens itself.

Start-up pays nothing for this when no window is open: the socket's file (the pipe on
Windows) is looked for first, and QtNetwork (~12 ms to load) is imported only to talk to
one that exists, or to listen once the window has painted.
"""
from __future__ import annotations

import getpass
import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QDir, QObject, Signal

ASK = b"front\n"
TIMEOUT_MS = 1000


def server_name(db_path: str | Path) -> str:
    """The local socket's name for this user and this database file."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (a service account)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    from db.database import is_server_url

    where = str(db_path) if is_server_url(str(db_path)) else os.path.normcase(str(Path(db_path).expanduser().resolve()))
    digest = hashlib.sha256(f"{user}\0{where}".encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return f"sportello-{digest}"


def ask_running(db_path: str | Path, timeout_ms: int = TIMEOUT_MS) -> int | None:
    """Ask the window open on ``db_path`` to come to the front: its process id, or None
    when no window is open on it (nothing listens, or what listens does not answer)."""
    name = server_name(db_path)
    if not _endpoint_exists(name):
        return None
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return None
    try:
        socket.write(ASK)
        if not socket.waitForBytesWritten(timeout_ms):
            return None
        answer = b""
        while not answer.endswith(b"\n"):
            if not socket.waitForReadyRead(timeout_ms):
                return None
            answer += bytes(socket.readAll().data())
        text = answer.decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    finally:
        socket.abort()


def _endpoint_exists(name: str) -> bool:
    """Whether a local server of that name may be there (where QLocalServer makes it)."""
    if sys.platform == "win32":
        return os.path.exists(rf"\\.\pipe\{name}")
    return os.path.exists(os.path.join(QDir.tempPath(), name))


class InstanceServer(QObject):
    """Listens for later starts on the same database; ``asked`` when one wants the window."""

    asked = Signal()

    def __init__(self, db_path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_path)
        self._server = None

    def listen(self) -> bool:
        """Start listening (a dead window's socket is removed first); False if that failed."""
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        if self._server is not None:
            self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket) -> None:
        data = bytes(socket.readAll().data())
        if ASK.strip() in data:
            socket.write(f"{os.getpid()}\n".encode("ascii"))
            socket.flush()
            self.asked.emit()
        socket.disconnectFromServer()


def bring_to_front(window) -> None:
    """Show a window that may be minimised or behind others, and give it the focus."""
    from PySide6.QtCore import Qt

    if window.windowState() & Qt.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
