"""Fill a QListWidget a batch at a time: the first batch at once, the next ones as the
user scrolls (or arrows) near the end. A list of 1,600 overdue follow-ups then costs the
GUI thread one batch, not 1,600 items, when the view opens."""
from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtWidgets import QListWidget, QListWidgetItem


class BatchedFill:
    def __init__(self, widget: QListWidget, batch: int = 60) -> None:
        self.widget = widget
        self.batch = batch
        self._rows: Sequence[Any] = ()
        self._make: Callable[[Any], QListWidgetItem] | None = None
        self._next = 0
        bar = widget.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(lambda _lo, _hi: self._scrolled(bar.value()))

    def fill(self, rows: Sequence[Any], make_item: Callable[[Any], QListWidgetItem]) -> None:
        self.widget.clear()
        self._rows, self._make, self._next = rows, make_item, 0
        self.more()

    def pending(self) -> int:
        return len(self._rows) - self._next

    def more(self) -> None:
        end = min(self._next + self.batch, len(self._rows))
        for row in self._rows[self._next:end]:
            self.widget.addItem(self._make(row))
        self._next = end

    def _scrolled(self, value: int) -> None:
        bar = self.widget.verticalScrollBar()
        if self.pending() and value >= bar.maximum() - bar.pageStep():
            self.more()
