from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, QPointF, Qt

from desktop.operations import changes
from db import reminders as db_reminders
from db.database import database
from desktop.calendar.month_grid import MonthGrid
from desktop.widgets import timefmt
from tests.helpers import drag_and_drop, finished


@pytest.fixture
def calendar(db_path, make_window, qtbot, clock):
    database.execute_sql("INSERT INTO team_member(id, first_name, last_name, color) VALUES (1, 'Giulia', 'Rossi', '#D9480F')")
    database.execute_sql("INSERT INTO team_member(id, first_name, last_name, color) VALUES (2, 'Marco', 'Bianchi', '#1971C2')")
    database.execute_sql("INSERT INTO contact(id, first_name, last_name, created_at) VALUES (1, 'Ada', 'Neri', 0)")
    database.execute_sql("INSERT INTO lead(id, contact_id, created_at, stage_changed_at) VALUES (1, 1, 0, 0)")
    tz = timefmt.local_tz()
    now = datetime.fromtimestamp(clock(), tz)

    def at(days, hour, minute=0):
        day = (now + timedelta(days=days)).date()
        return int(datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz).timestamp())

    ids = {
        "mine": db_reminders.create("Call Ada", at(1, 16, 45), clock(), owner_id=1, lead_id=1),
        "marco": db_reminders.create("Marco's follow-up", at(2, 10), clock(), owner_id=2),
        "weekly": db_reminders.create("Weekly check", at(0, 18), clock(), owner_id=1, recurrence="weekly"),
        "overdue": db_reminders.create("Late one", at(-3, 9), clock(), owner_id=2),
    }
    window = make_window(db_path)
    view = window.show_view("calendar")
    return window, view, ids, at, tz


def day_of(ts, tz):
    return datetime.fromtimestamp(ts, tz).date()


def test_month_shows_follow_ups_overdue_apart_and_repeats(calendar):
    window, view, ids, at, tz = calendar
    items = view.grid.items
    all_ids = [o.reminder.id for day in items.values() for o in day]
    assert ids["mine"] in all_ids and ids["marco"] in all_ids
    weekly_days = sorted(d for d, occs in items.items() for o in occs if o.reminder.id == ids["weekly"])
    assert len(weekly_days) >= 4 and all((b - a).days == 7 for a, b in zip(weekly_days, weekly_days[1:]))
    assert view.overdue_title.text() == "Overdue (1)"
    assert "Late one" in view.overdue_list.item(0).text()
    assert view.grid.today == day_of(at(0, 12), tz)


def test_a_long_overdue_list_fills_as_it_is_scrolled(calendar, qtbot, clock):
    window, view, ids, at, tz = calendar
    with database.atomic():
        for i in range(300):
            db_reminders.create(f"Old call {i}", at(-10, 9) - i * 60, clock(), owner_id=1)
    window.ctx.changed.emit(changes("reminders"))
    qtbot.waitUntil(lambda: view.overdue_title.text() == "Overdue (301)")  # a step per event-loop turn
    texts = scroll_to_the_end(qtbot, view.overdue_list, 301)
    assert sum("Old call" in t for t in texts) == 300 and any("Late one" in t for t in texts)


def scroll_to_the_end(qtbot, list_widget, total):
    """Scroll a list that fills a batch at a time until it holds ``total`` items; their texts."""
    assert 0 < list_widget.count() < total  # one batch at first, not every item
    bar = list_widget.verticalScrollBar()
    while list_widget.count() < total:
        count = list_widget.count()
        qtbot.waitUntil(lambda: bar.maximum() > bar.value())  # laid out with the last batch
        bar.setValue(bar.maximum())
        assert list_widget.count() > count, "scrolling to the end loads the next batch"
    return [list_widget.item(i).text() for i in range(list_widget.count())]


def test_a_busy_day_and_its_week_fill_as_they_are_scrolled(calendar, qtbot, clock):
    window, view, ids, at, tz = calendar
    with database.atomic():
        for i in range(300):
            db_reminders.create(f"Busy call {i}", at(1, 8) + i * 60, clock(), owner_id=1)
    window.ctx.changed.emit(changes("reminders"))
    day = day_of(at(1, 8), tz)
    view.grid.select(day)
    texts = scroll_to_the_end(qtbot, view.agenda, 301)  # and Call Ada, the same day
    assert sum("Busy call" in t for t in texts) == 300 and any("Call Ada" in t for t in texts)
    assert texts.index(next(t for t in texts if "Busy call 0\n" in t)) < texts.index(
        next(t for t in texts if "Busy call 299\n" in t)), "in order of time"

    view.set_mode(1)
    week = [o for offset in range(-6, 7) for o in view.items_by_day.get(day + timedelta(days=offset), [])]
    start = day - timedelta(days=(day.isoweekday() - view.grid.first_weekday) % 7)
    in_week = [o for o in week if start <= day_of(o.at, tz) < start + timedelta(days=7)]
    texts = scroll_to_the_end(qtbot, view.week_list, 7 + len(in_week))  # a heading per day
    assert sum("Busy call" in t for t in texts) == 300
    headings = [texts.index(QLocale().toString(QDate(d.year, d.month, d.day), QLocale.LongFormat))
                for d in (start + timedelta(days=n) for n in range(8)) if d < start + timedelta(days=7)]
    assert headings == sorted(headings) and len(headings) == 7
    busy = [i for i, t in enumerate(texts) if "Busy call" in t]
    after = [h for h in headings if h > busy[0]]
    assert max(h for h in headings if h < busy[0]) == headings[(day - start).days]
    assert not after or busy[-1] < after[0], "all under the day's heading"


def test_owner_filter_and_only_mine(calendar, qtbot):
    window, view, ids, at, tz = calendar
    view.owner_boxes[2].setChecked(False)
    shown = [o.reminder.id for day in view.grid.items.values() for o in day]
    assert ids["marco"] not in shown and ids["mine"] in shown
    view.owner_boxes[2].setChecked(True)
    window.member_box.setCurrentIndex(window.member_box.findData(2))
    qtbot.mouseClick(view.only_mine, Qt.LeftButton)
    shown = {o.reminder.id for day in view.grid.items.values() for o in day}
    assert ids["marco"] in shown and ids["mine"] not in shown


def test_drag_a_follow_up_to_another_day_keeps_its_time(calendar, qtbot):
    window, view, ids, at, tz = calendar
    source = day_of(at(1, 16, 45), tz)
    target = source + timedelta(days=3)
    if target not in view.grid.days():
        target = source - timedelta(days=1)
    occurrence = next(o for o in view.grid.items[source] if o.reminder.id == ids["mine"])
    mime = MonthGrid.mime_for(occurrence)
    assert drag_and_drop(view.grid, view.grid.day_center(target), mime)
    moved = db_reminders.get(ids["mine"])
    local = datetime.fromtimestamp(moved.due_at, tz)
    assert local.date() == target and (local.hour, local.minute) == (16, 45)
    qtbot.waitUntil(lambda: any(o.reminder.id == ids["mine"] for o in view.grid.items.get(target, [])))
    window.toast.undo()
    assert day_of(db_reminders.get(ids["mine"]).due_at, tz) == source


def test_double_click_an_empty_day_creates_a_follow_up(calendar, qtbot):
    window, view, ids, at, tz = calendar
    day = day_of(at(5, 9), tz)
    if day not in view.grid.days():
        day = day_of(at(-5, 9), tz)
    qtbot.mouseDClick(view.grid, Qt.LeftButton, pos=view.grid.day_center(day) + QPointF(0, 25).toPoint())
    dialog = next(w for w in view.findChildren(type(view.new_reminder(day))) if w.isVisible())
    dialog.text.setText("Send the tasting menu")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("monthly"))
    dialog.save()
    created = db_reminders.get(dialog.created)
    assert created.text == "Send the tasting menu" and created.recurrence == "monthly"
    assert day_of(created.due_at, tz) == day and created.owner_id == window.ctx.member_id
    dialog2 = view.new_reminder(day)
    dialog2.save()
    assert "needs a few words" in dialog2.error.text()


def test_week_agenda_and_export(calendar, tmp_path, qtbot):
    window, view, ids, at, tz = calendar
    view.grid.select(day_of(at(1, 9), tz))
    view.set_mode(1)
    texts = [view.week_list.item(i).text() for i in range(view.week_list.count())]
    assert any("Call Ada" in t for t in texts)
    assert view.middle.currentWidget() is view.week_list
    assert finished(qtbot, view.export_ics(str(tmp_path / "f.ics"))) == 4
    assert (tmp_path / "f.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_reminder_pops_up_snoozes_and_comes_back_after_a_restart(db_path, make_window, qtbot, clock):
    database.execute_sql("INSERT INTO team_member(id, first_name) VALUES (1, 'Giulia')")
    rid = db_reminders.create("Call the flour supplier", clock() + 1, clock(), owner_id=1)
    window = make_window(db_path)
    popup = window.reminders.window
    assert not popup.isVisible()
    assert 0 < window.reminders.timer.remainingTime() <= 1000  # one timer, armed for the next due time
    clock.advance(1)
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert "1 follow-up due" == popup.heading.text()
    row = popup.rows_box.itemAt(0).widget()
    assert row.reminder_id == rid
    five = next(a for a in row.snooze_button.menu().actions() if a.data() == "5 min")
    five.trigger()
    assert not popup.isVisible()
    assert db_reminders.get(rid).snoozed_until == clock() + 300
    window.close()

    clock.advance(299)  # the app starts again a little before the snooze ends
    again = make_window(db_path)
    popup = again.reminders.window
    assert not popup.isVisible()
    clock.advance(1)
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    row = popup.rows_box.itemAt(0).widget()
    qtbot.mouseClick(row.done_button, Qt.LeftButton)
    assert db_reminders.get(rid).done_at == clock()
    assert not popup.isVisible()


def test_due_while_closed_shows_at_start_with_done_all(db_path, make_window, qtbot, clock):
    database.execute_sql("INSERT INTO team_member(id, first_name) VALUES (1, 'Giulia')")
    a = db_reminders.create("One", clock() - 3600, clock(), owner_id=1)
    b = db_reminders.create("Two (nobody's)", clock() - 60, clock())
    c = db_reminders.create("Marco's", clock() - 60, clock(), owner_id=None)
    database.execute_sql("INSERT INTO team_member(id, first_name) VALUES (2, 'Marco')")
    database.execute_sql("UPDATE reminder SET owner_id = 2 WHERE id = ?", (c,))
    window = make_window(db_path)
    popup = window.reminders.window
    assert popup.isVisible() and popup.heading.text() == "2 follow-ups due"
    assert popup.done_all.isVisible()
    popup.done_all.click()
    assert db_reminders.get(a).done_at and db_reminders.get(b).done_at and not db_reminders.get(c).done_at


def test_a_follow_up_added_while_the_calendar_is_half_built_is_on_it(calendar, qtbot, clock):
    from desktop.calendar.view import CalendarView
    window, _view, ids, at, tz = calendar
    view = CalendarView(window.ctx, staged=True)
    qtbot.addWidget(view)

    def month_read() -> bool:  # built a step at a time; the month is read on the worker meanwhile
        assert view.build_step()
        return hasattr(view, "items_by_day")

    qtbot.waitUntil(month_read)
    added = db_reminders.create("Added meanwhile", at(3, 11), clock(), owner_id=1)
    window.ctx.changed.emit(changes("reminders"))
    view.finish_build()
    shown = [o.reminder.id for day in view.grid.items.values() for o in day]
    assert added in shown and ids["mine"] in shown


def test_the_checked_segment_shows_its_whole_label(calendar, qtbot):
    from PySide6.QtGui import QFont, QFontMetrics

    window, view, ids, at, tz = calendar
    qtbot.mouseClick(view.week_button, Qt.LeftButton)
    assert view.week_button.isChecked() and view.middle.currentWidget() is view.week_list
    bold = QFont(view.week_button.font())
    bold.setWeight(QFont.DemiBold)  # the style sheet's weight for the checked segment
    qtbot.waitUntil(lambda: view.week_button.width() >= QFontMetrics(bold).horizontalAdvance("Week agenda") + 28)


def test_the_grid_draws_anew_what_changed(calendar, qtbot, clock):
    """The month is repainted from a picture while it shows the same thing; a follow-up
    added, another day selected or the focus on the grid are drawn anew."""
    window, view, ids, at, tz = calendar
    grid = view.grid
    first = grid.grab().toImage()
    assert grid.grab().toImage() == first
    day = day_of(at(3, 11), tz)
    assert not grid.items.get(day)
    db_reminders.create("Bring the menu", at(3, 11), clock(), owner_id=2)
    window.ctx.changed.emit(changes("reminders"))
    qtbot.waitUntil(lambda: bool(grid.items.get(day)))
    added = grid.grab().toImage()
    assert added != first
    grid.select(day)
    selected = grid.grab().toImage()
    assert selected != added
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    assert grid.grab().toImage() != selected  # the selected day's frame thickens


def test_reminders_read_in_the_background_show_only_while_the_window_is_open(db_path, make_window, qtbot, clock):
    database.execute_sql("INSERT INTO team_member(id, first_name) VALUES (1, 'Giulia')")
    window = make_window(db_path)
    popup = window.reminders.window
    db_reminders.create("Call the flour supplier", clock() - 60, clock(), owner_id=1)
    window.reminders.check_soon()  # as the app does by itself: read on the worker
    qtbot.waitUntil(popup.isVisible)
    assert popup.heading.text() == "1 follow-up due"
    popup.rows_box.itemAt(0).widget().done_button.click()
    assert not popup.isVisible()  # at once, not after the next reading

    db_reminders.create("Call the cheese maker", clock() - 30, clock(), owner_id=1)
    window.reminders.check_soon()
    window.close()  # before the reading comes back
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)
    assert not popup.isVisible()
    window.ctx.changed.emit(changes("leads"))  # what the window's last work reports after it closed
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)
    assert not popup.isVisible(), "a closed window's follow-ups do not come back up"


def test_many_due_follow_ups_found_in_the_background_come_up_complete(db_path, make_window, qtbot, clock):
    from PySide6.QtWidgets import QFrame, QLabel

    window = make_window(db_path)
    popup = window.reminders.window
    for i in range(15):
        db_reminders.create(f"Call customer {i}", clock() - 600 + i, clock())
    window.reminders.check_soon()  # the rows are made a few at a time; the window shows with the last
    qtbot.waitUntil(popup.isVisible)
    cards = [popup.rows_box.itemAt(i).widget() for i in range(popup.rows_box.count())]
    titles = [c.findChild(QLabel).text() for c in cards if isinstance(c, QFrame) and c.objectName() == "card"]
    assert titles == [f"Call customer {i}" for i in range(12)]
    assert popup.heading.text() == "15 follow-ups due"
    assert any(isinstance(c, QLabel) and "3 more" in c.text() for c in cards)
