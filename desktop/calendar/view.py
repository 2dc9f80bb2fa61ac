"""The Calendar view (the month grid arrives with the calendar issue)."""
from __future__ import annotations

from db.database import database
from desktop.context import AppContext
from desktop.widgets.placeholder import PlaceholderView


class CalendarView(PlaceholderView):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__("calendar", parent)
        due = database.execute_sql(
            "SELECT count(*) FROM reminder WHERE done_at IS NULL AND due_at <= ?",
            (ctx.now(),)).fetchone()[0]
        self.set_texts(self.tr("Calendar"), self.tr(
            "%n follow-up(s) due or overdue.\n"
            "The month view of every owner's follow-ups is on its way.", "", due))
