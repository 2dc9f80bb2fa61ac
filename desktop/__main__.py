"""The ``sportello`` command: open the window, or run a subcommand.

    sportello                     the user's own database (app-data folder)
    sportello --db PATH           a given file
    sportello --demo              a demo business in a temporary folder
    sportello --db PATH COMMAND   demo, screenshots, ... (see --help)
    sportello --version           the version
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from desktop.commands import COMMANDS


def version() -> str:
    """The installed package's version (a bundle carries the package's metadata too)."""
    from importlib.metadata import PackageNotFoundError, version as installed

    try:
        return installed("sportello")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


class _VersionAction(argparse.Action):
    """--version, read only when asked (the metadata lookup costs start-up time)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from db.sqlite import sqlite3

        print(f"Sportello {version()}\nSQLite {sqlite3.sqlite_version}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="the database file to use (created if missing), or a team's server: "
                             "postgresql://USER@HOST:PORT/NAME")
    parser = argparse.ArgumentParser(
        prog="sportello",
        description="Sportello: a desktop contact center for small businesses.",
    )
    parser.add_argument("--db", metavar="PATH", default=None,
                        help="the database file to use (default: your own, in the app-data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open on a demo business in a temporary folder")
    parser.add_argument("--new-window", action="store_true",
                        help="open another window even when one is open on this database")
    parser.add_argument("--version", action=_VersionAction, help="print the version and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"desktop.commands.{name}").register(subparsers, [common])
    return parser


def database_path_for(args) -> Path | str | None:
    """--db if given (a file's path, or a ``postgresql://`` address as it was written), else
    the user's own database in the app-data folder."""
    if args.db:
        from db.database import is_server_url
        return args.db if is_server_url(args.db) else Path(args.db)
    from desktop.app import default_database_path, set_identity
    from PySide6.QtCore import QCoreApplication

    set_identity()
    if QCoreApplication.instance() is None:
        from PySide6.QtWidgets import QApplication
        QApplication(sys.argv[:1])
    return default_database_path()


def demo_database() -> Path:
    """A fresh demo business in a temporary folder."""
    import tempfile
    import time

    from db import demo
    from db.database import open_database

    folder = Path(tempfile.mkdtemp(prefix="sportello-demo-"))
    path = folder / "demo.db"
    open_database(path)
    from desktop.app import demo_flavour
    demo.generate(now=int(time.time()), flavour=demo_flavour())
    return path


def welcome():
    """The first run's choice, or None when the welcome was closed."""
    from PySide6.QtWidgets import QDialog

    from desktop.welcome import Welcome
    dialog = Welcome()
    return dialog if dialog.exec() == QDialog.Accepted and dialog.choice else None


def start_business(path: Path, welcome) -> None:
    """The user's own database, made for the business the welcome described; the person
    who started it is this workstation's team member."""
    from PySide6.QtCore import QSettings

    from db import business
    from db.database import close_database, open_database

    open_database(path)
    member_id = business.start_business(welcome.profile(), welcome.first_name.text(), welcome.last_name.text())
    close_database()
    QSettings().setValue("team/member", member_id)


def after_welcome(window, choice: str) -> None:
    """Where the first run's choice leads once the window is up."""
    if choice == "import":
        window._messenger_dialog()
    elif choice == "connect":
        window.show_view("settings").show_section("channels")


def chosen_server() -> str:
    """The team's server chosen in Settings → Team ("" for this computer's own file)."""
    from PySide6.QtCore import QSettings

    value = QSettings().value("team/server") or ""
    return value if isinstance(value, str) else ""


def server_unavailable(url: str, exc: BaseException) -> bool:
    """The team's server cannot be used: say why, and offer this computer's own file. True
    when the user chose to open it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from db.server import without_password
    from desktop.widgets.text import message_box

    text = QCoreApplication.translate("Launcher", "Sportello cannot use the team's server at %1.")
    box = message_box(None, "Sportello", text.replace("%1", without_password(url)), icon=QMessageBox.Warning,
                      buttons=QMessageBox.NoButton, informative=QCoreApplication.translate("Errors", str(exc)))
    local = box.addButton(QCoreApplication.translate("Launcher", "Open this computer's own file"),
                          QMessageBox.AcceptRole)
    box.addButton(QCoreApplication.translate("Launcher", "Quit"), QMessageBox.RejectRole)
    box.setDefaultButton(local)
    box.exec()
    return box.clickedButton() is local


def run_gui(args) -> int:
    from desktop.app import create_application, default_database_path
    from desktop.launcher import open_window
    from db.database import SchemaTooNewError, ServerUnavailable, is_server_url

    app = create_application()
    first_run = None
    if args.demo:
        path = demo_database()
    elif args.db and is_server_url(args.db):
        from db.server import with_password
        path = with_password(args.db)
    elif not args.db and chosen_server():
        from db.server import with_password
        path = with_password(chosen_server())
    else:
        path = Path(args.db) if args.db else default_database_path()
        if not args.db and not path.exists():
            first_run = welcome()
            if first_run is None:
                return 0  # closed without choosing: no database is made
            if first_run.choice == "demo":
                path = demo_database()
            elif first_run.choice == "start":
                start_business(path, first_run)
    instance = None
    if not args.demo and not args.new_window:
        from desktop.single_instance import InstanceServer, ask_running
        running = ask_running(path)
        if running is not None:
            from db.server import without_password
            print(f"Sportello is already open on {without_password(str(path))} (process {running}): its window is now in front.")
            return 0
        instance = InstanceServer(path, app)
    try:
        try:
            window = open_window(path)
        except ServerUnavailable as exc:
            if not server_unavailable(path, exc):
                return 1
            path = default_database_path()  # this computer's own file, made if it is new
            window = open_window(path)
    except SchemaTooNewError as exc:
        from PySide6.QtWidgets import QMessageBox
        from desktop.widgets.text import message_box
        message_box(None, "Sportello", str(exc), icon=QMessageBox.Critical, buttons=QMessageBox.Ok).exec()
        return 1
    from desktop.app import data_dir
    from desktop.crash import CrashHandler

    crash = CrashHandler(data_dir() / "logs", app)
    crash.install()
    from PySide6.QtCore import Qt
    crash.lost.connect(window.server_unreachable, Qt.QueuedConnection)
    if instance is not None:
        from desktop.single_instance import bring_to_front
        instance.asked.connect(lambda: bring_to_front(window))
    window.show()
    window.start_daily_backup()
    from PySide6.QtCore import QTimer
    if instance is not None:
        QTimer.singleShot(0, window, instance.listen)  # once the first paint is queued
    QTimer.singleShot(1000, window, window.start_warm_up)  # once the inbox has painted
    if first_run is not None:
        QTimer.singleShot(0, window, lambda: after_welcome(window, first_run.choice))
    code = app.exec()
    window.ctx.shutdown()
    return code


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        return run_gui(args)
    if args.demo:
        print("sportello: --demo opens the window; use `sportello --db PATH demo` to fill a file",
              file=sys.stderr)
        return 2
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
