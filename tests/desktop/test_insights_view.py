import csv

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from tests.helpers import finished
from db import inbox as db_inbox
from db import metrics
from db.clock import DAY
from tests.conftest import NOW


@pytest.fixture
def insights(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    view = window.view("insights")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.show_view("insights")
    return window, view


def widget_pos(card, x, y):
    scene = card.plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
    return card.plot.mapFromScene(scene)


def test_badge_card_states_the_metrics(insights):
    _, view = insights
    state = metrics.responsiveness(NOW)
    assert view.data.state == state
    headline = view.badge.headline.text()
    assert ("Very responsive" in headline) == state.very_responsive
    assert "The Page shows:" in view.badge.public_line.text()


@pytest.mark.parametrize("rate, seconds, shown_rate, shown_time", [
    (0.898, 462, "89.8 %", "7.7 min"),       # was "90 %" beside "needs 90 % or more", and "7 min"
    (0.89999, 901.2, "89.9 %", "15.1 min"),  # never rounded onto the right side of the target
    (0.9, 900, "90 %", "15 min"),
    (1.0, 45, "100 %", "45 s"),
])
def test_the_badge_never_rounds_a_metric_across_its_target(insights, rate, seconds, shown_rate, shown_time):
    from dataclasses import replace
    _, view = insights
    state = replace(view.data.state, response_rate=rate, response_time_seconds=seconds)
    view.badge.show_data(replace(view.data, state=state))
    assert (view.badge.rate_value.text(), view.badge.time_value.text()) == (shown_rate, shown_time)


def test_period_switch_recomputes_the_series(insights, qtbot):
    _, view = insights
    assert len(view.data.series) == 30
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.period_buttons[90], Qt.LeftButton)
    assert len(view.data.series) == 90 and view.period_buttons[90].isChecked()


def test_waiting_list_opens_the_conversation(insights, qtbot):
    window, view = insights
    waiting = metrics.waiting_for_reply(NOW)
    assert view.waiting.list.count() == len(waiting) > 0
    first = view.waiting.list.item(0)
    assert first.data(Qt.UserRole) == waiting[0].conversation_id
    rect = view.waiting.list.visualItemRect(first)
    qtbot.mouseClick(view.waiting.list.viewport(), Qt.LeftButton, pos=rect.center())
    inbox = window.view("inbox")
    qtbot.waitUntil(lambda: inbox.open_conversation_id == waiting[0].conversation_id)
    assert window.current_view_key() == "inbox"


def test_hover_shows_values_and_a_click_lists_the_conversations(insights, qtbot):
    window, view = insights
    card = view.requests_chart
    index = max(range(len(view.data.series)), key=lambda i: view.data.series[i].requests)
    point = view.data.series[index]
    x = point.day_end - DAY // 2
    card._moved(card.plot.mapToScene(widget_pos(card, x, 0.5)))
    assert f"{point.requests} request" in card.hover.text() and f"{point.answered} answered" in card.hover.text()
    with qtbot.waitSignal(card.bar_clicked) as clicked:
        qtbot.mouseClick(card.plot.viewport(), Qt.LeftButton, pos=widget_pos(card, x, 0.5))
    assert clicked.args == [index]
    dialogs = [w for w in view.findChildren(QDialog) if w.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].listing.count() == point.requests


def test_each_chart_exports_a_png(insights, tmp_path):
    _, view = insights
    for i, card in enumerate((view.rate_chart, view.time_chart, view.requests_chart, view.heat_chart,
                              view.members_chart, view.funnel_chart)):
        path = tmp_path / f"chart{i}.png"
        assert card.export_png(str(path))
        image = QImage(str(path))
        assert image.width() > 200 and image.height() > 200


def test_cases_report_exports_csv(insights, tmp_path, qtbot):
    _, view = insights
    path = tmp_path / "cases.csv"
    written = finished(qtbot, view.cases.export_csv(str(path)))
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["date", "customer", "case", "product_or_service", "status"]
    assert len(rows) - 1 == written == view.data.report.total


def test_inbox_waiting_filter_matches_the_insights_list(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    with qtbot.waitSignal(inbox.ids_loaded):
        inbox.set_filter("waiting")
    expected = [w.conversation_id for w in metrics.waiting_for_reply(NOW)]
    assert inbox.model.ids() == [c for c in expected if c in set(db_inbox.conversation_ids("inbox"))]


def test_cases_report_moves_between_months(insights, qtbot):
    _, view = insights
    current = view.data.report
    qtbot.mouseClick(view.cases.previous_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.cases._report is not current)
    shown = view.cases._report
    assert (shown.year, shown.month) == ((current.year, current.month - 1) if current.month > 1
                                         else (current.year - 1, 12))
    assert "April" in view.cases.title.text() or str(shown.year) in view.cases.title.text()


def test_the_window_answers_between_one_chart_and_the_next(insights, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer

    _, view = insights
    ticks, seen = [0], []
    timer = QTimer()
    timer.setInterval(0)  # runs whenever the event loop has a turn
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    for name in ("_plot_rate", "_plot_time", "_plot_requests", "_plot_heatmap", "_plot_members", "_plot_funnel"):
        step = getattr(view, name)
        monkeypatch.setattr(view, name, lambda data, step=step: (seen.append(ticks[0]), step(data)))
    timer.start()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.reload()
    timer.stop()
    assert len(seen) == 6
    assert all(b > a for a, b in zip(seen, seen[1:])), "each chart is drawn in a turn of its own"


def test_a_long_waiting_list_fills_as_it_is_scrolled(qtbot):
    from types import SimpleNamespace

    from desktop.insights.view import WaitingCard

    card = WaitingCard()
    qtbot.addWidget(card)
    card.resize(400, 300)
    card.show()
    waiting = [SimpleNamespace(conversation_id=i, contact_name=f"Customer {i}", left_for_badge=0,
                               waited_seconds=3600 + i, left_in_window=3600) for i in range(300)]
    card.show_data(SimpleNamespace(waiting=waiting))
    assert 0 < card.list.count() < 300  # a batch, not 300 items at once
    bar = card.list.verticalScrollBar()
    while card.list.count() < 300:
        count = card.list.count()
        qtbot.waitUntil(lambda: bar.maximum() > bar.value())
        bar.setValue(bar.maximum())
        assert card.list.count() > count
    assert card.list.item(299).text().startswith("Customer 299")


def test_where_leads_are_lost_and_won_each_bar_lists_its_leads(insights, qtbot, tmp_path):
    """The lost reasons and the won value per month, with the owners; clicking a bar lists
    its leads (one opens the lead); the report's CSV has a row per lead."""
    from db import pipeline
    from db.leads import lead_rows
    window, view = insights
    report = view.data.pipeline
    assert report.lost and sum(n for _m, _v, n, _ids in report.won_months) > 0
    reason, count, ids = report.lost[0]
    view.lost_chart.bar_clicked.emit(0)
    qtbot.waitUntil(lambda: view.leads_listing.isVisible())
    assert view.leads_listing.count() == count
    assert {view.leads_listing.item(i).data(Qt.UserRole) for i in range(count)} == set(ids)
    assert all(lead_rows(ids)[i].lost_reason == reason for i in ids)
    index = max(range(len(report.won_months)), key=lambda i: report.won_months[i][2])
    view.won_chart.bar_clicked.emit(index)
    qtbot.waitUntil(lambda: view.leads_listing.count() == report.won_months[index][2])
    item = view.leads_listing.item(0)
    view.leads_listing.itemActivated.emit(item)
    qtbot.waitUntil(lambda: window.current_view_key() == "leads")
    assert "Won per owner:" in view.won_owners.text()
    # The report, one row per lead.
    path = tmp_path / "report.csv"
    written = finished(qtbot, view.export_report(str(path)))
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert written == len(rows)
    assert len(rows) == len(lead_rows(range(1, 10_000)))
    assert set(pipeline.REPORT_COLUMNS) <= set(rows[0])
    lost_row = next(r for r in rows if int(r["lead_id"]) == ids[0])
    assert lost_row["lost_reason"] == reason and lost_row["lost_at"]
