"""The conversation list: an ids-first model and a delegate that paints each row."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from db import inbox as db_inbox
from db.inbox import ConversationRow
from desktop import theme
from desktop.widgets import timefmt
from desktop.widgets.avatar import color_for, paint_avatar
from desktop.widgets.lazy_model import LazyIdListModel, RowRole, RowsOfOneSize

ROW_HEIGHT = 78


def window_left(row: ConversationRow, now: int) -> int | None:
    """Seconds left to answer a Messenger message waiting for a reply within the standard
    24 hours (after them a reply needs the HUMAN_AGENT tag); None when nothing is counted."""
    from db.reply_window import STANDARD

    if row.awaiting_since is None or row.channel != "messenger":
        return None
    left = row.awaiting_since + STANDARD - now
    return left if left > 0 else None


def window_text(left: int) -> str:
    """"23 h left", "40 min left": the hours only once there are some (the row is narrow)."""
    if left >= 3600:
        hours = left // 3600
        return QCoreApplication.translate("ConversationList", "%n h left", "", hours)
    minutes = max(1, left // 60)
    return QCoreApplication.translate("ConversationList", "%n min left", "", minutes)


def describe(row: ConversationRow, now: int | None = None) -> str:
    """What a screen reader says for a row (and the tooltip): plain text."""
    parts = [row.contact_name]
    if row.unread:
        parts.append(QCoreApplication.translate("ConversationList", "unread"))
    if row.flagged:
        parts.append(QCoreApplication.translate("ConversationList", "flagged"))
    if row.channel == "comment" and row.post:
        post = " ".join(row.post.split())
        post = post if len(post) <= 80 else post[:79] + "…"
        parts.append(QCoreApplication.translate("ConversationList", "a comment on the post “%1”").replace("%1", post))
    elif row.channel == "comment":
        parts.append(QCoreApplication.translate("ConversationList", "a comment on a post"))
    left = None if now is None else window_left(row, now)
    if left is not None:
        parts.append(QCoreApplication.translate("ConversationList", "%1 to reply").replace("%1", window_text(left)))
    if row.others:
        others = row.others  # (a plain name: lupdate misses a plural whose count is an attribute)
        parts.append(QCoreApplication.translate("ConversationList", "%n other conversation(s)", "", others))
    parts.append(row.snippet)
    return ", ".join(p for p in parts if p)


class ConversationModel(LazyIdListModel):
    def __init__(self, parent=None, now: Callable[[], int] | None = None) -> None:
        super().__init__(db_inbox.conversation_rows,
                         describe if now is None else (lambda row: describe(row, now())), parent)


def elide(metrics: QFontMetrics, text: str, width: float) -> str:
    # One line only: newlines in customer text would otherwise break the row.
    return metrics.elidedText(" ".join(text.split()), Qt.ElideRight, int(max(0, width)))


class ConversationDelegate(QStyledItemDelegate):
    """Avatar, name (bold when unread), time, snippet, flag, label chips, assignee."""

    def __init__(self, now: Callable[[], int], parent: QListView) -> None:
        super().__init__(parent)
        self._now = now
        self._view = parent

    def _selected_hovered(self, option: QStyleOptionViewItem, index) -> tuple[bool, bool]:
        """Asked of the view rather than of ``option.state``: reading that flag makes PySide
        build every enum of QStyle (~15 ms), which the first paint need not wait for. The
        pointer can only hover a row when it is over the list."""
        selection = self._view.selectionModel()
        selected = selection is not None and selection.isSelected(index)
        if not self._view.underMouse():
            return selected, False
        from PySide6.QtWidgets import QStyle
        return selected, bool(option.state & QStyle.State_MouseOver)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(200, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row: ConversationRow | None = index.data(RowRole)
        c = theme.colors()
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(option.rect)
        selected, hovered = self._selected_hovered(option, index)
        bg = QColor(c["accent_soft"] if selected else c["hover"] if hovered else c["surface"])
        # A rectangle drawn, not fillRect: its overloads make PySide build QGradient's enums.
        painter.setPen(Qt.NoPen)
        painter.setBrush(bg)
        painter.drawRect(rect)
        painter.setPen(QPen(QColor(c["border"]), 1))
        painter.drawLine(rect.bottomLeft() + QPointF(72, 0), rect.bottomRight())
        if row is None:
            painter.restore()
            return

        pad = 12.0
        avatar = QRectF(rect.left() + pad, rect.top() + 14, 44, 44)
        paint_avatar(painter, avatar, row.initials, color_for(row.contact_id), option.font)
        if row.unread:
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(c["unread_dot"]))
            painter.drawEllipse(QRectF(rect.left() + 3, rect.center().y() - 4, 8, 8))

        left = avatar.right() + 12
        right = rect.right() - pad
        base = QFont(option.font)
        name_font = QFont(base)
        name_font.setBold(row.unread)
        name_font.setPointSizeF(base.pointSizeF() + 0.5)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1))

        # Line 1: name ........ [flag] time
        time_text = timefmt.relative(row.last_message_at, self._now())
        painter.setFont(small)
        sm = QFontMetrics(small)
        time_w = sm.horizontalAdvance(time_text)
        painter.setPen(QColor(c["accent_text"] if row.unread else c["muted"]))
        line1 = QRectF(left, rect.top() + 10, right - left, 22)
        painter.drawText(line1, Qt.AlignRight | Qt.AlignVCenter, time_text)
        name_right = right - time_w - 8
        if row.flagged:
            flag_rect = QRectF(name_right - 14, line1.top() + 4, 12, 14)
            self._paint_flag(painter, flag_rect, QColor(c["flag"]))
            name_right -= 20
        name_fm = QFontMetrics(name_font)
        pill_w = 0.0
        if row.others:  # one row per person: how many conversations the row stands for
            count = str(row.others + 1)
            pill_w = sm.horizontalAdvance(count) + 12
        name = elide(name_fm, row.contact_name, name_right - left - (pill_w + 6 if pill_w else 0))
        painter.setFont(name_font)
        painter.setPen(QColor(c["text"]))
        painter.drawText(QRectF(left, line1.top(), name_right - left, 22), Qt.AlignLeft | Qt.AlignVCenter, name)
        if pill_w:
            pill = QRectF(left + name_fm.horizontalAdvance(name) + 6, line1.top() + 3, pill_w, 16)
            painter.setPen(QPen(QColor(c["muted"]), 1))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(pill, 8, 8)
            painter.setFont(small)
            painter.drawText(pill, Qt.AlignCenter, count)

        # Line 2: snippet
        snippet_font = QFont(base)
        snippet_font.setBold(row.unread)
        painter.setFont(snippet_font)
        painter.setPen(QColor(c["text"] if row.unread else c["muted"]))
        line2 = QRectF(left, line1.bottom(), right - left, 20)
        if row.channel == "comment":  # a comment on one of the Page's posts, not a Messenger thread
            mark = QCoreApplication.translate("ConversationList", "Comment") + " · "
            mark_font = QFont(snippet_font)
            mark_font.setBold(True)
            mark_w = QFontMetrics(mark_font).horizontalAdvance(mark)
            painter.setFont(mark_font)
            painter.setPen(QColor(c["accent_text"]))
            painter.drawText(line2, Qt.AlignLeft | Qt.AlignVCenter, mark)
            line2 = QRectF(line2.left() + mark_w, line2.top(), max(0.0, line2.width() - mark_w), line2.height())
            painter.setFont(snippet_font)
            painter.setPen(QColor(c["text"] if row.unread else c["muted"]))
        painter.drawText(line2, Qt.AlignLeft | Qt.AlignVCenter,
                         elide(QFontMetrics(snippet_font), row.snippet, line2.width()))

        # Line 3: label chips ..... reply-window countdown, assignee
        x = left
        y = line2.bottom() + 3
        chip_font = QFont(small)
        chip_font.setPointSizeF(max(7.0, small.pointSizeF() - 0.5))
        cm = QFontMetrics(chip_font)
        painter.setFont(chip_font)
        limit = right - (22 if row.assignee_id else 0)
        left_s = window_left(row, self._now())
        if left_s is not None:
            countdown = window_text(left_s)
            width = cm.horizontalAdvance(countdown)
            painter.setPen(QColor(c["danger"] if left_s < 2 * 3600 else c["muted"]))
            painter.drawText(QRectF(limit - width, y, width, 16), Qt.AlignRight | Qt.AlignVCenter, countdown)
            limit -= width + 8
        for name, color in row.labels:
            text_w = cm.horizontalAdvance(name)
            chip = QRectF(x, y, text_w + 12, 16)
            if chip.right() > limit:
                break
            chip_color = QColor(color)
            fill = QColor(chip_color)
            fill.setAlpha(40)
            painter.setPen(Qt.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, 8, 8)
            painter.setPen(QColor(c["text"]))
            painter.drawText(chip, Qt.AlignCenter, name)
            x = chip.right() + 4
        if row.assignee_id:
            paint_avatar(painter, QRectF(right - 18, y - 1, 18, 18), row.assignee_initials,
                         QColor(row.assignee_color or c["muted"]), option.font)
        painter.restore()

    @staticmethod
    def _paint_flag(painter: QPainter, r: QRectF, color: QColor) -> None:
        path = QPainterPath()
        path.moveTo(r.left() + 1, r.bottom())
        path.lineTo(r.left() + 1, r.top())
        path.lineTo(r.right(), r.top() + r.height() * 0.3)
        path.lineTo(r.left() + 1, r.top() + r.height() * 0.6)
        painter.setPen(QPen(color, 1.6))
        painter.setBrush(color)
        painter.drawPath(path)


class ConversationListView(RowsOfOneSize, QListView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # One size for every row, and a model whose count is on the C++ side (see
        # desktop/widgets/lazy_model.py): placing 100,000 rows takes ~16 ms, in one go.
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListView.ExtendedSelection)
        self.setVerticalScrollMode(QListView.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # rows elide instead of scrolling sideways
        self.setAccessibleName(QCoreApplication.translate("ConversationList", "Conversations"))
