"""A Chinese character is found wherever it stands in a run, the last one too.

db.text.cjk_bigrams now ends each run's pairs with the run's last character ("预订" ->
"预订 订"): searching "订" finds "我想预订", and two runs side by side are no longer read as
one. The pairs already indexed are made again. PostgreSQL searches the text itself
(pg_trgm), so there is nothing to do there.
"""
from db.migrations import run_script

SCHEMA = """
INSERT INTO message_cjk(message_cjk) VALUES ('delete-all');
INSERT INTO message_cjk(rowid, grams)
    SELECT id, g FROM (SELECT id, cjk_bigrams(text) AS g FROM message) WHERE g != '';
UPDATE contact_fts SET name = (
    SELECT c.first_name || ' ' || c.last_name || ' ' || cjk_bigrams(c.last_name || c.first_name)
           || ' ' || cjk_bigrams(c.first_name || c.last_name)
    FROM contact c WHERE c.id = contact_fts.rowid)
WHERE rowid IN (SELECT id FROM contact WHERE cjk_bigrams(first_name || last_name) != '');
"""


def up(conn):
    run_script(conn, SCHEMA)


def up_postgresql(db):
    pass
