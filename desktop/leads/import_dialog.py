"""Import leads from a file: map the columns, check every row, then import with progress.

Reading the file and checking its rows (50,000 rows take seconds) run on the DB worker: the
dialog says "Checking…" meanwhile and stays usable; a check asked while one runs replaces
it. The import itself runs in a process of its own (desktop/child_work.py)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel, QListWidget, QProgressBar, QPushButton,
    QTableWidget, QVBoxLayout,
)

from db import leads_io
from desktop.operations import Area, changes
from desktop.tasks import CancelToken
from desktop.widgets.text import plain_label, set_window_title

FIELDS = ("full_name", "first_name", "last_name", "email", "work_email", "phone", "work_phone", "city", "country",
          "job_title", "company_name", "created_time", "stage", "form_status", "owner", "creator", "labels", "source",
          "source_detail", "lead_id", "sportello_id", "form_name", "ad_name", "campaign_name", "is_organic", "platform", "inbox_url",
          *(f"profile:{name}" for name in leads_io.PROFILE_FIELDS))


class ImportDialog(QDialog):
    finished_import = Signal(object)  # ImportResult
    checked = Signal()                # the rows were checked against the current choices

    def __init__(self, ctx, path: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.data = b""
        self.parsed = None
        self.token: CancelToken | None = None
        self.result = None
        self.checking = False
        self._check_turn = 0  # only the newest check's answer is shown
        self.header: list[str] = []
        set_window_title(self, self.tr("Import leads from %1").replace("%1", self.path.name))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.intro = plain_label(self.tr("Check what each column holds. Columns Sportello does not know are kept as "
                                    "answers to the form's questions."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Example"), self.tr("Holds")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        # A stage column in another tool's words: each value read as one of ours, or kept.
        self.stage_intro = plain_label(self.tr("The stage column holds words that are not Sportello's stages. "
                                               "Choose what each one means:"), wrap=True)
        layout.addWidget(self.stage_intro)
        self.stage_table = QTableWidget(0, 2)
        self.stage_table.setHorizontalHeaderLabels([self.tr("In the file"), self.tr("Read as")])
        self.stage_table.horizontalHeader().setStretchLastSection(True)
        self.stage_table.setAccessibleName(self.tr("Stages of the file"))
        self.stage_table.setMaximumHeight(150)
        layout.addWidget(self.stage_table)
        self.stage_values: list[str] = []
        self.summary = plain_label()
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(130)
        self.problems.setAccessibleName(self.tr("Rows that cannot be imported"))
        layout.addWidget(self.problems)
        self.skip = QCheckBox(self.tr("Import the valid rows and skip the others"))
        self.skip.toggled.connect(self._update_buttons)
        layout.addWidget(self.skip)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        for b in (self.check_button, self.import_button, self.cancel_button):
            b.setMinimumWidth(b.fontMetrics().horizontalAdvance(b.text()) + 36)  # the style's padding, not cut
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        """Read the file and its columns on the worker; the table fills when they come."""
        path = self.path
        self.summary.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)

        def read():
            data = path.read_bytes()
            header, rows = leads_io.read_table(leads_io.decode(data))
            return data, header, (rows[0] if rows else []), leads_io.guess_mapping(header)

        self.ctx.tasks.run(read, self._loaded, self._unreadable)

    def _unreadable(self, exc) -> None:
        self.summary.setText(self.tr("This file cannot be imported: %1").replace(
            "%1", getattr(exc, "strerror", None) or str(exc)))
        self.checked.emit()

    def _loaded(self, found) -> None:
        self.data, header, first_row, mapping = found
        self.table.setRowCount(len(header))
        for i, column in enumerate(header):
            self.table.setCellWidget(i, 0, self._plain(column))
            example = first_row[i] if i < len(first_row) else ""
            self.table.setCellWidget(i, 1, self._plain(example[:60]))
            combo = QComboBox()
            combo.addItem(self.tr("Answer to a question"), f"answer:{column}")
            combo.addItem(self.tr("Skip this column"), "skip")
            for name in FIELDS:
                combo.addItem(name.removeprefix("profile:").replace("_", " "), name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column))))
            combo.currentIndexChanged.connect(lambda _i: self.check())
            self.table.setCellWidget(i, 2, combo)
        self.header = header
        self.table.resizeColumnsToContents()
        self.check_button.setEnabled(True)
        self.check()

    @staticmethod
    def _plain(text: str) -> QLabel:
        label = plain_label(text)
        label.setTextFormat(Qt.PlainText)
        return label

    def mapping(self) -> dict[str, str]:
        return {column: self.table.cellWidget(i, 2).currentData() for i, column in enumerate(self.header)}

    def set_mapping(self, column: str, target: str) -> None:
        i = self.header.index(column)
        combo = self.table.cellWidget(i, 2)
        combo.setCurrentIndex(combo.findData(target))

    def stage_map(self) -> dict[str, str]:
        """The stage values chosen in the dialog: value -> stage ("" keeps the lead's)."""
        return {value: self.stage_table.cellWidget(i, 1).currentData() for i, value in enumerate(self.stage_values)}

    def set_stage(self, value: str, stage: str) -> None:
        combo = self.stage_table.cellWidget(self.stage_values.index(value), 1)
        combo.setCurrentIndex(combo.findData(stage))

    def _fill_stages(self) -> None:
        """One row per value of the stage column that is not ours (kept while the values stay)."""
        from desktop.leads.stages import stage_name
        values = sorted({*self.parsed.mapped, *self.parsed.left} | set(self.stage_values), key=str.lower)
        if values != self.stage_values:
            chosen = self.stage_map() if self.stage_values else {}
            self.stage_values = values
            self.stage_table.setRowCount(len(values))
            for i, value in enumerate(values):
                self.stage_table.setCellWidget(i, 0, self._plain(value))
                combo = QComboBox()
                combo.addItem(self.tr("Keep the lead's stage"), "")
                for stage in leads_io.STAGES:
                    combo.addItem(stage_name(stage), stage)
                guess = chosen.get(value, self.parsed.mapped.get(value, ("",))[0])
                combo.setCurrentIndex(max(0, combo.findData(guess)))
                combo.setAccessibleName(self.tr("Read “%1” as").replace("%1", value))
                combo.currentIndexChanged.connect(lambda _i: self.check())
                self.stage_table.setCellWidget(i, 1, combo)
            self.stage_table.resizeColumnsToContents()
        self.stage_intro.setVisible(bool(values))
        self.stage_table.setVisible(bool(values))

    def check(self) -> None:
        """Check every row against the current choices, on the worker."""
        if not self.header:
            return
        self._check_turn += 1
        turn, data, mapping = self._check_turn, self.data, self.mapping()
        stage_map = self.stage_map() if self.stage_values else None
        self.checking = True
        self.summary.setText(self.tr("Checking the rows…"))
        self._update_buttons()
        self.ctx.tasks.run(lambda: leads_io.parse(data, mapping, stage_map=stage_map),
                           lambda parsed: self._checked(turn, parsed), lambda exc: self._unreadable(exc))

    def _checked(self, turn: int, parsed) -> None:
        if turn != self._check_turn:
            return  # a newer check is on its way
        self.checking = False
        self.parsed = parsed
        self._fill_stages()
        bad_rows = sorted({p.row for p in self.parsed.problems})
        self.problems.clear()
        for problem in self.parsed.problems[:500]:
            self.problems.addItem(str(problem))
        if bad_rows:
            self.summary.setText(self.tr("%1 of %2 rows can be imported; %3 have problems.").replace(
                "%1", str(len(self.parsed.rows))).replace("%2", str(self.parsed.total)).replace(
                "%3", str(len(bad_rows))))
        else:
            self.summary.setText(self.tr("All %1 rows can be imported.").replace("%1", str(self.parsed.total)))
        self.problems.setVisible(bool(bad_rows))
        self.skip.setVisible(bool(bad_rows))
        self._update_buttons()
        self.checked.emit()

    def _update_buttons(self) -> None:
        ok = self.parsed is not None and self.parsed.rows and (not self.parsed.problems or self.skip.isChecked())
        self.import_button.setEnabled(bool(ok) and self.token is None and not self.checking)

    def start(self) -> None:
        parsed, skip, now, member = self.parsed, self.skip.isChecked(), self.ctx.now(), self.ctx.member_id
        token = CancelToken()
        self.token = token
        self.progress.setRange(0, max(1, len(parsed.rows)))
        self.progress.setValue(0)
        self.progress.show()
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self._done = 0
        # The worker only writes a number; the GUI thread shows it ten times a second.
        self._progress_timer = QTimer(self)
        self._progress_timer.timeout.connect(lambda: self.progress.setValue(self._done))
        self._progress_timer.start(100)

        def progress(done: int, total: int) -> None:
            self._done = done

        from db.database import database
        from desktop.child_work import run_in_child
        database_path = database.database

        def job():
            return run_in_child(leads_io.apply, database_path, parsed=parsed, now=now, skip_invalid=skip,
                                creator_id=member, progress=progress, cancelled=lambda: token.cancelled)

        # All or nothing, in one transaction, in a process of its own (desktop/child_work.py);
        # tried again while another process writes.
        self.ctx.tasks.run(job, self._finished, self._failed, retry_locked=True)

    def cancel(self) -> None:
        if self.token is not None:
            self.token.cancel()  # the worker stops at the next row and rolls everything back
        else:
            self.reject()

    def _finished(self, result) -> None:
        self._progress_timer.stop()
        self.token = None
        self.result = result
        self.progress.setValue(self.progress.maximum())
        self.ctx.changed.emit(changes(Area.LEADS, Area.INBOX))
        text = self.tr("Imported leads: %1 new, %2 merged, %3 skipped.").replace(
            "%1", str(result.created)).replace("%2", str(result.merged)).replace(
            "%3", str(len({p.row for p in result.skipped})))
        kept = sum(n for _value, n in result.left)
        if kept:
            text += " " + self.tr("%n lead(s) kept their stage (a stage the file names was not chosen).", "", kept)
        self.ctx.notify(text)
        self.finished_import.emit(result)
        self.accept()

    def _failed(self, exc) -> None:
        self._progress_timer.stop()
        self.token = None
        self.progress.hide()
        self.check_button.setEnabled(True)
        self._update_buttons()
        if isinstance(exc, InterruptedError):
            self.summary.setText(self.tr("Import cancelled: nothing was imported."))
        else:
            from desktop.widgets.errors import describe
            self.summary.setText(self.tr("The import failed and nothing was imported: %1").replace(
                "%1", describe(exc)))
        self.finished_import.emit(None)
