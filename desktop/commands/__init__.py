"""Subcommands of ``sportello``: one module each, registered in COMMANDS.

A module defines ``register(subparsers, parents)`` which adds its parser and
sets ``run=`` to a function ``run(args) -> int``. Modules import Qt (or other
heavy things) inside ``run`` only, so ``sportello --help`` and the data
commands start fast. To add a command, write the module and list it here.
"""
COMMANDS = ("demo", "screenshots", "metrics", "importing", "export", "backup", "page", "duplicates", "copy")


def open_given(args, name: str, *, create: bool = False) -> int:
    """Open the database ``--db`` names for the command ``name``: 0 once it is open, else the
    exit code, having said why (no --db: 2; a missing file, unless ``create``, or an
    unusable server: 1). A
    server's address may be given without its password: the keyring's, PGPASSWORD's or
    ~/.pgpass's is used; a password in the address is never repeated in a message."""
    import sys
    from pathlib import Path

    from db.database import SchemaTooNewError, ServerUnavailable, is_server_url, open_database
    from db.server import with_password, without_password

    if not args.db:
        print(f"sportello {name}: give the database with --db PATH", file=sys.stderr)
        return 2
    if not create and not is_server_url(args.db) and not Path(args.db).exists():
        print(f"sportello {name}: {args.db} does not exist", file=sys.stderr)
        return 1
    try:
        open_database(with_password(args.db) if is_server_url(args.db) else args.db)
    except (ServerUnavailable, SchemaTooNewError) as exc:
        print(f"sportello {name}: {without_password(args.db)}: {exc}", file=sys.stderr)
        return 1
    return 0
