"""The Leads view (the board arrives with the leads issue)."""
from __future__ import annotations

from db.database import database
from desktop.context import AppContext
from desktop.widgets.placeholder import PlaceholderView


class LeadsView(PlaceholderView):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__("leads", parent)
        count = database.execute_sql("SELECT count(*) FROM lead").fetchone()[0]
        self.set_texts(self.tr("Leads"), self.tr(
            "%n lead(s) in four stages: neutral, interested, contacted, converted.\n"
            "The board to move them through the stages is on its way.", "", count))
