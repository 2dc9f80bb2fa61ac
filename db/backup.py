"""Backups with SQLite's online backup API: daily copies, kept 7 days and 4 weeks; restore.

A backup is a consistent copy taken while the app runs (other readers and the
writer go on). Restoring checks the file first and keeps the current database
aside, so a wrong restore can itself be undone by hand.
"""
from __future__ import annotations

import re
import shutil
from db.sqlite import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable

from db.database import database, latest_version
from db.errors import QT_TRANSLATE_NOOP, UserError

DAILY_KEPT = 7
WEEKLY_KEPT = 4
NAME = re.compile(r"^sportello-(\d{4}-\d{2}-\d{2})\.db$")
REQUIRED_TABLES = {"contact", "conversation", "message", "lead", "reminder", "setting"}


class BackupError(UserError):
    pass


PAGES_PER_STEP = 1024  # 4 MB a step: progress and cancel between steps


def backup_to(target: Path, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> Path:
    """Copy the open database to ``target`` (written to a temporary name, then renamed).

    ``progress(done_pages, total_pages)`` is told between steps; ``cancelled()`` stops the
    copy (InterruptedError) and leaves no file.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)

    def step(_status, remaining, total):
        if cancelled is not None and cancelled():
            raise InterruptedError("cancelled")
        if progress is not None:
            progress(total - remaining, total)

    dest = sqlite3.connect(tmp)
    try:
        database.connection().backup(dest, pages=PAGES_PER_STEP, progress=step)
        dest.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        dest.close()
        tmp.unlink(missing_ok=True)
        raise
    dest.close()
    tmp.replace(target)
    return target


def pg_dump_tool() -> str | None:
    """PostgreSQL's pg_dump: on PATH, else in Debian's versioned folders (the newest)."""
    import glob

    found = shutil.which("pg_dump")
    if found:
        return found
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"),
                        key=lambda p: int(p.split("/")[-3]) if p.split("/")[-3].isdigit() else 0)
    return candidates[-1] if candidates else None


def dump_server(url: str, target: Path, cancelled: Callable[[], bool] | None = None) -> Path:
    """A team's server backed up with pg_dump, in its custom format (for pg_restore): written
    to a temporary name, then renamed; ``cancelled()`` stops it (InterruptedError) and leaves
    no file. The password goes to pg_dump in its environment, never on its command line,
    where every user of the computer could read it."""
    import os
    import subprocess
    from urllib.parse import unquote, urlsplit, urlunsplit

    tool = pg_dump_tool()
    if tool is None:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "A team's server is backed up with pg_dump, which is not installed on this computer. "
                      "Install PostgreSQL's client tools (Debian and Ubuntu: postgresql-client), or make a "
                      "local copy with “sportello --db ADDRESS copy-to FILE.db”."))
    parts = urlsplit(url)
    env = dict(os.environ)
    if parts.password is not None:
        env["PGPASSWORD"] = unquote(parts.password)
        url = urlunsplit(parts._replace(netloc=parts.netloc.replace(":" + parts.password + "@", "@", 1)))
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    process = subprocess.Popen([tool, "--format=custom", "--no-owner", f"--file={tmp}", f"--dbname={url}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    try:
        while True:
            try:
                _out, err = process.communicate(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                if cancelled is not None and cancelled():
                    raise InterruptedError("cancelled") from None
    except BaseException:
        process.kill()
        process.wait()
        tmp.unlink(missing_ok=True)
        raise
    if process.returncode != 0:
        tmp.unlink(missing_ok=True)
        reason = (err.strip().splitlines() or ["pg_dump failed"])[-1].removeprefix("pg_dump: error: ")
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "pg_dump could not back up the server: {reason}"),
                          reason=reason)
    tmp.replace(target)
    return target


@dataclass(frozen=True)
class Retention:
    kept: list[Path]
    removed: list[Path]


def prune(folder: Path, today: date) -> Retention:
    """Keep the newest 7 daily backups and the newest of each of the last 4 weeks before them."""
    backups = sorted(((date.fromisoformat(m.group(1)), p) for p in Path(folder).glob("sportello-*.db")
                      if (m := NAME.match(p.name))), reverse=True)
    keep = {p for _, p in backups[:DAILY_KEPT]}
    weeks_seen: list[tuple[int, int]] = []
    for day, path in backups[DAILY_KEPT:]:
        week = day.isocalendar()[:2]
        if week not in weeks_seen and len(weeks_seen) < WEEKLY_KEPT:
            weeks_seen.append(week)
            keep.add(path)
    removed = []
    for _, path in backups:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return Retention(sorted(keep), removed)


def daily_backup(folder: Path, now: int) -> Path | None:
    """Today's backup if there is none yet (then prune). Returns the new file, or None."""
    today = datetime.fromtimestamp(now, timezone.utc).date()
    target = Path(folder) / f"sportello-{today.isoformat()}.db"
    if target.exists():
        return None
    backup_to(target)
    prune(Path(folder), today)
    return target


def check_backup(path: Path) -> int:
    """The schema version of a readable Sportello database file, or BackupError saying why not."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{name} is not a file."), name=path.name)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{name} is not a Sportello database."), name=path.name) from None
    if ok != "ok":
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{name} is damaged ({detail})."), name=path.name, detail=ok)
    if not REQUIRED_TABLES <= tables:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{name} is not a Sportello database."), name=path.name)
    if version > latest_version():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{name} was written by a newer Sportello."), name=path.name)
    return version


def restore(backup: Path, db_path: Path, now: int) -> Path:
    """Replace the database at ``db_path`` with ``backup``; the current one is kept aside.

    The database must be closed by the caller (every connection). Returns where
    the previous database was moved.
    """
    check_backup(backup)
    db_path = Path(db_path)
    stamp = datetime.fromtimestamp(now, timezone.utc).strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")
    if db_path.exists():
        # Fold the WAL into the main file first, so the copy kept aside is complete.
        conn = sqlite3.connect(db_path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        shutil.move(db_path, aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dest = sqlite3.connect(db_path)
    try:
        source.backup(dest)
    finally:
        source.close()
        dest.close()
    return aside
