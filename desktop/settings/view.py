"""The Settings view (sections arrive with the automation and channels issues)."""
from __future__ import annotations

from db import settings as db_settings
from desktop.context import AppContext
from desktop.widgets.placeholder import PlaceholderView


class SettingsView(PlaceholderView):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__("settings", parent)
        name = db_settings.get("business.name") or self.tr("your business")
        self.set_texts(self.tr("Settings"), self.tr(
            "Saved replies, instant reply, away hours and the team of %1\n"
            "will be set up here.").replace("%1", name))
