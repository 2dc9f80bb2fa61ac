"""A view not built yet: says what it will hold, with a figure from the database."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.widgets.empty_state import EmptyState


class PlaceholderView(QWidget):
    def __init__(self, icon: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = EmptyState(icon, "", "")
        layout.addWidget(self.empty)

    def set_texts(self, title: str, text: str) -> None:
        self.empty.title.setText(title)
        self.empty.text.setText(text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
