"""A plain-text editor for templates with personalization fields shown as chips.

``{first_name}`` and friends are painted as rounded chips with their human
name; an unknown ``{field}`` is marked as a problem. A chip behaves as one
character: Backspace or Delete next to it removes the whole field.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout, QMenu, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget,
)

from db import replies
from desktop import theme
from desktop.widgets.restyle import restyle
from desktop.widgets.text import plain_label

# Menu names, and the shorter names painted on the chips (they must fit the
# width of the raw "{field}" text they cover).
FIELD_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("Fields", "Customer first name"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Customer last name"),
    "agent_first_name": QT_TRANSLATE_NOOP("Fields", "Your first name"),
    "agent_last_name": QT_TRANSLATE_NOOP("Fields", "Your last name"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website URL"),
}
CHIP_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("Fields", "first name"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "last name"),
    "agent_first_name": QT_TRANSLATE_NOOP("Fields", "your first name"),
    "agent_last_name": QT_TRANSLATE_NOOP("Fields", "your last name"),
    "website": QT_TRANSLATE_NOOP("Fields", "website"),
}


def field_label(name: str) -> str:
    return QCoreApplication.translate("Fields", FIELD_NAMES[name]) if name in FIELD_NAMES else name


def chip_label(name: str) -> str:
    return QCoreApplication.translate("Fields", CHIP_NAMES[name]) if name in CHIP_NAMES else name


class _HideFieldText(QSyntaxHighlighter):
    """The raw characters of a known field are drawn invisible; the chip covers them."""

    def highlightBlock(self, text: str) -> None:
        hidden = QTextCharFormat()
        hidden.setForeground(QColor(0, 0, 0, 0))
        for match in replies.FIELD_RE.finditer(text):
            if match.group(1) in replies.FIELDS:
                self.setFormat(match.start(), match.end() - match.start(), hidden)


class FieldTextEdit(QPlainTextEdit):
    """QPlainTextEdit that paints fields as chips and deletes them whole."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._highlighter = _HideFieldText(self.document())

    def insert_field(self, name: str) -> None:
        self.textCursor().insertText("{" + name + "}")
        self.setFocus()

    def _field_at(self, position: int, before: bool) -> tuple[int, int] | None:
        text = self.toPlainText()
        for match in replies.FIELD_RE.finditer(text):
            start, end = match.span()
            if (before and end == position) or (not before and start == position):
                return start, end
        return None

    def keyPressEvent(self, event) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection() and event.key() in (Qt.Key_Backspace, Qt.Key_Delete):
            span = self._field_at(cursor.position(), before=event.key() == Qt.Key_Backspace)
            if span:
                cursor.setPosition(span[0])
                cursor.setPosition(span[1], QTextCursor.KeepAnchor)
                cursor.removeSelectedText()
                return
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        text = self.toPlainText()
        if "{" not in text:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.Antialiasing)
        c = theme.colors()
        fm = QFontMetricsF(self.font())
        for match in replies.FIELD_RE.finditer(text):
            start, end = match.span()
            known = match.group(1) in replies.FIELDS
            a = QTextCursor(self.document())
            a.setPosition(start)
            b = QTextCursor(self.document())
            b.setPosition(end)
            ra, rb = self.cursorRect(a), self.cursorRect(b)
            if ra.top() != rb.top():
                continue  # a field wrapped across lines keeps its plain look
            rect = QRectF(ra.left(), ra.top(), rb.left() - ra.left(), ra.height()).adjusted(0, 1, 0, -1)
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(c["accent_soft"] if known else c["warning_soft"]))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor(c["accent_text"] if known else c["warning_text"]))
            label = chip_label(match.group(1)) if known else match.group(0)
            painter.drawText(rect, Qt.AlignCenter, fm.elidedText(label, Qt.ElideRight, rect.width() - 4))
        painter.end()


class TemplateEditor(QWidget):
    """Editor + Personalize menu + characters-left counter + live preview."""

    changed = Signal()

    def __init__(self, limit: int | None = None, sample=None, parent=None) -> None:
        super().__init__(parent)
        self.limit = limit
        self._sample = sample or replies.Personalization("Maria", "Rossi", "", "", "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = FieldTextEdit()
        self.edit.setMinimumHeight(80)
        self.edit.setMaximumHeight(130)
        self.edit.setAccessibleName(self.tr("Message text"))
        layout.addWidget(self.edit)
        row = QHBoxLayout()
        self.personalize = QToolButton()
        self.personalize.setText(self.tr("Personalize"))
        self.personalize.setPopupMode(QToolButton.InstantPopup)
        self.personalize.setAccessibleName(self.tr("Insert a personalization field"))
        menu = QMenu(self.personalize)
        for name in replies.FIELDS:
            action = menu.addAction(field_label(name))
            action.triggered.connect(lambda _c=False, n=name: self.edit.insert_field(n))
        self.personalize.setMenu(menu)
        row.addWidget(self.personalize)
        row.addStretch(1)
        self.counter = plain_label()
        self.counter.setTextFormat(Qt.PlainText)
        self.counter.setObjectName("muted")
        row.addWidget(self.counter)
        layout.addLayout(row)
        caption = plain_label(self.tr("Preview"))
        caption.setObjectName("caption")
        layout.addWidget(caption)
        self.preview = plain_label()
        self.preview.setTextFormat(Qt.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("Preview with a sample contact"))
        layout.addWidget(self.preview)
        self.edit.textChanged.connect(self._update)
        self._update()

    def set_sample(self, sample: replies.Personalization) -> None:
        self._sample = sample
        self._update()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def over_limit(self) -> bool:
        return self.limit is not None and len(self.text()) > self.limit

    def _update(self) -> None:
        text = self.text()
        if self.limit is not None:
            left = self.limit - len(text)
            self.counter.setText(self.tr("%n character(s) left", "", left) if left >= 0
                                 else self.tr("%n character(s) too many", "", -left))
            self.counter.setProperty("error", "true" if left < 0 else "false")
            self.counter.setObjectName("error" if left < 0 else "muted")
            restyle(self.counter)
        else:
            self.counter.setText("")
        self.preview.setText(replies.render(text, self._sample) or "—")
        self.changed.emit()
