"""Two things the inbox now shows, kept where they are learnt:

- ``page_post``: the Page's posts a comment conversation belongs to (their text, so the
  thread can say which post the comment is on; a sync stores each post it reads).
- ``message.saved_reply_id``: the saved reply a reply was written from, so the composer
  can suggest, for a new message, the replies the team used for similar messages.
"""
from db.migrations import run_script

SCHEMA = """
CREATE TABLE page_post (
    id          TEXT PRIMARY KEY,
    message     TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL DEFAULT 0
);
ALTER TABLE message ADD COLUMN saved_reply_id INTEGER REFERENCES saved_reply(id) ON DELETE SET NULL;
CREATE INDEX message_saved_reply ON message(saved_reply_id) WHERE saved_reply_id IS NOT NULL;
"""


def up(conn):
    run_script(conn, SCHEMA)
