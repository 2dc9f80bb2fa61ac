"""Moving in: a whole database copied to another engine (a workstation's file to a team's new
PostgreSQL, or a server's data to a local file), then checked.

Every table of db.models is copied with its ids, in the order the foreign keys need, in one
transaction on the target: a copy that fails or is stopped leaves the target as empty as it
was. The target must be empty. After copying, each table's rows are counted and their
contents compared (a digest of every row, whatever order the engines keep them in); a
difference is an error, not a warning.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable, NamedTuple

from peewee import SQL, fn

from db import models
from db.database import advance_sequences, database, is_server_url, standalone

BATCH_VALUES = 30_000  # values in one INSERT: under PostgreSQL's 65,535 parameters


class CopyError(RuntimeError):
    """The copy cannot start or did not give the same data: the message says which."""


class Copied(NamedTuple):
    table: str
    rows: int


def _count(db, model) -> int:
    return db.execute(model.select(fn.COUNT(SQL("*")))).fetchone()[0]


def _rows(db, model, fields):
    """Every row of ``model`` as the models see it (a flag is a bool on both engines)."""
    cursor = db.execute(model.select(*fields).tuples())
    convert = [f.python_value for f in fields]
    while batch := cursor.fetchmany(2000):
        for row in batch:
            yield tuple(c(v) for c, v in zip(convert, row))


def _digest(db, model) -> tuple[int, str]:
    """The number of rows and a digest of their contents that ignores their order."""
    fields = model._meta.sorted_fields
    total, count = 0, 0
    for row in _rows(db, model, fields):
        total = (total + int.from_bytes(hashlib.blake2b(repr(row).encode(), digest_size=16).digest(), "big")) \
            % (1 << 128)
        count += 1
    return count, f"{total:032x}"


def copy_to(target: str | Path, progress: Callable[[str, int, int], None] | None = None,
            cancelled: Callable[[], bool] = lambda: False) -> list[Copied]:
    """Copy the open database (``database``) to ``target``, a new SQLite file or an empty
    PostgreSQL database, and check the copy. ``progress(table, done, total)`` is told as rows
    go; ``cancelled()`` true stops the copy and leaves the target empty."""
    if str(target) == str(database.database):
        raise CopyError("The copy must go to another database.")
    new_file = None
    if not is_server_url(str(target)):
        new_file = Path(target)
        if new_file.exists() and new_file.stat().st_size > 0:
            raise CopyError(f"{new_file.name} already exists: copy to a new file.")
    other = standalone(target)
    done = False
    try:
        filled = [m._meta.table_name for m in models.ALL_MODELS if _count(other, m)]
        if filled:
            raise CopyError("The target already holds data (" + ", ".join(filled[:5])
                            + "): copy to an empty database.")
        totals = {m: _count(database, m) for m in models.ALL_MODELS}
        copied = []
        with other.atomic("IMMEDIATE"):
            for model in models.ALL_MODELS:
                copied.append(Copied(model._meta.table_name,
                                     _copy_table(model, other, totals[model], progress, cancelled)))
            if other.engine == "postgresql":
                advance_sequences(*models.ALL_MODELS, db=other)
        if other.engine == "postgresql":
            # The planner's figures for what just arrived (autovacuum would take its time):
            # without them the first searches on a moved-in server took 0.9 s, not 0.1.
            other.execute_sql("VACUUM (ANALYZE)")
        _check(other)
        done = True
        return copied
    finally:
        if other.engine == "postgresql":
            other.close_all()
        else:
            other.close()
            if not done:  # the file this copy made, and nothing else
                for suffix in ("", "-wal", "-shm"):
                    Path(str(new_file) + suffix).unlink(missing_ok=True)


class Cancelled(CopyError):
    pass


def _copy_table(model, other, total: int, progress, cancelled) -> int:
    fields = model._meta.sorted_fields
    table = model._meta.table_name
    size = max(1, BATCH_VALUES // len(fields))
    done, batch = 0, []

    def flush():
        # Plain INSERT ... VALUES: no RETURNING of the ids written, they are the source's.
        other.execute(model.insert_many(batch, fields=fields).returning())

    for row in _rows(database, model, fields):
        batch.append(tuple(f.db_value(v) for f, v in zip(fields, row)))
        if len(batch) >= size:
            flush()
            done += len(batch)
            batch = []
            if cancelled():
                raise Cancelled("The copy was stopped: the target is left empty.")
            if progress:
                progress(table, done, total)
    if batch:
        flush()
        done += len(batch)
    if progress:
        progress(table, done, total)
    return done


def _check(other) -> None:
    """The target holds what the source holds, table by table (every table that differs is
    named)."""
    problems = []
    for model in models.ALL_MODELS:
        here, there = _digest(database, model), _digest(other, model)
        if here[0] != there[0]:
            problems.append(f"{model._meta.table_name}: {here[0]} rows here, {there[0]} in the copy")
        elif here[1] != there[1]:
            problems.append(f"{model._meta.table_name}: the copy's rows differ from the original's")
    if problems:
        raise CopyError("The copy is not the same: " + "; ".join(problems) + ".")
