"""Saved lead filters ("custom audiences")."""
from db.migrations import run_script

SCHEMA = """
CREATE TABLE audience (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    filter      TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX lead_owner ON lead(owner_id);
CREATE INDEX lead_created ON lead(created_at);
"""


def up(conn):
    run_script(conn, SCHEMA)
