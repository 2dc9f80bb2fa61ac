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


TESTS_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep
DESKTOP_DIR = os.path.join(os.path.dirname(TESTS_DIR.rstrip(os.sep)), "desktop") + os.sep


@pytest.fixture(autouse=True)
def test_code_may_write(monkeypatch):
    """The window's thread cannot write (db.database.forbid_writes_on_this_thread): every change
    the app makes is an operation on its worker, and a write that slips onto the GUI thread
    fails. A test's own setup, written on that thread after the window opened, stands for
    another process: it may write. Whose write it is, is read off the stack: the nearest
    frame in tests/ or desktop/ decides."""
    import sys
    import threading

    from db.database import _Database

    original = _Database.execute_sql

    writes = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")

    def written_by_test() -> bool:
        frame = sys._getframe(2)
        while frame is not None:
            name = frame.f_code.co_filename
            if name.startswith(DESKTOP_DIR):
                return False
            if name.startswith(TESTS_DIR):
                return True
            frame = frame.f_back
        return False

    def execute_sql(self, sql, params=None, *args, **kwargs):
        if (self.read_only_thread != threading.get_ident() or self.in_transaction()
                or not sql.lstrip().upper().startswith(writes) or not written_by_test()):
            return original(self, sql, params, *args, **kwargs)
        conn = self.connection()
        conn.execute("PRAGMA query_only = 0")
        try:
            return original(self, sql, params, *args, **kwargs)
        finally:
            conn.execute("PRAGMA query_only = 1")

    original_begin, original_commit, original_rollback = _Database.begin, _Database.commit, _Database.rollback

    def begin(self, *args, **kwargs):
        # A transaction the test opens (BEGIN IMMEDIATE is a write) may write until it ends.
        if self.read_only_thread == threading.get_ident() and written_by_test():
            self.connection().execute("PRAGMA query_only = 0")
        return original_begin(self, *args, **kwargs)

    def ended(original_end):
        def end(self, *args, **kwargs):
            try:
                return original_end(self, *args, **kwargs)
            finally:
                if self.read_only_thread == threading.get_ident() and not self.is_closed():
                    self.connection().execute("PRAGMA query_only = 1")
        return end

    monkeypatch.setattr(_Database, "begin", begin)
    monkeypatch.setattr(_Database, "commit", ended(original_commit))
    monkeypatch.setattr(_Database, "rollback", ended(original_rollback))
    monkeypatch.setattr(_Database, "execute_sql", execute_sql)


@pytest.fixture(autouse=True)
def operations_settle(request, monkeypatch):
    """Most GUI tests check what an action leads to: each operation is waited for (the event
    loop runs meanwhile, as it does for the user). Tests marked ``async_ops`` see operations
    as the user does, on screen first and committed later (tests/desktop/test_operations.py)."""
    if request.node.get_closest_marker("async_ops"):
        yield
        return
    try:
        from desktop.operations import Operations
    except ImportError:  # pragma: no cover - db tests without Qt
        yield
        return
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QCoreApplication

    original = Operations.run

    def run(self, work, **options):
        state = {"done": False}
        for key in ("on_done", "on_error"):
            callback = options.get(key)

            def wrapped(value, _callback=callback, _key=key):
                state["done"] = True
                if _callback is not None:
                    _callback(value)
                elif _key == "on_error":
                    from desktop.widgets.errors import describe
                    self.ctx.notify(self.tr("Not saved: %1").replace("%1", describe(value)))
            options[key] = wrapped
        job = original(self, work, **options)
        deadline = QDeadlineTimer(20000)
        while not state["done"] and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.AllEvents | QEventLoop.WaitForMoreEvents, 50)
        return job

    monkeypatch.setattr(Operations, "run", run)
    yield


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "sportello.db"
    open_database(path)
    yield path
    close_database()


@pytest.fixture(scope="session")
def pg_cluster():
    """A throw-away PostgreSQL server for the session (tests/pg_server.py), with a template
    database already at the latest schema. Skipped where no server is installed, unless
    SPORTELLO_REQUIRE_POSTGRESQL is set (CI sets it: there a missing server is a failure)."""
    from tests import pg_server

    if pg_server.binaries() is None:
        if os.environ.get("SPORTELLO_REQUIRE_POSTGRESQL"):
            pytest.fail("PostgreSQL's server is not installed (.ci/run installs it)")
        pytest.skip("PostgreSQL's server is not installed")
    cluster = pg_server.Cluster().start()
    try:
        open_database(cluster.create("sportello_template"))
        close_database()
        cluster.count = 0
        yield cluster
    finally:
        close_database()
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster):
    """A new, empty database at the latest schema on the session's server."""
    pg_cluster.count += 1
    name = f"test_{pg_cluster.count}"
    url = pg_cluster.create(name, template="sportello_template")
    yield url
    close_database()
    pg_cluster.drop(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path):
    """The test's database on each engine in turn: a SQLite file, then a PostgreSQL database.
    Its value is what ``open_database`` was given."""
    if request.param == "sqlite":
        target = tmp_path / "sportello.db"
    else:
        target = request.getfixturevalue("pg_url")
    open_database(target)
    yield target
    close_database()


def pytest_addoption(parser):
    parser.addoption("--demo-engine", choices=("sqlite", "postgresql"), default="sqlite",
                     help="the engine of the demo_db fixture: run the window's tests on a team's server "
                          "(tests that read the file itself fail there by nature)")


@pytest.fixture
def demo_db(request, tmp_path):
    from db import demo

    if request.config.getoption("--demo-engine") == "postgresql":
        target = request.getfixturevalue("pg_url")
        open_database(target)
    else:
        target = request.getfixturevalue("db_path")
    demo.generate(seed=7, now=NOW)
    return target


@pytest.fixture
def make_window(qtbot, clock):
    """Build main windows over the current database; torn down after the test."""
    from desktop.app import create_application
    from desktop.launcher import open_window

    windows = []

    def make(path):
        app = create_application()
        # A window an earlier test left open (a popup, a notice) would keep the activation
        # this window waits for below: each test starts with its own windows only.
        for leftover in app.topLevelWidgets():
            if leftover.isVisible() and leftover.isWindow() and not any(leftover is w for w in windows):
                leftover.close()
        window = open_window(path, clock)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.reminders.check()  # the Reminders window, if anything is due, comes up first
        window.activateWindow()
        try:
            qtbot.waitUntil(window.isActiveWindow)
        except Exception as timeout:  # say who holds the activation: the window that took it is the bug
            shown = [type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()]
            raise AssertionError(f"the new window never became active: {type(app.activeWindow()).__name__} "
                                 f"holds it; windows shown: {shown}") from timeout
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ctx.shutdown()
    from db.database import allow_writes_on_this_thread
    allow_writes_on_this_thread()


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


@pytest.fixture
def any_demo(any_db):
    """The demo business on each engine in turn (the same rows, the same ids)."""
    from db import demo

    demo.generate(seed=7, now=NOW)
    return any_db
