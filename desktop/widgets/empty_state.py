"""A calm, centred empty state: icon, title, one line of explanation."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop import theme
from desktop.widgets.text import plain_label


class EmptyState(QWidget):
    def __init__(self, icon: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        picture = plain_label()
        picture.setPixmap(theme.icon(icon, theme.colors()["muted"], 96).pixmap(QSize(56, 56)))
        picture.setAlignment(Qt.AlignCenter)
        self.title = plain_label(title)
        self.title.setObjectName("emptyTitle")
        self.text = plain_label(text)
        self.text.setObjectName("emptyText")
        for label in (self.title, self.text):
            label.setTextFormat(Qt.PlainText)
            label.setAlignment(Qt.AlignCenter)
            label.setWordWrap(True)
        layout.addWidget(picture)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(2)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
