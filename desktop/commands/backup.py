"""``sportello backup FILE`` and ``sportello restore FILE``."""
from __future__ import annotations

import sys
import time
from pathlib import Path


def register(subparsers, parents) -> None:
    b = subparsers.add_parser("backup", parents=parents, help="copy the database to FILE (safe while it runs)",
                              description="Copy the database (--db, or your own) to FILE with SQLite's "
                                          "online backup, safe while Sportello is open.")
    b.add_argument("file", help="where to write the copy")
    b.set_defaults(run=run_backup)
    r = subparsers.add_parser("restore", parents=parents, help="replace the database with a backup FILE",
                              description="Check FILE, keep the current database aside "
                                          "(name.before-restore-DATE.db) and put FILE in its place. "
                                          "Close Sportello first.")
    r.add_argument("file", help="the backup to restore")
    r.set_defaults(run=run_restore)


def _path(args) -> Path | None:
    from desktop.__main__ import database_path_for
    return database_path_for(args)


def run_backup(args) -> int:
    from db import backup
    from db.database import is_server_url, open_database

    path = _path(args)
    if is_server_url(str(path)):
        return _dump(str(path), Path(args.file))
    if not path.exists():
        print(f"sportello backup: {path} does not exist", file=sys.stderr)
        return 1
    open_database(path)
    try:
        target = backup.backup_to(Path(args.file))
    except OSError as exc:
        print(f"sportello backup: cannot write {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"{path} → {target}")
    return 0


def _dump(url: str, target: Path) -> int:
    """A team's server backed up with pg_dump (its custom format, for pg_restore)."""
    from db import backup
    from db.server import without_password

    try:
        backup.dump_server(url, target)
    except backup.BackupError as exc:
        print(f"sportello backup: {without_password(url)}: {exc}", file=sys.stderr)
        return 1
    print(f"{without_password(url)} → {target} (pg_dump; restore with pg_restore)")
    return 0


def run_restore(args) -> int:
    from db import backup
    from db.database import is_server_url

    path = _path(args)
    if is_server_url(str(path)):
        print("sportello restore: a team's server is restored where it runs, with pg_restore and the file "
              "`sportello backup` wrote; restore replaces only a workstation's own file", file=sys.stderr)
        return 1
    try:
        aside = backup.restore(Path(args.file), path, int(time.time()))
    except backup.BackupError as exc:
        print(f"sportello restore: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"sportello restore: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"restored {args.file} into {path}; the previous database is kept as {aside}")
    return 0
