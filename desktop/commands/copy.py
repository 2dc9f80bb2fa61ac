"""``sportello --db SOURCE copy-to TARGET``: a workstation's file to a team's new PostgreSQL
server, or a server's data to a local file, checked after copying."""
from __future__ import annotations

import sys


def register(subparsers, parents) -> None:
    c = subparsers.add_parser(
        "copy-to", parents=parents, help="copy the database to an empty PostgreSQL database or a new file",
        description="Copy every row of the database (--db, or your own) to TARGET: an empty "
                    "PostgreSQL database (postgresql://USER@HOST:PORT/NAME) or a new SQLite file. "
                    "The copy is then counted and compared with the original; a target that "
                    "already holds data is refused. The password, if the server asks for one, "
                    "is read from PGPASSWORD or ~/.pgpass.")
    c.add_argument("target", help="postgresql://USER@HOST:PORT/NAME, or a new file")
    c.set_defaults(run=run_copy)


def run_copy(args) -> int:
    from pathlib import Path

    from db import copy
    from db.database import ServerUnavailable, close_database, is_server_url, open_database
    from db.server import without_password
    from desktop.__main__ import database_path_for

    source = database_path_for(args)
    if not is_server_url(str(source)) and not Path(source).exists():
        print(f"sportello copy-to: {source} does not exist", file=sys.stderr)
        return 1
    shown = {}

    def progress(table, done, total):
        if total and (done == total or done - shown.get(table, 0) >= 50_000):
            shown[table] = done
            print(f"  {table}: {done:,} of {total:,}", flush=True)

    try:
        open_database(source)
        copied = copy.copy_to(args.target if is_server_url(args.target) else Path(args.target), progress)
    except (copy.CopyError, ServerUnavailable) as exc:
        print(f"sportello copy-to: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("sportello copy-to: stopped; the target is left as it was", file=sys.stderr)
        return 130
    finally:
        close_database()
    rows = sum(c.rows for c in copied)
    print(f"copied {rows:,} rows in {len(copied)} tables to {without_password(args.target)}; "
          "counts and contents checked")
    return 0

