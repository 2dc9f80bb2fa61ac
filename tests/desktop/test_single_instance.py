"""One window per database: a second start brings the first window forward (two real
processes), --new-window opens another, --version and Help → About say what runs."""
import os
import re
import subprocess
import sys

import pytest

from desktop.single_instance import ask_running, server_name

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc to see a process open the file")


def start(*args):
    return subprocess.Popen([sys.executable, "-m", "desktop", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def until(qtbot, predicate, timeout_ms=30000):
    """Wait (the event loop running) until ``predicate`` gives something true; return it."""
    seen = []
    qtbot.waitUntil(lambda: bool(seen.append(predicate()) or seen[-1]), timeout=timeout_ms)
    return seen[-1]


def has_open(pid, path):
    try:
        return any(os.path.realpath(os.path.join(f"/proc/{pid}/fd", fd)) == os.path.realpath(path)
                   for fd in os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return False


@pytest.fixture(autouse=True)
def no_socket_left(demo_db, tmp_path):
    """A terminated window has no chance to remove its socket: the test does."""
    yield
    from PySide6.QtNetwork import QLocalServer
    for db in (demo_db, tmp_path / "other.db"):
        QLocalServer.removeServer(server_name(db))


def stop(*processes):
    for p in processes:
        if p.poll() is None:
            p.terminate()
    for p in processes:
        try:
            p.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()


def test_a_second_start_brings_the_open_window_forward_and_new_window_opens_another(demo_db, qtbot, tmp_path):
    first = start("--db", demo_db)
    others = []
    try:
        assert until(qtbot, lambda: ask_running(demo_db) or first.poll() is not None) == first.pid
        second = subprocess.run([sys.executable, "-m", "desktop", "--db", str(demo_db)], capture_output=True,
                                text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert f"process {first.pid}" in second.stdout and "already open" in second.stdout
        # Another database is another window.
        other_db = tmp_path / "other.db"
        others.append(start("--db", other_db))
        assert until(qtbot, lambda: ask_running(other_db) or others[0].poll() is not None) == others[0].pid
        # --new-window opens a second window on the same file; the first still answers.
        from db.database import is_server_url
        seats = None
        if is_server_url(str(demo_db)):
            from db.database import load_psycopg

            def seats():  # (a server has no file to find open: its connections from Sportello instead)
                with load_psycopg().connect(str(demo_db), autocommit=True) as conn:
                    return conn.execute("SELECT count(DISTINCT client_port) FROM pg_stat_activity WHERE"
                                        " application_name = 'Sportello' AND datname = current_database()"
                                        ).fetchone()[0]
            before = seats()
        others.append(start("--db", demo_db, "--new-window"))
        if seats is not None:
            until(qtbot, lambda: others[1].poll() is not None or seats() > before)
        else:
            until(qtbot, lambda: has_open(others[1].pid, demo_db) or others[1].poll() is not None)
        assert others[1].poll() is None
        assert ask_running(demo_db) == first.pid
    finally:
        stop(first, *others)


def test_a_window_that_crashed_leaves_no_socket_that_blocks_the_next(demo_db, qtbot):
    first = start("--db", demo_db)
    try:
        until(qtbot, lambda: ask_running(demo_db))
        first.kill()  # no chance to close its socket
        first.communicate()
        assert ask_running(demo_db) is None
        again = start("--db", demo_db)
        try:
            assert until(qtbot, lambda: ask_running(demo_db) or again.poll() is not None) == again.pid
        finally:
            stop(again)
    finally:
        stop(first)


def test_the_name_is_the_same_for_every_spelling_of_the_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert server_name("x.db") == server_name(tmp_path / "x.db") == server_name(str(tmp_path / "." / "x.db"))
    assert server_name("x.db") != server_name("y.db")


def test_version_is_printed():
    from importlib.metadata import version
    out = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    from db.sqlite import sqlite3
    assert out.stdout.splitlines() == [f"Sportello {version('sportello')}", f"SQLite {sqlite3.sqlite_version}"]


def test_about_shows_version_database_size_and_qt_as_plain_text(demo_db, make_window, qtbot, tmp_path):
    from importlib.metadata import version

    import PySide6
    from PySide6.QtCore import Qt, qVersion
    window = make_window(demo_db)
    box = window._about()
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    assert box.textFormat() == Qt.PlainText
    from db.server import without_password
    assert version("sportello") in text and without_password(str(demo_db)) in text
    assert qVersion() in text and PySide6.__version__ in text
    from db.sqlite import sqlite3
    assert f"SQLite {sqlite3.sqlite_version}" in text
    assert re.search(r"Size: [0-9.,]+ (kB|MB)", text)
    box.grab().save(str(tmp_path / "about.png"))
    box.close()


def test_about_a_servers_database_never_shows_its_password(pg_url, make_window, qtbot):
    from db.database import open_database

    assert "secret-of-the-tests" in pg_url
    open_database(pg_url)
    window = make_window(pg_url)
    box = window._about()
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    box.close()
    assert "secret-of-the-tests" not in text and ":•••@127.0.0.1" in text
    assert re.search(r"Size: [0-9.,]+ (kB|MB)", text)
