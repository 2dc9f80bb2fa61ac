"""``sportello import KIND FILE``: bring leads (and later conversations) in."""
from __future__ import annotations

import sys
import time
from pathlib import Path

KINDS = {
    "leads": "a Meta lead-ads download (.csv, tab-separated, UTF-8 or UTF-16), an ordinary CSV, or our export",
    "messenger": "a Facebook 'Download your information' export of the Page's messages (folder or .zip)",
}


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser(
        "import", parents=parents, help="import leads (and more) from a file",
        description="Import into the database given by --db. Kinds: "
                    + "; ".join(f"{k}: {v}" for k, v in KINDS.items()) + ". "
                    "Every row is checked first: with an invalid row nothing is imported, unless --skip-invalid.",
    )
    parser.add_argument("kind", choices=sorted(KINDS), help="what to import")
    parser.add_argument("file", help="the file to read")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="import the valid rows and list the skipped ones")
    parser.add_argument("--region", default=None,
                        help="leads: country for phone numbers written without +prefix "
                             "(default: the business's country, Settings → Business)")
    parser.add_argument("--stage-map", metavar="VALUE=STAGE", action="append", default=[],
                        help="leads: read a stage or status VALUE of the file as STAGE (neutral, interested,"
                             " contacted, converted, or keep); repeatable. Known words (Qualified, Won, Lost,"
                             " Meta's stage names, ...) are read without it; values left unread keep the"
                             " lead's stage and are listed")
    parser.add_argument("--page", metavar="NAME",
                        help="messenger: the Page's name in the export (default: the one in every thread)")
    parser.set_defaults(run=run)


def run(args) -> int:
    from db import leads_io
    from desktop.commands import open_given

    if not args.db:
        print("sportello import: give the database with --db PATH", file=sys.stderr)
        return 2
    if args.kind == "messenger":
        return run_messenger(args)
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"sportello import: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        stage_map = leads_io.parse_stage_map(args.stage_map)
    except ValueError as exc:
        print(f"sportello import: {exc}", file=sys.stderr)
        return 2
    if failed := open_given(args, "import", create=True):
        return failed
    try:
        result = leads_io.import_leads(data, int(time.time()), skip_invalid=args.skip_invalid, region=args.region,
                                       stage_map=stage_map)
    except leads_io.ImportFileError as exc:
        print(f"sportello import: {path}: {exc}", file=sys.stderr)
        return 1
    for problem in result.skipped:
        print(str(problem), file=sys.stderr)
    if result.skipped and not args.skip_invalid:
        print(f"sportello import: nothing imported; {len({p.row for p in result.skipped})} invalid row(s) "
              f"(fix them, or use --skip-invalid)", file=sys.stderr)
        return 1
    skipped = len({p.row for p in result.skipped})
    print(f"{path}: {result.created:,} new lead(s), {result.merged:,} merged, {skipped:,} skipped")
    for value, stage, rows in result.mapped:
        print(f"  stage “{value}” read as {stage} ({rows:,} row(s))")
    for value, rows in result.left:
        print(f"  stage “{value}” not read: {rows:,} row(s) keep their stage"
              f" (give it with --stage-map \"{value}=STAGE\")")
    return 0


def run_messenger(args) -> int:
    from db import messenger_import
    from db.database import attachments_folder
    from desktop.commands import open_given

    path = Path(args.file)
    if not path.exists():
        print(f"sportello import: {path} does not exist", file=sys.stderr)
        return 1
    if failed := open_given(args, "import", create=True):
        return failed
    try:
        summary = messenger_import.import_export(path, attachments_folder(), int(time.time()), page=args.page)
    except messenger_import.ExportError as exc:
        print(f"sportello import: {exc}; nothing was imported", file=sys.stderr)
        return 1
    print(f"{path}: {summary.threads:,} conversations, {summary.messages_added:,} new messages, "
          f"{summary.messages_known:,} already here, {summary.missing_files:,} files not found in the export "
          f"(the Page: {summary.page})")
    return 0
