"""PostgreSQL finds one or two Chinese characters through an index (db/search.py,
``postgresql_cjk_schema``): pg_trgm reads nothing under three characters. SQLite's
message_cjk already does; nothing to do there.
"""


def up(conn):
    pass


def up_postgresql(db):
    from db import search

    search.postgresql_cjk_schema(db)
