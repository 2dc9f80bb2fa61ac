"""The Inbox's thread pane: its context menu, retrying a failed reply, attachments."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QScrollArea, QVBoxLayout

from db import outbox
from desktop.operations import Area, changes
from desktop.widgets.errors import describe
from desktop.widgets.text import plain_label, set_window_title


class ThreadPanePart:
    """Mixin of InboxView (which gives ``thread_view``, ``actions`` and ``ctx``)."""

    def _thread_menu(self, pos) -> None:
        menu = QMenu(self)
        message = self.thread_view.message_at(pos)
        if message is not None:
            copy = menu.addAction(QCoreApplication.translate("InboxView", "Copy text"))
            copy.triggered.connect(lambda: self._copy(message.text))
            if message.state == "failed":
                retry = menu.addAction(QCoreApplication.translate("InboxView", "Retry sending"))
                retry.triggered.connect(lambda: self.retry(message.id))
            menu.addSeparator()
        if self._open_id is not None:
            self.actions.fill_menu(menu, [self._open_id])
        menu.popup(self.thread_view.viewport().mapToGlobal(pos))

    @staticmethod
    def _copy(text: str) -> None:
        from PySide6.QtWidgets import QApplication
        QApplication.clipboard().setText(text)

    # --- messages ---------------------------------------------------------------------------------
    def _sent(self, _message_id: int) -> None:
        self._refresh_open()

    def retry(self, message_id: int) -> None:
        now = self.ctx.now()
        self.ctx.ops.run(lambda: outbox.retry(message_id, now), changes=changes(Area.INBOX),
                         on_done=lambda _r: self.ctx.deliver(message_id),
                         on_error=lambda exc: self.ctx.notify(describe(exc)))

    def _attachment_clicked(self, attachment, global_pos) -> None:
        menu = self.attachment_menu(attachment)
        menu.popup(global_pos)

    def attachment_menu(self, attachment) -> QMenu:
        menu = QMenu(self)
        if attachment.kind == "image":
            view = menu.addAction(QCoreApplication.translate("InboxView", "View full size"))
            view.triggered.connect(lambda: self.show_image(attachment.path, attachment.filename))
        opener = menu.addAction(QCoreApplication.translate("InboxView", "Open"))
        opener.triggered.connect(lambda: self._open_file(attachment.path))
        save = menu.addAction(QCoreApplication.translate("InboxView", "Save as…"))
        save.triggered.connect(lambda: self.save_attachment(attachment))
        return menu

    @staticmethod
    def _open_file(path: str) -> None:
        from desktop.inbox.thread import open_file
        open_file(path)

    def show_image(self, path: str, title: str) -> QDialog:
        dialog = QDialog(self)
        set_window_title(dialog, title)
        area = QScrollArea(dialog)
        picture = plain_label()
        picture.setPixmap(QPixmap(path))
        area.setWidget(picture)
        layout = QVBoxLayout(dialog)
        layout.addWidget(area)
        dialog.resize(min(1000, picture.sizeHint().width() + 40), min(760, picture.sizeHint().height() + 40))
        dialog.picture = picture
        dialog.show()
        return dialog

    def save_attachment(self, attachment, target: str | None = None) -> bool:
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("InboxView", "Save attachment"), attachment.filename)
            if not target:
                return False
        try:
            shutil.copyfile(attachment.path, target)
        except OSError as exc:
            self.ctx.notify(QCoreApplication.translate("InboxView", "Could not save %1: %2").replace("%1", Path(target).name).replace(
                "%2", exc.strerror or str(exc)))
            return False
        return True
