"""The first schema: the whole product's tables.

Times are INTEGER seconds since the Unix epoch, UTC. Booleans are 0/1.
"""

from db.migrations import run_script

SCHEMA = """
CREATE TABLE team_member (
    id          INTEGER PRIMARY KEY,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL DEFAULT '',
    color       TEXT NOT NULL DEFAULT '#4C6EF5',
    email       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE contact (
    id            INTEGER PRIMARY KEY,
    first_name    TEXT NOT NULL DEFAULT '',
    last_name     TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    country       TEXT NOT NULL DEFAULT '',
    work          TEXT NOT NULL DEFAULT '',
    company       TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    fan_since     INTEGER,
    has_reviewed  INTEGER NOT NULL DEFAULT 0,
    blocked       INTEGER NOT NULL DEFAULT 0,
    external_id   TEXT,
    created_at    INTEGER NOT NULL
);
CREATE UNIQUE INDEX contact_external ON contact(external_id) WHERE external_id IS NOT NULL;

CREATE TABLE conversation (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    channel          TEXT NOT NULL DEFAULT 'messenger'
                     CHECK (channel IN ('messenger', 'comment', 'email')),
    folder           TEXT NOT NULL DEFAULT 'inbox'
                     CHECK (folder IN ('inbox', 'done', 'archived', 'spam')),
    unread           INTEGER NOT NULL DEFAULT 0,
    flagged          INTEGER NOT NULL DEFAULT 0,
    assignee_id      INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
    last_message_at  INTEGER NOT NULL,
    snippet          TEXT NOT NULL DEFAULT '',
    external_id      TEXT,
    created_at       INTEGER NOT NULL
);
CREATE INDEX conversation_folder_recent ON conversation(folder, last_message_at DESC, id DESC);
CREATE INDEX conversation_contact ON conversation(contact_id);
CREATE INDEX conversation_unread ON conversation(folder) WHERE unread = 1;
CREATE UNIQUE INDEX conversation_external ON conversation(external_id) WHERE external_id IS NOT NULL;

CREATE TABLE message (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    direction        TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    author_id        INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
    automatic        TEXT CHECK (automatic IN ('instant', 'away', 'greeting')),
    text             TEXT NOT NULL DEFAULT '',
    sent_at          INTEGER NOT NULL,
    state            TEXT NOT NULL DEFAULT 'sent'
                     CHECK (state IN ('sent', 'pending', 'failed', 'unsent')),
    tag              TEXT,
    error            TEXT,
    external_id      TEXT
);
CREATE INDEX message_conversation_time ON message(conversation_id, sent_at, id);
CREATE UNIQUE INDEX message_external ON message(external_id) WHERE external_id IS NOT NULL;

CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY,
    message_id  INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('image', 'video', 'audio', 'file')),
    filename    TEXT NOT NULL,
    path        TEXT NOT NULL DEFAULT '',
    size        INTEGER NOT NULL DEFAULT 0,
    missing     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachment_message ON attachment(message_id);

CREATE TABLE label (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color  TEXT NOT NULL DEFAULT '#868E96'
);

CREATE TABLE contact_label (
    contact_id  INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    label_id    INTEGER NOT NULL REFERENCES label(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, label_id)
) WITHOUT ROWID;
CREATE INDEX contact_label_label ON contact_label(label_id, contact_id);

CREATE TABLE lead (
    id                INTEGER PRIMARY KEY,
    contact_id        INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    stage             TEXT NOT NULL DEFAULT 'neutral'
                      CHECK (stage IN ('neutral', 'interested', 'contacted', 'converted')),
    owner_id          INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
    creator_id        INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
    source            TEXT NOT NULL DEFAULT 'manual'
                      CHECK (source IN ('form', 'ad', 'campaign', 'organic', 'manual', 'import')),
    source_detail     TEXT NOT NULL DEFAULT '',
    external_id       TEXT,
    answers           TEXT NOT NULL DEFAULT '{}',
    created_at        INTEGER NOT NULL,
    stage_changed_at  INTEGER NOT NULL
);
CREATE INDEX lead_stage ON lead(stage, stage_changed_at DESC);
CREATE INDEX lead_contact ON lead(contact_id);
CREATE UNIQUE INDEX lead_external ON lead(external_id) WHERE external_id IS NOT NULL;

CREATE TABLE lead_label (
    lead_id   INTEGER NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
    label_id  INTEGER NOT NULL REFERENCES label(id) ON DELETE CASCADE,
    PRIMARY KEY (lead_id, label_id)
) WITHOUT ROWID;

CREATE TABLE lead_stage_change (
    id          INTEGER PRIMARY KEY,
    lead_id     INTEGER NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
    from_stage  TEXT,
    to_stage    TEXT NOT NULL,
    member_id   INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
    changed_at  INTEGER NOT NULL
);
CREATE INDEX lead_stage_change_lead ON lead_stage_change(lead_id, changed_at);

CREATE TABLE note (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER REFERENCES contact(id) ON DELETE CASCADE,
    lead_id     INTEGER REFERENCES lead(id) ON DELETE CASCADE,
    author_id   INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
    text        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    CHECK (contact_id IS NOT NULL OR lead_id IS NOT NULL)
);
CREATE INDEX note_contact ON note(contact_id, created_at);
CREATE INDEX note_lead ON note(lead_id, created_at);

CREATE TABLE saved_reply (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    shortcut  TEXT NOT NULL DEFAULT '',
    body      TEXT NOT NULL,
    position  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE reminder (
    id             INTEGER PRIMARY KEY,
    lead_id        INTEGER REFERENCES lead(id) ON DELETE CASCADE,
    contact_id     INTEGER REFERENCES contact(id) ON DELETE CASCADE,
    owner_id       INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
    text           TEXT NOT NULL,
    due_at         INTEGER NOT NULL,
    done_at        INTEGER,
    snoozed_until  INTEGER,
    recurrence     TEXT CHECK (recurrence IN ('weekly', 'monthly')),
    created_at     INTEGER NOT NULL
);
CREATE INDEX reminder_open_due ON reminder(due_at) WHERE done_at IS NULL;

CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE business_hours (
    id            INTEGER PRIMARY KEY,
    weekday       INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    start_minute  INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute    INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    CHECK (start_minute < end_minute)
);

CREATE TABLE closed_date (
    day    TEXT PRIMARY KEY,
    label  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE away_period (
    id        INTEGER PRIMARY KEY,
    start_at  INTEGER NOT NULL,
    end_at    INTEGER,
    source    TEXT NOT NULL CHECK (source IN ('manual', 'schedule'))
);
CREATE INDEX away_period_start ON away_period(start_at);

CREATE TABLE support_case (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    category         TEXT NOT NULL DEFAULT 'product_info'
                     CHECK (category IN ('product_info', 'site_info', 'contact_info',
                                         'site_problem', 'other')),
    status           TEXT NOT NULL DEFAULT 'assisting'
                     CHECK (status IN ('assisting', 'resolved', 'waiting')),
    product          TEXT NOT NULL DEFAULT '',
    opened_at        INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX support_case_conversation ON support_case(conversation_id);
CREATE INDEX support_case_opened ON support_case(opened_at);
"""


def up(conn):
    run_script(conn, SCHEMA)
