"""One SQLite library in the process, and one without the WAL-reset race (db/sqlite.py)."""
import platform
import re
import sys
from pathlib import Path

import pytest

from db import database as dbmod
from db.sqlite import has_wal_reset_fix, sqlite3

ROOT = Path(__file__).resolve().parents[2]
WHEELS = {("linux", "x86_64"), ("win32", "AMD64"), ("darwin", "arm64")}  # pysqlite3's, as pyproject.toml


def test_the_versions_with_the_wal_reset_fix_are_known():
    assert not has_wal_reset_fix((3, 40, 1))  # Debian 12's
    assert not has_wal_reset_fix((3, 51, 2))
    assert has_wal_reset_fix((3, 51, 3)) and has_wal_reset_fix((3, 53, 4))
    assert has_wal_reset_fix((3, 50, 7)) and not has_wal_reset_fix((3, 50, 6))
    assert has_wal_reset_fix((3, 44, 6)) and not has_wal_reset_fix((3, 45, 0))


@pytest.mark.skipif((sys.platform, platform.machine()) not in WHEELS, reason="no pysqlite3 wheel here")
def test_the_app_runs_on_an_sqlite_without_the_wal_reset_race(db_path):
    version = dbmod.database.execute_sql("SELECT sqlite_version()").fetchone()[0]
    assert has_wal_reset_fix(tuple(int(p) for p in version.split("."))), version


def test_the_database_and_our_own_connections_share_one_library(db_path):
    assert isinstance(dbmod.database.connection(), sqlite3.Connection)
    stray = []
    for folder in ("db", "desktop", "resources", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            if re.search(r"^\s*(import sqlite3\b|from sqlite3\b)", path.read_text(encoding="utf-8"), re.M):
                stray.append(str(path.relative_to(ROOT)))
    assert not stray, f"import sqlite3 from db.sqlite instead: {stray}"


def test_deleted_customer_text_does_not_stay_in_the_file(db_path):
    db = dbmod.database
    db.execute_sql("INSERT INTO contact(id, first_name, created_at) VALUES (1, 'Ada', 0)")
    db.execute_sql("INSERT INTO conversation(id, contact_id, last_message_at, created_at) VALUES (1, 1, 0, 0)")
    db.execute_sql("INSERT INTO message(conversation_id, direction, text, sent_at)"
                   " VALUES (1, 'in', 'il mio codice fiscale RSSMRA80A01H501U', 0)")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"RSSMRA80A01H501U" in db_path.read_bytes()
    db.execute_sql("DELETE FROM contact WHERE id = 1")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"RSSMRA80A01H501U" not in db_path.read_bytes()
