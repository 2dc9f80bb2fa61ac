"""Apply the style sheet again after something it selects on has changed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def restyle(widget: QWidget) -> None:
    """Re-polish ``widget`` after a dynamic property or object name that the style sheet
    selects on has changed. A widget not polished yet needs nothing: its first polish
    reads them. That keeps QStyle out of start-up, where asking for ``widget.style()``
    from Python makes PySide build every enum of QStyle (~10 ms)."""
    if widget.testAttribute(Qt.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
