"""The window never waits on what a change sets off: after an action the list repaints the
rows it changed, not the page; the rows a reload shows were read on the worker beside the
ids; a view built ahead reads its data on the worker; the month's picture is drawn a week
at a time. Each is what made the window stall for 40–60 ms after a flag or a drag."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from db import reminders as db_reminders
from desktop.operations import changes
from tests.helpers import written
from desktop.widgets.lazy_model import RowRole
from desktop.widgets.staged import Steps


def loaded_inbox(window, qtbot):
    inbox = window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 5 and inbox.parts_built)
    return inbox


class Painted(QObject):
    """The rows a list's delegate paints, counted (and the reads of its model from this
    thread, the window's)."""

    def __init__(self, view) -> None:
        super().__init__()
        self.rows: list[int] = []
        self.reads: list[list[int]] = []
        delegate, model = view.itemDelegate(), view.model()
        original_paint, original_fetch = delegate.paint, model._fetch_rows

        def paint(painter, option, index):
            self.rows.append(index.row())
            original_paint(painter, option, index)

        def fetch(ids):
            if threading.current_thread() is threading.main_thread():
                self.reads.append(list(ids))
            return original_fetch(ids)

        delegate.paint = paint
        model._fetch_rows = fetch

    def clear(self) -> None:
        self.rows.clear()
        self.reads.clear()


def settle(window, qtbot):
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0 and not window.ctx.tasks.busy)
    qtbot.wait(50)  # (the idle steps and the paints that follow)


def test_a_flag_repaints_its_row_and_reads_only_it(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    inbox = loaded_inbox(window, qtbot)
    third = inbox.model.id_at(2)
    painted = Painted(inbox.list_view)
    inbox.list_view.viewport().repaint()
    whole_page = len(painted.rows)
    assert whole_page > 5
    settle(window, qtbot)
    painted.clear()
    inbox.actions.run("flag", [third])
    settle(window, qtbot)
    assert inbox.model.index(2).data(RowRole).flagged  # the flag shows
    # The flagged row painted again, and at most the one the toast comes up over: not the page.
    assert 2 in painted.rows and len(set(painted.rows)) <= 2 < whole_page, painted.rows
    assert painted.reads in ([], [[third]]), "the page's rows are not read again"


def test_rows_a_reload_shows_were_read_with_its_ids(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    inbox = loaded_inbox(window, qtbot)
    first = inbox.model.index(0).data(RowRole)
    painted = Painted(inbox.list_view)
    settle(window, qtbot)
    painted.clear()
    # Another seat renames the person; the window hears of it and reloads the folder.
    from db.models import Contact
    written(lambda: Contact.update(first_name="Renamed", last_name="Elsewhere")
            .where(Contact.id == first.contact_id).execute())
    with qtbot.waitSignal(inbox.ids_loaded):
        window.ctx.changed.emit(changes("inbox", outside=True))
    inbox.list_view.viewport().repaint()
    assert inbox.model.index(0).data(RowRole).contact_name == "Renamed Elsewhere"
    assert 0 in painted.rows
    assert painted.reads == [], "the rows came with the ids, read on the worker"


def test_a_dragged_card_reads_only_itself_when_painted(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    view = window.show_view("leads")
    view.set_mode(0)
    neutral, interested = view.columns["neutral"], view.columns["interested"]
    qtbot.waitUntil(lambda: neutral.lead_model.rowCount() > 1 and interested.lead_model.rowCount() > 0)
    for column in (neutral, interested):
        column.viewport().repaint()
    counters = {stage: Painted(view.columns[stage]) for stage in ("neutral", "interested")}
    lead = neutral.lead_model.id_at(0)
    view.move_to_stage([lead], "interested")
    for column in (neutral, interested):
        column.viewport().repaint()
    assert interested.lead_model.id_at(0) == lead and lead not in neutral.lead_model.ids()
    assert counters["neutral"].reads == [], "the cards that stayed were not read again"
    assert counters["interested"].reads == [[lead]], "only the card that arrived was read"
    settle(window, qtbot)


def test_the_calendar_built_ahead_reads_its_month_on_the_worker(demo_db, make_window, qtbot, monkeypatch):
    from desktop.calendar.view import CalendarView

    window = make_window(demo_db)
    on_the_window = []
    original = db_reminders.calendar_items

    def calendar_items(*args, **kwargs):
        on_the_window.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(db_reminders, "calendar_items", calendar_items)
    staged = CalendarView(window.ctx, staged=True)
    qtbot.addWidget(staged)
    qtbot.waitUntil(lambda: not staged.build_step())  # a step per turn of the event loop, as built ahead
    assert on_the_window == [False]
    direct = CalendarView(window.ctx)  # built at once (the user switched to it): read here
    qtbot.addWidget(direct)
    assert on_the_window == [False, True]
    assert {d: [o.reminder.id for o in v] for d, v in staged.items_by_day.items()} == \
        {d: [o.reminder.id for o in v] for d, v in direct.items_by_day.items()}


def test_the_month_is_drawn_ahead_a_week_at_a_time(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    view = window.show_view("calendar")
    grid = view.grid
    qtbot.waitUntil(lambda: grid.isVisible())
    expected = grid.grab().toImage()
    grid._picture = None
    steps = Steps(grid.paint_ahead())
    pieces = 0
    while steps.step():
        pieces += 1
    assert pieces == len(grid.days()) // 7 - 1  # a yield between weeks
    assert grid._picture is not None
    assert grid.grab().toImage() == expected  # the picture drawn ahead is the one shown
