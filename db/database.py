"""The one database: SQLite for a workstation, PostgreSQL for a team; pragmas and migrations.

``database`` is a proxy every module imports; ``open_database(target)`` points it at a
SQLite file (WAL, foreign keys, busy timeout, journal size limit) or, for a
``postgresql://`` address, at a PostgreSQL server, and brings the schema up to date.

- SQLite: the numbered steps in ``db/migrations``; PRAGMA user_version records how many
  have run, so a file written by any earlier version opens in a newer one with all its rows.
- PostgreSQL: the schema is made from the peewee models (db.models, the schema's one
  source) at the latest step, and later steps run there too; a table ``sportello_schema``
  records the step.

A write transaction is ``database.atomic("IMMEDIATE")`` on both: SQLite takes its write
lock at BEGIN; PostgreSQL takes one advisory lock for the transaction, so writers queue
one after the other as they do on SQLite and read-then-write code stays correct.
"""
from __future__ import annotations

import importlib
import pkgutil
from db.sqlite import sqlite3
import threading
from pathlib import Path
from typing import Callable

import peewee
from peewee import DatabaseProxy, PostgresqlDatabase, SqliteDatabase, _ConnectionState
from playhouse.shortcuts import ReconnectMixin

from db import migrations as _migrations_pkg
from db.text import cjk_bigrams

PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("busy_timeout", 5000),
    ("journal_size_limit", 64 * 1024 * 1024),
    ("synchronous", "normal"),
    ("cache_size", -32000),  # 32 MB page cache
    ("temp_store", "memory"),
    # Deleted customer text overwritten, not left in free pages (Debian's SQLite had it on
    # at build time; pysqlite3's has it off).
    ("secure_delete", 1),
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

    def forget_other_threads(self, self_closes_others: bool = False) -> None:
        """Drop every other thread's state: they open a new connection when next asked.

        ``self_closes_others`` closes their connections first (a psycopg connection left to
        the collector complains; a server counts its connections)."""
        states = object.__getattribute__(self, "_states")
        mine = threading.get_ident()
        for ident in [i for i in states if i != mine]:
            state = states.pop(ident)
            if self_closes_others and not state.closed:
                try:
                    state.conn.close()
                except Exception:  # noqa: BLE001 - a connection already broken
                    pass
            # (an sqlite3 connection closes when collected)


class _Database(SqliteDatabase):
    """peewee's SQLite database, whose connection on one chosen thread is read-only."""

    engine = "sqlite"
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


# The advisory lock a PostgreSQL write transaction takes (database.atomic("IMMEDIATE")).
WRITE_LOCK = 0x53504F52  # "SPOR"


def load_psycopg():
    """psycopg, imported on first use and handed to peewee (kept out of its import above)."""
    import peewee

    if peewee.psycopg is None:
        try:
            import psycopg
            from psycopg.pq import TransactionStatus
            from psycopg.types.json import Json, Jsonb
        except ImportError as exc:  # pragma: no cover - it is a dependency
            raise ServerUnavailable("PostgreSQL's driver (psycopg) is not installed.") from exc
        peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
        peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
        adapter = peewee.Psycopg3Adapter
        adapter.txn_idle = TransactionStatus.IDLE
        adapter.txn_inerror = TransactionStatus.INERROR
        adapter.txn_unknown = TransactionStatus.UNKNOWN
    return peewee.psycopg


_DRIVER_ERRORS = getattr(peewee, "__exception_wrapper__")  # (a name a class body would mangle)


class _PostgresDatabase(ReconnectMixin, PostgresqlDatabase):
    """peewee's PostgreSQL database (psycopg 3): one connection per thread, as on SQLite, the
    chosen thread's read-only, and a write lock for ``atomic("IMMEDIATE")``.

    A connection the server dropped (a restart, a network gone and back) is opened again
    by itself, outside a transaction (peewee's ReconnectMixin); inside one, the error goes
    up and the transaction is rolled back, so nothing half-written is kept."""

    engine = "postgresql"
    read_only_thread: int | None = None
    reconnect_errors = (
        (peewee.OperationalError, "terminating connection"),
        (peewee.OperationalError, "the connection is closed"),
        (peewee.OperationalError, "server closed the connection"),
        (peewee.OperationalError, "consuming input failed"),
        (peewee.OperationalError, "connection is lost"),
        (peewee.InterfaceError, "connection already closed"),
        (peewee.InterfaceError, "the connection is closed"),
    )

    def __init__(self, url: str, **kwargs) -> None:
        load_psycopg()
        kwargs.setdefault("connect_timeout", 5)
        kwargs.setdefault("application_name", "Sportello")
        super().__init__(url, prefer_psycopg3=True, **kwargs)
        self._state = _PerThread()

    def _initialize_connection(self, conn):
        super()._initialize_connection(conn)
        if self.read_only_thread is not None and threading.get_ident() == self.read_only_thread:
            conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    def begin(self, lock_type=None):
        """BEGIN; for SQLite's IMMEDIATE or EXCLUSIVE, the write lock too (so one writer at a
        time, in the order they came, as on SQLite)."""
        super().begin()
        if lock_type in ("IMMEDIATE", "EXCLUSIVE"):
            self.cursor().execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    def execute_unprepared(self, sql: str, params=None):
        """``execute_sql``, planned for its values each time and never as a prepared statement.

        psycopg prepares a statement run five times, and the server then plans it once for
        any values. For the search that generic plan knows neither the word nor the pair:
        it walked the newest messages checking each one (3 s for "预订" on 1,000,000
        messages, where the plan for the values reads its index in 55 ms)."""
        return self._reconnect(self._execute_unprepared, sql, params)

    def _execute_unprepared(self, sql: str, params):
        self._log_query(sql, params)
        with _DRIVER_ERRORS:  # (psycopg's errors as peewee's, as execute_sql gives them)
            cursor = self.cursor()
            cursor.execute(sql, params or (), prepare=False)
        return cursor

    def close_all(self) -> None:
        """Every thread's connection closed (switching to another database, quitting)."""
        self._state.forget_other_threads(self_closes_others=True)
        if not self.is_closed():
            self.close()


class _Proxy(DatabaseProxy):
    """The ``database`` every module imports: SQLite's or PostgreSQL's, whichever is open.
    Attributes set on it (``read_only_thread``) are set on the database it stands for."""

    __slots__ = ()

    def __setattr__(self, attr, value):
        if attr in DatabaseProxy.__slots__:
            object.__setattr__(self, attr, value)
        else:
            setattr(self.obj, attr, value)


_sqlite = _Database(None)
database = _Proxy()
database.initialize(_sqlite)


def engine() -> str:
    """``"sqlite"`` or ``"postgresql"``: the engine of the open database."""
    return database.obj.engine


class ServerUnavailable(RuntimeError):
    """The PostgreSQL server cannot be used: its message says why, in words a user reads."""


def describe_server_error(exc: BaseException) -> str:
    """What went wrong connecting, said plainly (psycopg's text names libpq's internals). The
    sentences are offered for translation (the window shows them through tr)."""
    from db.errors import QT_TRANSLATE_NOOP

    text = str(exc)
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return QT_TRANSLATE_NOOP("Errors", "The server refused the user name or password.")
    if "does not exist" in lowered and "database" in lowered:
        return QT_TRANSLATE_NOOP("Errors", "The server has no database of that name.")
    if "role" in lowered and "does not exist" in lowered:
        return QT_TRANSLATE_NOOP("Errors", "The server has no user of that name.")
    if "could not translate host name" in lowered or "name or service not known" in lowered:
        return QT_TRANSLATE_NOOP("Errors", "No computer answers to that server name.")
    if "connection refused" in lowered or "timeout expired" in lowered or "no route" in lowered:
        return QT_TRANSLATE_NOOP("Errors", "The server does not answer at that address: is it running, and is "
                                           "the port right?")
    if "ssl" in lowered:
        return QT_TRANSLATE_NOOP("Errors", "The server and Sportello could not agree on an encrypted connection "
                                           "(sslmode).")
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return f"The server could not be used: {first}"


def files_folder() -> Path:
    """Where the files that go with the data are kept (attachments): beside a SQLite file;
    for a team's server, in this computer's data folder, one folder per server database."""
    if engine() == "sqlite":
        return Path(database.database).resolve().parent
    from urllib.parse import urlsplit

    parts = urlsplit(database.database)
    name = "-".join(p for p in (parts.hostname or "local", str(parts.port or 5432), parts.path.strip("/")) if p)
    return _data_home() / "Sportello" / "servers" / "".join(c if c.isalnum() or c in "-._" else "_" for c in name)


def database_size() -> int:
    """How many bytes the open database takes: a file's, with its WAL (what is not yet
    checkpointed is the database's too); a team's server's own count of its database."""
    import os

    if engine() == "postgresql":
        return database.execute_sql("SELECT pg_database_size(current_database())").fetchone()[0]
    path = str(database.database)
    wal = path + "-wal"
    return os.path.getsize(path) + (os.path.getsize(wal) if os.path.exists(wal) else 0)


def attachments_folder() -> Path:
    """Where a message's and a saved reply's files are kept, whichever part of the app stores
    them: beside a SQLite file; for a team's server, in this computer's folder for it."""
    return files_folder() / "attachments"


def _data_home() -> Path:
    """The platform's folder for an application's data: %APPDATA% on Windows, Application
    Support on macOS, XDG_DATA_HOME (or ~/.local/share) elsewhere."""
    import os
    import sys

    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def is_server_url(target) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


# The search triggers' SQL function (registered on every connection): db.text's own, with
# no wrapper between (it is called twice for each message stored).
_cjk_bigrams = _sqlite.func("cjk_bigrams", deterministic=True)(cjk_bigrams)


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


def open_database(target: str | Path, *, target_version: int | None = None):
    """Open (creating if needed) the database at ``target`` and migrate it: a SQLite file's
    path, or a ``postgresql://USER@HOST:PORT/NAME`` address (ServerUnavailable when the
    server cannot be used).

    ``target_version`` stops the migrations early; only tests use it, to make a
    file as an older release would have written it.
    """
    _close_current()
    if is_server_url(str(target)):
        if target_version is not None:
            raise ValueError("a PostgreSQL schema is made at the latest step")
        return _open_postgresql(str(target))
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    _sqlite.init(str(path), pragmas=PRAGMAS)
    database.initialize(_sqlite)
    conn = database.connection()
    # peewee keeps sqlite3 in autocommit mode (isolation_level=None); the
    # migrations manage their own transactions.
    migrate(conn, target_version)
    return database


def standalone(target: str | Path):
    """A database of its own at ``target`` (not the ``database`` the app uses), its schema
    brought up to date: the other end of a copy."""
    import peewee

    if is_server_url(str(target)):
        server = _PostgresDatabase(str(target))
        try:
            server.connect()
        except peewee.OperationalError as exc:
            raise ServerUnavailable(describe_server_error(exc)) from exc
        migrate_postgresql(server)
        return server
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    local = _Database(str(path), pragmas=PRAGMAS)
    local.register_function(_cjk_bigrams, "cjk_bigrams", 1, deterministic=True)
    migrate(local.connection())
    return local


def _close_current() -> None:
    current = database.obj
    if isinstance(current, _PostgresDatabase):
        current.close_all()
        database.initialize(_sqlite)
    elif not current.is_closed():
        current.close()


def _open_postgresql(url: str):
    import peewee

    server = _PostgresDatabase(url)
    server.read_only_thread = _sqlite.read_only_thread
    try:
        server.connect()
    except peewee.OperationalError as exc:
        raise ServerUnavailable(describe_server_error(exc)) from exc
    database.initialize(server)
    try:
        migrate_postgresql(server)
    except BaseException:
        _close_current()
        raise
    return database


def postgresql_version(server) -> int | None:
    if not server.table_exists("sportello_schema"):
        return None
    row = server.execute_sql("SELECT version FROM sportello_schema").fetchone()
    return row[0] if row else None


def migrate_postgresql(server) -> int:
    """Make the schema from the models at the latest step, or run the steps after the one
    recorded (a step's ``up_postgresql(database)``). Two seats opening a new database at
    once: the write lock makes the second wait and find it made."""
    from db import models

    latest = latest_version()
    current = postgresql_version(server)
    if current == latest:
        return current
    with server.atomic("IMMEDIATE"):
        current = postgresql_version(server)
        if current is None:
            models.create_schema(server)
            server.execute_sql("CREATE TABLE sportello_schema (version integer NOT NULL)")
            server.execute_sql("INSERT INTO sportello_schema (version) VALUES (%s)", (latest,))
            return latest
        if current > latest:
            raise SchemaTooNewError(
                f"this database was written by a newer version of Sportello "
                f"(schema {current}, this version knows up to {latest})")
        for number, name, _up in migration_steps():
            if number > current:
                step = importlib.import_module(f"{_migrations_pkg.__name__}.{name}")
                step.up_postgresql(server)
                server.execute_sql("UPDATE sportello_schema SET version = %s", (number,))
        return latest


def per_engine(sqlite, postgresql):
    """An expression written one way on SQLite and another on PostgreSQL (a node each), for
    the few places where their dialects differ: chosen when the query is rendered."""
    from peewee import ColumnBase

    class PerEngine(ColumnBase):  # (a column: it takes operators, + 1, == "")
        def __sql__(self, ctx):
            return ctx.sql(sqlite if ctx.state.param == "?" else postgresql)  # "?": SQLite's context

    return PerEngine()


def _truths():
    from peewee import SQL

    return per_engine(SQL("1"), SQL("TRUE")), per_engine(SQL("0"), SQL("FALSE"))


# TRUE or FALSE written into the SQL, not bound: SQLite's flags are 0/1 and a partial index
# on ``unread = 1`` spares its table only for the literal term (a bound 1 reads every row
# to check it, three times slower); PostgreSQL's flags are booleans.
TRUE, FALSE = _truths()


class Slot:
    """A value a prepared query is given when it runs (see Prepared)."""

    __slots__ = ("name", "index")

    def __init__(self, name: str, index: int | None = None) -> None:
        self.name, self.index = name, index


def slot(name: str):
    """A value given when the query runs: ``Prepared.rows(name=value)``."""
    from peewee import Value

    return Value(Slot(name), converter=False)


def slots(name: str, count: int) -> list:
    """``count`` values given as one sequence when the query runs (for ``IN (...)``)."""
    from peewee import Value

    return [Value(Slot(name, i), converter=False) for i in range(count)]


class Prepared:
    """A composed query built once for each engine (and each shape), then run with new values.

    peewee's builder costs 0.3 to 1 ms a query, more than the query itself on a hot path (a
    conversation's thread is read in 0.07 ms). ``build(*shape)`` returns the query, with
    ``slot(name)`` and ``slots(name, n)`` where values go; ``rows(*shape, **values)`` runs it.
    The SQL is the builder's, in each engine's dialect: one function serves both."""

    __slots__ = ("build", "_made")

    def __init__(self, build: Callable) -> None:
        self.build = build
        self._made: dict = {}

    def sql(self, *shape) -> tuple[str, list]:
        key = (database.obj.engine, shape)
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = database.get_sql_context().sql(self.build(*shape)).query()
        return made

    def execute(self, *shape, **values):
        sql, params = self.sql(*shape)
        bound = [(values[p.name] if p.index is None else values[p.name][p.index]) if type(p) is Slot else p
                 for p in params]
        return database.execute_sql(sql, bound)

    def rows(self, *shape, **values) -> list[tuple]:
        return self.execute(*shape, **values).fetchall()

    def insert(self, *shape, **values) -> int:
        """An insert's new id (RETURNING's, where the builder wrote it; SQLite's rowid else)."""
        cursor = self.execute(*shape, **values)
        row = cursor.fetchone() if cursor.description else None
        return row[0] if row else cursor.lastrowid

    def executemany(self, rows, *shape) -> None:
        """Run it once per row through the driver's executemany: the slots are named "0",
        "1"… and each row gives their values in that order."""
        sql, params = self.sql(*shape)
        order = [(True, int(p.name)) if type(p) is Slot else (False, p) for p in params]
        if order != [(True, i) for i in range(len(order))]:
            rows = [[r[v] if is_value else v for is_value, v in order] for r in rows]
        database.cursor().executemany(sql, rows)

    def scalar(self, *shape, **values):
        row = self.execute(*shape, **values).fetchone()
        return row[0] if row else None


_INSERTS: dict = {}


def insert_rows(model, fields, rows) -> None:
    """Many rows at once through the driver's executemany (bulk loads: the demo, imports).
    The statement is the builder's, made once per engine (a Prepared); ``rows`` hold values
    in the order of ``fields`` (names or fields), flags as 0/1 or bools on either engine."""
    if not rows:
        return
    fields = [model._meta.fields[f] if isinstance(f, str) else f for f in fields]
    key = (model, tuple(f.name for f in fields))
    made = _INSERTS.get(key)
    if made is None:
        from peewee import BooleanField, Column

        # The table's insert, not the model's: the model's would add a value for every other
        # column that has a default (the columns' own defaults do that), and rows rebuilt
        # to hold them cost a second on 50,000 leads.
        table = model._meta.table
        prepared = Prepared(lambda: table.insert([tuple(slot(str(i)) for i in range(len(fields)))],
                                                 columns=[Column(table, f.column_name) for f in fields]))
        made = _INSERTS[key] = (prepared, [i for i, f in enumerate(fields) if isinstance(f, BooleanField)])
    prepared, flags = made
    if flags and database.obj.engine == "postgresql":  # (PostgreSQL's flags are booleans)
        def fixed(row):
            row = list(row)
            for i in flags:
                if row[i] is not None:
                    row[i] = bool(row[i])
            return row
        rows = [fixed(r) for r in rows]
    prepared.executemany(rows)


def advance_sequences(*models, db=None) -> None:
    """PostgreSQL: each table's id sequence past the ids written by hand (bulk loads and
    copies write their own); SQLite's next rowid follows by itself. ``db``: another
    database than the app's."""
    db = db or database
    if db.engine != "postgresql":
        return
    for model in models:
        pk = model._meta.primary_key
        if getattr(pk, "field_type", "") != "AUTO":
            continue
        table, column = model._meta.table_name, pk.column_name
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
            f"COALESCE((SELECT max({column}) FROM {table}), 0) + 1, false)")


def rows(query) -> list[tuple]:
    """A composed query's rows as the engine's driver gives them: tuples, without peewee's
    converter on every value (1.5 s over 90,000 rows). A flag is 0/1 on SQLite and a bool on
    PostgreSQL: read it with bool()."""
    return database.execute(query).fetchall()


def scalar(query):
    """A composed query's one value (None when it finds no row)."""
    row = database.execute(query).fetchone()
    return row[0] if row else None


def chunks(items, size: int = 900):
    """``items`` a batch at a time: ids for ``IN (...)`` stay under SQLite's limit on a
    statement's parameters."""
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def is_locked_error(exc: BaseException) -> bool:
    """Another connection holds the write lock (SQLite's SQLITE_BUSY / SQLITE_LOCKED). On
    PostgreSQL a writer waits for the lock instead."""
    import peewee

    if not isinstance(exc, (sqlite3.OperationalError, peewee.OperationalError)):
        return False
    text = str(exc).lower()
    return "database is locked" in text or "database table is locked" in text or "busy" in text


def forbid_writes_on_this_thread() -> None:
    """Make this thread's connection read-only (SQLite's PRAGMA query_only, PostgreSQL's
    read-only transactions).

    The window's thread reads (WAL readers never wait for the writer) and never writes:
    every change is an operation on the DB worker (DESIGN.md rule 4). A write that slips
    onto the GUI thread fails at once with "attempt to write a readonly database" instead
    of waiting, behind an import, for the lock. It holds for the connections this thread
    opens later too (after a restore).
    """
    _sqlite.read_only_thread = threading.get_ident()
    database.read_only_thread = threading.get_ident()
    _set_read_only(True)


def allow_writes_on_this_thread() -> None:
    if _sqlite.read_only_thread == threading.get_ident():
        _sqlite.read_only_thread = None
    if database.read_only_thread == threading.get_ident():
        database.read_only_thread = None
    _set_read_only(False)


def _set_read_only(on: bool) -> None:
    if database.database is None or database.is_closed():
        return
    if engine() == "sqlite":
        database.execute_sql(f"PRAGMA query_only = {int(on)}")
    else:
        database.execute_sql("SET SESSION CHARACTERISTICS AS TRANSACTION "
                             + ("READ ONLY" if on else "READ WRITE"))


def data_version() -> int:
    """PRAGMA data_version of this thread's connection: it moves when another connection
    (another thread's, another process's) commits."""
    return database.execute_sql("PRAGMA data_version").fetchall()[0][0]  # stepped to its end


def backend_pid() -> int | None:
    """The server process of this thread's connection (PostgreSQL), None on SQLite: a
    notification from it is this seat's own."""
    if engine() != "postgresql":
        return None
    return database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]


def close_database() -> None:
    _close_current()


def latest_version() -> int:
    return len(_step_names())
