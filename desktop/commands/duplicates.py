"""``sportello duplicates [--json]`` lists contacts that look like one person;
``sportello merge ID ID...`` merges the listed contacts into the first."""
from __future__ import annotations

import json
import sys


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser(
        "duplicates", parents=parents,
        help="list contacts that look like one person (same e-mail, phone, Meta id or name)",
        description="Find duplicate contacts in the database given by --db. Each group lists its "
                    "contacts, the one to keep first, and why they look alike.",
    )
    parser.add_argument("--json", action="store_true",
                        help='print a JSON array of groups: {"contacts": [ids], "reason": "..."}')
    parser.set_defaults(run=run_duplicates)
    parser = subparsers.add_parser(
        "merge", parents=parents,
        help="merge contacts into the first one given",
        description="Merge the contacts given into the first: their conversations, leads, notes, labels "
                    "and follow-ups move to it; where values differ, the first's is kept (or the first "
                    "one that has one).",
    )
    parser.add_argument("ids", metavar="ID", type=int, nargs="+", help="contact ids, the one to keep first")
    parser.set_defaults(run=run_merge)


def run_duplicates(args) -> int:
    from db import duplicates

    from desktop.commands import open_given

    if failed := open_given(args, "duplicates"):
        return failed
    groups = duplicates.find()
    if args.json:
        print(json.dumps([g.as_json() for g in groups]))
        return 0
    if not groups:
        print("No duplicates found.")
        return 0
    names = duplicates.names([c for g in groups for c in g.contacts])
    for group in groups:
        people = ", ".join(f"{c} {names.get(c, '')}".strip() for c in group.contacts)
        print(f"{group.reason}: {people}")
    print(f"{len(groups)} group(s). Merge one with: sportello --db PATH merge ID ID...")
    return 0


def run_merge(args) -> int:
    from db import duplicates

    from desktop.commands import open_given

    if failed := open_given(args, "merge"):
        return failed
    try:
        preview = duplicates.preview(args.ids)
        duplicates.merge(args.ids)
    except duplicates.MergeError as exc:
        print(f"sportello merge: {exc}", file=sys.stderr)
        return 1
    moved = ", ".join(f"{n} {what}" for what, n in preview.moves.items() if n)
    print(f"Merged {len(preview.others)} contact(s) into {preview.keep}" + (f": {moved} moved." if moved else "."))
    return 0
