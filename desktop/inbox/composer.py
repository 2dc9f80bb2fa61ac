"""The composer: text, emoji, attachments, saved replies, the reply window, Send.

Enter sends, Shift+Enter starts a new line. Typing "/" and a saved reply's
shortcut offers it; the picker (Ctrl+R) searches titles and bodies. Saved
replies are inserted with their fields filled in, as many as wanted. The draft
of each conversation is kept in the database as it is typed.

Above the text, up to three suggested saved replies for the customer's last
message (db/suggest.py, ranked on the worker); Alt+1…3 inserts one. A reply
written from a saved one remembers which, for the next suggestions.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCompleter, QDialog, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLineEdit, QListWidget,
    QListWidgetItem, QMenu, QPlainTextEdit, QPushButton, QToolButton, QVBoxLayout, QWidget, QWidgetAction,
)

from db import outbox, replies, reply_window, suggest
from desktop.context import AppContext
from desktop.operations import Area, changes
from desktop.widgets import timefmt
from desktop.widgets.errors import describe, server_lost
from desktop.widgets.restyle import restyle
from desktop.widgets.text import plain_label, set_tooltip, set_window_title

EMOJI = ("😀", "😊", "😂", "😍", "🙏", "👍", "👌", "🎉", "❤️", "🔥", "🍕", "🍝", "🍷", "☕", "🎂",
         "🚚", "📅", "📞", "✅", "❌", "⏰", "😅", "🤔", "😢")
SHORTCUT_RE = re.compile(r"(?:^|\s)/([\w-]*)$")


class ComposerEdit(QPlainTextEdit):
    send_requested = Signal()

    def keyPressEvent(self, event) -> None:
        popup = getattr(self, "completer", None)
        if popup is not None and popup.popup().isVisible() and event.key() in (
                Qt.Key_Return, Qt.Key_Enter, Qt.Key_Escape, Qt.Key_Tab):
            event.ignore()
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not (event.modifiers() & Qt.ShiftModifier):
            self.send_requested.emit()
            return
        super().keyPressEvent(event)


class SavedReplyPicker(QDialog):
    """Search saved replies by title, shortcut or body; Enter inserts the chosen one."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        set_window_title(self, self.tr("Insert a saved reply"))
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search saved replies"))
        self.search.setAccessibleName(self.tr("Search saved replies"))
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        self.empty = plain_label(self.tr("No saved reply matches. Create them in Settings → Saved replies."))
        self.empty.setTextFormat(Qt.PlainText)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.search.textChanged.connect(self.fill)
        self.search.returnPressed.connect(self._accept_current)
        self.list.itemActivated.connect(lambda _i: self.accept())
        self.resize(420, 380)
        self.fill("")

    def fill(self, query: str) -> None:
        self.list.clear()
        for reply in replies.list_replies(query):
            head = reply.title + (f"  /{reply.shortcut}" if reply.shortcut else "")
            body = " ".join(reply.body.split())
            item = QListWidgetItem(f"{head}\n{body[:120]}")
            item.setData(Qt.UserRole, reply.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)

    def _accept_current(self) -> None:
        if self.list.currentItem() is not None:
            self.accept()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.UserRole)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Down, Qt.Key_Up) and self.search.hasFocus():
            self.list.keyPressEvent(event)
            return
        super().keyPressEvent(event)


WINDOW_TICK_MS = 30_000


class Composer(QFrame):
    sent = Signal(int)  # message id

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.ctx = ctx
        self.conversation_id: int | None = None
        self.seen_up_to = 0        # the newest message when the conversation was opened
        self.reply_warning = None  # the "someone replied" question, while it is asked
        self.contact_id: int | None = None
        self.attachments: list[Path] = []
        self.last_sent_id: int | None = None  # the last reply stored
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        # On a team's server: another seat on this conversation (desktop/presence.py).
        self.presence_label = plain_label()
        self.presence_label.setObjectName("presenceHere")
        self.presence_label.setWordWrap(True)
        self.presence_label.hide()
        layout.addWidget(self.presence_label)
        self.window_label = plain_label()
        self.window_label.setTextFormat(Qt.PlainText)
        self.window_label.setObjectName("windowNote")
        self.window_label.setWordWrap(True)
        layout.addWidget(self.window_label)
        self.suggestion_box = QWidget()
        self.suggestion_box.setObjectName("suggestions")
        self.suggestion_row = QHBoxLayout(self.suggestion_box)
        self.suggestion_row.setContentsMargins(0, 0, 0, 0)
        self.suggestion_row.setSpacing(6)
        self.suggestion_caption = plain_label(self.tr("Suggested:"), "caption")
        self.suggestion_row.addWidget(self.suggestion_caption)
        self.suggestion_buttons: list[QToolButton] = []
        for i in range(3):
            button = QToolButton()
            button.setObjectName("suggestion")
            button.setToolButtonStyle(Qt.ToolButtonTextOnly)
            button.clicked.connect(lambda _c=False, i=i: self.accept_suggestion(i))
            self.suggestion_row.addWidget(button)
            self.suggestion_buttons.append(button)
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.accept_suggestion(i),
                      context=Qt.WidgetWithChildrenShortcut)
        self.suggestion_row.addStretch(1)
        self.suggestion_box.hide()
        layout.addWidget(self.suggestion_box)
        self.suggestions: list[suggest.Suggestion] = []
        self._suggestions_for: int | None = None  # the conversation whose suggestions are asked for
        self.saved_reply_id: int | None = None  # the saved reply the text was written from
        self.attachment_row = QHBoxLayout()
        self.attachment_box = QWidget()
        self.attachment_box.setLayout(self.attachment_row)
        self.attachment_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.attachment_box)
        self.edit = ComposerEdit()
        self.edit.setPlaceholderText(self.tr("Write a reply… (Enter sends, Shift+Enter for a new line, / for saved replies)"))
        self.edit.setAccessibleName(self.tr("Reply"))
        self.edit.setFixedHeight(84)
        self.edit.send_requested.connect(self.send)
        layout.addWidget(self.edit)
        row = QHBoxLayout()
        self.emoji_button = QToolButton()
        self.emoji_button.setText("😊")
        set_tooltip(self.emoji_button, self.tr("Insert an emoji"))
        self.emoji_button.setAccessibleName(self.tr("Insert an emoji"))
        self.emoji_button.setPopupMode(QToolButton.InstantPopup)
        self.emoji_button.setMenu(self._emoji_menu())
        self.attach_button = QToolButton()
        self.attach_button.setText(self.tr("Attach…"))
        set_tooltip(self.attach_button, self.tr("Attach photos or files (up to 25 MB each)"))
        self.attach_button.clicked.connect(self._choose_files)
        self.saved_button = QToolButton()
        self.saved_button.setText(self.tr("Saved replies…"))
        set_tooltip(self.saved_button, self.tr("Insert a saved reply (Ctrl+R)"))
        self.saved_button.clicked.connect(self.open_picker)
        for b in (self.emoji_button, self.attach_button, self.saved_button):
            row.addWidget(b)
        self.error = plain_label()
        self.error.setObjectName("error")
        self.error.setTextFormat(Qt.PlainText)
        self.error.setWordWrap(True)
        row.addWidget(self.error, 1)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.send)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        QShortcut(QKeySequence("Ctrl+R"), self, self.open_picker, context=Qt.WidgetWithChildrenShortcut)

        # "/shortcut" completion.
        self.completer = QCompleter(self)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setWidget(self.edit)
        self.completer.activated.connect(self._complete_shortcut)
        self.edit.completer = self.completer
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(self.save_draft)
        # The reply window's countdown moves by itself (it said "23 h 15 min more" a day later).
        self._window: reply_window.ReplyWindow | None = None
        self.window_timer = QTimer(self)
        self.window_timer.setInterval(WINDOW_TICK_MS)
        self.window_timer.timeout.connect(self._tick_window)
        self.edit.textChanged.connect(self._text_changed)
        self.setEnabled(False)

    # --- the conversation ------------------------------------------------------------
    def set_conversation(self, conversation_id: int | None, contact_id: int | None) -> None:
        if self.conversation_id is not None and self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()
        self.conversation_id, self.contact_id = conversation_id, contact_id
        # Replies from others after this are said before ours goes (another seat answered).
        self.seen_up_to = outbox.last_message_id(conversation_id) if conversation_id else 0
        self.saved_reply_id = None
        self.attachments.clear()
        self._show_attachments()
        self.error.clear()
        self._loading = True
        self.edit.setPlainText(outbox.draft(conversation_id) if conversation_id else "")
        self.edit.moveCursor(QTextCursor.End)
        self._loading = False
        self.setEnabled(conversation_id is not None)
        self.refresh_window()
        if self.ctx.presence is not None:
            self.ctx.presence.viewing(conversation_id)
        self.show_presence()

    def show_presence(self) -> None:
        from desktop.presence import here_text

        presence = self.ctx.presence
        text = ""
        if presence is not None:
            replying, viewing = presence.at(self.conversation_id)
            text = here_text([presence.name_of(m) for m in replying], [presence.name_of(m) for m in viewing])
        self.presence_label.setText(text)
        self.presence_label.setVisible(bool(text))

    def refresh_window(self) -> reply_window.ReplyWindow | None:
        self.refresh_suggestions()
        if self.conversation_id is None:
            self.window_label.setText("")
            self._window = None
            self.window_timer.stop()
            return None
        now = self.ctx.now()
        try:
            window = reply_window.for_conversation(self.conversation_id, now)
        except ValueError:  # the conversation is gone (forgotten in another window, say)
            self.window_label.setText("")
            self._window = None
            self.window_timer.stop()
            self.send_button.setEnabled(False)
            return None
        self._window = window
        self._show_window(window, now)
        if window.closes_at is not None and window.can_reply:
            self.window_timer.start()
        else:
            self.window_timer.stop()
        return window

    # --- suggested replies ------------------------------------------------------------------
    suggestions_shown = Signal()

    def refresh_suggestions(self) -> None:
        """Rank the saved replies for the customer's last message, on the worker."""
        conversation_id = self.conversation_id
        self._suggestions_for = conversation_id
        if conversation_id is None:
            self._show_suggestions([])
            return

        def shown(result) -> None:
            if self._suggestions_for == conversation_id == self.conversation_id:
                self._show_suggestions(result[1])

        self.ctx.tasks.run(lambda: suggest.for_conversation(conversation_id), shown,
                           lambda _exc: shown(("", [])))

    def _show_suggestions(self, found: list) -> None:
        self.suggestions = list(found)
        names = [self.tr("Insert the suggested reply “%1” (Alt+%2)") for _ in found]
        for i, button in enumerate(self.suggestion_buttons):
            if i < len(found):
                title = " ".join(found[i].title.split())
                button.setText(title.replace("&", "&&"))  # (a title's "&" is no accelerator)
                button.setAccessibleName(names[i].replace("%1", title).replace("%2", str(i + 1)))
                set_tooltip(button, names[i].replace("%1", title).replace("%2", str(i + 1)))
            button.setVisible(i < len(found))
        self.suggestion_box.setVisible(bool(found))
        self.suggestions_shown.emit()

    def accept_suggestion(self, index: int) -> None:
        if 0 <= index < len(self.suggestions) and self.isEnabled():
            self.insert_saved_reply(self.suggestions[index].reply_id)
            self._show_suggestions([])  # (taken: the row makes room)

    def _tick_window(self) -> None:
        """Each half minute: the countdown from the window already read; once it has ended,
        the window is read again (human agent after 24 hours, closed after 7 days)."""
        window, now = self._window, self.ctx.now()
        if window is None or self.conversation_id is None:
            self.window_timer.stop()
        elif window.closes_at is not None and now >= window.closes_at:
            self.refresh_window()
        else:
            self._show_window(window, now)

    def _show_window(self, window: reply_window.ReplyWindow, now: int) -> None:
        if window.status == "open":
            left = window.closes_at - now
            text = self.tr("You can reply for %1 more.").replace("%1", timefmt.duration(left))
        elif window.status == "human_agent":
            text = self.tr("More than 24 hours since the customer's last message: your reply will be sent "
                           "with the HUMAN_AGENT tag (allowed until %1).").replace(
                "%1", timefmt.when(window.closes_at, now))
        elif window.status == "private_reply":
            text = self.tr("This is a comment on your post: you can send one private reply, until %1.").replace(
                "%1", timefmt.when(window.closes_at, now))
        elif window.reason == "private_reply_used":
            text = self.tr("The private reply to this comment has been sent. You can write again once the "
                           "person answers in Messenger.")
        elif window.reason == "no_message":
            text = self.tr("You can reply once the person has written to the Page.")
        else:
            text = self.tr("The reply window has closed: Messenger allows replies up to 7 days after the "
                           "customer's last message.")
        self.window_label.setText(text)
        self.window_label.setProperty("closed", "true" if not window.can_reply else "false")
        restyle(self.window_label)
        self.send_button.setEnabled(window.can_reply)

    # --- typing --------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self._loading:
            return
        self.error.clear()
        written = bool(self.edit.toPlainText().strip())
        if not written:
            self.saved_reply_id = None  # (all of it erased: no longer written from a saved reply)
        if self.ctx.presence is not None and written:  # the other seats see "… is replying"
            self.ctx.presence.typing()
        elif self.ctx.presence is not None:
            self.ctx.presence.stopped_typing()
        self._draft_timer.start()
        self._offer_shortcuts()

    def save_draft(self) -> None:
        if self.conversation_id is not None:
            conversation_id, text, now = self.conversation_id, self.edit.toPlainText(), self.ctx.now()
            self.ctx.ops.run(lambda: outbox.save_draft(conversation_id, text, now),
                             changes=changes(Area.DRAFTS, conversations=[conversation_id]))

    def _offer_shortcuts(self) -> None:
        cursor = self.edit.textCursor()
        before = self.edit.toPlainText()[:cursor.position()]
        match = SHORTCUT_RE.search(before)
        if not match:
            self.completer.popup().hide()
            return
        typed = match.group(1)
        choices = [f"/{r.shortcut} — {r.title}" for r in replies.list_replies() if r.shortcut
                   and r.shortcut.lower().startswith(typed.lower())]
        if not choices:
            self.completer.popup().hide()
            return
        self.completer.setModel(QStringListModel(choices, self.completer))
        self.completer.setCompletionPrefix("")
        rect = self.edit.cursorRect()
        rect.setWidth(320)
        self.completer.complete(rect)

    def _complete_shortcut(self, choice: str) -> None:
        shortcut = choice.split(" — ", 1)[0][1:]
        reply = next((r for r in replies.list_replies() if r.shortcut == shortcut), None)
        if reply is None:
            return
        cursor = self.edit.textCursor()
        before = self.edit.toPlainText()[:cursor.position()]
        match = SHORTCUT_RE.search(before)
        if match:
            cursor.setPosition(cursor.position() - len(match.group(1)) - 1, QTextCursor.KeepAnchor)
            cursor.removeSelectedText()
            self.edit.setTextCursor(cursor)
        self.insert_saved_reply(reply.id)

    def insert_saved_reply(self, reply_id: int) -> None:
        reply = replies.get(reply_id)
        if reply is None:
            return
        values = replies.personalization(self.contact_id, self.ctx.member_id)
        self.edit.textCursor().insertText(replies.render(reply.body, values))
        self.saved_reply_id = reply_id
        for attachment in reply.attachments:
            if Path(attachment.path).is_file():
                self.attachments.append(Path(attachment.path))
        self._show_attachments()
        self.edit.setFocus()

    def open_picker(self) -> SavedReplyPicker:
        picker = SavedReplyPicker(self)
        picker.accepted.connect(lambda: picker.chosen() and self.insert_saved_reply(picker.chosen()))
        picker.open()
        return picker

    def _emoji_menu(self) -> QMenu:
        menu = QMenu(self)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setSpacing(2)
        for i, emoji in enumerate(EMOJI):
            button = QToolButton()
            button.setText(emoji)
            button.setAutoRaise(True)
            button.setAccessibleName(emoji)
            button.clicked.connect(lambda _c=False, e=emoji: self._insert_emoji(e, menu))
            grid.addWidget(button, i // 6, i % 6)
        action = QWidgetAction(menu)
        action.setDefaultWidget(grid_widget)
        menu.addAction(action)
        return menu

    def _insert_emoji(self, emoji: str, menu: QMenu) -> None:
        menu.close()
        self.edit.insertPlainText(emoji)
        self.edit.setFocus()

    # --- attachments ------------------------------------------------------------------------
    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if paths:
            self.add_attachments(paths)

    def add_attachments(self, paths) -> bool:
        try:
            checked = outbox.check_attachments(paths)
        except outbox.SendError as exc:
            self.error.setText(describe(exc))
            return False
        self.attachments.extend(checked)
        self._show_attachments()
        return True

    def _show_attachments(self) -> None:
        while self.attachment_row.count():
            item = self.attachment_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for path in self.attachments:
            chip = QToolButton()
            chip.setText(f"📎 {path.name}  ✕")
            set_tooltip(chip, self.tr("Remove %1").replace("%1", path.name))
            chip.setAccessibleName(self.tr("Remove attachment %1").replace("%1", path.name))
            chip.clicked.connect(lambda _c=False, p=path: self._remove_attachment(p))
            self.attachment_row.addWidget(chip)
        self.attachment_row.addStretch(1)
        self.attachment_box.setVisible(bool(self.attachments))

    def _remove_attachment(self, path: Path) -> None:
        self.attachments.remove(path)
        self._show_attachments()

    # --- sending ------------------------------------------------------------------------------
    def _send_anyway(self) -> bool:
        """Someone else replied after this conversation was opened: say who and what, and
        send only if asked to (Cancel keeps the reply in the composer)."""
        others = outbox.replies_since(self.conversation_id, self.seen_up_to, self.ctx.member_id)
        if not others:
            return True
        from PySide6.QtWidgets import QMessageBox

        from desktop.widgets.text import message_box

        last = others[-1]
        who = last.author or self.tr("Someone on the Page")
        box = message_box(self, self.tr("Someone replied"),
                          self.tr("%1 replied after you opened this conversation.").replace("%1", who),
                          icon=QMessageBox.Warning,
                          informative=self.tr("Their reply: “%1”").replace("%1", " ".join(last.text.split())[:300]))
        send = box.addButton(self.tr("Send anyway"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        self.reply_warning = box
        box.exec()
        self.reply_warning = None
        if box.clickedButton() is not send:
            return False
        self.seen_up_to = outbox.last_message_id(self.conversation_id)
        return True

    def send(self) -> int | None:
        if self.conversation_id is None:
            return None
        from db.database import attachments_folder

        text = self.edit.toPlainText().strip("\n")
        files = list(self.attachments)
        saved_reply_id = self.saved_reply_id
        try:
            outbox.check_reply(text, files)
            outbox.check_window(self.conversation_id, self.ctx.now())
            if not self._send_anyway():
                return None
        except outbox.SendError as exc:
            self.error.setText(describe(exc))
            return None
        except Exception as exc:
            if not server_lost(exc):
                raise
            self.error.setText(describe(exc))  # the team's server is gone: the text stays here
            return None
        conversation_id, member, now, store = self.conversation_id, self.ctx.member_id, self.ctx.now(), \
            attachments_folder()
        # The composer empties at once; the reply shows in the thread once the worker has
        # stored it (behind an import, too). If it cannot be stored, the text comes back.
        self._draft_timer.stop()
        self._loading = True
        self.edit.clear()
        self._loading = False
        self.attachments.clear()
        self._show_attachments()
        self.saved_reply_id = None

        def stored(out) -> None:
            self.last_sent_id = out.message_id
            if self.conversation_id == conversation_id:
                self.seen_up_to = max(self.seen_up_to, out.message_id)
            self.ctx.deliver(out.message_id)
            self.sent.emit(out.message_id)
            self.refresh_window()

        def refused(exc: BaseException) -> None:
            if self.conversation_id == conversation_id and not self.edit.toPlainText():
                self._loading = True
                self.edit.setPlainText(text)
                self._loading = False
                self.attachments[:] = files
                self._show_attachments()
                self.saved_reply_id = saved_reply_id
            self.error.setText(describe(exc))

        return self.ctx.ops.run(
            lambda: outbox.send_reply(conversation_id, text, member, now, files, store,
                                      saved_reply_id=saved_reply_id),
            changes=changes(Area.INBOX, conversations=[conversation_id]), on_done=stored, on_error=refused)

