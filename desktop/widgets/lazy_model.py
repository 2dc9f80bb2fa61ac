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

An action that must show at once (desktop/operations.py) ``patch``es fields of rows or
``hide``s them; the overlay stays over whatever is read again until the operation has
committed or failed and takes it off with the token it was given. The string list's own
mutators are refused: the ids are the model's only content.
"""
from __future__ import annotations

import itertools
from collections import OrderedDict
from typing import Any, Callable, NamedTuple, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt

from desktop.widgets.text import tooltip_text

BLOCK = 100
MAX_BLOCKS = 50

RowRole = Qt.UserRole + 1
IdRole = Qt.UserRole + 2


class Prefetched(NamedTuple):
    """Ids read on the worker with the rows of some of their blocks: block number ->
    (the ids of that block, their rows)."""

    ids: list[int]
    blocks: dict[int, tuple[list[int], dict[int, Any]]]


def prefetch(fetch_rows: Callable[[Sequence[int]], dict[int, Any]], ids: Sequence[int],
             blocks: Sequence[int]) -> Prefetched:
    ids = list(ids)
    read = {}
    for block_no in blocks:
        wanted = ids[block_no * BLOCK:(block_no + 1) * BLOCK]
        if wanted:
            read[block_no] = (wanted, fetch_rows(wanted))
    return Prefetched(ids, read)


class LazyIdListModel(QStringListModel):
    def __init__(self, fetch_rows: Callable[[Sequence[int]], dict[int, Any]],
                 display: Callable[[Any], str] = str, parent=None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._display = display
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self._tokens = itertools.count(1)
        self._patches: dict[int, tuple[frozenset[int], dict[str, Any]]] = {}
        self._hidden: dict[int, frozenset[int]] = {}
        self._added: dict[int, list[int]] = {}
        self._positions: dict[int, int] | None = None  # id -> row, made when first asked

    # --- the ids -----------------------------------------------------------
    def shown_blocks(self, view) -> tuple[int, ...]:
        """The blocks of the rows ``view`` shows now (GUI thread): what a reload on the
        worker reads beside the ids (``prefetch``), so the paint after it reads nothing."""
        from PySide6.QtCore import QPoint
        port = view.viewport()
        top = view.indexAt(QPoint(1, 1)).row()
        bottom = view.indexAt(QPoint(1, max(1, port.height() - 2))).row()
        top = max(0, top)
        bottom = top + 30 if bottom < 0 else bottom
        return tuple(range(top // BLOCK, bottom // BLOCK + 1))

    def set_ids(self, ids: "Sequence[int] | Prefetched") -> None:
        """Show these ids, in this order; given a ``Prefetched`` its rows are kept as if read
        here (a block whose place has moved meanwhile, an overlay's row added, is read
        again as usual)."""
        seeded = {}
        if isinstance(ids, Prefetched):
            ids, seeded = ids.ids, ids.blocks
        hidden = self._hidden_ids()
        ids = [i for i in ids if i not in hidden] if hidden else list(ids)
        if self._added:
            present = set(ids)
            ids = [i for added in self._added.values() for i in added if i not in present] + ids
        if ids == self._ids:
            # The same rows in the same order (a reload after a change elsewhere): no reset —
            # selection, scroll and layout stay. Rows read with the ids repaint where they
            # differ from what is shown; the others are read again as they are painted.
            before, self._blocks = self._blocks, OrderedDict()
            self._seed(seeded)
            if not self._blocks:
                if ids:
                    self.dataChanged.emit(self.index(0), self.index(len(ids) - 1))
                return
            for block_no, block in self._blocks.items():
                shown = before.get(block_no, {})
                for offset, item_id in enumerate(self._ids[block_no * BLOCK:(block_no + 1) * BLOCK]):
                    if item_id not in shown or shown[item_id] != block[item_id]:
                        index = self.index(block_no * BLOCK + offset)
                        self.dataChanged.emit(index, index)  # (one row: the view repaints only it)
            rest = [n for n in before if n not in self._blocks]
            for block_no in rest:
                first, last = block_no * BLOCK, min(len(ids), (block_no + 1) * BLOCK) - 1
                if first <= last:
                    self.dataChanged.emit(self.index(first), self.index(last))
            return
        self.beginResetModel()
        self._ids = ids
        self._positions = None
        self._blocks.clear()
        self._seed(seeded)
        # Inside the reset the views listen to nothing: the rows' own signals stay quiet.
        blocked = self.blockSignals(True)
        QStringListModel.removeRows(self, 0, QStringListModel.rowCount(self))
        QStringListModel.insertRows(self, 0, len(self._ids))
        self.blockSignals(blocked)
        self.endResetModel()

    def _seed(self, seeded: dict[int, tuple[list[int], dict[int, Any]]]) -> None:
        for block_no, (wanted, fetched) in seeded.items():
            if self._ids[block_no * BLOCK:(block_no + 1) * BLOCK] == wanted:
                self._blocks[block_no] = {i: fetched.get(i) for i in wanted}

    # --- shown at once, before the worker commits ---------------------------------------
    def patch(self, item_ids: Sequence[int], **fields: Any) -> int:
        """Show ``fields`` changed on these rows until ``unpatch(token)``."""
        token = next(self._tokens)
        self._patches[token] = (frozenset(item_ids), fields)
        self._repaint(item_ids)
        return token

    def unpatch(self, token: int) -> None:
        ids, _fields = self._patches.pop(token, (frozenset(), {}))
        self.invalidate(list(ids))

    def hide(self, item_ids: Sequence[int]) -> int:
        """Take these rows out of the list until ``unhide(token)`` (and out of any list of ids
        set meanwhile)."""
        token = next(self._tokens)
        self._hidden[token] = frozenset(item_ids)
        before, self._blocks = self._blocks, OrderedDict()
        # Found at once and taken from the bottom up: hiding 500 of 100,000 looks each up once.
        rows = sorted({r for r in map(self.row_of, item_ids) if r >= 0}, reverse=True)
        self._positions = None
        self._blocks.clear()
        for row in rows:
            # The string list's own removeRows tells the views (begin/end remove rows).
            del self._ids[row]
            QStringListModel.removeRows(self, row, 1)
        self._place(before)
        return token

    def unhide(self, token: int) -> None:
        self._hidden.pop(token, None)

    def insert_ids(self, item_ids: Sequence[int], row: int = 0) -> int:
        """Show these rows (at ``row``) until ``uninsert(token)`` (and in any list of ids set
        meanwhile that lacks them)."""
        token = next(self._tokens)
        present = set(self._ids)
        new = [i for i in dict.fromkeys(item_ids) if i not in present]
        self._added[token] = new
        if new:
            before, self._blocks = self._blocks, OrderedDict()
            row = max(0, min(row, len(self._ids)))
            self._ids[row:row] = new
            self._positions = None
            self._place(before)
            QStringListModel.insertRows(self, row, len(new))  # tells the views
        return token

    def _place(self, before: "OrderedDict[int, dict[int, Any]]") -> None:
        """The rows already read (``before``: the blocks as they were), put back in their
        blocks after rows moved (a card dragged to another column): the paint reads only
        the rows it has not seen."""
        seen = {}
        for block in before.values():
            seen.update(block)
        # A few rows came or went: each row is in its old block or a neighbour.
        for block_no in sorted({n + d for n in before for d in (-1, 0, 1) if n + d >= 0}):
            block = {i: seen[i] for i in self._ids[block_no * BLOCK:(block_no + 1) * BLOCK] if i in seen}
            if block:
                self._blocks[block_no] = block
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)

    def uninsert(self, token: int) -> None:
        self._added.pop(token, None)

    def _hidden_ids(self) -> frozenset[int]:
        return frozenset().union(*self._hidden.values()) if self._hidden else frozenset()

    def _repaint(self, item_ids: Sequence[int]) -> None:
        for item_id in item_ids:
            row = self.row_of(item_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row))

    # --- the string list's mutators: not for this model -------------------------------
    def setStringList(self, strings) -> None:  # noqa: N802 - Qt's name
        raise TypeError("a LazyIdListModel holds ids: use set_ids()")

    def insertRows(self, row, count, parent=QModelIndex()) -> bool:  # noqa: N802
        return False

    def removeRows(self, row, count, parent=QModelIndex()) -> bool:  # noqa: N802
        return False

    def moveRows(self, *args) -> bool:  # noqa: N802
        return False

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802
        return False

    def setItemData(self, index, roles) -> bool:  # noqa: N802
        return False

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, item_id: int) -> int:
        if self._positions is None:
            if len(self._ids) < 64:
                try:
                    return self._ids.index(item_id)
                except ValueError:
                    return -1
            self._positions = {i: row for row, i in enumerate(self._ids)}
        return self._positions.get(item_id, -1)

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
        self._repaint(wanted)

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
            if block is not None:  # a few rows forgotten (``invalidate``): only they are read
                wanted = [i for i in wanted if i not in block]
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
        found = block.get(item_id)
        if found is not None and self._patches:
            for ids, fields in self._patches.values():
                if item_id in ids:
                    found = found._replace(**fields)
        return found

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole, Qt.ToolTipRole, RowRole):
            row = self.row(index.row())
            if row is None:
                return None
            if role == RowRole:
                return row
            if role == Qt.ToolTipRole:  # Qt shows a tooltip that looks like HTML as rich text
                return tooltip_text(self._display(row))
            return self._display(row)
        return None


class RowsOfOneSize:
    """Mixin for a QListView of rows of one size (``setUniformItemSizes``) over such a model.

    Two habits of QListView repaint a whole page of rows (~10 ms of conversations) where
    one row changed: it answers any ``dataChanged``, even of one row, by repainting its
    whole viewport, and it paints every row within the bounding rectangle of what needs
    painting (a row at the top and the toast's edge at the bottom: the page). A row of a
    fixed size cannot move the others, so one row changed repaints that row only; and the
    parts of a scattered region are painted each on its own."""

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        rects = list(event.region())
        if len(rects) > 1:
            bound = event.rect()
            if 2 * sum(r.width() * r.height() for r in rects) < bound.width() * bound.height():
                from PySide6.QtGui import QPaintEvent
                for rect in rects:
                    super().paintEvent(QPaintEvent(rect))
                return
        super().paintEvent(event)

    def dataChanged(self, top_left, bottom_right, roles=()):  # noqa: N802 - Qt's name
        from PySide6.QtWidgets import QAbstractItemView
        if top_left == bottom_right and top_left.isValid():
            QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)
        else:
            super().dataChanged(top_left, bottom_right, roles)
