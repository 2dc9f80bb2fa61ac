"""PostgreSQL's search by words and by Chinese pairs (db/search.py,
``postgresql_search_indexes``) in place of pg_trgm's index over the folded text: pg_trgm
read nothing in fewer than three characters, and its regular expressions were checked
again on every row found. SQLite's FTS5 tables stay as they are.
"""


def up(conn):
    pass


def up_postgresql(db):
    from db import search

    db.execute_sql("DROP INDEX IF EXISTS message_search")
    db.execute_sql("DROP INDEX IF EXISTS contact_search")
    search.postgresql_search_indexes(db)
