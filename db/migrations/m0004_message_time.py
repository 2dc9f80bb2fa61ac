"""Messages by time: the metrics read "every message of the last 31 days"."""
from db.migrations import run_script

SCHEMA = """
CREATE INDEX message_sent_at ON message(sent_at);
"""


def up(conn):
    run_script(conn, SCHEMA)
