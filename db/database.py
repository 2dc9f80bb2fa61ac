"""The one SQLite database: deferred initialisation, pragmas and migrations.

``database`` is a peewee ``SqliteDatabase(None)``; ``open_database(path)``
initialises it (WAL, foreign keys, busy timeout, journal size limit) and brings
the schema up to date with the numbered steps in ``db/migrations``.
PRAGMA user_version records how many steps have run, so a file written by any
earlier version opens in a newer one with all its rows.
"""
from __future__ import annotations

import importlib
import pkgutil
import sqlite3
import threading
from pathlib import Path
from typing import Callable

from peewee import SqliteDatabase, _ConnectionState

from db import migrations as _migrations_pkg

PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("busy_timeout", 5000),
    ("journal_size_limit", 64 * 1024 * 1024),
    ("synchronous", "normal"),
    ("cache_size", -32000),  # 32 MB page cache
    ("temp_store", "memory"),
)

class _PerThread:
    """peewee's per-thread connection state, kept by thread id rather than threading.local.

    Qt's worker threads are not Python's: PySide makes a Python thread state for each
    call into a QRunnable and drops it afterwards, and a ``threading.local`` goes with
    it. peewee would then open a new connection for every job on the DB worker (pragmas,
    page cache and ``PRAGMA data_version`` lost each time). Keyed by thread id, the
    worker keeps one connection for its life.
    """

    __slots__ = ("_states",)

    def __init__(self) -> None:
        object.__setattr__(self, "_states", {})

    def _mine(self):
        states = object.__getattribute__(self, "_states")
        state = states.get(threading.get_ident())
        if state is None:
            state = states[threading.get_ident()] = _ConnectionState()
        return state

    def __getattr__(self, name):
        return getattr(self._mine(), name)

    def __setattr__(self, name, value):
        setattr(self._mine(), name, value)

    def reset(self):
        self._mine().reset()

    def set_connection(self, conn):
        self._mine().set_connection(conn)

    def forget_other_threads(self) -> None:
        """Drop every other thread's state: they open a new connection when next asked."""
        states = object.__getattribute__(self, "_states")
        mine = threading.get_ident()
        for ident in [i for i in states if i != mine]:
            del states[ident]  # its sqlite3 connection closes when collected


class _Database(SqliteDatabase):
    """peewee's SQLite database, whose connection on one chosen thread is read-only."""

    read_only_thread: int | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._state = _PerThread()

    def init(self, database, **kwargs):
        """(Re)point at a file: no thread keeps a connection to the one before."""
        super().init(database, **kwargs)
        if isinstance(self._state, _PerThread):  # peewee's __init__ calls init first
            self._state.forget_other_threads()

    def _initialize_connection(self, conn):
        super()._initialize_connection(conn)
        if self.read_only_thread is not None and threading.get_ident() == self.read_only_thread:
            conn.execute("PRAGMA query_only = 1")


database = _Database(None)


@database.func("cjk_bigrams", deterministic=True)
def _cjk_bigrams(text):
    """SQL function used by the search triggers (registered on every connection)."""
    from db.text import cjk_bigrams

    return cjk_bigrams(text)


class SchemaTooNewError(RuntimeError):
    """The file was written by a newer Sportello than this one."""


def _step_names() -> list[tuple[int, str]]:
    names = sorted(
        (int(info.name[1:5]), info.name)
        for info in pkgutil.iter_modules(_migrations_pkg.__path__)
        if info.name.startswith("m") and info.name[1:5].isdigit()
    )
    numbers = [n for n, _ in names]
    if numbers != list(range(1, len(names) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..N without gaps, found {numbers}")
    return names


def _load(name: str) -> Callable:
    return importlib.import_module(f"{_migrations_pkg.__name__}.{name}").up


def migration_steps() -> list[tuple[int, str, Callable]]:
    """Every migration module, as (number, name, up function), in order.

    A module is named ``mNNNN_what.py`` and defines ``up(conn)`` taking a raw
    sqlite3 connection inside an open transaction.
    """
    steps = [(number, name, _load(name)) for number, name in _step_names()]
    return steps


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Run the steps after the file's user_version, each in its own transaction.

    Only the steps that have to run are imported, so an up-to-date file opens
    without loading any migration code.
    """
    latest = latest_version()
    target = latest if target is None else target
    current = schema_version(conn)
    if current == latest:
        return current
    if current > latest:
        raise SchemaTooNewError(
            f"this database was written by a newer version of Sportello "
            f"(schema {current}, this version knows up to {latest})"
        )
    for number, _name, up in migration_steps():
        if number <= current or number > target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            up(conn)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return schema_version(conn)


def open_database(path: str | Path, *, target_version: int | None = None) -> SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and migrate it.

    ``target_version`` stops the migrations early; only tests use it, to make a
    file as an older release would have written it.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not database.is_closed():
        database.close()
    database.init(str(path), pragmas=PRAGMAS)
    conn = database.connection()
    # peewee keeps sqlite3 in autocommit mode (isolation_level=None); the
    # migrations manage their own transactions.
    migrate(conn, target_version)
    return database


def chunks(items, size: int = 900):
    """``items`` a batch at a time: ids for ``IN (...)`` stay under SQLite's limit on a
    statement's parameters."""
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def is_locked_error(exc: BaseException) -> bool:
    """Another connection holds the write lock (SQLite's SQLITE_BUSY / SQLITE_LOCKED)."""
    import peewee

    if not isinstance(exc, (sqlite3.OperationalError, peewee.OperationalError)):
        return False
    text = str(exc).lower()
    return "database is locked" in text or "database table is locked" in text or "busy" in text


def forbid_writes_on_this_thread() -> None:
    """Make this thread's connection read-only (PRAGMA query_only).

    The window's thread reads (WAL readers never wait for the writer) and never writes:
    every change is an operation on the DB worker (DESIGN.md rule 4). A write that slips
    onto the GUI thread fails at once with "attempt to write a readonly database" instead
    of waiting, behind an import, for the lock. It holds for the connections this thread
    opens later too (after a restore).
    """
    database.read_only_thread = threading.get_ident()
    if not database.is_closed():
        database.execute_sql("PRAGMA query_only = 1")


def allow_writes_on_this_thread() -> None:
    if database.read_only_thread == threading.get_ident():
        database.read_only_thread = None
    if database.database is not None and not database.is_closed():
        database.execute_sql("PRAGMA query_only = 0")


def data_version() -> int:
    """PRAGMA data_version of this thread's connection: it moves when another connection
    (another thread's, another process's) commits."""
    return database.execute_sql("PRAGMA data_version").fetchall()[0][0]  # stepped to its end


def close_database() -> None:
    if database.database is not None and not database.is_closed():
        database.close()


def latest_version() -> int:
    return len(_step_names())
