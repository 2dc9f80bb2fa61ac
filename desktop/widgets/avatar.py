"""Initials avatars: a coloured circle, the same colour for the same person."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

AVATAR_COLORS = ("#C2410C", "#1971C2", "#2B8A3E", "#7048E8", "#C2255C", "#0C8599",
                 "#5F3DC4", "#A61E4D", "#087F5B", "#364FC7", "#B35900", "#5C7CFA")


def color_for(key: int) -> QColor:
    return QColor(AVATAR_COLORS[key % len(AVATAR_COLORS)])


def paint_avatar(painter: QPainter, rect: QRectF, initials: str, color: QColor,
                 font: QFont | None = None) -> None:
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(Qt.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(rect)
    f = QFont(font) if font is not None else QFont()
    f.setBold(True)
    f.setPixelSize(max(8, int(rect.height() * 0.38)))
    painter.setFont(f)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(rect, Qt.AlignCenter, initials[:2])
    painter.restore()
