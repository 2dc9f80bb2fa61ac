"""``sportello export KIND FILE``: write the database's data for other tools."""
from __future__ import annotations

import sys
import time
from pathlib import Path

# kind -> (what it writes, function(db path, file) -> count). Each area adds its own.
KINDS = {
    "reminders": "open follow-ups as an iCalendar file (.ics) a phone calendar imports",
    "leads": "every lead as UTF-8 CSV (full_name, email, phone, stage, owner, creator, created_time, labels, ...)",
    "messages": "every message, oldest first, as UTF-8 CSV (conversation_id, contact_name, direction, sent_at, ...)",
}


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser(
        "export", parents=parents, help="export reminders (and more) to a file",
        description="Export data from the database given by --db. Kinds: "
                    + "; ".join(f"{k}: {v}" for k, v in KINDS.items()) + ".",
    )
    parser.add_argument("kind", choices=sorted(KINDS), help="what to export")
    parser.add_argument("file", help="the file to write (replaced if it exists)")
    parser.set_defaults(run=run)


def run(args) -> int:
    from desktop.commands import open_given

    if failed := open_given(args, "export"):
        return failed
    target = Path(args.file)
    tmp = target.with_name(target.name + ".part")
    try:
        count = EXPORTERS[args.kind](tmp)
        tmp.replace(target)  # all or nothing: the file appears only when complete
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        print(f"sportello export: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"{target}: {count:,} {args.kind}")
    return 0


def _reminders(path: Path) -> int:
    from db import reminders

    with open(path, "wb") as out:
        return reminders.export_ics(out, int(time.time()))


def _leads(path: Path) -> int:
    from db import leads_io

    with open(path, "w", encoding="utf-8", newline="") as out:
        return leads_io.export_csv(out)


def _messages(path: Path) -> int:
    from db import messenger_import

    with open(path, "w", encoding="utf-8", newline="") as out:
        return messenger_import.export_messages_csv(out)


EXPORTERS = {"reminders": _reminders, "leads": _leads, "messages": _messages}
