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


def tooltip_text(text: str) -> str:
    """A tooltip string that Qt shows as the characters of ``text``, whatever they are.

    A tooltip has no text format: Qt shows one that looks like HTML as rich text (a
    customer named ``<img src="file:///…">`` would show that local picture). Text with a
    tag in it is escaped and wrapped, so Qt renders the escaped characters as typed.
    """
    import html

    text = text or ""
    if "<" not in text:
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
