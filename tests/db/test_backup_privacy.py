import io
import json
from db.sqlite import sqlite3
import subprocess
import sys
from datetime import date, timedelta

import pytest

from db import backup, privacy, search
from db.database import close_database, database, latest_version, open_database
from tests.conftest import NOW


def test_backup_is_a_consistent_copy(demo_db, tmp_path):
    target = backup.backup_to(tmp_path / "copy.db")
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM message").fetchone()[0] == \
        database.execute_sql("SELECT count(*) FROM message").fetchone()[0]
    conn.close()
    assert backup.check_backup(target) == latest_version()


def test_daily_backups_keep_7_days_and_4_weeks(demo_db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    today = date(2026, 5, 15)
    for back in range(60):
        (folder / f"sportello-{(today - timedelta(days=back)).isoformat()}.db").write_bytes(b"x")
    kept = backup.prune(folder, today).kept
    days = sorted(date.fromisoformat(p.name[10:20]) for p in kept)
    assert len(days) == 11
    assert days[-7:] == [today - timedelta(days=i) for i in range(6, -1, -1)]
    weeks = {d.isocalendar()[:2] for d in days[:-7]}
    assert len(weeks) == 4
    made = backup.daily_backup(tmp_path / "daily", NOW)
    assert made.name == "sportello-2026-05-15.db"
    assert backup.daily_backup(tmp_path / "daily", NOW + 60) is None  # one a day


def test_restore_checks_the_file_and_keeps_the_current_one(demo_db, tmp_path):
    good = backup.backup_to(tmp_path / "good.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(backup.BackupError, match="not a Sportello database"):
        backup.check_backup(junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(backup.BackupError, match="not a Sportello database"):
        backup.check_backup(other)
    database.execute_sql("DELETE FROM message")
    close_database()
    aside = backup.restore(good, demo_db, NOW)
    assert aside.exists()
    assert sqlite3.connect(aside).execute("SELECT count(*) FROM message").fetchone()[0] == 0
    open_database(demo_db)
    assert database.execute_sql("SELECT count(*) FROM message").fetchone()[0] > 0


def test_backup_and_restore_commands(demo_db, tmp_path):
    run = lambda *a: subprocess.run([sys.executable, "-m", "desktop", *map(str, a)], capture_output=True,  # noqa
                                    text=True, timeout=120)
    out = run("--db", demo_db, "backup", tmp_path / "b.db")
    assert out.returncode == 0, out.stderr
    out = run("--db", tmp_path / "new.db", "restore", tmp_path / "b.db")
    assert out.returncode == 0, out.stderr
    assert sqlite3.connect(tmp_path / "new.db").execute("SELECT count(*) FROM lead").fetchone()[0] > 0
    out = run("--db", tmp_path / "new.db", "restore", tmp_path / "missing.db")
    assert out.returncode == 1 and "is not a file" in out.stderr


def test_forget_a_contact_erases_everything_and_their_search_entries(any_demo, tmp_path):
    from db.database import engine
    from db.models import Attachment, Conversation, Lead, Message, Note

    def one(sql, params=()):
        return database.execute_sql(sql.replace("?", database.param), params).fetchone()[0]

    contact_id = one("SELECT c.contact_id FROM conversation c JOIN lead l ON l.contact_id = c.contact_id"
                     " ORDER BY c.contact_id LIMIT 1")
    conv = Conversation.select(Conversation.id).where(Conversation.contact == contact_id).first().id
    mid = Message.insert(conversation=conv, direction="in", text="parola segretissima 秘密暗号", sent_at=NOW).execute()
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"jpeg")
    Attachment.insert(message=mid, kind="image", filename="p.jpg", path=str(photo)).execute()
    Note.insert(contact=contact_id, text="note", created_at=0, updated_at=0).execute()
    folder = Conversation.get_by_id(conv).folder
    assert conv in search.search_conversations("segretissima", folder)
    assert conv in search.search_conversations("秘密暗号", folder)
    data = privacy.contact_data(contact_id)
    assert any("segretissima" in m["text"] for c in data["conversations"] for m in c["messages"])
    assert data["leads"] and "stage_history" in data["leads"][0]
    out = io.StringIO()
    assert privacy.export_contact_data(contact_id, out)
    json.loads(out.getvalue())
    erased = privacy.forget_contact(contact_id, tmp_path)
    assert erased > 0
    for table, column in (("contact", "id"), ("conversation", "contact_id"), ("lead", "contact_id"),
                          ("note", "contact_id"), ("reminder", "contact_id")):
        assert one(f"SELECT count(*) FROM {table} WHERE {column} = ?", (contact_id,)) == 0
    assert Lead.select().where(Lead.contact == contact_id).count() == 0
    for folder in ("inbox", "done", "archived", "spam"):
        assert not search.search_conversations("segretissima", folder)
        assert not search.search_conversations("秘密暗号", folder)
    if engine() == "sqlite":  # (a server's indexes are over the rows themselves: gone with them)
        assert one("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'segretissima'") == 0
        assert one("SELECT count(*) FROM message_cjk WHERE message_cjk MATCH '\"秘密 密暗 暗号\"'") == 0
        assert one("SELECT count(*) FROM contact_fts WHERE rowid = ?", (contact_id,)) == 0
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert not photo.exists()
