"""The Insights view: the badge card, who is waiting, and the charts.

pyqtgraph (and numpy) are imported here only, so they load the first time
this view opens, never at start-up.
"""
from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from db import metrics
from db.choices import CASE_CATEGORIES, CASE_STATUSES, STAGES
from db.clock import DAY, MINUTE
from desktop import theme
from desktop.operations import Area, Changes
from desktop.context import AppContext
from desktop.insights.charts import (
    ChartCard, brush, category_axis, heat_image, pen, target_line,
)
from desktop.insights.data import InsightsData, gather
from desktop.widgets import timefmt
from desktop.widgets.batched_list import BatchedFill
from desktop.widgets.restyle import restyle
from desktop.widgets.segment import SegmentButton
from desktop.widgets.staged import StagedBuild
from desktop.widgets.text import plain_label, set_tooltip, set_window_title
from desktop.widgets.money import money
from desktop.widgets.timefmt import duration

PERIODS = (30, 90, 365)


def _short(text: str, limit: int = 14) -> str:
    """A bar's name under it: a long reason shortened (the hover and the list say it whole)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _label(text: str = "", name: str | None = None, wrap: bool = True) -> QLabel:
    return plain_label(text, name, wrap)


def percent(value: float | None) -> str:
    """A rate beside its target: cut, never rounded up (89.8 % is not "90 %" next to
    "needs 90 % or more"); a whole number shows without its decimal."""
    if value is None:
        return "—"
    tenths = math.floor(value * 1000 + 1e-9) / 10
    return QLocale().toString(tenths, "f", 0 if tenths.is_integer() else 1) + " %"


def metric_time(seconds: float | None) -> str:
    """A response time beside its target: minutes to a tenth, rounded up (15.02 min is not
    "15 min" next to "needs 15 min or less"; 7.7 min is not "7 min")."""
    if seconds is None or seconds < 60 or seconds >= 3600:
        return duration(seconds)
    minutes = math.ceil(seconds / 6 - 1e-9) / 10
    number = QLocale().toString(minutes, "f", 0 if minutes.is_integer() else 1)
    return QCoreApplication.translate("Time", "%1 min").replace("%1", number)


class BadgeCard(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        self.headline = _label("", "badgeHeadline")
        layout.addWidget(self.headline)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.rate_value = _label("", "bigNumber", wrap=False)
        self.time_value = _label("", "bigNumber", wrap=False)
        self.rate_caption = _label("", "muted")
        self.time_caption = _label("", "muted")
        grid.addWidget(self.rate_value, 0, 0)
        grid.addWidget(self.time_value, 0, 1)
        grid.addWidget(self.rate_caption, 1, 0)
        grid.addWidget(self.time_caption, 1, 1)
        layout.addLayout(grid)
        self.advice = _label("", None)
        layout.addWidget(self.advice)
        self.public_line = _label("", "muted")
        layout.addWidget(self.public_line)
        self.window_line = _label("", "muted")
        layout.addWidget(self.window_line)

    def show_data(self, data: InsightsData) -> None:
        s = data.state
        if s.very_responsive:
            self.headline.setText("✔ " + self.tr("Very responsive"))
            self.headline.setProperty("earned", "true")
        else:
            self.headline.setText("○ " + self.tr("Not very responsive yet"))
            self.headline.setProperty("earned", "false")
        restyle(self.headline)
        self.rate_value.setText(percent(s.response_rate))
        self.time_value.setText(metric_time(s.response_time_seconds))
        self.rate_caption.setText(self.tr("response rate · needs 90 % or more"))
        self.time_caption.setText(self.tr("response time · needs 15 min or less"))
        if s.requests == 0:
            self.advice.setText(self.tr("No requests yet: the badge is computed from the requests people send."))
        elif data.to_badge == 0:
            self.advice.setText(self.tr("Keep it: answer new requests within 15 minutes."))
        elif data.to_badge is not None:
            self.advice.setText(self.tr("Answer the next %n request(s) within 15 minutes to earn the badge.",
                                        "", data.to_badge))
        else:
            self.advice.setText(self.tr("Answer every new request within 15 minutes: the window has many "
                                        "missed requests, so it takes a while to earn the badge."))
        lines = {
            "minutes": self.tr("Typically replies within minutes"),
            "hour": self.tr("Typically replies within an hour"),
            "hours": self.tr("Typically replies within a few hours"),
            "day": self.tr("Typically replies within a day"),
        }
        public = lines.get(data.public_bucket, self.tr("not shown (fewer than 90 % of messages answered, "
                                                       "or the inbox unused this week)"))
        self.public_line.setText(self.tr("The Page shows: %1").replace("%1", public))
        window = ""
        if s.window_start is not None:
            window = self.tr("%n request(s) between %1 and %2", "", s.requests) \
                .replace("%1", timefmt.full(s.window_start)).replace("%2", timefmt.full(s.window_end))
        if data.business_hours_time is not None:
            window += ("\n" if window else "") + self.tr("Counting business hours only: %1").replace(
                "%1", duration(data.business_hours_time))
        self.window_line.setText(window)


class WaitingCard(QFrame):
    open_conversation = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(_label(self.tr("Waiting for reply"), "cardTitle"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAccessibleName(self.tr("Requests waiting for a reply, most urgent first"))
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.list, 1)
        self.fill = BatchedFill(self.list)  # hundreds waiting: made into items as it is scrolled
        self.empty = _label(self.tr("Nobody is waiting. Well done!"), "muted")
        layout.addWidget(self.empty)

    def show_data(self, data: InsightsData) -> None:
        self.fill.fill(data.waiting, self._item)
        self.empty.setVisible(not data.waiting)
        self.list.setVisible(bool(data.waiting))

    def _item(self, w) -> QListWidgetItem:
        if w.left_for_badge > 0:
            badge = self.tr("%1 left for 15 min").replace("%1", duration(w.left_for_badge))
        else:
            badge = self.tr("15 min passed")
        details = self.tr("waiting %1 · %2 · %3 left to answer").replace(
            "%1", duration(w.waited_seconds)).replace("%2", badge).replace("%3", duration(w.left_in_window))
        item = QListWidgetItem(f"{w.contact_name}\n{details}")
        item.setData(Qt.UserRole, w.conversation_id)
        set_tooltip(item, self.tr("Open the conversation"))
        return item

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_conversation.emit(item.data(Qt.UserRole))


class CasesCard(QFrame):
    month_requested = Signal(int, int)  # year, month

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._report = None
        self.ctx = None  # the view's, given when the card is placed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        header = QHBoxLayout()
        self.previous_button = QPushButton("‹")
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.previous_button.setFixedWidth(32)
        self.next_button = QPushButton("›")
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setFixedWidth(32)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(+1))
        self.title = _label("", "cardTitle")
        header.addWidget(self.previous_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.next_button)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self._export_dialog)
        header.addWidget(self.export_button)
        layout.addLayout(header)
        self.table = QTableWidget(len(CASE_CATEGORIES), len(CASE_STATUSES) + 1)
        self.table.setAccessibleName(self.tr("Cases by category and status"))
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(26)
        layout.addWidget(self.table)

    def _step(self, delta: int) -> None:
        if self._report is None:
            return
        index = self._report.year * 12 + self._report.month - 1 + delta
        self.month_requested.emit(index // 12, index % 12 + 1)

    def show_data(self, data: InsightsData) -> None:
        self.show_report(data.report)

    def show_report(self, report) -> None:
        self._report = report
        month = QLocale().standaloneMonthName(report.month, QLocale.LongFormat)
        self.title.setText(self.tr("Cases in %1 %2").replace("%1", month).replace("%2", str(report.year)))
        categories = {
            "product_info": self.tr("Product info"), "site_info": self.tr("Site info"),
            "contact_info": self.tr("Contact info"), "site_problem": self.tr("Site or app problem"),
            "other": self.tr("Other"),
        }
        statuses = {"assisting": self.tr("Assisting"), "resolved": self.tr("Resolved"),
                    "waiting": self.tr("Waiting for customer")}
        self.table.setHorizontalHeaderLabels([statuses[s] for s in CASE_STATUSES] + [self.tr("Total")])
        self.table.setVerticalHeaderLabels([categories[c] for c in CASE_CATEGORIES])
        for r, category in enumerate(CASE_CATEGORIES):
            counts = report.counts[category]
            for c, status in enumerate(CASE_STATUSES):
                self.table.setItem(r, c, self._cell(counts[status]))
            self.table.setItem(r, len(CASE_STATUSES), self._cell(sum(counts.values())))
        self.table.resizeColumnsToContents()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 26 * len(CASE_CATEGORIES) + 4)

    @staticmethod
    def _cell(n: int) -> QTableWidgetItem:
        item = QTableWidgetItem(QLocale().toString(n))
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        return item

    def export_csv(self, path: str):
        """Written on the worker, with progress and Cancel (desktop/long_work.py)."""
        from db.cases import export_report_csv
        from desktop.long_work import export_file
        report = self._report
        return export_file(self.ctx, self, path, lambda out: export_report_csv(report, out),
                           done_text=lambda count: self.tr("Exported %n case(s).", "", count))

    def _export_dialog(self) -> None:
        if self._report is None:
            return
        name = f"cases-{self._report.year}-{self._report.month:02d}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export cases"), name, self.tr("CSV (*.csv)"))
        if path:
            self.export_csv(path)


class InsightsView(StagedBuild, QScrollArea):
    """Built ahead like Leads and Calendar (see desktop/widgets/staged.py): the cards and
    charts are made and drawn off screen while the user reads the Inbox, so the first
    switch shows a finished page instead of laying out and painting six plots at once."""

    loaded = Signal()
    STALE_AFTER = 5 * MINUTE  # figures "as of now" older than this are recomputed when shown

    def __init__(self, ctx: AppContext, parent=None, *, staged: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: InsightsData | None = None
        self.failed: str | None = None
        self._drawing: InsightsData | None = None
        self._stale = False
        self._days = 30
        self._staged = staged
        self.start_build(staged)

    def _build(self):
        self.setObjectName("settingsPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("settingsBody")
        outer = QVBoxLayout(body)
        outer.setContentsMargins(20, 16, 20, 20)
        outer.setSpacing(14)

        header = QHBoxLayout()
        header.addWidget(_label(QCoreApplication.translate("InsightsView", "Insights"), "sectionTitle", wrap=False))
        header.addStretch(1)
        self.period_group = QButtonGroup(self)
        self.period_buttons = {}
        for days in PERIODS:
            button = SegmentButton(self.tr("%n day(s)", "", days))
            self.period_group.addButton(button, days)
            self.period_buttons[days] = button
            header.addWidget(button)
        self.period_buttons[30].setChecked(True)
        self.period_group.idClicked.connect(self.set_days)
        outer.addLayout(header)
        self.status = _label(self.tr("Computing…"), "muted")
        outer.addWidget(self.status)

        top = QHBoxLayout()
        self.badge = BadgeCard()
        self.waiting = WaitingCard()
        self.waiting.open_conversation.connect(self.ctx.open_conversation)
        top.addWidget(self.badge, 3)
        top.addWidget(self.waiting, 2)
        outer.addLayout(top)
        yield

        grid = QGridLayout()
        grid.setSpacing(14)
        self.rate_chart = ChartCard(self.tr("Response rate (rolling, end of each day)"))
        self.time_chart = ChartCard(self.tr("Response time in minutes (rolling, end of each day)"))
        self.requests_chart = ChartCard(self.tr("Requests per day: answered and not"))
        self.heat_chart = ChartCard(self.tr("When customers write (weekday × hour)"))
        self.members_chart = ChartCard(self.tr("Answered requests per team member"))
        self.funnel_chart = ChartCard(self.tr("Leads funnel"))
        self.lost_chart = ChartCard(self.tr("Why leads are lost (click a bar for its leads)"))
        self.won_chart = ChartCard(self.tr("Won value per month (click a bar for its leads)"))
        charts = (self.rate_chart, self.time_chart, self.requests_chart, self.heat_chart,
                  self.members_chart, self.funnel_chart, self.lost_chart, self.won_chart)
        for i, card in enumerate(charts):
            grid.addWidget(card, i // 2, i % 2)
        outer.addLayout(grid)
        pipeline_row = QHBoxLayout()
        self.won_owners = _label("", "muted")
        self.won_owners.setWordWrap(True)
        pipeline_row.addWidget(self.won_owners, 1)
        self.report_button = QPushButton(self.tr("Export the leads report (CSV)…"))
        set_tooltip(self.report_button, self.tr(
            "One row per lead: the dates of its stages, its value, lost and why, and how long its first answer took"))
        self.report_button.clicked.connect(self._report_dialog)
        pipeline_row.addWidget(self.report_button)
        outer.addLayout(pipeline_row)
        self.requests_chart.bar_clicked.connect(self.show_day)
        self.lost_chart.bar_clicked.connect(self.show_lost_reason)
        self.won_chart.bar_clicked.connect(self.show_won_month)
        if self._staged:  # built ahead: each plot in a step of its own (built at the switch,
            for card in charts:  # a plot waits until it is first drawn into, see ChartCard)
                yield
                card.plot  # noqa: B018 — makes the PlotWidget
            yield
        self.cases = CasesCard()
        self.cases.ctx = self.ctx
        self.cases.month_requested.connect(self.show_month)
        outer.addWidget(self.cases)
        self.setWidget(body)
        self.ctx.changed.connect(self._changed)
        self.reload()  # (the figures come from the worker: the build does not wait for them)
        yield
        self.ensurePolished()

    @property
    def ready_to_paint(self) -> bool:
        """The figures are drawn (or could not be computed): painting ahead paints them."""
        return self.data is not None or self.failed is not None

    # --- data -----------------------------------------------------------------------
    def set_days(self, days: int) -> None:
        self._days = days
        self.period_buttons[days].setChecked(True)
        self.reload()

    def _changed(self, what: Changes) -> None:
        if not what.touches(Area.INBOX, Area.UNREAD, Area.AWAY, Area.LEADS):
            return
        if self.isVisible():
            self.reload()
        else:  # a view built ahead and not shown: every new message would recompute it
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale or (self.data is not None and self.ctx.now() - self.data.as_of > self.STALE_AFTER):
            self.reload()  # the figures shown stay until the new ones are drawn over them

    _readings = 0

    def reload(self) -> None:
        as_of, days = self.ctx.now(), self._days
        tz = timefmt.local_tz()
        self._stale = False
        self.status.setText(self.tr("Computing…"))
        self._readings += 1
        reading = self._readings  # an older reading that answers later is not drawn over it
        self.ctx.tasks.run(lambda: gather(as_of, days, tz),
                           lambda data: reading == self._readings and self._show(data), self._failed)

    def _failed(self, error: BaseException) -> None:
        self.failed = str(error) or type(error).__name__
        self.status.setText(self.tr("The figures could not be computed: %1").replace("%1", self.failed))

    def _show(self, data: InsightsData) -> None:
        if data.days != self._days:
            return
        self.failed = None
        self.status.setText(self.tr("As of %1").replace("%1", timefmt.full(data.as_of)))
        # One card or chart per turn of the event loop: each costs milliseconds to tens of
        # them (more the first time, when a plot is built), all together would freeze the window.
        steps = [self.badge.show_data, self.waiting.show_data, self.cases.show_data,
                 self._plot_rate, self._plot_time, self._plot_requests, self._plot_heatmap,
                 self._plot_members, self._plot_funnel, self._plot_lost, self._plot_won]
        self._drawing = data
        self._draw_next(data, steps)

    def _draw_next(self, data: InsightsData, steps: list) -> None:
        if self._drawing is not data:
            return  # newer data arrived; its own chain draws it
        if not steps:
            self.data = data  # (set once every chart shows it: the charts' clicks read it)
            self.loaded.emit()
            return
        steps[0](data)
        # A 1 ms timer, not 0: Qt 6 runs a zero single-shot as a queued call, so a chain of
        # them would run back to back before any paint or timer got its turn.
        QTimer.singleShot(1, self, lambda: self._draw_next(data, steps[1:]))

    # --- charts -------------------------------------------------------------------------
    def _date_axis(self, card: ChartCard) -> None:
        if isinstance(card.plot.getPlotItem().getAxis("bottom"), pg.DateAxisItem):
            return  # (set once: a new axis at each redraw would lay the plot out again)
        axis = pg.DateAxisItem(orientation="bottom")
        c = theme.colors()
        axis.setPen(pg.mkPen(c["border"]))
        axis.setTextPen(pg.mkPen(c["muted"]))
        card.plot.setAxisItems({"bottom": axis})

    def _plot_line(self, card: ChartCard, data: InsightsData, values: list, target: float, label: str,
                   top: float | None) -> dict:
        xs = [p.day_end for p in data.series]
        card.plot.clear()
        self._date_axis(card)
        pts = [(x, y) for x, y in zip(xs, values) if y is not None]
        if pts:
            card.plot.plot([p[0] for p in pts], [p[1] for p in pts], pen=pen("accent"),
                           symbol="o", symbolSize=4, symbolBrush=brush("accent"), symbolPen=None)
        target_line(card, target, label)
        card.plot.setYRange(0, top if top is not None else max([target * 1.2] + [y for _, y in pts]),
                            padding=0.05)
        return dict(zip(xs, data.series))

    def _plot_rate(self, data: InsightsData) -> None:
        values = [None if p.response_rate is None else p.response_rate * 100 for p in data.series]
        by_x = self._plot_line(self.rate_chart, data, values, 90, self.tr("90 %"), 100)

        def hover_rate(point):
            p = self._nearest(by_x, point.x())
            return None if p is None else self.tr("%1: %2 response rate").replace(
                "%1", timefmt.local(p.day_end).date().toString(Qt.ISODate)).replace("%2", percent(p.response_rate))

        self.rate_chart.set_hover(hover_rate)

    def _plot_time(self, data: InsightsData) -> None:
        values = [None if p.response_time_seconds is None else p.response_time_seconds / 60 for p in data.series]
        by_x = self._plot_line(self.time_chart, data, values, 15, self.tr("15 min"), None)

        def hover_time(point):
            p = self._nearest(by_x, point.x())
            return None if p is None else self.tr("%1: %2 response time").replace(
                "%1", timefmt.local(p.day_end).date().toString(Qt.ISODate)).replace(
                "%2", duration(p.response_time_seconds))

        self.time_chart.set_hover(hover_time)

    @staticmethod
    def _nearest(by_x: dict, x: float):
        if not by_x:
            return None
        key = min(by_x, key=lambda k: abs(k - x))
        return by_x[key] if abs(key - x) <= DAY else None

    def _plot_requests(self, data: InsightsData) -> None:
        card = self.requests_chart
        card.plot.clear()
        self._date_axis(card)
        xs = [p.day_end - DAY // 2 for p in data.series]
        answered = [p.answered for p in data.series]
        missed = [p.requests - p.answered for p in data.series]
        width = DAY * 0.8
        card.plot.addItem(pg.BarGraphItem(x=xs, height=answered, width=width, brush=brush("accent"),
                                          pen=pg.mkPen(None), name=self.tr("answered")))
        card.plot.addItem(pg.BarGraphItem(x=xs, y0=answered, height=missed, width=width,
                                          brush=brush("muted", 160), pen=pg.mkPen(None)))
        card.set_bars(xs, width)
        card.plot.setYRange(0, max([1] + [p.requests for p in data.series]) * 1.1, padding=0)

        def hover(point):
            index = card.bar_at(point.x())
            if index is None:
                return None
            p = data.series[index]
            return self.tr("%1: %2 request(s), %3 answered — click to list them").replace(
                "%1", timefmt.local(p.day_end).date().toString(Qt.ISODate)).replace(
                "%2", str(p.requests)).replace("%3", str(p.answered))

        card.set_hover(hover)

    def _plot_heatmap(self, data: InsightsData) -> None:
        card = self.heat_chart
        card.plot.clear()
        card.plot.addItem(heat_image(data.heatmap))
        locale = QLocale()
        days = [locale.dayName(d + 1, QLocale.ShortFormat) for d in range(7)]
        card.plot.getPlotItem().getAxis("left").setTicks([[(d + 0.5, name) for d, name in enumerate(days)]])
        card.plot.getPlotItem().getAxis("bottom").setTicks([[(h + 0.5, f"{h}") for h in range(0, 24, 3)]])
        card.plot.getPlotItem().invertY(True)
        card.plot.setXRange(0, 24, padding=0)
        card.plot.setYRange(0, 7, padding=0)

        def hover(point):
            h, d = int(point.x()), int(point.y())
            if 0 <= h < 24 and 0 <= d < 7:
                return self.tr("%1 %2:00–%2:59: %n message(s)", "", data.heatmap[d][h]).replace(
                    "%1", days[d]).replace("%2", f"{h:02d}")
            return None

        card.set_hover(hover)

    def _plot_members(self, data: InsightsData) -> None:
        card = self.members_chart
        card.plot.clear()
        members = data.members
        xs = list(range(len(members)))
        brushes = [pg.mkBrush(m.color) for m in members]
        card.plot.addItem(pg.BarGraphItem(x=xs, height=[m.answered for m in members], width=0.6,
                                          brushes=brushes, pen=pg.mkPen(None)))
        category_axis(card, [m.name for m in members])
        card.set_bars(xs, 0.6)
        card.plot.setYRange(0, max([1] + [m.answered for m in members]) * 1.15, padding=0)

        def hover(point):
            index = card.bar_at(point.x())
            if index is None:
                return None
            m = members[index]
            return self.tr("%1: %n answered, median %2", "", m.answered).replace("%1", m.name).replace(
                "%2", duration(m.median_response_seconds))

        card.set_hover(hover)

    def _plot_funnel(self, data: InsightsData) -> None:
        card = self.funnel_chart
        card.plot.clear()
        from desktop.leads.stages import stage_name
        names = {stage: stage_name(stage) for stage in ("neutral", "interested", "contacted", "converted")}
        f = data.funnel
        xs = list(range(len(STAGES)))
        card.plot.addItem(pg.BarGraphItem(x=xs, height=[f.reached[s] for s in STAGES], width=0.6,
                                          brush=brush("accent", 90), pen=pg.mkPen(None)))
        card.plot.addItem(pg.BarGraphItem(x=xs, height=[f.counts[s] for s in STAGES], width=0.36,
                                          brush=brush("accent"), pen=pg.mkPen(None)))
        category_axis(card, [names[s] for s in STAGES])
        card.set_bars(xs, 0.6)
        card.plot.setYRange(0, max([1] + list(f.reached.values())) * 1.15, padding=0)

        def hover(point):
            index = card.bar_at(point.x())
            if index is None:
                return None
            s = STAGES[index]
            conversion = f.conversion[s]
            text = self.tr("%1: %2 now, %3 reached it").replace("%1", names[s]).replace(
                "%2", str(f.counts[s])).replace("%3", str(f.reached[s]))
            if conversion is not None:
                text += " · " + self.tr("%1 from the previous stage").replace("%1", percent(conversion))
            if f.median_days[s] is not None:
                text += " · " + self.tr("median %1 days in it").replace(
                    "%1", QLocale().toString(f.median_days[s], "f", 1))
            return text

        card.set_hover(hover)

    def _plot_lost(self, data: InsightsData) -> None:
        card = self.lost_chart
        card.plot.clear()
        lost = data.pipeline.lost[:8]
        xs = list(range(len(lost)))
        if lost:
            card.plot.addItem(pg.BarGraphItem(x=xs, height=[n for _r, n, _ids in lost], width=0.6,
                                              brush=brush("danger", 160), pen=pg.mkPen(None)))
        category_axis(card, [_short(reason) for reason, _n, _ids in lost])
        card.set_bars(xs, 0.6)
        top = max([1] + [n for _r, n, _ids in lost])
        card.plot.setYRange(0, top * 1.15, padding=0)
        step = max(1, math.ceil(top / 5))  # (counts of leads: whole numbers on the axis)
        card.plot.getPlotItem().getAxis("left").setTickSpacing(step, step)
        card.hover.setText(" " if lost else self.tr("No lead marked lost yet."))

        def hover(point):
            index = card.bar_at(point.x())
            if index is None:
                return None
            reason, n, _ids = lost[index]
            return self.tr("%1: %n lead(s)", "", n).replace("%1", reason)

        card.set_hover(hover)

    def _plot_won(self, data: InsightsData) -> None:
        card = self.won_chart
        card.plot.clear()
        months = data.pipeline.won_months
        xs = list(range(len(months)))
        card.plot.addItem(pg.BarGraphItem(x=xs, height=[v / 100 for _s, v, _n, _ids in months], width=0.6,
                                          brush=brush("accent"), pen=pg.mkPen(None)))
        locale = QLocale()
        category_axis(card, [locale.toString(timefmt.local(start).date(), "MMM") for start, *_ in months])
        card.set_bars(xs, 0.6)
        card.plot.setYRange(0, max([1] + [v / 100 for _s, v, _n, _ids in months]) * 1.15, padding=0)

        def hover(point):
            index = card.bar_at(point.x())
            if index is None:
                return None
            start, value, n, _ids = months[index]
            return self.tr("%1: %2 won from %n lead(s)", "", n).replace(
                "%1", locale.toString(timefmt.local(start).date(), "MMMM yyyy")).replace(
                "%2", money(value, data.currency))

        card.set_hover(hover)
        nobody = self.tr("nobody")  # (lupdate does not look into f-strings)
        owners = [f"{name or nobody} {money(value, data.currency)} ({n})" for name, value, n in data.pipeline.won_owners]
        self.won_owners.setText(self.tr("Won per owner: %1").replace("%1", " · ".join(owners)) if owners
                                else self.tr("No lead won yet."))

    def show_lost_reason(self, index: int) -> QDialog | None:
        lost = self.data.pipeline.lost[:8]
        if not 0 <= index < len(lost):
            return None
        reason, _n, ids = lost[index]
        return self._leads_dialog(self.tr("Lost: %1").replace("%1", reason), ids)

    def show_won_month(self, index: int) -> QDialog | None:
        months = self.data.pipeline.won_months
        if not 0 <= index < len(months):
            return None
        start, _v, _n, ids = months[index]
        return self._leads_dialog(self.tr("Won in %1").replace(
            "%1", QLocale().toString(timefmt.local(start).date(), "MMMM yyyy")), ids)

    def _leads_dialog(self, title: str, ids) -> QDialog:
        """The leads behind a bar; one opens with Enter or a double click."""
        from db.leads import lead_rows
        rows = lead_rows(list(ids))
        dialog = QDialog(self)
        set_window_title(dialog, title)
        layout = QVBoxLayout(dialog)
        listing = QListWidget()
        listing.setAccessibleName(title)
        for lead_id in ids:
            row = rows.get(lead_id)
            if row is None:
                continue
            value = money(row.value_cents, self.data.currency) if row.value_cents is not None else ""
            item = QListWidgetItem(" · ".join(p for p in (row.name or row.email or row.phone, value) if p))
            item.setData(Qt.UserRole, lead_id)
            listing.addItem(item)
        layout.addWidget(listing)

        def open_item(item):
            dialog.accept()
            self.ctx.open_lead.emit(item.data(Qt.UserRole))

        listing.itemActivated.connect(open_item)
        listing.itemDoubleClicked.connect(open_item)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(380, 420)
        dialog.open()
        self.leads_listing = listing
        return dialog

    def _report_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the leads report"), "leads-report.csv",
                                              self.tr("CSV (*.csv)"))
        if path:
            self.export_report(path)

    def export_report(self, path: str):
        """Written on the worker, with progress and Cancel (desktop/long_work.py)."""
        from db import pipeline
        from desktop.long_work import export_file
        return export_file(self.ctx, self, path, pipeline.export_report,
                           done_text=lambda n: self.tr("Leads report: %n lead(s) written.", "", n),
                           title=self.tr("Leads report"))

    def show_month(self, year: int, month: int) -> None:
        from db.cases import monthly_report
        tz = timefmt.local_tz()
        self.ctx.tasks.run(lambda: monthly_report(year, month, tz), self.cases.show_report)

    # --- drill-down -------------------------------------------------------------------------
    def conversations_of_day(self, index: int) -> list[tuple[int, str]]:
        point = self.data.series[index]
        start = (self.data.series[index - 1].day_end if index else point.day_end - DAY) + 1
        found = [r for r in metrics.countable(metrics.requests_between(start, self.data.as_of), self.data.as_of)
                 if r.received_at <= point.day_end]
        from db.inbox import conversation_rows
        rows = conversation_rows([r.conversation_id for r in found])
        return [(r.conversation_id, rows[r.conversation_id].contact_name) for r in found
                if r.conversation_id in rows]

    def show_day(self, index: int) -> QDialog:
        items = self.conversations_of_day(index)
        point = self.data.series[index]
        dialog = QDialog(self)
        set_window_title(dialog, self.tr("Requests on %1").replace(
            "%1", timefmt.local(point.day_end).date().toString(Qt.ISODate)))
        layout = QVBoxLayout(dialog)
        listing = QListWidget()
        for conversation_id, name in items:
            item = QListWidgetItem(name)
            item.setData(Qt.UserRole, conversation_id)
            listing.addItem(item)
        layout.addWidget(listing)

        def open_item(item):
            dialog.accept()
            self.ctx.open_conversation.emit(item.data(Qt.UserRole))

        listing.itemActivated.connect(open_item)
        listing.itemDoubleClicked.connect(open_item)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(360, 420)
        dialog.listing = listing
        dialog.show()
        return dialog

