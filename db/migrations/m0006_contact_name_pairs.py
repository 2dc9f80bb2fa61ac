"""Contact names in Chinese and similar scripts found by substring, through the index.

The name column of contact_fts now also holds the character pairs of the name
written family-name first and given-name first ("陈洋" -> "陈洋", "洋陈"), so
"陈洋" or "洋" finds the contact without scanning the contact table.
"""
from db.migrations import run_script

SCHEMA = """
DROP TRIGGER contact_fts_insert;
DROP TRIGGER contact_fts_update;
CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN
    INSERT INTO contact_fts(rowid, name) VALUES (new.id,
        new.first_name || ' ' || new.last_name || ' ' || cjk_bigrams(new.last_name || new.first_name)
        || ' ' || cjk_bigrams(new.first_name || new.last_name));
END;
CREATE TRIGGER contact_fts_update AFTER UPDATE OF first_name, last_name ON contact BEGIN
    UPDATE contact_fts SET name = new.first_name || ' ' || new.last_name || ' '
        || cjk_bigrams(new.last_name || new.first_name) || ' ' || cjk_bigrams(new.first_name || new.last_name)
        WHERE rowid = new.id;
END;
UPDATE contact_fts SET name = (
    SELECT c.first_name || ' ' || c.last_name || ' ' || cjk_bigrams(c.last_name || c.first_name)
           || ' ' || cjk_bigrams(c.first_name || c.last_name)
    FROM contact c WHERE c.id = contact_fts.rowid)
WHERE rowid IN (SELECT id FROM contact WHERE cjk_bigrams(first_name || last_name) != '');
"""


def up(conn):
    run_script(conn, SCHEMA)
