"""The one way the app makes a label: plain text, always (DESIGN.md rule 2).

QLabel defaults to AutoText and would render customer text such as
``<img src="file:///…">``; every label here is PlainText.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(text: str = "", name: str | None = None, wrap: bool = False,
                selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label
