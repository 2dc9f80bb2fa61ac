"""Segmented buttons: a row of checkable buttons of which one is on (Board / List, Month / Week).

The style sheet sets the checked segment in a heavier weight; a button sized for its
regular text would clip the bold one, so each segment is as wide as its bold text needs.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton

PADDING = 2 * 14 + 2 + 6  # the style sheet's horizontal padding and border, and some air


class SegmentButton(QPushButton):
    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self.setObjectName("segment")
        self.setCheckable(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        bold = QFont(self.font())
        bold.setWeight(QFont.DemiBold)
        needed = QFontMetrics(bold).horizontalAdvance(self.text()) + PADDING
        return QSize(max(hint.width(), needed), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
