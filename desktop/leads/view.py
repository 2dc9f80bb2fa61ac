"""The Leads view: a four-stage board or a sortable list, one filter bar for both."""
from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QGridLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMenu, QPushButton, QStackedWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget,
)

from db import contacts as db_contacts
from db import leads as db_leads
from db import leads_io
from db import team as db_team
from db.choices import STAGES
from db.errors import UserError
from desktop.context import AppContext
from desktop.operations import Area, changes
from desktop.leads import board
from desktop.leads.board import LeadTableModel, StageList
from desktop.leads import stages
from desktop.leads.stages import stage_hint, stage_name
from desktop.widgets import timefmt
from desktop.widgets.errors import describe
from desktop.widgets.money import money
from desktop.widgets.lazy_model import IdRole, Prefetched, prefetch
from desktop.widgets.segment import SegmentButton
from desktop.widgets.staged import QuietReload, StagedBuild
from desktop.widgets.text import plain_label, set_tooltip, set_window_title

NO_DATE = QDate(2000, 1, 1)


def _label(text: str = "", name: str | None = None) -> QLabel:
    return plain_label(text, name)


LOST_KEY = "Ctrl+L"                # Mark lost… (Restore in the Lost filter)
LOST_FILTER_KEY = "Ctrl+Shift+L"   # the Lost filter, on and off
VALUE_KEY = "Ctrl+Shift+V"         # Expected value…
HEADS = "_heads"  # (the key of the columns' heads among the columns' ids read for a reload)


def board_heads(base: db_leads.LeadFilter, now: int):
    """Each column's count, value and stale cards, the stages' limits, the currency, and
    the new leads from forms waiting for their first contact."""
    from db import pipeline, settings
    return (pipeline.column_heads(base, now), pipeline.stale_days(), settings.get("business.currency") or "",
            pipeline.waiting_new_leads(now), pipeline.stage_names())


def _fit_first_item(combo: QComboBox) -> None:
    """A filter is never narrower than its "Any …" (measured, not counted in characters:
    "Qualsiasi responsabile" lost its last letters to a count of x-widths)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(combo)
    text = combo.fontMetrics().horizontalAdvance(combo.itemText(0))
    size = combo.style().sizeFromContents(QStyle.CT_ComboBox, option, QSize(text, combo.fontMetrics().height()),
                                          combo)
    combo.setMinimumWidth(size.width() + 4)


class NewLeadDialog(QDialog):
    saved = Signal(int)  # the new lead's id, once committed

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: int | None = None
        set_window_title(self, self.tr("New lead"))
        form = QFormLayout()
        self.first, self.last, self.email, self.phone = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        for label, widget in ((self.tr("First name"), self.first), (self.tr("Last name"), self.last),
                              (self.tr("E-mail"), self.email), (self.tr("Phone"), self.phone)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        from db.settings import example_phone
        self.phone.setPlaceholderText(example_phone())  # as written where the business is
        self.error = _label("", "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Checked here (a wrong e-mail keeps the dialog open with the reason), then saved
        by an operation: the dialog closes at once."""
        fields = (self.first.text(), self.last.text(), self.email.text(), self.phone.text())
        try:
            db_leads.check_new_lead(*fields)
        except UserError as exc:
            self.error.setText(describe(exc))
            return
        member, now = self.ctx.member_id, self.ctx.now()

        def created(lead_id: int) -> None:
            self.created = lead_id
            self.saved.emit(lead_id)

        self.ctx.ops.run(lambda: db_leads.new_lead(*fields, member, now), changes=changes(Area.LEADS),
                         on_done=created)
        self.accept()


class LeadsView(StagedBuild, QuietReload, QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent=None, *, staged: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self._sort = ("stage_changed", True)
        self._changed_while_building = False
        self.start_build(staged)

    def _build(self):
        ctx = self.ctx
        # Header.
        top = QHBoxLayout()
        top.setContentsMargins(16, 12, 16, 4)
        top.addWidget(_label(self.tr("Leads"), "sectionTitle"))
        top.addSpacing(12)
        self.mode_group = QButtonGroup(self)
        self.board_button = SegmentButton(self.tr("Board"))
        self.list_button = SegmentButton(self.tr("List"))
        for i, b in enumerate((self.board_button, self.list_button)):
            self.mode_group.addButton(b, i)
            top.addWidget(b)
        self.board_button.setChecked(True)
        self.mode_group.idClicked.connect(self.set_mode)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New lead…"))
        self.new_button.clicked.connect(self.new_lead)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self._choose_import)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("All leads as CSV…"), lambda: self._save("csv"))
        export_menu.addAction(self.tr("Selected leads as vCards…"), lambda: self._save("vcf"))
        export_menu.addAction(self.tr("These leads as a Meta customer list…"), lambda: self._save("audience"))
        self.export_button.setMenu(export_menu)
        self.audience_button = QToolButton()
        self.audience_button.setText(self.tr("Audiences"))
        self.audience_button.setPopupMode(QToolButton.InstantPopup)
        self.audience_menu = QMenu(self.audience_button)
        self.audience_menu.aboutToShow.connect(self._fill_audiences)
        self.audience_button.setMenu(self.audience_menu)
        self.email_button = QPushButton(self.tr("E-mail…"))
        self.email_button.clicked.connect(self.compose_email)
        # Speed to lead: the new leads from forms nobody has contacted yet, the most urgent first.
        self.waiting_leads = []
        self.waiting_button = QToolButton()
        self.waiting_button.setObjectName("waitingLeads")
        self.waiting_button.setPopupMode(QToolButton.InstantPopup)
        self.waiting_button.setAccessibleName(self.tr("New leads waiting for their first contact"))
        self.waiting_menu = QMenu(self.waiting_button)
        self.waiting_menu.aboutToShow.connect(self._fill_waiting)
        self.waiting_button.setMenu(self.waiting_menu)
        self.waiting_button.hide()
        top.addWidget(self.waiting_button)
        for w in (self.new_button, self.import_button, self.export_button, self.audience_button, self.email_button):
            top.addWidget(w)

        # Filter bar.
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 4, 16, 8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, e-mail, phone"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search leads"))
        self.search.textChanged.connect(lambda _t: self.reload())
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("Any stage"), None)
        for stage in STAGES:
            self.stage_filter.addItem(stage_name(stage), stage)
        self.owner_filter = QComboBox()
        self.creator_filter = QComboBox()
        self.label_filter = QComboBox()
        self.created_from = QDateEdit()
        self.created_to = QDateEdit()
        for edit, text in ((self.created_from, self.tr("Created from")), (self.created_to, self.tr("to"))):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("any date"))
            edit.setDate(NO_DATE)
            edit.setAccessibleName(text)
        for combo, name in ((self.stage_filter, self.tr("Stage")), (self.owner_filter, self.tr("Owner")),
                            (self.creator_filter, self.tr("Creator")), (self.label_filter, self.tr("Label"))):
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
            # In a narrow window the filters share the row, eliding long member names; never
            # their "Any …" (six characters cut the Italian "Qualsiasi responsabile" to
            # "Qualsiasi re"): the search box gives way first.
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            if combo.count():
                _fit_first_item(combo)
        self.created_from.dateChanged.connect(lambda _d: self.reload())
        self.created_to.dateChanged.connect(lambda _d: self.reload())
        self.search.setMinimumWidth(140)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.stage_filter)
        bar.addWidget(self.owner_filter)
        bar.addWidget(self.creator_filter)
        bar.addWidget(self.label_filter)
        # Lost leads leave the board; this shows them instead (Restore puts them back).
        self.lost_button = QPushButton(self.tr("Lost"))
        self.lost_button.setCheckable(True)
        self.lost_button.setObjectName("segment")
        self.lost_button.setAccessibleName(self.tr("Show the lost leads"))
        set_tooltip(self.lost_button, self.tr("Show the leads marked lost, with why (Restore puts them back)")
                    + f" ({QKeySequence(LOST_FILTER_KEY).toString(QKeySequence.NativeText)})")
        self.lost_button.toggled.connect(lambda _on: self.reload())
        bar.addWidget(self.lost_button)
        # The dates beside the filters, or under them when the window is too narrow for both
        # (the smallest window, a long language): nothing is cut.
        self.dates_box = QWidget()
        dates = QHBoxLayout(self.dates_box)
        dates.setContentsMargins(0, 0, 0, 0)
        created = _label(self.tr("Created"), "muted")
        created.setMinimumWidth(created.sizeHint().width())
        dates.addWidget(created)
        dates.addWidget(self.created_from)
        dates.addWidget(_label("–", "muted"))
        dates.addWidget(self.created_to)
        dates.addStretch(0)
        self.filter_grid = QGridLayout()
        self.filter_grid.setContentsMargins(16, 4, 16, 8)
        self.filter_grid.setHorizontalSpacing(6)
        self.filter_grid.setVerticalSpacing(6)
        bar.setContentsMargins(0, 0, 0, 0)
        self.filter_grid.addLayout(bar, 0, 0)
        self.filter_grid.addWidget(self.dates_box, 0, 1)
        self.filter_grid.setColumnStretch(0, 1)
        self.dates_below = False
        yield
        self._fill_filters()
        yield

        # Board.
        board = QWidget()
        board_layout = QHBoxLayout(board)
        board_layout.setContentsMargins(12, 0, 12, 12)
        board_layout.setSpacing(10)
        self.columns: dict[str, StageList] = {}
        self.column_titles: dict[str, QLabel] = {}
        self.column_hints: dict[str, QLabel] = {}
        self.quick_adds: dict[str, QLineEdit] = {}
        for stage in STAGES:
            column = QWidget()
            column.setObjectName("stageColumn")
            cl = QVBoxLayout(column)
            cl.setContentsMargins(6, 8, 6, 6)
            title = _label("", "cardTitle")
            hint = _label(stage_hint(stage), "muted")
            # The stage, its value and its stale cards: wrapped in a narrow column (unwrapped,
            # its width pushed the last column off the smallest window), two lines in each
            # column so that the cards start level.
            hint.setWordWrap(True)
            hint.setMinimumWidth(0)
            hint.setMinimumHeight(2 * hint.fontMetrics().lineSpacing())
            hint.setAlignment(Qt.AlignLeft | Qt.AlignTop)
            cards = StageList(stage, ctx.now)
            cards.setAccessibleName(stage_name(stage))
            cards.dropped.connect(self.move_to_stage)
            cards.starred.connect(self.set_priority)
            cards.doubleClicked.connect(lambda index: self.open_lead(index.data(IdRole)))
            cards.setContextMenuPolicy(Qt.CustomContextMenu)
            cards.customContextMenuRequested.connect(lambda pos, c=cards: self._card_menu(c, pos))
            quick = QLineEdit()
            quick.setObjectName("quickAdd")
            quick.setPlaceholderText(self.tr("+ Name and phone or e-mail, Enter"))
            quick.setAccessibleName(self.tr("Quick add a lead to %1").replace("%1", stage_name(stage)))
            set_tooltip(quick, self.tr("A new lead in this stage: a name and a phone or e-mail, then Enter "
                                       "(the details dialog has the rest)"))
            quick.returnPressed.connect(lambda st=stage, q=quick: self.quick_add(st, q.text(), q))
            self.quick_adds[stage] = quick
            cl.addWidget(title)
            cl.addWidget(hint)
            cl.addWidget(quick)
            cl.addWidget(cards, 1)
            board_layout.addWidget(column, 1)
            self.columns[stage] = cards
            self.column_titles[stage] = title
            self.column_hints[stage] = hint
        yield

        # List.
        self.table_model = LeadTableModel(ctx.now, self)
        self._table_stale = True
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.doubleClicked.connect(lambda index: self.open_lead(index.data(IdRole)))
        self.table.setAccessibleName(self.tr("Leads"))

        yield
        self.stack = QStackedWidget()
        self.stack.addWidget(board)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addLayout(self.filter_grid)
        layout.addWidget(self.stack, 1)

        for key, delta in (("Ctrl+Right", 1), ("Ctrl+Left", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, d=delta: self.step_selected(d))
            self.addAction(action)
        for key, act in ((LOST_KEY, self.lost_selected), (LOST_FILTER_KEY, self.lost_button.toggle),
                         (VALUE_KEY, self.value_selected)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, a=act: a())
            self.addAction(action)
        enter = QAction(self)
        enter.setShortcut(QKeySequence(Qt.Key_Return))
        enter.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        enter.triggered.connect(lambda: self.selected_ids() and self.open_lead(self.selected_ids()[0]))
        self.addAction(enter)

        ctx.changed.connect(lambda what: (what.touches(Area.LEADS, Area.TEAM, Area.REMINDERS) or (
            self.waiting_leads and what.touches(Area.INBOX))) and self._changed())  # (a reply contacts a new lead)
        # The cards' countdowns and days move by themselves: the columns on screen are painted
        # again every half minute (a lambda: connecting update itself costs PySide dearly).
        self.board_tick = QTimer(self)
        self.board_tick.setInterval(30_000)
        self.board_tick.timeout.connect(
            lambda: [c.viewport().update() for c in self.columns.values()] if self.isVisible() else None)
        self.board_tick.start()
        self.set_mode(1 if QSettings().value("leads/mode") == "list" else 0)
        yield
        self.ensurePolished()  # (the style sheet's work, done now rather than at the first show)
        yield
        yield from self._first_load()
        if self._changed_while_building:
            self.reload()

    def _changed(self) -> None:
        if self.is_built:
            self.reload_when_idle()
        else:
            self._changed_while_building = True

    # --- filters -------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        members = db_team.members()
        for combo, any_text in ((self.owner_filter, self.tr("Any owner")), (self.creator_filter, self.tr("Any creator"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            _fit_first_item(combo)
            if combo is self.owner_filter:
                combo.addItem(self.tr("Nobody"), -1)
            for m in members:
                combo.addItem(m.full_name, m.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        current = self.label_filter.currentData()
        self.label_filter.blockSignals(True)
        self.label_filter.clear()
        self.label_filter.addItem(self.tr("Any label"), None)
        _fit_first_item(self.label_filter)
        for label_id, name, _color in db_contacts.all_labels():
            self.label_filter.addItem(name, label_id)
        self.label_filter.setCurrentIndex(max(0, self.label_filter.findData(current)))
        self.label_filter.blockSignals(False)

    def current_filter(self, with_stage: bool = True) -> db_leads.LeadFilter:
        tz = timefmt.local_tz()

        def moment(edit: QDateEdit, extra_days: int = 0):
            if edit.date() == NO_DATE:
                return None
            day = edit.date().toPython() + timedelta(days=extra_days)
            return int(datetime.combine(day, time(0), tz).timestamp())

        stage = self.stage_filter.currentData() if with_stage else None
        return db_leads.LeadFilter(
            stages=(stage,) if stage else (), owner_id=self.owner_filter.currentData(),
            creator_id=self.creator_filter.currentData(), label_id=self.label_filter.currentData(),
            created_from=moment(self.created_from), created_to=moment(self.created_to, 1),
            text=self.search.text(), lost=self.lost_button.isChecked())

    def apply_filter(self, f: db_leads.LeadFilter) -> None:
        for combo, value in ((self.owner_filter, f.owner_id), (self.creator_filter, f.creator_id),
                             (self.label_filter, f.label_id),
                             (self.stage_filter, f.stages[0] if f.stages else None)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(f.text)
        self.search.blockSignals(False)
        self.lost_button.blockSignals(True)
        self.lost_button.setChecked(f.lost)
        self.lost_button.blockSignals(False)
        # The date range too (an audience applied forgot it): the days the filter's moments fall on.
        tz = timefmt.local_tz()
        for edit, moment, back in ((self.created_from, f.created_from, 0), (self.created_to, f.created_to, 1)):
            edit.blockSignals(True)
            if moment is None:
                edit.setDate(NO_DATE)
            else:
                edit.setDate(QDate((datetime.fromtimestamp(moment, tz) - timedelta(days=back)).date()))
            edit.blockSignals(False)
        self.reload()

    # --- loading ---------------------------------------------------------------------------------
    def _read_for_reload(self):
        base = self.current_filter(with_stage=False)
        filters = {stage: db_leads.LeadFilter(**{**base.__dict__, "stages": (stage,)}) for stage in self.columns}
        # Each column's ids with the cards it shows now: the paint after the reload reads
        # nothing (four columns' rows read while painting held the window ~15 ms).
        shown = {stage: column.lead_model.shown_blocks(column) for stage, column in self.columns.items()}
        now = self.ctx.now()
        return lambda: {**{stage: prefetch(db_leads.lead_rows, db_leads.lead_ids(f, starred_first=True), shown[stage])
                           for stage, f in filters.items()}, HEADS: board_heads(base, now)}

    def _load_steps(self, known: dict[str, list[int]] | None = None):
        """Reading the columns, a step each (``reload`` runs them at once); ``known``: the
        ids already read on the worker."""
        base = self.current_filter(with_stage=False)
        heads, limits, currency, waiting, names = known[HEADS] if known is not None else board_heads(
            base, self.ctx.now())
        stages.use_names(names)
        if names != getattr(self, "_names_shown", {}):  # renamed in Settings: the filter and fields follow
            self._names_shown = dict(names)
            for i in range(1, self.stage_filter.count()):
                self.stage_filter.setItemText(i, stage_name(self.stage_filter.itemData(i)))
            for stage, field in self.quick_adds.items():
                field.setAccessibleName(self.tr("Quick add a lead to %1").replace("%1", stage_name(stage)))
        board.LIMITS.clear()
        board.LIMITS.update(limits)
        board.CURRENCY[0] = currency
        board.WAITING.clear()
        board.WAITING.update({n.lead_id: n.due_at for n in waiting})
        self.waiting_leads = waiting
        count = len(waiting)  # (a plain name, for lupdate)
        self.waiting_button.setText("⚡ " + self.tr("%n new lead(s) waiting", "", count))
        self.waiting_button.setVisible(bool(waiting))
        for stage, column in self.columns.items():
            ids = known[stage] if known is not None else db_leads.lead_ids(
                db_leads.LeadFilter(**{**base.__dict__, "stages": (stage,)}), starred_first=True)
            column.lead_model.set_ids(ids)
            count = len(ids.ids if isinstance(ids, Prefetched) else ids)
            self.column_titles[stage].setText(f"{stage_name(stage)} · {count}")
            head = heads[stage]
            parts = [stage_hint(stage)]
            if head.value_cents:
                parts.append(money(head.value_cents, currency))
            stale_count = head.stale  # (a plain name, for lupdate)
            if stale_count:
                parts.append("⏳ " + self.tr("%n over the limit", "", stale_count))
            self.column_hints[stage].setText(" · ".join(parts))
            column.setAccessibleName(self.column_titles[stage].text() + ", " + self.column_hints[stage].text())
            if not self.is_built:
                column.lead_model.row(0)  # the first cards' rows, read now rather than at the first paint
            yield
        self._table_stale = True
        if self.stack.currentIndex() == 1:
            self._fill_table()
        self.stage_filter.setVisible(self.stack.currentIndex() == 1)
        self.loaded.emit()

    def _fill_table(self) -> None:
        """The list's ids: read when the list is shown (the board does not need them)."""
        sort, descending = self._sort
        self.table_model.set_ids(db_leads.lead_ids(self.current_filter(), sort, descending))
        self._table_stale = False

    def filtered_ids(self) -> list[int]:
        """Every lead the filters show, in the list's order."""
        if self._table_stale:
            self._fill_table()
        return self.table_model.ids()

    def set_mode(self, mode: int) -> None:
        if mode == 1 and self._table_stale:
            self._fill_table()
        self.stack.setCurrentIndex(mode)
        (self.list_button if mode else self.board_button).setChecked(True)
        self.stage_filter.setVisible(mode == 1)
        self.place_dates()
        QSettings().setValue("leads/mode", "list" if mode else "board")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.place_dates()

    def place_dates(self) -> None:
        """The date range beside the filters when both fit the width, else on a row below."""
        if not hasattr(self, "filter_grid"):
            return  # (still being built)
        bar = self.filter_grid.itemAtPosition(0, 0).layout()
        margins = self.filter_grid.contentsMargins()
        need = (bar.minimumSize().width() + self.filter_grid.horizontalSpacing()
                + self.dates_box.sizeHint().width() + margins.left() + margins.right())
        below = self.width() < need
        if below == self.dates_below:
            return
        self.dates_below = below
        self.filter_grid.removeWidget(self.dates_box)
        if below:
            self.filter_grid.addWidget(self.dates_box, 1, 0, 1, 2)
        else:
            self.filter_grid.addWidget(self.dates_box, 0, 1)

    def _sort_by(self, section: int) -> None:
        column = LeadTableModel.COLUMNS[section]
        key = {"created": "created", "follow_up": "stage_changed", "creator": "owner"}.get(column, column)
        if key not in db_leads.SORTS:
            key = "name"
        descending = not self._sort[1] if self._sort[0] == key else False
        self._sort = (key, descending)
        self.table.horizontalHeader().setSortIndicator(section, Qt.DescendingOrder if descending else Qt.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.reload()

    def selected_ids(self) -> list[int]:
        if self.stack.currentIndex() == 1:
            return [i.data(IdRole) for i in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())]
        for column in self.columns.values():
            if column.hasFocus() or column.selectionModel().hasSelection():
                ids = column.selected_ids()
                if ids:
                    return ids
        return []

    # --- changes (each an undoable operation) ---------------------------------------------------
    def _run(self, work, ids: list[int], text: str, settle=None) -> int:
        return self.ctx.ops.run(work, changes=changes(Area.LEADS, leads=ids), notice=text,
                                undo=lambda snap: (lambda: db_leads.restore(snap)),
                                rollback=settle, on_done=(lambda _s: settle()) if settle else None)

    def move_to_stage(self, ids: list[int], stage: str) -> int:
        """The cards move at once; the worker commits the move (behind an import, too)."""
        member, now = self.ctx.member_id, self.ctx.now()
        tokens = [(column.lead_model, column.lead_model.hide(ids)) for key, column in self.columns.items()
                  if key != stage]
        target = self.columns[stage].lead_model
        added = target.insert_ids(ids)

        def settle() -> None:
            for model, token in tokens:
                model.unhide(token)
            target.uninsert(added)

        self.columns[stage].flash(ids)
        return self._run(lambda: db_leads.move_stage(ids, stage, member, now), ids,
                         self.tr("Moved %n lead(s) to %1.", "", len(ids)).replace("%1", stage_name(stage)), settle)

    # --- the pipeline: stars, lost, value ------------------------------------------------------
    def _run_pipeline(self, work, undo, ids: list[int], text: str) -> int:
        return self.ctx.ops.run(work, changes=changes(Area.LEADS, leads=ids), notice=text,
                                undo=lambda before: (lambda: undo(before)))

    def _fill_waiting(self) -> None:
        from desktop.widgets.text import menu_text
        self.waiting_menu.clear()
        now = self.ctx.now()
        for lead in self.waiting_leads[:30]:
            countdown, _late = board.first_contact_text(lead.due_at, now)
            self.waiting_menu.addAction(menu_text(f"{lead.name} · {countdown}"),
                                        lambda lid=lead.lead_id: self.open_lead(lid))

    def quick_add(self, stage: str, text: str, field: QLineEdit | None = None) -> int | None:
        """The card is there at Enter; Undo takes it away again."""
        from db import pipeline

        try:
            first, last, _email, _phone = pipeline.check_quick(text)
        except UserError as exc:
            self.ctx.notify(describe(exc))  # (the text stays, to be corrected)
            return None
        member, now = self.ctx.member_id, self.ctx.now()
        if field is not None:
            field.clear()
        name = " ".join(p for p in (first, last) if p)
        return self.ctx.ops.run(lambda: pipeline.quick_create(text, stage, member, now),
                                changes=changes(Area.LEADS),
                                notice=self.tr("Added %1 to %2.").replace("%1", name).replace("%2", stage_name(stage)),
                                undo=lambda lead_id: (lambda: pipeline.remove_new_lead(lead_id)),
                                on_error=lambda exc: (field.setText(text) if field is not None else None,
                                                      self.ctx.notify(describe(exc))))

    def set_priority(self, ids: list[int], stars: int) -> int:
        from db import pipeline
        text = (self.tr("Took the stars from %n lead(s).", "", len(ids)) if not stars
                else self.tr("Gave %n lead(s) %1.", "", len(ids)).replace("%1", "★" * stars))
        return self._run_pipeline(lambda: pipeline.set_priority(ids, stars), pipeline.restore_priority, ids, text)

    def mark_lost(self, ids: list[int], reason: str) -> int:
        from db import pipeline
        now = self.ctx.now()

        shown = {self._reason_name(r) for r in pipeline.lost_reasons()}  # (the defaults, as translated)

        def work():
            reasons = pipeline.lost_reasons()
            if reason.strip() and reason.strip() not in shown | set(reasons):
                pipeline.save_lost_reasons([*reasons, reason])  # a new reason joins the list
            return pipeline.mark_lost(ids, reason, now)

        return self._run_pipeline(work, pipeline.undo_lost, ids,
                                  self.tr("Marked %n lead(s) lost: %1.", "", len(ids)).replace("%1", reason.strip()))

    def restore_lost(self, ids: list[int]) -> int:
        from db import pipeline
        return self._run_pipeline(lambda: pipeline.restore_lost(ids), pipeline.undo_lost, ids,
                                  self.tr("Put %n lead(s) back on the board.", "", len(ids)))

    def lost_selected(self) -> QInputDialog | int | None:
        """Ctrl+L: the selected leads marked lost (asking why), or restored in the Lost filter."""
        ids = self.selected_ids()
        if not ids:
            return None
        return self.restore_lost(ids) if self.lost_button.isChecked() else self.mark_lost_dialog(ids)

    def value_selected(self) -> QInputDialog | None:
        ids = self.selected_ids()
        return self.value_dialog(ids[0]) if len(ids) == 1 else None

    def mark_lost_dialog(self, ids: list[int]) -> QInputDialog:
        """Why were they lost: a reason from the list, or a new one typed."""
        from db import pipeline
        dialog = QInputDialog(self)
        set_window_title(dialog, self.tr("Mark lost"))
        dialog.setLabelText(self.tr("Why was it lost? (%n lead(s))", "", len(ids)))
        dialog.setComboBoxItems([self._reason_name(r) for r in pipeline.lost_reasons()])
        dialog.setComboBoxEditable(True)
        dialog.textValueSelected.connect(lambda text: self.mark_lost(ids, text) if text.strip() else None)
        dialog.open()
        return dialog

    def _reason_name(self, reason: str) -> str:
        return stages.lost_reason_name(reason)

    def set_value(self, lead_id: int, typed: str) -> int | None:
        from db import pipeline
        from desktop.widgets.money import separators
        point, group = separators()
        try:
            cents = pipeline.parse_value(typed, point, group)
        except pipeline.PipelineError as exc:
            self.ctx.notify(describe(exc))  # (what was typed is said back, and nothing is kept)
            return None
        return self._run_pipeline(lambda: pipeline.set_value(lead_id, cents),
                                  lambda before: pipeline.set_value(lead_id, before), [lead_id],
                                  self.tr("Value set.") if cents is not None else self.tr("Value removed."))

    def value_dialog(self, lead_id: int) -> QInputDialog:
        row = db_leads.lead_rows([lead_id]).get(lead_id)
        dialog = QInputDialog(self)
        set_window_title(dialog, self.tr("Expected value"))
        dialog.setLabelText(self.tr("What is this lead worth, in %1? (empty: no value)").replace(
            "%1", board.CURRENCY[0] or self.tr("the business's currency")))
        if row is not None and row.value_cents is not None:
            from PySide6.QtCore import QLocale
            dialog.setTextValue(QLocale().toString(row.value_cents / 100, "f", 2))
        dialog.textValueSelected.connect(lambda text: self.set_value(lead_id, text))
        dialog.open()
        return dialog

    def open_conversation_of(self, lead_id: int) -> None:
        """From a card to the person's conversation (the contact panel's Lead leads back)."""
        from db.contacts import other_conversations
        row = db_leads.lead_rows([lead_id]).get(lead_id)
        if row is None:
            return
        found = other_conversations(row.contact_id)
        if found:
            self.ctx.open_conversation.emit(found[0].id)
        else:
            self.ctx.notify(self.tr("%1 has no conversation yet.").replace("%1", row.name))

    def card_menu(self, ids: list[int]) -> QMenu:
        menu = QMenu(self)
        stars = menu.addMenu(self.tr("Priority"))
        for n, text in enumerate((self.tr("No stars"), "★", "★★", "★★★")):
            action = stars.addAction(text, lambda n=n: self.set_priority(ids, n))
            action.setShortcut(QKeySequence(str(n)))
        if len(ids) == 1:
            menu.addAction(self.tr("Expected value…"), lambda: self.value_dialog(ids[0])).setShortcut(
                QKeySequence(VALUE_KEY))
            menu.addAction(self.tr("Open the conversation"), lambda: self.open_conversation_of(ids[0]))
        menu.addSeparator()
        if self.lost_button.isChecked():
            menu.addAction(self.tr("Restore to the board"), lambda: self.restore_lost(ids)).setShortcut(
                QKeySequence(LOST_KEY))
        else:
            menu.addAction(self.tr("Mark lost…"), lambda: self.mark_lost_dialog(ids)).setShortcut(
                QKeySequence(LOST_KEY))
        menu.addSeparator()
        return self.bulk_menu(ids, menu)

    def _card_menu(self, column, pos) -> None:
        index = column.indexAt(pos)
        if index.isValid() and not column.selectionModel().isSelected(index):
            column.setCurrentIndex(index)
        ids = column.selected_ids()
        if ids:
            self.card_menu(ids).popup(column.viewport().mapToGlobal(pos))

    def step_selected(self, delta: int) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        current = db_leads.lead_rows(ids[:1])[ids[0]].stage
        index = STAGES.index(current) + delta
        if 0 <= index < len(STAGES):
            self.move_to_stage(ids, STAGES[index])
            column = self.columns[STAGES[index]]
            row = column.lead_model.row_of(ids[0])
            if row >= 0:
                column.setFocus()
                column.setCurrentIndex(column.lead_model.index(row))

    def set_owner(self, ids: list[int], owner_id: int | None) -> int:
        return self._run(lambda: db_leads.set_owner(ids, owner_id), ids,
                         self.tr("Changed the owner of %n lead(s).", "", len(ids)))

    def set_label(self, ids: list[int], label_id: int, on: bool) -> int:
        return self._run(lambda: db_leads.set_label(ids, label_id, on), ids,
                         self.tr("Labelled %n lead(s).", "", len(ids)) if on
                         else self.tr("Removed a label from %n lead(s).", "", len(ids)))

    def _table_menu(self, pos) -> None:
        ids = self.selected_ids()
        if ids:
            self.card_menu(ids).popup(self.table.viewport().mapToGlobal(pos))

    def bulk_menu(self, ids: list[int], menu: QMenu | None = None) -> QMenu:
        menu = menu if menu is not None else QMenu(self)
        stage_menu = menu.addMenu(self.tr("Move to stage"))
        for stage in STAGES:
            stage_menu.addAction(stage_name(stage), lambda s=stage: self.move_to_stage(ids, s))
        owner_menu = menu.addMenu(self.tr("Set owner"))
        for m in db_team.members():
            owner_menu.addAction(m.full_name, lambda mid=m.id: self.set_owner(ids, mid))
        owner_menu.addAction(self.tr("Nobody"), lambda: self.set_owner(ids, None))
        add_menu = menu.addMenu(self.tr("Add label"))
        remove_menu = menu.addMenu(self.tr("Remove label"))
        for label_id, name, _c in db_contacts.all_labels():
            add_menu.addAction(name, lambda lid=label_id: self.set_label(ids, lid, True))
            remove_menu.addAction(name, lambda lid=label_id: self.set_label(ids, lid, False))
        menu.addSeparator()
        menu.addAction(self.tr("E-mail these leads…"), lambda: self.compose_email(ids))
        return menu

    # --- dialogs -----------------------------------------------------------------------------------
    def open_lead(self, lead_id: int):
        from desktop.leads.details import LeadDialog
        dialog = LeadDialog(self.ctx, lead_id, self)
        dialog.open()
        return dialog

    def new_lead(self) -> NewLeadDialog:
        dialog = NewLeadDialog(self.ctx, self)
        dialog.open()
        return dialog

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import leads"), "",
                                              self.tr("Lead files (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str):
        from desktop.leads.import_dialog import ImportDialog
        dialog = ImportDialog(self.ctx, path, self)
        dialog.open()
        return dialog

    def _save(self, kind: str) -> None:
        names = {"csv": ("leads.csv", self.tr("CSV (*.csv)")), "vcf": ("leads.vcf", self.tr("vCard (*.vcf)")),
                 "audience": ("customer-list.csv", self.tr("CSV (*.csv)"))}
        name, pattern = names[kind]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), name, pattern)
        if path:
            self.export(kind, path)

    def export(self, kind: str, path: str):
        """Write the file on the worker, with progress and Cancel (desktop/long_work.py)."""
        from desktop.long_work import export_file
        if kind == "vcf":
            ids = self.selected_ids() or self.filtered_ids()
            write = lambda out: leads_io.export_vcards(out, ids)  # noqa: E731
        elif kind == "audience":
            chosen = self.current_filter()
            write = lambda out: db_leads.export_customer_list(chosen, out)  # noqa: E731
        else:
            write = leads_io.export_csv
        return export_file(self.ctx, self, path, write,
                           done_text=lambda count: self.tr("Exported %n lead(s).", "", count))

    def _fill_audiences(self) -> None:
        self.audience_menu.clear()
        self.audience_menu.addAction(self.tr("Save these filters as an audience…"), self.save_audience)
        self.audience_menu.addSeparator()
        for audience in db_leads.audiences():
            count = db_leads.audience_count(audience)
            self.audience_menu.addAction(self.tr("%1 (%n)", "", count).replace("%1", audience.name),
                                         lambda a=audience: self.apply_filter(a.filter))

    def save_audience(self, name: str | None = None) -> int | None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save audience"), self.tr("Name of the audience"))
            if not ok:
                return None
        chosen, now = self.current_filter(), self.ctx.now()
        return self.ctx.ops.run(lambda: db_leads.save_audience(name, chosen, now), changes=changes(Area.LEADS),
                                notice=self.tr("Audience “%1” saved.").replace("%1", name.strip()))

    def compose_email(self, ids: list[int] | None = None):
        from desktop.leads.email_dialog import EmailDialog
        ids = ids if ids is not None else (self.selected_ids() or self.filtered_ids())
        dialog = EmailDialog(self.ctx, ids, self)
        dialog.open()
        return dialog
