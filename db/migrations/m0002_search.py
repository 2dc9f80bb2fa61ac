"""Full-text search over message text and contact names (FTS5).

unicode61 with remove_diacritics 2 folds accents, so ``perche`` finds
``perché`` and ``sedinta`` finds ``ședință``. Triggers keep both indexes in
step with their tables; rows that exist when this step runs are indexed here.
"""

from db.migrations import run_script

SCHEMA = """
CREATE VIRTUAL TABLE message_fts USING fts5(
    text,
    content='message', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER message_fts_insert AFTER INSERT ON message BEGIN
    INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER message_fts_delete AFTER DELETE ON message BEGIN
    INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER message_fts_update AFTER UPDATE OF text ON message BEGIN
    INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE contact_fts USING fts5(
    name,
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN
    INSERT INTO contact_fts(rowid, name) VALUES (new.id, new.first_name || ' ' || new.last_name);
END;
CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
    DELETE FROM contact_fts WHERE rowid = old.id;
END;
CREATE TRIGGER contact_fts_update AFTER UPDATE OF first_name, last_name ON contact BEGIN
    UPDATE contact_fts SET name = new.first_name || ' ' || new.last_name WHERE rowid = new.id;
END;

INSERT INTO message_fts(message_fts) VALUES ('rebuild');
INSERT INTO contact_fts(rowid, name) SELECT id, first_name || ' ' || last_name FROM contact;
"""


def up(conn):
    run_script(conn, SCHEMA)
