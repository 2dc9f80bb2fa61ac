"""The Insights view (charts arrive with the insights issue; pyqtgraph loads here only)."""
from __future__ import annotations

from desktop.context import AppContext
from desktop.widgets.placeholder import PlaceholderView


class InsightsView(PlaceholderView):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__("insights", parent)
        self.set_texts(self.tr("Insights"), self.tr(
            "Response rate, response time and the \u201cvery responsive\u201d badge,\n"
            "computed the way Meta computes them, will be shown here."))
