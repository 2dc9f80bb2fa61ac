"""A reply's files go to Meta one Send API call each, before its text: ``attachment.sent_id``
keeps Meta's id of each one accepted, so a retry after a refusal sends only the rest."""
from db.migrations import run_script

SCHEMA = """
ALTER TABLE attachment ADD COLUMN sent_id TEXT;
"""


def up(conn):
    run_script(conn, SCHEMA)
