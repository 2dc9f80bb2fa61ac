"""Two Sportello windows on one database work safely alongside each other.

Sportello does not lock a database to one window: WAL lets readers go on while
one writes, every write that reads first takes the lock up front (BEGIN
IMMEDIATE), and busy_timeout makes the other wait instead of failing. This test
runs two processes that write the same conversation at full speed.
"""
import sqlite3
import subprocess
import sys
from pathlib import Path

from db.database import close_database, database, open_database

WORKER = Path(__file__).with_name("concurrent_worker.py")
EACH = 150


def test_two_processes_write_one_database_without_losing_anything(tmp_path):
    path = tmp_path / "shared.db"
    open_database(path)
    database.execute_sql("INSERT INTO team_member(id, first_name) VALUES (1, 'Giulia'), (2, 'Marco')")
    database.execute_sql("INSERT INTO contact(id, first_name, created_at) VALUES (1, 'Ada', 0)")
    database.execute_sql("INSERT INTO conversation(id, contact_id, last_message_at, created_at) VALUES (1, 1, 0, 0)")
    database.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES (1, 'in', 'hi', ?)",
                         (1_780_000_000,))
    close_database()
    procs = [subprocess.Popen([sys.executable, str(WORKER), str(path), str(who), str(EACH)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for who in (1, 2)]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err[-2000:]
        assert "database is locked" not in err
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for who in (1, 2):
        assert conn.execute("SELECT count(*) FROM message WHERE author_id = ? AND state = 'sent'",
                            (who,)).fetchone()[0] == EACH
        assert conn.execute("SELECT count(*) FROM note WHERE author_id = ?", (who,)).fetchone()[0] == EACH
    conn.close()


def test_a_window_sees_what_the_other_wrote(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    other = sqlite3.connect(demo_db)
    other.execute("UPDATE conversation SET unread = 0")
    other.commit()
    other.close()
    from desktop.main_window import BadgeRole
    assert window.navigation.item(0).data(BadgeRole) > 0
    # Seen within two seconds, whether or not the window is active (desktop/watcher.py).
    qtbot.waitUntil(lambda: window.navigation.item(0).data(BadgeRole) == 0, timeout=2500)
