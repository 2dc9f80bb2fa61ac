"""A short message at the bottom of the window, with Undo when the action has one."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget
from desktop.widgets.text import plain_label

TOAST_MS = 6000


class Toast(QFrame):
    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("toast")
        self.setAttribute(Qt.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = plain_label()
        self.label.setTextFormat(Qt.PlainText)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setCursor(Qt.PointingHandCursor)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._undo: Callable[[], None] | None = None
        self.undo_button.clicked.connect(self.undo)
        host.installEventFilter(self)
        self.hide()

    def show_message(self, text: str, undo: Callable[[], None] | None = None) -> None:
        self.label.setText(text)
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self._timer.start(TOAST_MS)

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.hide()
        if action is not None:
            action()

    @property
    def can_undo(self) -> bool:
        return self.isVisible() and self._undo is not None

    def _place(self) -> None:
        host = self.parentWidget()
        self.move((host.width() - self.width()) // 2, host.height() - self.height() - 36)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Resize and self.isVisible():
            self._place()
        return False
