"""A team's server queues the stages that go back to Meta, as SQLite has since m0012: its
triggers were missing there (db/conversions.py, ``postgresql_schema``).
"""


def up(conn):
    pass


def up_postgresql(db):
    from db import conversions

    conversions.postgresql_schema(db)
