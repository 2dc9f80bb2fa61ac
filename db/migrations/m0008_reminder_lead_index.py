"""Reminders by lead: the board asks every card for its next follow-up."""
from db.migrations import run_script

SCHEMA = """
CREATE INDEX reminder_lead ON reminder(lead_id, done_at);
CREATE INDEX reminder_contact ON reminder(contact_id);
"""


def up(conn):
    run_script(conn, SCHEMA)
