"""The thread: message bubbles with day separators, painted as plain text."""
from __future__ import annotations

from typing import Callable

from functools import lru_cache

from PySide6.QtCore import (
    QAbstractListModel, QCoreApplication, QModelIndex, QPointF, QRect, QRectF, QSize, Qt, QUrl, Signal,
)
from PySide6.QtGui import (
    QColor, QDesktopServices, QFont, QFontMetrics, QImageReader, QPainter, QPixmap, QTextCharFormat,
    QTextLayout, QTextOption,
)
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from db.text import match_spans

from db.inbox import MessageRow
from desktop import theme
from desktop.widgets import timefmt

ItemRole = Qt.UserRole + 1
PAD_X, PAD_Y = 12.0, 8.0
MARGIN = 16.0
META_H = 18.0
THUMB = 160.0
FILE_ROW = 24.0


@lru_cache(maxsize=256)
def thumbnail(path: str, size: int = int(THUMB)) -> QPixmap | None:
    """A photo scaled to fit size x size, read once (None if it cannot be read)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    original = reader.size()
    if not original.isValid():
        return None
    reader.setScaledSize(original.scaled(size, size, Qt.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


def attachment_height(attachment) -> float:
    if attachment.kind == "image" and not attachment.missing and thumbnail(attachment.path) is not None:
        return thumbnail(attachment.path).height() + 6
    return FILE_ROW


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


def _layout(text: str, font: QFont, width: float, highlights=(), mark: QColor | None = None
            ) -> tuple[QTextLayout, float, float]:
    """Lay out plain text wrapped at ``width``; returns (layout, used width, height)."""
    layout = QTextLayout(text, font)
    if highlights and mark is not None:
        ranges = []
        for start, end in highlights:
            fmt = QTextCharFormat()
            fmt.setBackground(mark)
            fmt.setForeground(QColor("#1F2328"))
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = start, end - start, fmt
            ranges.append(r)
        layout.setFormats(ranges)
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
        self.terms: list[str] = []

    def _bubble_width(self) -> float:
        return max(160.0, self._view.viewport().width() * 0.66)

    def _reason_height(self, message, small: QFont) -> float:
        """A failed message's reason, wrapped over the width of the meta line (a right-aligned
        single line cut a long reason off on its left)."""
        if message.state != "failed" or not message.error:
            return 0.0
        width = max(120, self._view.viewport().width() - 2 * int(MARGIN))
        return float(QFontMetrics(small).boundingRect(QRect(0, 0, width, 100_000), Qt.TextWordWrap,
                                                      message.error).height())

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
        text = message_text(item)
        height = _layout(text, body, self._bubble_width() - 2 * PAD_X)[2] if text else 0
        extra = META_H + self._reason_height(item, small)
        if item.automatic:
            extra += META_H
        extra += sum(attachment_height(a) for a in item.attachments)
        return QSize(200, int(height + 2 * PAD_Y + extra + 8))

    def geometry(self, option_rect: QRectF, message: MessageRow, font: QFont):
        """Where the bubble, each attachment and the meta line of a message are drawn."""
        body, small = self._fonts_for(font)
        text = message_text(message)
        layout, used, height = _layout(text, body, self._bubble_width() - 2 * PAD_X) if text else (None, 0.0, 0.0)
        fm = QFontMetrics(small)
        widths = [THUMB if (a.kind == "image" and not a.missing and thumbnail(a.path) is not None)
                  else fm.horizontalAdvance("📎 " + a.filename + " — " + QCoreApplication.translate(
                      "Thread", "file not found in export")) + 8 for a in message.attachments]
        bubble_w = max([used, 24.0, *widths]) + 2 * PAD_X
        att_h = sum(attachment_height(a) for a in message.attachments)
        bubble_h = height + att_h + 2 * PAD_Y
        top = option_rect.top() + 4 + (META_H if message.automatic else 0)
        outgoing = message.direction == "out"
        x = option_rect.right() - MARGIN - bubble_w if outgoing else option_rect.left() + MARGIN
        bubble = QRectF(x, top, bubble_w, bubble_h)
        rects = []
        y = bubble.top() + PAD_Y + height
        for a in message.attachments:
            h = attachment_height(a)
            rects.append(QRectF(bubble.left() + PAD_X, y, bubble_w - 2 * PAD_X, h))
            y += h
        meta = QRectF(option_rect.left() + MARGIN, bubble.bottom() + 1, option_rect.width() - 2 * MARGIN,
                      META_H + self._reason_height(message, small))
        return bubble, height, rects, meta

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont]:
        body = QFont(font)
        body.setPointSizeF(body.pointSizeF() + 0.5)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        return body, small

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
        highlights = match_spans(text, self.terms) if self.terms and message.state != "unsent" else ()
        bubble, text_h, attachment_rects, meta_rect = self.geometry(rect, message, option.font)
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
        if message.state == "failed":
            painter.setPen(QColor(c["danger"]))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(bubble.adjusted(0.5, 0.5, -0.5, -0.5), 14, 14)
        if text:
            layout = _layout(text, body_font, self._bubble_width() - 2 * PAD_X, highlights,
                             QColor("#FFE066"))[0]
            painter.setPen(ink)
            layout.draw(painter, QPointF(bubble.left() + PAD_X, bubble.top() + PAD_Y))
        painter.setFont(small)
        for attachment, r in zip(message.attachments, attachment_rects):
            pix = thumbnail(attachment.path) if attachment.kind == "image" and not attachment.missing else None
            if pix is not None:
                painter.drawPixmap(QPointF(r.left(), r.top() + 3), pix)
                continue
            label = "📎 " + attachment.filename
            if attachment.missing:
                label += " — " + QCoreApplication.translate("Thread", "file not found in export")
            painter.setPen(ink)
            font = QFont(small)
            font.setUnderline(not attachment.missing)
            painter.setFont(font)
            painter.drawText(r, Qt.AlignLeft | Qt.AlignVCenter, label)
            painter.setFont(small)

        # Meta line: who and when, and the delivery state.
        meta = timefmt.clock(message.sent_at)
        if outgoing and message.author_name and not message.automatic:
            meta = f"{message.author_name} · {meta}"
        align = (Qt.AlignRight if outgoing else Qt.AlignLeft)
        if message.state == "failed":
            meta = QCoreApplication.translate("Thread", "Not sent") + " · " + meta + " · " + \
                QCoreApplication.translate("Thread", "Retry")
            reason_h = self._reason_height(message, small)
            if reason_h:  # the reason whole, wrapped, above the line that offers Retry
                painter.setPen(QColor(c["danger"]))
                painter.drawText(QRectF(meta_rect.left(), meta_rect.top(), meta_rect.width(), reason_h),
                                 align | Qt.AlignTop | Qt.TextWordWrap, message.error)
                meta_rect = QRectF(meta_rect.left(), meta_rect.top() + reason_h, meta_rect.width(), META_H)
        elif message.state == "pending":
            meta = QCoreApplication.translate("Thread", "Sending…") + " · " + meta
        if message.tag == "HUMAN_AGENT":
            meta += " · " + QCoreApplication.translate("Thread", "Human agent")
        painter.setPen(QColor(c["danger"] if message.state == "failed" else c["muted"]))
        painter.drawText(meta_rect, align | Qt.AlignVCenter, meta)
        painter.restore()


class ThreadView(QListView):
    """Messages; clicking a photo, a file or a failed message's Retry asks the view to act."""

    attachment_clicked = Signal(object, object)  # AttachmentRow, global position
    retry_clicked = Signal(int)                  # message id

    def __init__(self, now: Callable[[], int], parent=None) -> None:
        super().__init__(parent)
        self.setResizeMode(QListView.Adjust)
        self.setVerticalScrollMode(QListView.ScrollPerPixel)
        self.setSelectionMode(QListView.NoSelection)
        self.setWordWrap(True)
        self.setAccessibleName(QCoreApplication.translate("Thread", "Messages"))
        self.thread_model = ThreadModel(now, self)
        self.setModel(self.thread_model)
        self.message_delegate = MessageDelegate(self, now)
        self.setItemDelegate(self.message_delegate)

    def set_highlight(self, terms: list[str]) -> None:
        self.message_delegate.terms = list(terms)
        self.viewport().update()

    def hit(self, pos) -> tuple[str, object] | None:
        """What is under ``pos`` (viewport coordinates): ("attachment", a) or ("retry", id)."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        kind, item = index.data(ItemRole)
        if kind != "message":
            return None
        bubble, _h, rects, meta = self.message_delegate.geometry(QRectF(self.visualRect(index)), item, self.font())
        for attachment, r in zip(item.attachments, rects):
            if r.contains(QPointF(pos)) and not attachment.missing:
                return ("attachment", attachment)
        if item.state == "failed" and (meta.contains(QPointF(pos)) or bubble.contains(QPointF(pos))):
            return ("retry", item.id)
        return None

    def mouseReleaseEvent(self, event) -> None:
        found = self.hit(event.position().toPoint())
        if found and found[0] == "attachment":
            self.attachment_clicked.emit(found[1], event.globalPosition().toPoint())
        elif found and found[0] == "retry":
            self.retry_clicked.emit(found[1])
        super().mouseReleaseEvent(event)

    def message_at(self, pos) -> MessageRow | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        kind, item = index.data(ItemRole)
        return item if kind == "message" else None


def open_file(path: str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
