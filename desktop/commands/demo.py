"""``sportello demo``: fill a database with the demo business."""
from __future__ import annotations

import sys
import time


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser(
        "demo", parents=parents,
        help="fill the database given by --db with a demo business",
        description="Fill the database given by --db with a pizzeria (Da Gino in Milan, Gino's in "
                    "London, La Gino in Bucharest or 基诺披萨 in Shanghai): a team of three, "
                    "customers writing in four languages, leads, reminders and saved replies.",
    )
    parser.add_argument("--messages", type=int, default=None, metavar="N",
                        help="about how many messages to generate (default 4000; "
                             "1000000 builds in under two minutes)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--flavour", choices=("it", "en", "ro", "zh_CN"), default=None,
                        help="the business's language and town (default: the language chosen in "
                             "Settings, else the system's; English when neither is one of these)")
    parser.set_defaults(run=run)


def run(args) -> int:
    from db import demo
    from db.server import without_password  # (a server's address without its password)
    from desktop.commands import open_given

    if not args.db:
        print("sportello demo: give the database to fill with --db PATH", file=sys.stderr)
        return 2
    if args.messages is not None and args.messages < 1:
        print("sportello demo: --messages must be at least 1", file=sys.stderr)
        return 2
    if failed := open_given(args, "demo", create=True):
        return failed
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:,} / {total:,} messages", end="", file=sys.stderr, flush=True)

    flavour = args.flavour
    if flavour is None:
        from desktop.app import demo_flavour, set_identity
        set_identity()
        flavour = demo_flavour()
    try:
        summary = demo.generate(seed=args.seed, now=int(time.time()), progress=progress,
                                messages=args.messages or demo.DEFAULT_MESSAGES, flavour=flavour)
    except demo.DatabaseNotEmptyError:
        print(f"sportello demo: {without_password(str(args.db))} already holds conversations; "
              "give a new file to fill", file=sys.stderr)
        return 1
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"{without_password(str(args.db))}: {summary.conversations:,} conversations, {summary.messages:,} messages, "
          f"{summary.contacts:,} contacts, {summary.leads:,} leads, {summary.reminders:,} reminders "
          f"in {time.perf_counter() - started:.1f} s")
    return 0
