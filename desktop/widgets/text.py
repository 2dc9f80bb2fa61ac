"""The one way the app puts text on screen: plain text, always (DESIGN.md rule 2).

Every sink that text a customer or an import controls can reach goes through here:
labels, tooltips (item models' ToolTipRole too), message boxes, window titles,
notifications and status tips. ``tests/test_architecture.py`` fails on any of these
sinks used directly elsewhere in desktop/.

Why each is needed:
- QLabel and QMessageBox default to AutoText and render text that looks like HTML
  (``<img src="file:///…">`` loads a local file): here they are PlainText.
- A tooltip has no text format: Qt shows one that looks like HTML as rich text. Here it
  is escaped and wrapped, so Qt renders the escaped text — the characters as typed.
- A window title treats ``[*]`` as the placeholder for the "modified" mark.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))  # keep tab and newline


def clean(text: str) -> str:
    """Customer text without the control characters that draw as boxes or move the cursor."""
    return (text or "").translate(_CONTROL)


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


def set_label(label: QLabel, text: str) -> None:
    """Put text on a label made elsewhere (a designer's, a subclass), plain."""
    label.setTextFormat(Qt.PlainText)
    label.setText(text)


def tooltip_text(text: str) -> str:
    """A tooltip string that Qt shows as the characters of ``text``, whatever they are."""
    text = clean(text)
    if "<" not in text:
        return text  # without a tag Qt shows it as it is
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def menu_text(text: str) -> str:
    """Customer text for a menu entry: one line, and "&" shown rather than taken for the
    mark of a keyboard accelerator."""
    return " ".join(clean(text).split()).replace("&", "&&")


def set_tooltip(widget, text: str) -> None:
    """A widget's (or an action's, an item's) tooltip, as plain text."""
    widget.setToolTip(tooltip_text(text))


def set_status_tip(widget, text: str) -> None:
    widget.setStatusTip(clean(text))  # the status bar shows plain text; controls still go


def set_window_title(widget: QWidget, text: str) -> None:
    """A window title as written: ``[*]`` would be taken for the modified mark."""
    widget.setWindowTitle(clean(text).replace("[*]", "[\u2009*\u2009]"))


def message_box(parent: QWidget | None, title: str, text: str, *,
                icon: QMessageBox.Icon = QMessageBox.NoIcon,
                buttons: QMessageBox.StandardButton = QMessageBox.NoButton,
                informative: str = "", detail: str = "") -> QMessageBox:
    """A message box whose every text is plain; the caller adds buttons and shows it."""
    box = QMessageBox(icon, "", "", buttons, parent)
    set_window_title(box, title)
    box.setTextFormat(Qt.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(html.escape(informative))  # no format of its own: escaped
    if detail:
        box.setDetailedText(detail)  # always plain
    return box


def notify_desktop(tray, title: str, text: str, icon=None, msecs: int = 10000) -> None:
    """A desktop notification through a QSystemTrayIcon, with the text plain."""
    from PySide6.QtWidgets import QSystemTrayIcon
    tray.showMessage(clean(title), clean(text), icon if icon is not None else QSystemTrayIcon.Information, msecs)


def show_tooltip(global_pos, text: str, widget: QWidget | None = None) -> None:
    """A tooltip shown by hand (a painted chip's), as plain text."""
    from PySide6.QtWidgets import QToolTip
    QToolTip.showText(global_pos, tooltip_text(text), widget)
