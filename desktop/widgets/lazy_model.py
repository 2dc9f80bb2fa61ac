"""An item model over ordered ids whose rows are fetched a block at a time.

``rowCount()`` is ``len(ids)``; ``data()`` asks ``fetch_rows(ids)`` for the
block (~100 rows) around the row it needs, one ``WHERE id IN (...)`` query,
and keeps the result in a bounded cache (DESIGN.md rule 3).

The count lives on the C++ side: a QStringListModel holds one empty string per id
(a null pointer each), so ``rowCount()`` and ``index()`` never call into Python.
A list view lays out every row, and asks the model twice per row: over a Python
``rowCount`` that was ~3 µs a row (60 ms for 18,000 conversations, half a second
for 100,000); now the whole layout stays in C++ (~16 ms for 100,000 rows), so the
list can be placed in one go and shows its first rows in the same paint.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Any, Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt

from desktop.widgets.text import tooltip_text

BLOCK = 100
MAX_BLOCKS = 50

RowRole = Qt.UserRole + 1
IdRole = Qt.UserRole + 2


class LazyIdListModel(QStringListModel):
    def __init__(self, fetch_rows: Callable[[Sequence[int]], dict[int, Any]],
                 display: Callable[[Any], str] = str, parent=None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._display = display
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, dict[int, Any]] = OrderedDict()

    # --- the ids -----------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._blocks.clear()
        # Inside the reset the views listen to nothing: the rows' own signals stay quiet.
        blocked = self.blockSignals(True)
        super().removeRows(0, super().rowCount())
        super().insertRows(0, len(self._ids))
        self.blockSignals(blocked)
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, item_id: int) -> int:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    def invalidate(self, item_ids: Sequence[int] | None = None) -> None:
        """Forget cached rows (all, or those of ``item_ids``) and repaint them."""
        if item_ids is None:
            self._blocks.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))
            return
        wanted = set(item_ids)
        for block in self._blocks.values():
            for item_id in wanted & block.keys():
                del block[item_id]
        for item_id in wanted:
            row = self.row_of(item_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row))

    # --- Qt ----------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Read-only rows (a string list's own flags would make them editable).
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsSelectable | Qt.ItemIsEnabled | Qt.ItemNeverHasChildren

    def row(self, row: int) -> Any:
        if not 0 <= row < len(self._ids):
            return None
        item_id = self._ids[row]
        block_no = row // BLOCK
        block = self._blocks.get(block_no)
        if block is None or item_id not in block:
            start = block_no * BLOCK
            wanted = self._ids[start:start + BLOCK]
            fetched = self._fetch_rows(wanted)
            block = dict(block or {})
            # A row deleted since the ids were read is remembered as None, so
            # painting it again does not query again.
            block.update({i: fetched.get(i) for i in wanted})
            self._blocks[block_no] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        return block.get(item_id)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole, Qt.ToolTipRole, RowRole):
            row = self.row(index.row())
            if row is None:
                return None
            if role == Qt.ToolTipRole:  # Qt shows a tooltip that looks like HTML as rich text
                return tooltip_text(self._display(row))
            return row if role == RowRole else self._display(row)
        return None
