"""Replies and automatic replies go to Meta exactly once, whichever window or command sends.

- ``message.sending_since``: set when a sender takes a pending message (only one can:
  ``UPDATE … WHERE sending_since IS NULL``), cleared when Meta's answer is kept. A
  message left taken by a sender that stopped mid-call is not sent again by itself: it
  becomes failed with a reason, and the user decides (db/outbox.py ``release_stale``).
- ``conversation.post_id``: for a conversation that began as a comment on one of the
  Page's posts (channel 'comment'), the post it belongs to.
"""
from db.migrations import run_script

SCHEMA = """
ALTER TABLE message ADD COLUMN sending_since INTEGER;
CREATE INDEX message_pending ON message(state) WHERE state = 'pending';
ALTER TABLE conversation ADD COLUMN post_id TEXT NOT NULL DEFAULT '';
"""


def up(conn):
    run_script(conn, SCHEMA)
