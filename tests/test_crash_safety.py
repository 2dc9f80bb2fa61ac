"""Kill -9 the app's writers at random moments: the file stays sound, each operation all or nothing.

Marked slow: `pytest -m "not slow"` skips it; CI runs it.
"""
import random
import signal
from db.sqlite import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.database import close_database, database, open_database

pytestmark = pytest.mark.slow
KILLS = 50
WORKER = Path(__file__).with_name("crash_worker.py")


def kill_at_random(scenario: str, db_path: Path, rng: random.Random) -> int:
    """Start the worker, let it begin a random number of operations, then SIGKILL it mid-flight."""
    proc = subprocess.Popen([sys.executable, str(WORKER), scenario, str(db_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    target = rng.randint(1, 4)
    begun = 0
    try:
        for line in proc.stdout:
            if line.startswith("begin"):
                begun += 1
                if begun >= target:
                    # A random spin (not a sleep) so the kill lands anywhere inside the operation.
                    spin_until = time.perf_counter() + rng.random() * 0.05
                    while time.perf_counter() < spin_until:
                        pass
                    break
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    return begun


def check_sound(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO message_fts(message_fts) VALUES ('integrity-check')")
    conn.execute("INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')")
    return conn


def prepare(tmp_path, extra=None) -> Path:
    path = tmp_path / "crash.db"
    open_database(path)
    database.execute_sql("INSERT INTO team_member(id, first_name) VALUES (1, 'Giulia')")
    if extra:
        extra()
    close_database()
    return path


def test_killed_imports_are_all_or_nothing(tmp_path):
    path = prepare(tmp_path)
    rng = random.Random(1)
    for _ in range(KILLS):
        kill_at_random("import", path, rng)
        conn = check_sound(path)
        batches = conn.execute(
            "SELECT substr(external_id, 1, instr(external_id, '-') - 1), count(*) FROM lead GROUP BY 1").fetchall()
        assert all(count == 300 for _, count in batches), batches
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 300 * len(batches)
        conn.close()


def test_killed_bulk_edits_are_all_or_nothing(tmp_path):
    def conversations():
        conn = database.connection()
        conn.executemany("INSERT INTO contact(id, first_name, created_at) VALUES (?, 'C', 0)",
                         [(i,) for i in range(1, 2001)])
        conn.executemany("INSERT INTO conversation(contact_id, last_message_at, created_at) VALUES (?, 0, 0)",
                         [(i,) for i in range(1, 2001)])

    path = prepare(tmp_path, conversations)
    rng = random.Random(2)
    for _ in range(KILLS):
        kill_at_random("bulk", path, rng)
        conn = check_sound(path)
        states = conn.execute("SELECT DISTINCT folder, flagged FROM conversation").fetchall()
        assert len(states) == 1, states
        conn.close()


def test_killed_sends_leave_every_reply_whole(tmp_path):
    def conversation():
        database.execute_sql("INSERT INTO contact(id, first_name, created_at) VALUES (1, 'Ada', 0)")
        database.execute_sql("INSERT INTO conversation(id, contact_id, last_message_at, created_at)"
                             " VALUES (1, 1, 1780000000, 0)")
        database.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at)"
                             " VALUES (1, 'in', 'ciao', 1780000000)")

    path = prepare(tmp_path, conversation)
    rng = random.Random(3)
    for _ in range(KILLS):
        kill_at_random("send", path, rng)
        conn = check_sound(path)
        last, snippet = conn.execute("SELECT last_message_at, snippet FROM conversation WHERE id = 1").fetchone()
        newest = conn.execute("SELECT sent_at, text FROM message WHERE conversation_id = 1"
                              " ORDER BY sent_at DESC, id DESC LIMIT 1").fetchone()
        assert last == newest[0] and snippet == " ".join(newest[1].split())[:200]
        states = {r[0] for r in conn.execute("SELECT state FROM message WHERE direction = 'out'")}
        assert states <= {"pending", "sent"}
        conn.close()
    # A reply left pending by a kill is still there to be sent: nothing typed is lost.
    open_database(path)
    from db import outbox
    pending = outbox.pending_messages()
    assert all(database.execute_sql("SELECT text FROM message WHERE id = ?", (m,)).fetchone()[0].startswith("reply")
               for m in pending)
    close_database()
