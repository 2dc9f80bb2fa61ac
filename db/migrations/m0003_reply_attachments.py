"""Saved replies may carry attachments (a menu picture, a price list)."""
from db.migrations import run_script

SCHEMA = """
CREATE TABLE saved_reply_attachment (
    id              INTEGER PRIMARY KEY,
    saved_reply_id  INTEGER NOT NULL REFERENCES saved_reply(id) ON DELETE CASCADE,
    filename        TEXT NOT NULL,
    path            TEXT NOT NULL
);
CREATE INDEX saved_reply_attachment_reply ON saved_reply_attachment(saved_reply_id);
"""


def up(conn):
    run_script(conn, SCHEMA)
