"""The thread: message bubbles with day separators, painted as plain text."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from db.inbox import MessageRow
from desktop import theme
from desktop.widgets import timefmt

ItemRole = Qt.UserRole + 1
PAD_X, PAD_Y = 12.0, 8.0
MARGIN = 16.0
META_H = 18.0


def automatic_label(kind: str) -> str:
    return {
        "instant": QCoreApplication.translate("Thread", "Automatic reply · Instant reply"),
        "away": QCoreApplication.translate("Thread", "Automatic reply · Away message"),
        "greeting": QCoreApplication.translate("Thread", "Automatic reply · Greeting"),
    }.get(kind, QCoreApplication.translate("Thread", "Automatic reply"))


def message_text(message: MessageRow) -> str:
    if message.state == "unsent":
        return QCoreApplication.translate("Thread", "This message was unsent.")
    return message.text


def describe(message: MessageRow) -> str:
    who = (QCoreApplication.translate("Thread", "Customer") if message.direction == "in"
           else message.author_name or QCoreApplication.translate("Thread", "Page"))
    return f"{who}, {timefmt.full(message.sent_at)}: {message_text(message)}"


class ThreadModel(QAbstractListModel):
    """Items are ("day", timestamp) separators and ("message", MessageRow)."""

    def __init__(self, now: Callable[[], int], parent=None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, object]] = []
        self._now = now

    def set_messages(self, messages: list[MessageRow]) -> None:
        self.beginResetModel()
        items: list[tuple[str, object]] = []
        previous = None
        for message in messages:
            if previous is None or not timefmt.same_day(previous.sent_at, message.sent_at):
                items.append(("day", message.sent_at))
            items.append(("message", message))
            previous = message
        self._items = items
        self.endResetModel()

    def messages(self) -> list[MessageRow]:
        return [item for kind, item in self._items if kind == "message"]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        kind, item = self._items[index.row()]
        if role == ItemRole:
            return (kind, item)
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            if kind == "day":
                return timefmt.day_heading(item, self._now())
            return describe(item)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable


def _layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float, float]:
    """Lay out plain text wrapped at ``width``; returns (layout, used width, height)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    used = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
        used = max(used, line.naturalTextWidth())
    layout.endLayout()
    return layout, used, height


class MessageDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView, now: Callable[[], int]) -> None:
        super().__init__(view)
        self._view = view
        self._now = now

    def _bubble_width(self) -> float:
        return max(160.0, self._view.viewport().width() * 0.66)

    def _fonts(self, option) -> tuple[QFont, QFont]:
        body = QFont(option.font)
        body.setPointSizeF(body.pointSizeF() + 0.5)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        return body, small

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        kind, item = index.data(ItemRole)
        if kind == "day":
            return QSize(200, 36)
        body, small = self._fonts(option)
        _, _, height = _layout(message_text(item), body, self._bubble_width() - 2 * PAD_X)
        extra = META_H
        if item.automatic:
            extra += META_H
        if item.attachments:
            extra += 22 * len(item.attachments)
        return QSize(200, int(height + 2 * PAD_Y + extra + 8))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        kind, item = index.data(ItemRole)
        c = theme.colors()
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(option.rect)
        body, small = self._fonts(option)
        if kind == "day":
            painter.setFont(small)
            painter.setPen(QColor(c["muted"]))
            text = timefmt.day_heading(item, self._now())
            painter.drawText(rect, Qt.AlignCenter, text)
            w = QFontMetrics(small).horizontalAdvance(text)
            y = rect.center().y()
            painter.setPen(QColor(c["border"]))
            painter.drawLine(QPointF(rect.left() + MARGIN, y), QPointF(rect.center().x() - w / 2 - 10, y))
            painter.drawLine(QPointF(rect.center().x() + w / 2 + 10, y), QPointF(rect.right() - MARGIN, y))
            painter.restore()
            return

        message: MessageRow = item
        outgoing = message.direction == "out"
        text = message_text(message)
        body_font = QFont(body)
        if message.state == "unsent":
            body_font.setItalic(True)
        layout, used, height = _layout(text, body_font, self._bubble_width() - 2 * PAD_X)
        att_h = 22.0 * len(message.attachments)
        att_w = max((QFontMetrics(small).horizontalAdvance("📎 " + a.filename) for a in message.attachments),
                    default=0)
        bubble_w = max(used, att_w, 24) + 2 * PAD_X
        bubble_h = height + att_h + 2 * PAD_Y
        top = rect.top() + 4
        if message.automatic:
            top += META_H
        x = rect.right() - MARGIN - bubble_w if outgoing else rect.left() + MARGIN
        bubble = QRectF(x, top, bubble_w, bubble_h)

        if message.automatic:
            fill, ink = QColor(c["bubble_auto"]), QColor(c["text"])
        elif outgoing:
            fill, ink = QColor(c["bubble_out"]), QColor(c["bubble_out_text"])
        else:
            fill, ink = QColor(c["bubble_in"]), QColor(c["text"])
        if message.automatic:
            painter.setFont(small)
            painter.setPen(QColor(c["muted"]))
            painter.drawText(QRectF(rect.left() + MARGIN, rect.top() + 2, rect.width() - 2 * MARGIN, META_H),
                             (Qt.AlignRight if outgoing else Qt.AlignLeft) | Qt.AlignVCenter,
                             "⚡ " + automatic_label(message.automatic))
        painter.setPen(Qt.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble, 14, 14)
        if message.automatic:
            painter.setPen(QColor(c["accent"]))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(bubble.adjusted(0.5, 0.5, -0.5, -0.5), 14, 14)
        painter.setPen(ink)
        layout.draw(painter, QPointF(bubble.left() + PAD_X, bubble.top() + PAD_Y))
        painter.setFont(small)
        for i, attachment in enumerate(message.attachments):
            label = "📎 " + attachment.filename
            if attachment.missing:
                label += " — " + QCoreApplication.translate("Thread", "file not found in export")
            painter.drawText(QRectF(bubble.left() + PAD_X, bubble.top() + PAD_Y + height + 22 * i,
                                    bubble_w - 2 * PAD_X, 22), Qt.AlignLeft | Qt.AlignVCenter, label)

        # Meta line: who and when, and the delivery state.
        meta = timefmt.clock(message.sent_at)
        if outgoing and message.author_name and not message.automatic:
            meta = f"{message.author_name} · {meta}"
        if message.state == "failed":
            meta = QCoreApplication.translate("Thread", "Not sent") + " · " + meta
        elif message.state == "pending":
            meta = QCoreApplication.translate("Thread", "Sending…") + " · " + meta
        if message.tag == "HUMAN_AGENT":
            meta += " · " + QCoreApplication.translate("Thread", "Human agent")
        painter.setPen(QColor(c["danger"] if message.state == "failed" else c["muted"]))
        meta_rect = QRectF(rect.left() + MARGIN, bubble.bottom() + 1, rect.width() - 2 * MARGIN, META_H)
        painter.drawText(meta_rect, (Qt.AlignRight if outgoing else Qt.AlignLeft) | Qt.AlignVCenter, meta)
        painter.restore()


class ThreadView(QListView):
    def __init__(self, now: Callable[[], int], parent=None) -> None:
        super().__init__(parent)
        self.setResizeMode(QListView.Adjust)
        self.setVerticalScrollMode(QListView.ScrollPerPixel)
        self.setSelectionMode(QListView.NoSelection)
        self.setWordWrap(True)
        self.setAccessibleName(QCoreApplication.translate("Thread", "Messages"))
        self.thread_model = ThreadModel(now, self)
        self.setModel(self.thread_model)
        self.setItemDelegate(MessageDelegate(self, now))
