import hashlib

import pytest

from db import demo
from db.database import close_database, database, open_database
from tests.conftest import NOW


def fingerprint():
    h = hashlib.sha256()
    for table in ("contact", "conversation", "message", "lead", "reminder", "note"):
        for row in database.execute_sql(f"SELECT * FROM {table} ORDER BY rowid"):
            h.update(repr(row).encode())
    return h.hexdigest()


def one(sql, params=()):
    return database.execute_sql(sql, params).fetchone()[0]


def test_same_seed_same_business(tmp_path):
    prints = []
    for name in ("a.db", "b.db"):
        open_database(tmp_path / name)
        demo.generate(seed=3, now=NOW)
        prints.append(fingerprint())
        close_database()
    open_database(tmp_path / "c.db")
    demo.generate(seed=4, now=NOW)
    prints.append(fingerprint())
    close_database()
    assert prints[0] == prints[1] != prints[2]


def test_the_demo_pizzeria_has_everything_the_views_need(demo_db):
    assert one("SELECT count(*) FROM team_member") == 3
    total = one("SELECT count(*) FROM message")
    assert 0.85 * demo.DEFAULT_MESSAGES <= total <= demo.DEFAULT_MESSAGES
    # 90 days of history, nothing in the future.
    assert one("SELECT max(sent_at) FROM message") <= NOW
    assert NOW - one("SELECT min(sent_at) FROM message") <= 91 * 86400
    # Four languages: Italian, English, Romanian (with its letters) and Chinese.
    assert one("SELECT count(*) FROM message WHERE text LIKE '%perch%'") > 0
    assert one("SELECT count(*) FROM message WHERE text LIKE '%thanks%' OR text LIKE '%Great%'") > 0
    assert one("SELECT count(*) FROM message WHERE text LIKE '%ș%' OR text LIKE '%ț%'") > 0
    assert one("SELECT count(*) FROM message WHERE text GLOB '*[一-鿿]*'") > 0
    # Replies by the team, with realistic (mostly minutes) delays; instant replies marked.
    assert one("SELECT count(DISTINCT author_id) FROM message WHERE direction = 'out' AND automatic IS NULL") == 3
    assert one("SELECT count(*) FROM message WHERE automatic = 'instant'") > 0
    assert one("SELECT count(*) FROM message WHERE direction = 'out' AND automatic IS NOT NULL AND author_id IS NOT NULL") == 0
    for folder in ("inbox", "done", "archived", "spam"):
        assert one("SELECT count(*) FROM conversation WHERE folder = ?", (folder,)) > 0
    assert one("SELECT count(*) FROM conversation WHERE unread = 1") > 0
    assert one("SELECT count(*) FROM contact_label") > 0
    assert one("SELECT count(*) FROM note") > 0
    assert one("SELECT count(*) FROM saved_reply") >= 5
    # Leads in every stage, with a stage history that ends where the lead is.
    stages = {r[0] for r in database.execute_sql("SELECT DISTINCT stage FROM lead")}
    assert stages == {"neutral", "interested", "contacted", "converted"}
    assert one("""SELECT count(*) FROM lead l WHERE l.stage != (
                    SELECT to_stage FROM lead_stage_change c WHERE c.lead_id = l.id
                    ORDER BY changed_at DESC, id DESC LIMIT 1)""") == 0
    # Reminders overdue, due today and later.
    day_start = NOW - NOW % 86400
    assert one("SELECT count(*) FROM reminder WHERE due_at < ?", (day_start,)) > 0
    assert one("SELECT count(*) FROM reminder WHERE due_at BETWEEN ? AND ?", (day_start, day_start + 86399)) > 0
    assert one("SELECT count(*) FROM reminder WHERE due_at > ?", (day_start + 86400,)) > 0
    # The denormalised list columns agree with the messages.
    assert one("""SELECT count(*) FROM conversation c WHERE c.last_message_at !=
                  (SELECT max(sent_at) FROM message m WHERE m.conversation_id = c.id)""") == 0
    # The search index was rebuilt and its trigger restored.
    assert one("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'perche'") > 0
    assert one("SELECT count(*) FROM sqlite_master WHERE name = 'message_fts_insert'") == 1


def test_messages_flag_scales_the_demo(db_path):
    demo.generate(seed=1, now=NOW, messages=30_000)
    total = one("SELECT count(*) FROM message")
    assert 25_000 <= total <= 30_000
    assert one("SELECT count(*) FROM conversation") == 3000


def test_refuses_a_database_that_has_conversations(demo_db):
    before = one("SELECT count(*) FROM message")
    with pytest.raises(demo.DatabaseNotEmptyError):
        demo.generate(now=NOW)
    assert one("SELECT count(*) FROM message") == before
