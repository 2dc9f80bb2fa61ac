"""The process's one SQLite library: pysqlite3's (SQLite 3.53) where its wheel exists,
Python's own otherwise.

Python's ``sqlite3`` links whatever SQLite the system has: Debian 12's is 3.40.1, and
every SQLite from 3.7.0 to 3.51.2 has the WAL-reset race (https://sqlite.org/wal.html,
"The WAL-Reset Bug"; fixed in 3.51.3, with backports to 3.50.7 and 3.44.6): a checkpoint
that overlaps another connection's commit can skip pages, which are then never written to
the file, and pages pointing at them are. The app has that shape all day (the window's
reader, the DB worker, an import in a child process, another window), and the bench's
file came out with a zeroed leaf under lead_stage_change's root.

peewee takes pysqlite3 when it is installed and newer; everything of ours that opens a
file by hand (backups, migrations, tests, the bench) imports ``sqlite3`` from here, so
that one process never holds one file through two libraries: closing one library's
descriptor drops the POSIX locks the other holds on the same file (SQLite's "How To
Corrupt", 2.2.1).
"""
from __future__ import annotations

from peewee import sqlite3

# (major, minor, patch) from which each line has the fix
_FIXED = ((3, 51, 3), (3, 50, 7), (3, 44, 6))


def has_wal_reset_fix(version: tuple[int, ...] | None = None) -> bool:
    version = tuple(version or sqlite3.sqlite_version_info)[:3]
    if version >= _FIXED[0]:
        return True
    return any(version[:2] == fixed[:2] and version >= fixed for fixed in _FIXED[1:])


__all__ = ["sqlite3", "has_wal_reset_fix"]
