"""Pieces every settings page uses: a scrollable page with a title and notes."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget
from desktop.widgets.text import plain_label


def label(text: str = "", name: str | None = None, wrap: bool = True) -> QLabel:
    return plain_label(text, name, wrap)


class SettingsPage(QScrollArea):
    """A titled, scrollable column of controls."""

    def __init__(self, title: str, intro: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.NoFrame)
        body = QWidget()
        body.setObjectName("settingsBody")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(28, 22, 28, 22)
        self.body.setSpacing(10)
        self.title = label(title, "sectionTitle")
        self.body.addWidget(self.title)
        if intro:
            self.body.addWidget(label(intro, "note"))
        self.setWidget(body)
        self.setAccessibleName(title)

    def finish(self) -> None:
        self.body.addStretch(1)

    @staticmethod
    def say(status: QLabel, text: str, error: bool = False) -> None:
        """A page's status line: a note, or an error in the error style."""
        from desktop.widgets.restyle import restyle

        status.setText(text)
        status.setObjectName("error" if error else "note")
        restyle(status)

    def _say(self, text: str, error: bool = False) -> None:
        self.say(self.status, text, error)
