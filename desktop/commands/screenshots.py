"""``sportello screenshots DIR``: render each main view offscreen to DIR/<view>.png."""
from __future__ import annotations

import os
import sys
from pathlib import Path

VIEWS = ("inbox", "leads", "calendar", "insights", "settings")


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser(
        "screenshots", parents=parents,
        help="render each main view to DIR/<view>.png",
        description="Render each main view offscreen with the current database (--db) "
                    "to DIR/<view>.png; the inbox shows its most recent conversation.",
    )
    parser.add_argument("dir", metavar="DIR", help="folder for the pictures (created if needed)")
    parser.add_argument("--view", choices=VIEWS, action="append",
                        help="only this view (repeatable)")
    parser.add_argument("--theme", choices=("light", "dark"), default=None,
                        help="force a theme (default: the system's)")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--language", choices=("en", "it", "ro", "zh_CN"), default=None,
                        help="the interface language (default: the system's)")
    parser.set_defaults(run=run)


def run(args) -> int:
    import resources

    os.environ.setdefault("QT_QPA_PLATFORM",
                          f"offscreen:configfile={resources.path('offscreen_screen.json')}")
    if args.theme:
        os.environ["SPORTELLO_THEME"] = args.theme
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print("sportello screenshots: --size is WIDTHxHEIGHT, e.g. 1280x800", file=sys.stderr)
        return 2
    from desktop.__main__ import database_path_for
    from desktop.screens import render_screenshots

    path = database_path_for(args)
    if path is None:
        return 1
    out = Path(args.dir)
    written = render_screenshots(path, out, args.view or VIEWS, (width, height), language=args.language)
    for file in written:
        print(file)
    return 0
