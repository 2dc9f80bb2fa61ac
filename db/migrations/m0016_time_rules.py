"""Time rules (Settings → Rules) and what each did.

- ``time_rule``: "a lead in Neutral for N hours without contact", "a conversation waiting
  for a reply for N hours", "a follow-up overdue by N days" → make a follow-up, reassign,
  flag or notify. ``active_from``: waits that pass the limit from then on are acted on
  (a rule switched on does not fire for a year of old leads unless asked to).
- ``rule_firing``: one row each time a rule acted, on one lead, conversation or follow-up
  for one wait (``since``: when the wait began), so a rule acts once per wait, whichever
  process evaluates it; what it changed is kept for undo, and an undone firing stays
  (the same wait is not acted on again).
"""
from db.migrations import run_script

SCHEMA = """
CREATE TABLE time_rule (
    id           INTEGER PRIMARY KEY,
    trigger      TEXT NOT NULL CHECK (trigger IN ('lead_neutral', 'conversation_waiting', 'followup_overdue')),
    amount       INTEGER NOT NULL CHECK (amount BETWEEN 1 AND 8760),
    action       TEXT NOT NULL CHECK (action IN ('followup', 'reassign', 'flag', 'notify')),
    member_id    INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
    text         TEXT NOT NULL DEFAULT '',
    enabled      INTEGER NOT NULL DEFAULT 1,
    active_from  INTEGER NOT NULL,
    created_at   INTEGER NOT NULL
);

CREATE TABLE rule_firing (
    id                INTEGER PRIMARY KEY,
    rule_id           INTEGER REFERENCES time_rule(id) ON DELETE SET NULL,
    trigger           TEXT NOT NULL,
    amount            INTEGER NOT NULL,
    action            TEXT NOT NULL,
    subject_id        INTEGER NOT NULL,
    since             INTEGER NOT NULL,
    lead_id           INTEGER REFERENCES lead(id) ON DELETE CASCADE,
    conversation_id   INTEGER REFERENCES conversation(id) ON DELETE CASCADE,
    made_reminder_id  INTEGER REFERENCES reminder(id) ON DELETE SET NULL,
    before_value      INTEGER,
    after_value       INTEGER,
    fired_at          INTEGER NOT NULL,
    notified_at       INTEGER,
    undone_at         INTEGER
);
CREATE UNIQUE INDEX rule_firing_once ON rule_firing(rule_id, subject_id, since);
CREATE INDEX rule_firing_lead ON rule_firing(lead_id);
CREATE INDEX rule_firing_conversation ON rule_firing(conversation_id);
CREATE INDEX rule_firing_made ON rule_firing(made_reminder_id);  -- (a follow-up deleted: its record let go)
-- a person's replies (not the automatic ones, not those that failed): "has anyone answered
-- since?" is one seek per conversation, where it read every message since (50,000 leads:
-- 650 ms to 330 ms)
CREATE INDEX message_person_reply ON message(conversation_id, sent_at)
    WHERE direction = 'out' AND automatic IS NULL AND state != 'failed';
CREATE INDEX rule_firing_unnotified ON rule_firing(fired_at) WHERE action = 'notify' AND notified_at IS NULL;
"""


def up(conn):
    run_script(conn, SCHEMA)
