"""Light and dark palettes, the style sheet filled with them, and tinted icons."""
from __future__ import annotations

import os
import re
from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImageReader, QPalette, QPixmap

import resources

LIGHT = {
    "window": "#F4F5F7", "surface": "#FFFFFF", "sidebar": "#EEF0F3", "input": "#FFFFFF",
    "text": "#1F2328", "muted": "#59636E", "border": "#D8DEE4", "hover": "#E6E9ED",
    "pressed": "#D8DEE4", "accent": "#C2410C", "accent_hover": "#9A3412",
    "accent_soft": "#FDE7DA", "accent_text": "#9A3412", "scroll": "#C5CBD3",
    "warning_soft": "#FFF3BF", "warning_text": "#7A4D00",
    "success_soft": "#D3F9D8", "success_text": "#1B5E20",
    "bubble_in": "#EEF0F3", "bubble_out": "#C2410C", "bubble_out_text": "#FFFFFF",
    "bubble_auto": "#FFF4E6", "unread_dot": "#1971C2", "flag": "#F76707", "danger": "#C92A2A",
    "on_accent": "#FFFFFF",
}
DARK = {
    "window": "#16181C", "surface": "#1E2126", "sidebar": "#191C20", "input": "#23272E",
    "text": "#E6E8EB", "muted": "#9BA3AE", "border": "#30353D", "hover": "#2A2F36",
    "pressed": "#343A42", "accent": "#FB7A3C", "accent_hover": "#FD9A67",
    "accent_soft": "#4A2617", "accent_text": "#FFC2A1", "scroll": "#454C56",
    "warning_soft": "#4A3A0B", "warning_text": "#FFE08A",
    "success_soft": "#173B22", "success_text": "#A6E9B5",
    "bubble_in": "#2A2F36", "bubble_out": "#B5400F", "bubble_out_text": "#FFFFFF",
    "bubble_auto": "#3A2A18", "unread_dot": "#4DABF7", "flag": "#FF922B", "danger": "#FF6B6B",
    "on_accent": "#1B1B1F",
}

_current = dict(LIGHT)


def is_dark_system() -> bool:
    forced = os.environ.get("SPORTELLO_THEME", "").lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    app = QGuiApplication.instance()
    if app is None:
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def colors() -> dict[str, str]:
    """The palette in force (a copy)."""
    return dict(_current)


def color(name: str) -> QColor:
    return QColor(_current[name])


def stylesheet(palette: dict[str, str]) -> str:
    text = resources.path("app.qss").read_text(encoding="utf-8")
    return re.sub(r"@([a-z_]+)", lambda m: palette.get(m.group(1), m.group(0)), text)


def apply(app, dark: bool | None = None) -> None:
    """Set a QPalette and the style sheet on ``app`` (whose style is Fusion: see
    desktop.app.create_application)."""
    global _current
    dark = is_dark_system() if dark is None else dark
    _current = dict(DARK if dark else LIGHT)
    pal = QPalette()
    c = _current
    pal.setColor(QPalette.Window, QColor(c["window"]))
    pal.setColor(QPalette.WindowText, QColor(c["text"]))
    pal.setColor(QPalette.Base, QColor(c["surface"]))
    pal.setColor(QPalette.AlternateBase, QColor(c["window"]))
    pal.setColor(QPalette.Text, QColor(c["text"]))
    pal.setColor(QPalette.Button, QColor(c["surface"]))
    pal.setColor(QPalette.ButtonText, QColor(c["text"]))
    pal.setColor(QPalette.Highlight, QColor(c["accent"]))
    pal.setColor(QPalette.HighlightedText, QColor("#FFFFFF"))
    pal.setColor(QPalette.PlaceholderText, QColor(c["muted"]))
    pal.setColor(QPalette.ToolTipBase, QColor(c["surface"]))
    pal.setColor(QPalette.ToolTipText, QColor(c["text"]))
    pal.setColor(QPalette.Link, QColor(c["accent"]))
    app.setPalette(pal)
    app.setStyleSheet(stylesheet(_current))
    icon.cache_clear()


@lru_cache(maxsize=64)
def icon(name: str, tint: str | None = None, size: int = 48) -> QIcon:
    """An SVG icon from resources/icons, its strokes tinted (text colour by default)."""
    svg = resources.path("icons", f"{name}.svg").read_text(encoding="utf-8")
    if name != "sportello":
        svg = svg.replace("#000000", tint or _current["text"])
    # Through the SVG image plugin: no QtSvg module to import at start-up.
    buffer = QBuffer()
    buffer.setData(QByteArray(svg.encode("utf-8")))
    reader = QImageReader(buffer, b"svg")
    reader.setScaledSize(QSize(size, size))
    return QIcon(QPixmap.fromImage(reader.read()))
