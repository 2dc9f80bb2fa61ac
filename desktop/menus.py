"""The main window's menus: File, Edit, View, Help, and what they open."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop.widgets.text import message_box



class MenusPart:
    """Mixin of MainWindow (which gives ``ctx``, ``show_view`` and ``backups``)."""

    # --- menus -------------------------------------------------------------------
    def _build_menus(self) -> None:
        menu_file = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        menu_file.addAction(QCoreApplication.translate("MainWindow", "Import a &Messenger export…"), self._messenger_dialog)
        menu_file.addAction(QCoreApplication.translate("MainWindow", "Export follow-ups to a &calendar (.ics)…"),
                            lambda: self.show_view("calendar")._export())
        menu_file.addSeparator()
        menu_file.addAction(QCoreApplication.translate("MainWindow", "&Back up now…"), lambda: self.backups.backup_dialog())
        menu_file.addAction(QCoreApplication.translate("MainWindow", "&Restore from a backup…"), lambda: self.backups.restore_dialog())
        menu_file.addSeparator()
        quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        menu_file.addAction(quit_action)
        self.menu_file = menu_file

        menu_edit = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        self.undo_action = QAction(QCoreApplication.translate("MainWindow", "&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.undo_action.triggered.connect(self.undo)
        menu_edit.addAction(self.undo_action)
        menu_edit.addSeparator()
        duplicates_action = QAction(QCoreApplication.translate("MainWindow", "Find &duplicate contacts…"), self)
        duplicates_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        duplicates_action.triggered.connect(self.open_duplicates)
        menu_edit.addAction(duplicates_action)
        self.addAction(duplicates_action)

        menu_view = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
        from desktop.main_window import VIEWS
        for number, (key, title, _icon, _) in enumerate(VIEWS, start=1):
            action = QAction(QCoreApplication.translate("MainWindow", title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
            menu_view.addAction(action)
            self.addAction(action)

        jump = QAction(QCoreApplication.translate("MainWindow", "&Go to…"), self)
        jump.setShortcut(QKeySequence("Ctrl+K"))
        jump.triggered.connect(self.open_jump)
        menu_view.addSeparator()
        menu_view.addAction(jump)
        self.addAction(jump)

        menu_help = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        sheet = QAction(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), self)
        sheet.setShortcut(QKeySequence(Qt.Key_F1))
        sheet.triggered.connect(self.open_shortcuts)
        menu_help.addAction(sheet)
        self.addAction(sheet)
        about = QAction(QCoreApplication.translate("MainWindow", "&About Sportello"), self)
        about.triggered.connect(self._about)
        menu_help.addAction(about)

    # --- importing a Messenger export -----------------------------------------------------------
    def _messenger_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("MainWindow", "Messenger export (.zip)"), "",
                                              QCoreApplication.translate("MainWindow", "Facebook export (*.zip)"))
        if not path:
            path = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("MainWindow", "Or the unpacked export folder"))
        if path:
            self.import_messenger(path)

    def import_messenger(self, path: str, page: str | None = None):
        from desktop.channels_import import MessengerImport
        job = MessengerImport(self.ctx, path, self, page)
        job.start()
        return job

    # --- Edit, View and Help ----------------------------------------------------------------
    def undo(self) -> None:
        """Ctrl+Z: undo the action the toast offers, while it shows."""
        if self._toast is not None and self._toast.can_undo:
            self._toast.undo()

    def open_duplicates(self):
        from desktop.widgets.duplicates import DuplicatesDialog
        dialog = DuplicatesDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_jump(self):
        from desktop.widgets.jump import JumpDialog
        dialog = JumpDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_shortcuts(self):
        from desktop.widgets.shortcuts import ShortcutsDialog
        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def about_text(self) -> str:
        """Help → About: the version, the database and its size, Qt's and PySide's versions."""
        import peewee
        import PySide6
        from PySide6.QtCore import QLocale, qVersion

        from db.database import database_size
        from db.server import without_password
        from db.sqlite import sqlite3
        from desktop.__main__ import version

        path = self.database_path
        try:
            size_text = QLocale().formattedDataSize(database_size(), 1, QLocale.DataSizeSIFormat)
        except (OSError, peewee.PeeweeException):  # (a file gone, a server away: the box still opens)
            size_text = QCoreApplication.translate("MainWindow", "unknown size")
        return (QCoreApplication.translate("MainWindow", "Sportello %1 — a contact center for small businesses.").replace("%1", version())
                + "\n\n" + QCoreApplication.translate("MainWindow", "Database: %1").replace("%1", without_password(path))
                + "\n" + QCoreApplication.translate("MainWindow", "Size: %1").replace("%1", size_text)
                + "\n\n" + QCoreApplication.translate("MainWindow", "Qt %1, PySide %2, SQLite %3").replace("%1", qVersion()).replace("%2", PySide6.__version__)
                   .replace("%3", sqlite3.sqlite_version))

    def _about(self):
        from PySide6.QtWidgets import QMessageBox
        box = message_box(self, QCoreApplication.translate("MainWindow", "About Sportello"), self.about_text(), icon=QMessageBox.Information,
                          buttons=QMessageBox.Ok)
        box.setTextInteractionFlags(Qt.TextSelectableByMouse)  # a path to copy into a support e-mail
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        return box
