"""Substring search for Chinese and other scripts without spaces; composer drafts.

unicode61 keeps a run of Chinese characters as one token, so "预订" would not
find "我想预订". ``message_cjk`` indexes the overlapping character pairs of
such runs (see db/text.py); a phrase of pairs finds any substring. The SQL
function cjk_bigrams() is registered by db/database.py on every connection.
"""
from db.migrations import run_script

SCHEMA = """
CREATE VIRTUAL TABLE message_cjk USING fts5(grams, content='', tokenize='unicode61');
CREATE TRIGGER message_cjk_insert AFTER INSERT ON message WHEN cjk_bigrams(new.text) != '' BEGIN
    INSERT INTO message_cjk(rowid, grams) VALUES (new.id, cjk_bigrams(new.text));
END;
CREATE TRIGGER message_cjk_delete AFTER DELETE ON message WHEN cjk_bigrams(old.text) != '' BEGIN
    INSERT INTO message_cjk(message_cjk, rowid, grams) VALUES ('delete', old.id, cjk_bigrams(old.text));
END;
CREATE TRIGGER message_cjk_update AFTER UPDATE OF text ON message BEGIN
    INSERT INTO message_cjk(message_cjk, rowid, grams)
        SELECT 'delete', old.id, cjk_bigrams(old.text) WHERE cjk_bigrams(old.text) != '';
    INSERT INTO message_cjk(rowid, grams)
        SELECT new.id, cjk_bigrams(new.text) WHERE cjk_bigrams(new.text) != '';
END;
INSERT INTO message_cjk(rowid, grams)
    SELECT id, g FROM (SELECT id, cjk_bigrams(text) AS g FROM message) WHERE g != '';

CREATE TABLE draft (
    conversation_id  INTEGER PRIMARY KEY REFERENCES conversation(id) ON DELETE CASCADE,
    text             TEXT NOT NULL,
    updated_at       INTEGER NOT NULL
);
"""


def up(conn):
    run_script(conn, SCHEMA)
