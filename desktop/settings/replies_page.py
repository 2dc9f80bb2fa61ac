"""Settings → Saved replies: create, edit, duplicate, delete (undoable), reorder."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QVBoxLayout, QWidget,
)

from db import replies
from db.database import attachments_folder
from desktop.operations import Area, changes
from desktop.context import AppContext
from desktop.settings.common import SettingsPage, label
from desktop.widgets.errors import describe
from desktop.widgets.field_editor import TemplateEditor
from desktop.widgets.text import set_tooltip


class ReplyList(QListWidget):
    """Saved replies by title; dragging one reorders them."""

    def __init__(self, on_moved, parent=None) -> None:
        super().__init__(parent)
        self._on_moved = on_moved
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setAccessibleName(self.tr("Saved replies"))

    def dropEvent(self, event) -> None:
        item = self.currentItem()
        super().dropEvent(event)
        if item is not None:
            self._on_moved(item.data(Qt.UserRole), self.row(item))


class SavedRepliesPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(
            self.tr("Saved replies"),
            self.tr("Answers you send often. Insert one in the composer from the picker or by typing "
                    "/ and its shortcut; fields like the customer's first name are filled in."),
            parent)
        self.ctx = ctx
        self._current: int | None = None
        self._loading = False
        self._dirty = False

        columns = QHBoxLayout()
        left = QVBoxLayout()
        self.list = ReplyList(self._moved)
        self.list.setMinimumWidth(220)
        self.list.setMaximumWidth(300)
        self.list.currentItemChanged.connect(self._selection_changed)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for b in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        order = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        left.addLayout(order)
        columns.addLayout(left)

        form = QVBoxLayout()
        form.addWidget(label(self.tr("Title"), "caption"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        form.addWidget(self.title_edit)
        form.addWidget(label(self.tr("Shortcut (type / and this in the composer)"), "caption"))
        self.shortcut_edit = QLineEdit()
        self.shortcut_edit.setPlaceholderText(self.tr("e.g. hours"))
        self.shortcut_edit.setAccessibleName(self.tr("Shortcut"))
        form.addWidget(self.shortcut_edit)
        form.addWidget(label(self.tr("Message"), "caption"))
        self.editor = TemplateEditor(limit=replies.MAX_BODY)
        self.editor.edit.setMaximumHeight(180)
        form.addWidget(self.editor)
        form.addWidget(label(self.tr("Attachments"), "caption"))
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(70)
        self.attachments.setAccessibleName(self.tr("Attachments"))
        form.addWidget(self.attachments)
        att_buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach a file…"))
        self.detach_button = QPushButton(self.tr("Remove attachment"))
        att_buttons.addWidget(self.attach_button)
        att_buttons.addWidget(self.detach_button)
        att_buttons.addStretch(1)
        form.addLayout(att_buttons)
        save_row = QHBoxLayout()
        self.error = label("", "error")
        save_row.addWidget(self.error, 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        set_tooltip(self.save_button, self.tr("Save (Ctrl+S)"))
        save_row.addWidget(self.save_button)
        form.addLayout(save_row)
        self.form_widget = QWidget()
        self.form_widget.setLayout(form)
        columns.addWidget(self.form_widget, 1)
        self.body.addLayout(columns, 1)

        self.empty_hint = label(self.tr("No saved replies yet. Press New to write the first one."), "note")
        self.body.addWidget(self.empty_hint)

        self.new_button.clicked.connect(self.new_reply)
        self.duplicate_button.clicked.connect(self.duplicate_reply)
        self.delete_button.clicked.connect(self.delete_reply)
        self.up_button.clicked.connect(lambda: self._step(-1))
        self.down_button.clicked.connect(lambda: self._step(+1))
        self.save_button.clicked.connect(self.save)
        self.attach_button.clicked.connect(self._attach)
        self.detach_button.clicked.connect(self._detach)
        for signal in (self.title_edit.textEdited, self.shortcut_edit.textEdited, self.editor.changed):
            signal.connect(self._mark_dirty)
        QShortcut(QKeySequence.Save, self, self.save, context=Qt.WidgetWithChildrenShortcut)
        ctx.member_changed.connect(lambda _m: self._refresh_sample())
        self._refresh_sample()
        self.reload()

    # --- data ------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        self._loading = True
        keep = select if select is not None else self._current
        self.list.clear()
        for reply in replies.list_replies():
            item = QListWidgetItem(reply.title + (f"  /{reply.shortcut}" if reply.shortcut else ""))
            item.setData(Qt.UserRole, reply.id)
            item.setSizeHint(QSize(200, 32))
            self.list.addItem(item)
        self._loading = False
        has = self.list.count() > 0
        self.empty_hint.setVisible(not has)
        self.form_widget.setEnabled(has)
        for b in (self.duplicate_button, self.delete_button, self.up_button, self.down_button):
            b.setEnabled(has)
        row = next((i for i in range(self.list.count()) if self.list.item(i).data(Qt.UserRole) == keep), 0)
        if has:
            self.list.setCurrentRow(row)
            self._show(self.list.item(row).data(Qt.UserRole))
        else:
            self._current = None

    def _show(self, reply_id: int) -> None:
        reply = replies.get(reply_id)
        if reply is None:
            return
        self._current = reply_id
        self._loading = True
        self.title_edit.setText(reply.title)
        self.shortcut_edit.setText(reply.shortcut)
        self.editor.set_text(reply.body)
        self.attachments.clear()
        for a in reply.attachments:
            item = QListWidgetItem(a.filename)
            item.setData(Qt.UserRole, a.id)
            self.attachments.addItem(item)
        self._loading = False
        self._dirty = False
        self.error.setText("")

    def _refresh_sample(self) -> None:
        values = replies.personalization(None, self.ctx.member_id)
        self.editor.set_sample(replies.Personalization("Maria", "Rossi", values.agent_first_name,
                                                       values.agent_last_name, values.website))

    def _mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True
            self.error.setText("")

    # --- actions ---------------------------------------------------------------------
    def _run(self, work, on_done=None, **options) -> int:
        def failed(exc: BaseException) -> None:
            self.error.setText(describe(exc))

        return self.ctx.ops.run(work, changes=changes(Area.REPLIES), on_done=on_done, on_error=failed, **options)

    def save(self) -> bool:
        """Checked here (a taken shortcut keeps the user on this reply), then stored by an
        operation."""
        if self._current is None:
            return True
        reply_id, fields = self._current, (self.title_edit.text(), self.editor.text(), self.shortcut_edit.text())
        try:
            replies.check(reply_id, *fields)
        except replies.ReplyError as exc:
            self.error.setText(describe(exc))
            return False
        self._dirty = False
        self._run(lambda: replies.update(reply_id, *fields),
                  lambda _r: self._current == reply_id and not self._dirty and self.reload(reply_id))
        return True

    def _selection_changed(self, current, previous) -> None:
        if self._loading or current is None:
            return
        if self._dirty and not self.save():
            # Keep the user on the reply that could not be saved: nothing is lost.
            self._loading = True
            self.list.setCurrentItem(previous)
            self._loading = False
            return
        self._show(current.data(Qt.UserRole))

    def new_reply(self) -> None:
        if self._dirty and not self.save():
            return
        title, body = self.tr("New reply"), self.tr("Hi {first_name}, ")

        def made(reply_id: int) -> None:
            self.reload(reply_id)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

        self._run(lambda: replies.create(title, body), made)

    def duplicate_reply(self) -> None:
        if self._current is None or (self._dirty and not self.save()):
            return
        reply_id, word = self._current, self.tr("copy")
        self._run(lambda: replies.duplicate(reply_id, word), self.reload)

    def delete_reply(self) -> None:
        if self._current is None:
            return
        reply_id = self._current
        self._dirty = False
        self._current = None
        self._run(lambda: replies.delete(reply_id), lambda _gone: self.reload(),
                  notice=lambda gone: gone and self.tr("Deleted “%1”.").replace("%1", gone.title),
                  undo=lambda gone: (lambda: replies.restore(gone)))

    def _step(self, delta: int) -> None:
        if self._current is None or (self._dirty and not self.save()):
            return
        row = self.list.currentRow() + delta
        if 0 <= row < self.list.count():
            self._moved(self._current, row)

    def _moved(self, reply_id: int, row: int) -> None:
        self._run(lambda: replies.move(reply_id, row), lambda _r: self.reload(reply_id))

    def _attach(self) -> None:
        if self._current is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.attach_file(path)

    def attach_file(self, path: str) -> None:
        reply_id, store = self._current, attachments_folder()
        self._run(lambda: replies.attach(reply_id, path, store),
                  lambda _r: self._current == reply_id and self._show(reply_id))

    def _detach(self) -> None:
        item = self.attachments.currentItem()
        if item is not None:
            attachment_id, reply_id = item.data(Qt.UserRole), self._current
            self._run(lambda: replies.detach(attachment_id),
                      lambda _r: self._current == reply_id and self._show(reply_id))
