"""Edit → Find duplicate contacts…: the groups that look like one person, each with why,
and a merge with its preview (who stays, which value wins where two differ, what moves).
A merge is an operation like any other: it can be undone from the toast (Ctrl+Z)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QGridLayout, QListWidget, QListWidgetItem, QPushButton,
    QRadioButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from db import duplicates
from desktop.operations import Area, changes
from desktop.widgets.errors import describe
from desktop.widgets.text import menu_text, plain_label, set_window_title

FIELD_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("DuplicatesDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("DuplicatesDialog", "Last name"),
    "email": QT_TRANSLATE_NOOP("DuplicatesDialog", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("DuplicatesDialog", "Phone"),
    "city": QT_TRANSLATE_NOOP("DuplicatesDialog", "City"),
    "country": QT_TRANSLATE_NOOP("DuplicatesDialog", "Country"),
    "work": QT_TRANSLATE_NOOP("DuplicatesDialog", "Work"),
    "company": QT_TRANSLATE_NOOP("DuplicatesDialog", "Company"),
}
REASON_NAMES = {
    "same e-mail": QT_TRANSLATE_NOOP("DuplicatesDialog", "same e-mail"),
    "same phone": QT_TRANSLATE_NOOP("DuplicatesDialog", "same phone"),
    "same Meta id": QT_TRANSLATE_NOOP("DuplicatesDialog", "same Meta id"),
    "same name": QT_TRANSLATE_NOOP("DuplicatesDialog", "same name, nothing different"),
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("DuplicatesDialog", text, "", n)


def moved_text(moves: dict[str, int]) -> list[str]:
    """"1 lead", "3 notes": what a merge moves, in real plurals (each call written out, for
    lupdate to find)."""
    texts = {
        "conversations": lambda n: QCoreApplication.translate("DuplicatesDialog", "%n conversation(s)", "", n),
        "leads": lambda n: QCoreApplication.translate("DuplicatesDialog", "%n lead(s)", "", n),
        "notes": lambda n: QCoreApplication.translate("DuplicatesDialog", "%n note(s)", "", n),
        "labels": lambda n: QCoreApplication.translate("DuplicatesDialog", "%n label(s)", "", n),
        "follow-ups": lambda n: QCoreApplication.translate("DuplicatesDialog", "%n follow-up(s)", "", n),
    }
    return [texts[what](n) for what, n in moves.items() if n and what in texts]


class DuplicatesDialog(QDialog):
    merged = Signal(str)  # the record, for undo
    loaded = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        set_window_title(self, self.tr("Duplicate contacts"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        self.status = plain_label(self.tr("Looking for duplicates…"), "muted", wrap=True)
        layout.addWidget(self.status)
        splitter = QSplitter()
        self.groups = QListWidget()
        self.groups.setAccessibleName(self.tr("Groups of contacts that look like one person"))
        self.groups.setWordWrap(True)
        self.groups.setTextElideMode(Qt.ElideNone)  # (wrapped names are read whole, Chinese ones too)
        self.groups.setSpacing(3)
        self.groups.currentRowChanged.connect(self._show_group)
        splitter.addWidget(self.groups)
        self.detail = QStackedWidget()
        self.empty = plain_label(self.tr("Choose a group to see what a merge would do."), "muted", wrap=True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.detail.addWidget(self.empty)
        self.preview_box = QWidget()
        self.preview_layout = QVBoxLayout(self.preview_box)
        self.detail.addWidget(self.preview_box)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 520])
        layout.addWidget(splitter, 1)
        self.error = plain_label("", "error", wrap=True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("primary")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        buttons.addButton(self.merge_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.found: list[duplicates.Group] = []
        self.names: dict[int, str] = {}
        self.preview: duplicates.Preview | None = None
        self.keep_group: QButtonGroup | None = None
        self.choice_groups: dict[str, QButtonGroup] = {}
        self.reload()

    # --- the groups ------------------------------------------------------------------------
    def reload(self) -> None:
        self.status.setText(self.tr("Looking for duplicates…"))

        def job():
            groups = duplicates.find()
            return groups, duplicates.names([c for g in groups[:500] for c in g.contacts])

        self.ctx.tasks.run(job, self._loaded, lambda exc: self.status.setText(describe(exc)))

    def _loaded(self, result) -> None:
        self.found, self.names = result
        self.groups.clear()
        for group in self.found[:500]:
            people = ", ".join(self.names.get(c, str(c)) for c in group.contacts)
            reasons = ", ".join(_tr(REASON_NAMES.get(r, r)) for r in group.reason.split(", "))
            item = QListWidgetItem(f"{people}\n{reasons}")
            item.setData(Qt.UserRole, group.contacts)
            # The height of its two lines as drawn (a Chinese name's line is taller than the
            # font's, and the list gave it one line only).
            width = max(120, self.groups.viewport().width() - 16)
            text_rect = self.groups.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), Qt.TextWordWrap, item.text())
            item.setSizeHint(QSize(width, text_rect.height() + 10))  # (a width of -1 would void the hint)
            self.groups.addItem(item)
        found = len(self.found)  # (a plain name: lupdate misses a plural whose count is a call)
        self.status.setText(self.tr("%n group(s) of contacts look like one person.", "", found) if found
                            else self.tr("No duplicates found: every contact looks like a person of their own."))
        self.detail.setCurrentWidget(self.empty)
        self.merge_button.setEnabled(False)
        if found:
            self.groups.setCurrentRow(0)
        self.loaded.emit()

    # --- the preview ---------------------------------------------------------------------------
    def _show_group(self, row: int) -> None:
        self.error.clear()
        if row < 0 or row >= self.groups.count():
            self.detail.setCurrentWidget(self.empty)
            self.merge_button.setEnabled(False)
            return
        contacts = list(self.groups.item(row).data(Qt.UserRole))
        self.merge_button.setEnabled(False)

        def failed(exc: BaseException) -> None:  # merged or forgotten meanwhile
            self.error.setText(describe(exc))

        self.ctx.tasks.run(lambda: duplicates.preview(contacts),
                           lambda preview: self._show_preview(preview, row), failed)

    preview_shown = Signal()

    def _show_preview(self, preview: duplicates.Preview, row: int) -> None:
        if row != self.groups.currentRow():
            return  # the user moved on
        self.preview = preview
        while self.preview_layout.count():
            item = self.preview_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                _clear(item.layout())
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.addWidget(plain_label(self.tr("Keep"), "caption"), 0, 0)
        self.keep_group = QButtonGroup(self)
        everyone = [self.preview.keep, *self.preview.others]
        for col, cid in enumerate(everyone, start=1):
            radio = QRadioButton(menu_text(self.names.get(cid, str(cid))) + f"  #{cid}")
            radio.setAccessibleName(self.tr("Keep %1").replace("%1", self.names.get(cid, str(cid))))
            radio.setChecked(col == 1)
            self.keep_group.addButton(radio, cid)
            grid.addWidget(radio, 0, col)
        self.choice_groups = {}
        for row_index, (field, values) in enumerate(self.preview.values.items(), start=1):
            grid.addWidget(plain_label(_tr(FIELD_NAMES[field])), row_index, 0)
            group = QButtonGroup(self)
            by_contact = dict(values)
            for col, cid in enumerate(everyone, start=1):
                if cid not in by_contact:
                    continue
                radio = QRadioButton(menu_text(by_contact[cid]))
                radio.setAccessibleName(self.tr("%1: keep “%2”").replace("%1", _tr(FIELD_NAMES[field]))
                                        .replace("%2", by_contact[cid]))
                radio.setChecked(cid == values[0][0])
                group.addButton(radio, cid)
                grid.addWidget(radio, row_index, col)
            self.choice_groups[field] = group
        self.preview_layout.addWidget(grid_box)
        if not self.preview.values:
            self.preview_layout.addWidget(plain_label(self.tr("Their details do not differ."), "muted", wrap=True))
        moved = moved_text(self.preview.moves)
        self.preview_layout.addWidget(plain_label(
            self.tr("To the one kept: %1. No message, note or follow-up is lost, and Undo puts everything back.")
            .replace("%1", ", ".join(moved) if moved else self.tr("nothing else moves")), "muted", wrap=True))
        self.preview_layout.addStretch(1)
        self.detail.setCurrentWidget(self.preview_box)
        self.merge_button.setEnabled(True)
        self.preview_shown.emit()

    def choices(self) -> tuple[list[int], dict[str, int]]:
        keep = self.keep_group.checkedId() if self.keep_group else self.preview.keep
        everyone = [self.preview.keep, *self.preview.others]
        ordered = [keep, *(c for c in everyone if c != keep)]
        return ordered, {field: group.checkedId() for field, group in self.choice_groups.items()
                         if group.checkedId() != -1}

    def merge(self) -> int | None:
        if self.preview is None:
            return None
        ordered, chosen = self.choices()
        row = self.groups.currentRow()
        self.merge_button.setEnabled(False)
        name = self.names.get(ordered[0], str(ordered[0]))

        def done(record: str) -> None:
            self.merged.emit(record)
            self.groups.takeItem(row)
            self.status.setText(self.tr("Merged into %1.").replace("%1", name))

        def failed(exc: BaseException) -> None:
            self.error.setText(describe(exc))
            self.merge_button.setEnabled(True)

        return self.ctx.ops.run(
            lambda: duplicates.merge(ordered, chosen),
            changes=changes(Area.INBOX, Area.LEADS, Area.REMINDERS),
            notice=self.tr("Contacts merged into %1.").replace("%1", name),
            undo=lambda record: (lambda: duplicates.unmerge(record)),
            on_done=done, on_error=failed)


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
        elif item.layout():
            _clear(item.layout())

