"""Two Sportello windows on one database work safely alongside each other.

Sportello does not lock a database to one window: WAL lets readers go on while
one writes, every write that reads first takes the lock up front (BEGIN
IMMEDIATE), and busy_timeout makes the other wait instead of failing. This test
runs two processes that write the same conversation at full speed.
"""
from db.sqlite import sqlite3
import subprocess
import sys
from pathlib import Path

from db.database import close_database, open_database

WORKER = Path(__file__).with_name("concurrent_worker.py")
EACH = 150


def test_two_processes_write_one_database_without_losing_anything(any_db):
    """On either engine: SQLite's file, or one PostgreSQL database two seats share."""
    from db.models import Contact, Conversation, Message, Note, TeamMember

    assert TeamMember.insert(first_name="Giulia").execute() == 1
    assert TeamMember.insert(first_name="Marco").execute() == 2
    assert Contact.insert(first_name="Ada", created_at=0).execute() == 1
    assert Conversation.insert(contact=1, last_message_at=0, created_at=0).execute() == 1
    Message.insert(conversation=1, direction="in", text="hi", sent_at=1_780_000_000).execute()
    close_database()
    procs = [subprocess.Popen([sys.executable, str(WORKER), str(any_db), str(who), str(EACH)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for who in (1, 2)]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err[-2000:]
        assert "database is locked" not in err
    if isinstance(any_db, Path):
        conn = sqlite3.connect(any_db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    open_database(any_db)
    for who in (1, 2):
        assert Message.select().where(Message.author == who, Message.state == "sent").count() == EACH
        assert Note.select().where(Note.author == who).count() == EACH
    assert Message.select().count() == 2 * EACH + 1


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
