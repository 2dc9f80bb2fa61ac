"""Stages back to Meta (the Conversions API for CRM, "conversion leads").

Each stage change of a lead that came from a Meta form — however it happened: a drag, an
import, a merge — queues one event, while a dataset is connected (Settings → Channels).
An undone change takes its unsent event with it. ``sending_since`` is the same claim as a
reply's: one sender takes an event, and one left taken by a crash is never resent by itself.
"""
from db.migrations import run_script

SCHEMA = """
CREATE TABLE conversion_event (
    id               INTEGER PRIMARY KEY,
    lead_id          INTEGER NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
    stage_change_id  INTEGER,
    meta_lead_id     TEXT NOT NULL,
    event_name       TEXT NOT NULL,
    event_time       INTEGER NOT NULL,
    state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    error            TEXT,
    sending_since    INTEGER,
    sent_at          INTEGER
);
CREATE INDEX conversion_event_waiting ON conversion_event(state) WHERE state != 'sent';
CREATE INDEX conversion_event_change ON conversion_event(stage_change_id);
CREATE TRIGGER conversion_event_queue AFTER INSERT ON lead_stage_change
WHEN EXISTS (SELECT 1 FROM setting WHERE key = 'capi.dataset')
 AND (SELECT external_id FROM lead WHERE id = NEW.lead_id) GLOB '[0-9]*'
BEGIN
    INSERT INTO conversion_event(lead_id, stage_change_id, meta_lead_id, event_name, event_time)
    VALUES (NEW.lead_id, NEW.id, (SELECT external_id FROM lead WHERE id = NEW.lead_id), NEW.to_stage, NEW.changed_at);
END;
CREATE TRIGGER conversion_event_undone AFTER DELETE ON lead_stage_change
BEGIN
    DELETE FROM conversion_event WHERE stage_change_id = OLD.id AND state != 'sent' AND sending_since IS NULL;
END;
"""


def up(conn):
    run_script(conn, SCHEMA)
