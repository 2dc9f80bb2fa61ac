"""Shared fixtures: headless Qt, a temporary database and app folders per test.

Qt warnings fail tests (qt_log_level_fail in pyproject.toml), Python warnings
are errors, and every test gets its own HOME / XDG folders so nothing of the
developer's machine is read or written.
"""
from __future__ import annotations

import os

# A 1920x1200 offscreen screen (the plugin's default is 800x800, which would
# clamp the window's remembered geometry).
os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "offscreen_screen.json")
os.environ.pop("SPORTELLO_THEME", None)

from datetime import datetime, timezone  # noqa: E402

import pytest  # noqa: E402

from db.database import close_database, open_database  # noqa: E402

# A fixed "now" for everything that depends on time: Friday 2026-05-15 12:00 UTC.
NOW = int(datetime(2026, 5, 15, 12, 0, tzinfo=timezone.utc).timestamp())


class Clock:
    """A clock tests move by hand."""

    def __init__(self, now: int = NOW) -> None:
        self.value = now

    def __call__(self) -> int:
        return self.value

    def advance(self, seconds: int) -> None:
        self.value += seconds


@pytest.fixture(autouse=True)
def app_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - db tests run without Qt too
        yield home
        return
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(home / "config"))
    QSettings().clear()
    yield home


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "sportello.db"
    open_database(path)
    yield path
    close_database()


@pytest.fixture
def demo_db(db_path):
    from db import demo

    demo.generate(seed=7, now=NOW)
    return db_path


@pytest.fixture
def make_window(qtbot, clock):
    """Build main windows over the current database; torn down after the test."""
    from desktop.app import create_application
    from desktop.launcher import open_window

    windows = []

    def make(path):
        create_application()
        window = open_window(path, clock)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.reminders.check()  # the Reminders window, if anything is due, comes up first
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ctx.tasks.shutdown()


class MemoryKeyring:
    """An in-memory keyring backend: tests never touch the machine's password store."""

    priority = 1

    def __init__(self):
        self.secrets = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)

    def get_credential(self, service, username):
        return None


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    import keyring
    import keyring.backend

    backend = type("TestKeyring", (MemoryKeyring, keyring.backend.KeyringBackend), {})()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def smtp_server():
    """A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps what it receives.

    It refuses the recipient refuse@example.com and checks the login giulia / segreta.
    """
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    class Handler:
        def __init__(self):
            self.messages = []

        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address == "refuse@example.com":
                return "550 5.1.1 No such user here"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content.decode("utf-8")))
            return "250 Message accepted"

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"giulia" and auth_data.password == b"segreta"
        return AuthResult(success=ok)

    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_require_tls=False, auth_required=False)
    controller.start()
    handler.port = port
    yield handler
    controller.stop()
