"""File → Back up now / Restore from a backup, and the daily backup: all on the DB worker.

A backup is SQLite's online copy (db/backup.py), a step of 4 MB at a time with progress
and Cancel, written beside its name and renamed when whole. A restore checks the file on
the worker, lets every connection go (the workers', then the window's: the window does
not paint meanwhile), swaps the files on the worker, opens the restored file there
(migrating an older backup) and tells every view that everything changed.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject

from db import backup
from desktop.long_work import LongWork
from desktop.operations import EVERYTHING
from desktop.widgets.text import message_box


class Backups(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.job: LongWork | None = None

    @property
    def database_path(self) -> Path:
        return Path(self.window.database_path)

    def folder(self) -> Path:
        """Backups of this database: app-data/backups/<file name>-<short hash of its path>."""
        from desktop.app import data_dir
        path = self.database_path.resolve()
        digest = hashlib.sha1(str(path).encode()).hexdigest()[:8]
        return data_dir() / "backups" / f"{path.stem}-{digest}"

    def start_daily(self) -> None:
        from db.database import engine
        if engine() != "sqlite":
            return  # a team's server is backed up where it runs (`sportello backup` uses pg_dump)
        folder, now = self.folder(), self.ctx.now()
        self.ctx.tasks.run(lambda: backup.daily_backup(folder, now), lambda _p: None,
                           lambda exc: self.ctx.notify(self.tr("The daily backup failed: %1").replace("%1", str(exc))))

    # --- back up now ----------------------------------------------------------------------
    def backup_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from db.database import engine
        if engine() == "sqlite":
            name, kind = "sportello-backup.db", self.tr("Sportello database (*.db)")
        else:
            name, kind = "sportello-server.dump", self.tr("PostgreSQL dump, for pg_restore (*.dump)")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the database"), name, kind)
        if path:
            self.backup_now(path)

    def backup_now(self, path: str) -> LongWork:
        """The file's online copy; a team's server's pg_dump (db.backup.dump_server)."""
        from db.database import database, engine
        target = Path(path)
        if engine() == "sqlite":
            work = lambda progress, cancelled: backup.backup_to(target, progress, cancelled)  # noqa: E731
        else:
            url = database.database
            work = lambda _progress, cancelled: backup.dump_server(url, target, cancelled)  # noqa: E731

        def failed(exc: BaseException) -> None:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.ctx.notify(self.tr("The backup could not be written: %1").replace("%1", reason))

        self.job = LongWork(
            self.ctx, self.window, self.tr("Back up the database"),
            self.tr("Copying the database to %1…").replace("%1", target.name),
            work,
            on_done=lambda _p: self.ctx.notify(self.tr("Backed up to %1.").replace("%1", target.name)),
            on_error=failed,
            on_cancel=lambda: self.ctx.notify(self.tr("Backup cancelled: no file was written.")))
        return self.job.start()

    # --- restore --------------------------------------------------------------------------
    def restore_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from db.database import engine
        if engine() != "sqlite":
            message_box(self.window, self.tr("Restore from a backup"), self.server_restore_text(),
                        icon=QMessageBox.Information).exec()
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore from a backup"), str(self.folder()),
                                              self.tr("Sportello database (*.db)"))
        if not path:
            return
        box = message_box(self.window, self.tr("Restore from a backup"),
                          self.tr("Replace everything in Sportello with the backup %1? The current database is "
                                  "kept aside, so this can be undone by hand.").replace("%1", Path(path).name),
                          icon=QMessageBox.Warning, buttons=QMessageBox.Cancel)
        box.addButton(self.tr("Restore"), QMessageBox.AcceptRole)
        if box.exec() == QMessageBox.Cancel:
            return
        self.restore_from(path)

    def server_restore_text(self) -> str:
        return self.tr("This window works on the team's server, which is restored where it runs: with "
                       "pg_restore and a file that Back up now wrote. Restore from a backup replaces only "
                       "this computer's own database.")

    def restore_from(self, path: str) -> LongWork | None:
        """Check ``path`` on the worker, then swap it in (see the module's docstring). A
        team's server is never replaced from here: None, and the window says why."""
        from db.database import engine
        from desktop.widgets.errors import describe
        if engine() != "sqlite":
            self.ctx.notify(self.server_restore_text())
            return None
        source = Path(path)
        self.job = LongWork(self.ctx, self.window, self.tr("Restore from a backup"),
                            self.tr("Checking %1…").replace("%1", source.name),
                            lambda _progress, _cancelled: backup.check_backup(source),
                            on_done=lambda _v: self._swap(source),
                            on_error=lambda exc: self.ctx.notify(describe(exc)))
        return self.job.start()

    def _swap(self, source: Path) -> None:
        from db.database import close_database, database, open_database
        target, now = self.database_path, self.ctx.now()
        window = self.window
        # No view reads while the files change hands; the workers and this thread let go.
        window.setUpdatesEnabled(False)
        self.ctx.net.shutdown()
        self.ctx.tasks.shutdown()
        if not database.is_closed():
            database.close()

        def swap():
            close_database()
            try:
                return backup.restore(source, target, now)
            finally:
                open_database(target)  # this worker's connection, the schema brought up to date

        def done(aside: Path) -> None:
            window.setUpdatesEnabled(True)
            window.outside.reset()
            self.ctx.changed.emit(EVERYTHING)
            self.ctx.notify(self.tr("Restored. The previous database is kept as %1.").replace("%1", aside.name))

        def failed(exc: BaseException) -> None:
            window.setUpdatesEnabled(True)
            window.outside.reset()
            self.ctx.changed.emit(EVERYTHING)
            self.ctx.notify(self.tr("The restore failed: %1").replace("%1", str(exc)))

        self.job = LongWork(self.ctx, window, self.tr("Restore from a backup"),
                            self.tr("Restoring %1…").replace("%1", source.name),
                            lambda _progress, _cancelled: swap(), on_done=done, on_error=failed)
        self.job.dialog.setCancelButton(None)  # halfway through a swap there is nothing to cancel to
        self.job.start()
