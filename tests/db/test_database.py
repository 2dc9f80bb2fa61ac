from db.sqlite import sqlite3

import pytest

from db import database as dbmod
from db.database import SchemaTooNewError, close_database, latest_version, open_database


def pragma(db, name):
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def test_open_database_sets_pragmas(db_path):
    db = dbmod.database
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "busy_timeout") == 5000
    assert pragma(db, "journal_size_limit") == 64 * 1024 * 1024
    assert pragma(db, "user_version") == latest_version()


def test_foreign_keys_cascade(db_path):
    db = dbmod.database
    db.execute_sql("INSERT INTO contact(id, first_name, created_at) VALUES (1, 'Ada', 0)")
    db.execute_sql("INSERT INTO conversation(id, contact_id, last_message_at, created_at) VALUES (1, 1, 0, 0)")
    db.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at) VALUES (1, 'in', 'hi', 0)")
    db.execute_sql("DELETE FROM contact WHERE id = 1")
    assert db.execute_sql("SELECT count(*) FROM message").fetchone()[0] == 0


def test_a_file_made_by_the_first_migration_opens_with_its_rows(tmp_path):
    path = tmp_path / "old.db"
    db = open_database(path, target_version=1)
    assert pragma(db, "user_version") == 1
    # Rows as the first release would have written them (no search index yet).
    db.execute_sql("INSERT INTO team_member(id, first_name) VALUES (1, 'Giulia')")
    db.execute_sql("INSERT INTO contact(id, first_name, last_name, created_at) VALUES (7, 'Niccolò', 'Ricci', 0)")
    db.execute_sql("INSERT INTO conversation(id, contact_id, last_message_at, created_at, unread)"
                   " VALUES (3, 7, 100, 50, 1)")
    db.execute_sql("INSERT INTO message(id, conversation_id, direction, text, sent_at)"
                   " VALUES (11, 3, 'in', 'Perché la pizza è fredda?', 100)")
    close_database()

    db = open_database(path)
    assert pragma(db, "user_version") == latest_version() >= 2
    assert db.execute_sql("SELECT first_name FROM team_member").fetchall() == [("Giulia",)]
    assert db.execute_sql("SELECT id, unread FROM conversation").fetchall() == [(3, 1)]
    assert db.execute_sql("SELECT text FROM message WHERE id = 11").fetchone()[0] == "Perché la pizza è fredda?"
    # The later migration indexed the old rows: they are found, accents folded.
    assert db.execute_sql("SELECT rowid FROM message_fts WHERE message_fts MATCH 'perche'").fetchall() == [(11,)]
    assert db.execute_sql("SELECT rowid FROM contact_fts WHERE contact_fts MATCH 'niccolo'").fetchall() == [(7,)]
    close_database()


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE mystery(x)")
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(path)
    close_database()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version() + 5
    conn.close()


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "half.db"
    open_database(path, target_version=1)
    close_database()

    def broken(conn):
        conn.execute("CREATE TABLE half_done(x)")
        raise RuntimeError("disk on fire")

    steps = dbmod.migration_steps()
    monkeypatch.setattr(dbmod, "migration_steps", lambda: steps[:1] + [(2, "m0002_broken", broken)])
    with pytest.raises(RuntimeError, match="disk on fire"):
        open_database(path)
    close_database()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()


def test_migrations_are_numbered_without_gaps():
    numbers = [n for n, _, _ in dbmod.migration_steps()]
    assert numbers == list(range(1, len(numbers) + 1))


def test_models_and_choices_describe_the_migrated_schema(db_path):
    """db.models and db.choices only describe what the migrations create: every
    model's columns exist, and each vocabulary is exactly what its column accepts."""
    import re

    from db import choices, models

    db = dbmod.database
    for model in models.BaseModel.__subclasses__():
        table = model._meta.table_name
        columns = {r[1] for r in db.execute_sql(f"PRAGMA table_info({table})")}
        assert columns, table
        assert {f.column_name for f in model._meta.sorted_fields} <= columns, table
    for table, column, values in (
        ("conversation", "folder", choices.FOLDERS), ("conversation", "channel", choices.CHANNELS),
        ("message", "automatic", choices.AUTOMATIC_KINDS), ("message", "state", choices.MESSAGE_STATES),
        ("lead", "stage", choices.STAGES), ("lead", "source", choices.LEAD_SOURCES),
        ("reminder", "recurrence", choices.RECURRENCES), ("support_case", "category", choices.CASE_CATEGORIES),
        ("support_case", "status", choices.CASE_STATUSES),
        ("time_rule", "trigger", choices.RULE_TRIGGERS), ("time_rule", "action", choices.RULE_ACTIONS),
    ):
        sql = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        allowed = re.search(rf"CHECK \({column} IN \(([^)]*)\)\)", sql).group(1)
        assert tuple(re.findall(r"'([^']*)'", allowed)) == values, (table, column)


def _checks(table_sql: str) -> list[str]:
    """The CHECK (...) clauses of a CREATE TABLE, whitespace folded."""
    found, at = [], 0
    while (at := table_sql.find("CHECK (", at)) != -1:
        depth, end = 0, at + len("CHECK ")
        for end in range(at + len("CHECK "), len(table_sql)):
            depth += {"(": 1, ")": -1}.get(table_sql[end], 0)
            if depth == 0:
                break
        found.append(" ".join(table_sql[at + len("CHECK ") + 1:end].split()))
        at = end
    return sorted(found)


def test_the_models_are_the_migrated_schema(db_path):
    """db.models is the schema's one source (PostgreSQL's tables are made from it): every
    table the migrations made on SQLite has exactly the model's columns, with their NULLs,
    defaults, primary and foreign keys, checks and indexes."""
    import re

    from peewee import ForeignKeyField, TextField

    from db import models

    db = dbmod.database
    tables = {r[0]: r[1] for r in db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE '%fts%' AND name NOT LIKE '%cjk%'")}
    assert set(tables) == {m._meta.table_name for m in models.ALL_MODELS}
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        migrated = {r[1]: r for r in db.execute_sql(f"PRAGMA table_info({table})")}
        fields = {f.column_name: f for f in model._meta.sorted_fields}
        assert set(fields) == set(migrated), table
        for column, field in fields.items():
            _, _, kind, notnull, default, pk = migrated[column]
            expected_kind = "TEXT" if isinstance(field, TextField) or (
                isinstance(field, ForeignKeyField) and isinstance(field.rel_field, TextField)) else "INTEGER"
            assert kind == expected_kind, (table, column)
            composite = getattr(model._meta.primary_key, "field_names", ())
            assert bool(pk) == (field.primary_key or field.name in composite), (table, column)
            if not pk:
                assert bool(notnull) == (not field.null), (table, column)
            wanted = models.sql_default(field)
            normalised = {"TRUE": "1", "FALSE": "0"}.get(wanted, wanted)
            assert default == normalised, (table, column, default, wanted)
        keys = {(r[3], r[2], r[4], r[6]) for r in db.execute_sql(f"PRAGMA foreign_key_list({table})")}
        assert keys == {(f.column_name, f.rel_model._meta.table_name, f.rel_field.column_name, f.on_delete)
                        for f in fields.values() if isinstance(f, ForeignKeyField)}, table
        constraints = [c for f in fields.values() for c in f.constraints or []] + list(model._meta.constraints or [])
        checks = [" ".join(c.sql.split())[len("CHECK ("):-1] for c in constraints if c.sql.startswith("CHECK (")]
        assert sorted(checks) == _checks(tables[table]), table
    for table, column in models.NOCASE_UNIQUE:
        assert re.search(rf"\b{column}\s+TEXT NOT NULL UNIQUE COLLATE NOCASE", tables[table])
    indexes = {r[0]: " ".join(r[1].split()) for r in db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name NOT LIKE '%fts%' AND tbl_name NOT LIKE '%cjk%'")}
    declared = {re.search(r"INDEX (\w+) ON", sql).group(1): sql for sql in models.index_sql("sqlite")}
    assert declared == indexes
